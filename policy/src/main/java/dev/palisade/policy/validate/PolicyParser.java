package dev.palisade.policy.validate;

import dev.palisade.policy.Policy;
import dev.palisade.policy.PolicyLoadResult;
import dev.palisade.policy.json.JsonSyntaxException;
import dev.palisade.policy.json.JsonValue;
import dev.palisade.policy.json.LocatedJsonReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Bytes to {@link PolicyLoadResult}: decode UTF-8, parse JSON with locations, validate, build. */
public final class PolicyParser {

    private PolicyParser() {
    }

    /**
     * Validates {@code bytes}.
     *
     * @param file where the bytes came from: names the file in diagnostics and anchors relative
     *     paths; may be relative
     */
    public static PolicyLoadResult parse(byte[] bytes, Path file) {
        Diagnostics diagnostics = new Diagnostics(file.toString());
        String text = decode(bytes, diagnostics);
        if (text == null) {
            return new PolicyLoadResult(null, diagnostics.sorted());
        }
        JsonValue root;
        try {
            root = LocatedJsonReader.read(text);
        } catch (JsonSyntaxException e) {
            diagnostics.add(Severity.ERROR, e.line(), e.column(), "", e.getMessage(), null);
            return new PolicyLoadResult(null, diagnostics.sorted());
        }
        Policy policy = new PolicyReader(diagnostics, file).read(root, sha256(bytes));
        return new PolicyLoadResult(policy, diagnostics.sorted());
    }

    private static String decode(byte[] bytes, Diagnostics diagnostics) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            reportBadUtf8(bytes, buffer.position(), diagnostics);
            return null;
        } catch (CharacterCodingException e) {
            reportBadUtf8(bytes, buffer.position(), diagnostics);
            return null;
        }
    }

    private static void reportBadUtf8(byte[] bytes, int position, Diagnostics diagnostics) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String offending = position < bytes.length ? String.format(" (byte 0x%02x)", bytes[position] & 0xff) : "";
        diagnostics.add(Severity.ERROR, line, position - lineStart + 1, "",
                "the file is not valid UTF-8" + offending, "save the file as UTF-8");
    }

    /** Lowercase hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
