package dev.palisade.instrumentation;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads which of a fixed list of methods a class file declares, straight from its bytes: one
 * pass over the constant pool, fields and methods, skipping attributes by their length. No class
 * file is resolved, nothing is loaded, and the only allocation is one small offset table, which is
 * what makes it cheap enough to run on every class the JVM defines.
 *
 * <p>A method is given as {@code name} or {@code name(descriptor-prefix}, e.g.
 * {@code prepareStatement(Ljava/lang/String;} for every {@code prepareStatement} whose first
 * parameter is a {@code String}. Only method declarations count (a {@code method_info}), not
 * methods the class merely calls. Names and descriptors are compared as bytes, which is exact for
 * the ASCII names used here.
 */
final class DeclaredMethods {

    private final byte[][] names;
    private final byte[][] descriptorPrefixes;

    /** @param methods at most 64 method specs; bit {@code i} of a result stands for {@code methods.get(i)} */
    DeclaredMethods(List<String> methods) {
        if (methods.size() > 64) {
            throw new IllegalArgumentException("at most 64 methods");
        }
        this.names = new byte[methods.size()][];
        this.descriptorPrefixes = new byte[methods.size()][];
        for (int i = 0; i < methods.size(); i++) {
            String method = methods.get(i);
            int paren = method.indexOf('(');
            String name = paren < 0 ? method : method.substring(0, paren);
            String prefix = paren < 0 ? "" : method.substring(paren);
            this.names[i] = name.getBytes(StandardCharsets.US_ASCII);
            this.descriptorPrefixes[i] = prefix.getBytes(StandardCharsets.US_ASCII);
        }
    }

    /**
     * The listed methods {@code classFile} declares, as a bit set over the constructor's list.
     *
     * @throws IllegalArgumentException (or an index exception) when the bytes are not a class file
     */
    long declaredIn(byte[] classFile) {
        if (u4(classFile, 0) != 0xCAFEBABE) {
            throw new IllegalArgumentException("not a class file");
        }
        int count = u2(classFile, 8);
        int[] utf8Offsets = new int[count];
        int at = 10;
        for (int index = 1; index < count; index++) {
            int tag = classFile[at] & 0xFF;
            switch (tag) {
                case 1: // Utf8
                    utf8Offsets[index] = at;
                    at += 3 + u2(classFile, at + 1);
                    break;
                case 3: case 4: // Integer, Float
                case 9: case 10: case 11: case 12: // Fieldref, Methodref, InterfaceMethodref, NameAndType
                case 17: case 18: // Dynamic, InvokeDynamic
                    at += 5;
                    break;
                case 5: case 6: // Long, Double take two slots
                    at += 9;
                    index++;
                    break;
                case 7: case 8: case 16: case 19: case 20: // Class, String, MethodType, Module, Package
                    at += 3;
                    break;
                case 15: // MethodHandle
                    at += 4;
                    break;
                default:
                    throw new IllegalArgumentException("unknown constant pool tag " + tag);
            }
        }
        at += 6; // access flags, this class, super class
        at += 2 + 2 * u2(classFile, at); // interfaces
        int fields = u2(classFile, at);
        at += 2;
        for (int i = 0; i < fields; i++) {
            at = skipMember(classFile, at);
        }
        int methods = u2(classFile, at);
        at += 2;
        long declared = 0;
        for (int i = 0; i < methods; i++) {
            declared |= match(classFile, utf8(classFile, utf8Offsets, u2(classFile, at + 2)),
                    utf8(classFile, utf8Offsets, u2(classFile, at + 4)));
            at = skipMember(classFile, at);
        }
        return declared;
    }

    /** The offset of a Utf8 constant's bytes (after its length). */
    private static int utf8(byte[] classFile, int[] utf8Offsets, int index) {
        int offset = utf8Offsets[index];
        if (offset == 0) {
            throw new IllegalArgumentException("constant " + index + " is not a Utf8 constant");
        }
        return offset + 3;
    }

    private long match(byte[] classFile, int name, int descriptor) {
        int nameLength = u2(classFile, name - 2);
        int descriptorLength = u2(classFile, descriptor - 2);
        long matched = 0;
        for (int n = 0; n < names.length; n++) {
            if (names[n].length == nameLength && descriptorPrefixes[n].length <= descriptorLength
                    && regionEquals(classFile, name, names[n])
                    && regionEquals(classFile, descriptor, descriptorPrefixes[n])) {
                matched |= 1L << n;
            }
        }
        return matched;
    }

    private static boolean regionEquals(byte[] classFile, int start, byte[] name) {
        for (int i = 0; i < name.length; i++) {
            if (classFile[start + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** Skips a field_info or method_info: access, name, descriptor, then its attributes. */
    private static int skipMember(byte[] classFile, int at) {
        int attributes = u2(classFile, at + 6);
        at += 8;
        for (int i = 0; i < attributes; i++) {
            at += 6 + u4(classFile, at + 2);
        }
        return at;
    }

    private static int u2(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
    }

    private static int u4(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
                | (bytes[at + 3] & 0xFF);
    }
}
