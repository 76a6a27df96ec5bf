package dev.palisade.detection.input;

/**
 * Command execution forms recognized on the text itself rather than through shell tokens: Shellshock
 * function definitions ({@code () { :;};}), self-replicating function definitions (fork bombs),
 * bash network redirection ({@code /dev/tcp/}), server-side include {@code exec}, language calls that
 * run a shell ({@code system('...')}, {@code Runtime.getRuntime().exec(}), expression-language
 * lookups ({@code ${jndi:}, PHP {@code ${@...}}), and mail protocol commands injected after CR LF.
 */
final class ShellSignals {
    private ShellSignals() {
    }

    private static final String[] EXEC_CALLS = {"system(", "passthru(", "shell_exec(", "popen(", "proc_open(",
        "pcntl_exec(", "os.system(", "os.popen(", "subprocess.", "getruntime().exec(", "processbuilder(",
        "child_process", "exec(\"", "exec('", "exec(`", "eval('", "eval(\"", "phpinfo(", "phpversion("};
    /** {@link #EXEC_CALLS} by first char, in list order: a name start tries only the calls it can begin. */
    private static final String[][] EXEC_CALLS_BY_FIRST = new String[128][];

    static {
        for (char c = 0; c < 128; c++) {
            java.util.List<String> calls = new java.util.ArrayList<>();
            for (String call : EXEC_CALLS) {
                if (call.charAt(0) == c) {
                    calls.add(call);
                }
            }
            EXEC_CALLS_BY_FIRST[c] = calls.toArray(new String[0]);
        }
    }

    /** The chars {@link #scan} has a rule for; all others are skipped with one load. */
    private static final boolean[] RULE_CHAR = new boolean[128];

    static {
        for (char c : "(/<${\rspogce!".toCharArray()) {
            RULE_CHAR[c] = true;
        }
    }

