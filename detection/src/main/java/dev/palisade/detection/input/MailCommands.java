package dev.palisade.detection.input;

/**
 * SMTP, POP3 and IMAP commands injected after a CR LF into a value that reaches a mail server
 * ({@code \r\nRCPT TO:<x>}, {@code \r\nA1 FETCH 1 BODY[]}): protocol command injection. Needs the
 * CR LF pair (a bare newline in prose does not count) and a protocol verb at the start of the line
 * with the argument shape the protocol gives it.
 */
final class MailCommands {
    private MailCommands() {
    }

    /** Verbs that stand alone or take free arguments (SMTP and POP3). */
    private static final WordTable VERBS = WordTable.of(1, "helo", "ehlo", "data", "quit", "rset", "vrfy", "expn",
        "noop", "auth", "starttls", "retr", "list", "top", "dele", "apop", "user", "pass", "stat", "uidl", "help",
        "turn", "send", "saml", "soml");
    /** IMAP commands, which follow a tag ({@code a001 SELECT INBOX}). */
    private static final WordTable IMAP = WordTable.of(1, "login", "select", "examine", "fetch", "store", "append",
        "search", "copy", "status", "uid", "authenticate", "list", "lsub", "logout", "capability", "create",
        "delete", "rename", "subscribe", "expunge", "close", "noop", "idle", "move");

    /** A mail command on the line after the CR LF at {@code cr}, or null. */
    static Detection afterLineBreak(String s, int cr) {
        int n = s.length();
        if (cr + 1 >= n || s.charAt(cr + 1) != '\n') {
            return null;
        }
        int line = cr + 2;
        int lineEnd = line;
        while (lineEnd < n && s.charAt(lineEnd) != '\r' && s.charAt(lineEnd) != '\n') {
            lineEnd++;
        }
        int w1 = wordEnd(s, line, lineEnd);
        if (w1 == line) {
            return null;
        }
        if (s.startsWith("mail from:", line) || s.startsWith("rcpt to:", line)) {
            return hit(line, Math.min(lineEnd, line + 9));
        }
        if (VERBS.contains(s, line, w1)) {
            boolean alone = w1 == lineEnd;
            boolean argument = w1 < lineEnd && s.charAt(w1) == ' ' && wordEnd(s, w1 + 1, lineEnd) > w1 + 1
                    && (lineEnd - w1 < 64) && countSpaces(s, w1 + 1, lineEnd) <= 1;
            if (alone || argument) {
                return hit(line, w1);
            }
        }
        // IMAP: tag, space, command.
        if (w1 < lineEnd && s.charAt(w1) == ' ' && isTag(s, line, w1)) {
            int w2 = wordEnd(s, w1 + 1, lineEnd);
            if (IMAP.contains(s, w1 + 1, w2)) {
                return hit(line, w2);
            }
        }
        return null;
    }

    private static boolean isTag(String s, int from, int to) {
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                return false;
            }
            digit |= Character.isDigit(c);
        }
        return digit || to - from == 1;
    }

    private static int countSpaces(String s, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            count += s.charAt(i) == ' ' ? 1 : 0;
        }
        return count;
    }

    private static int wordEnd(String s, int from, int to) {
        int i = from;
        while (i < to && s.charAt(i) != ' ') {
            i++;
        }
        return i;
    }

    private static Detection hit(int from, int to) {
        return new Detection(Category.CMDI, Confidence.MEDIUM, from, Math.max(from, to), "cmdi.mail_command");
    }
}