    static Detection scan(String s) {
        int n = s.length();
        int nextClose = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128 || !RULE_CHAR[c] || c >= 'a' && c <= 'z' && i > 0 && continuesName(s.charAt(i - 1))) {
                continue; // no rule for c; a letter's rule needs the start of a name
            }
            Detection d = null;
            switch (c) {
                case '(':
                    d = functionDefinition(s, i);
                    break;
                case '/':
                    if (s.startsWith("/dev/tcp/", i) || s.startsWith("/dev/udp/", i)) {
                        d = hit(Confidence.HIGH, i, i + 9, "cmdi.network_redirect");
                    }
                    break;
                case '<':
                    if (s.startsWith("<!--#exec", i)) {
                        d = hit(Confidence.HIGH, i, i + 9, "cmdi.ssi_exec");
                    }
                    break;
                case '$':
                    if (s.startsWith("${jndi:", i) || s.startsWith("${@", i) || s.startsWith("${::-", i)) {
                        d = hit(Confidence.MEDIUM, i, i + 3, "cmdi.expression_lookup");
                    }
                    break;
                case '{':
                    if (s.startsWith("{${", i) || s.startsWith("{jndi:", i)) {
                        // {jndi:...} right after an obfuscated "$" (${:1337:-x$}{jndi:ldap://...}) is still a lookup.
                        d = hit(Confidence.MEDIUM, i, i + 3, "cmdi.expression_lookup");
                    } else if (i + 1 < n && (s.charAt(i + 1) == '{' || s.charAt(i + 1) == '%')) {
                        // The next closing "}}" / "%}", found once and reused, keeps "{{{{..." linear.
                        if (nextClose != n && nextClose < i + 2) {
                            int a = s.indexOf("}}", i + 2);
                            int b = s.indexOf("%}", i + 2);
                            nextClose = a < 0 ? (b < 0 ? n : b) : (b < 0 ? a : Math.min(a, b));
                        }
                        d = templateExpression(s, i, nextClose);
                    }
                    break;
                case '\r':
                    d = MailCommands.afterLineBreak(s, i);
                    break;
                default:
                    if (c == 's' || c == 'p' || c == 'o' || c == 'g' || c == 'c' || c == 'e' || c == '!') {
                        d = execCall(s, i);
                    }
            }
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * {@code () {} at the start (Shellshock), or {@code name(){ ... name|name& ...}} (a function that
     * pipes into itself: a fork bomb).
     */
    private static Detection functionDefinition(String s, int open) {
        if (!s.startsWith("()", open)) {
            return null;
        }
        int b = open + 2;
        while (b < s.length() && s.charAt(b) <= ' ') {
            b++;
        }
        if (b >= s.length() || s.charAt(b) != '{') {
            return null;
        }
        int nameStart = open;
        while (nameStart > 0 && isNameChar(s.charAt(nameStart - 1))) {
            nameStart--;
        }
        if (nameStart == open) {
            boolean atStart = true;
            for (int k = 0; k < open && atStart; k++) {
                atStart = s.charAt(k) <= ' ' || s.charAt(k) == '\'' || s.charAt(k) == '"';
            }
            return atStart ? hit(Confidence.HIGH, open, b + 1, "cmdi.shellshock") : null;
        }
        int close = XssVocabulary.indexOf(s, "}", b, Math.min(s.length(), b + 64));
        int bodyEnd = close < 0 ? Math.min(s.length(), b + 64) : close;
        String name = s.substring(nameStart, open);
        for (int k = XssVocabulary.indexOf(s, name, b, bodyEnd); k >= 0; k = XssVocabulary.indexOf(s, name, k + 1, bodyEnd)) {
            int after = k + name.length();
            while (after < bodyEnd && (s.charAt(after) <= ' ' || s.charAt(after) == '(' || s.charAt(after) == ')')) {
                after++;
            }
            if (after < bodyEnd && (s.charAt(after) == '|' || s.charAt(after) == '&')) {
                return hit(Confidence.HIGH, nameStart, bodyEnd, "cmdi.fork_bomb");
            }
        }
        return null;
    }

    /**
     * Server-side template injection: {@code {{7*7}}}, {@code {{''.__class__...}}}, {@code {% for ... %}}.
     * A plain placeholder ({@code {{name}}}) is not reported.
     */
    private static Detection templateExpression(String s, int i, int end) {
        if (end >= s.length() || end - i > 256) {
            return null;
        }
        boolean code = false;
        for (int k = i + 2; k < end && !code; k++) {
            char c = s.charAt(k);
            boolean arithmetic = (c == '*' || c == '+') && k > i + 2 && Character.isDigit(s.charAt(k - 1))
                    && k + 1 < end && Character.isDigit(s.charAt(k + 1));
            code = arithmetic || c == '(' || s.startsWith("__", k);
        }
        if (s.charAt(i + 1) == '%') {
            code = XssVocabulary.indexOf(s, " in ", i, end) >= 0 || XssVocabulary.indexOf(s, "import", i, end) >= 0;
        }
        return code ? hit(Confidence.MEDIUM, i, end + 2, "cmdi.template_expression") : null;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == ':' || c == '.';
    }

    private static Detection execCall(String s, int i) {
        if (i > 0 && continuesName(s.charAt(i - 1))) {
            return null;
        }
        if (s.startsWith("!!python/object", i)) {
            // A PyYAML tag that constructs an object: loading it runs code.
            return hit(Confidence.HIGH, i, i + 15, "cmdi.exec_call");
        }
        char first = s.charAt(i);
        char second = i + 1 < s.length() ? s.charAt(i + 1) : 0;
        for (String call : first < 128 ? EXEC_CALLS_BY_FIRST[first] : EXEC_CALLS) {
            if (call.charAt(1) == second && s.startsWith(call, i)) {
                int after = i + call.length();
                boolean argument = after < s.length() && ("'\"`$".indexOf(s.charAt(after)) >= 0
                        || call.charAt(call.length() - 1) != '(') || call.startsWith("php");
                if (argument || call.indexOf('(') < call.length() - 1) {
                    return hit(Confidence.HIGH, i, after, "cmdi.exec_call");
                }
            }
        }
        return null;
    }

    /** Letter, digit or {@code _}: then a call name would be the tail of a longer name. ASCII first: it is hot. */
    private static boolean continuesName(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }

    private static Detection hit(Confidence confidence, int from, int to, String reason) {
        return new Detection(Category.CMDI, confidence, from, Math.max(from, to), reason);
    }
}
