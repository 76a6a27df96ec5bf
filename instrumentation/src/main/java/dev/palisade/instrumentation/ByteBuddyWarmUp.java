package dev.palisade.instrumentation;

import java.lang.instrument.ClassFileTransformer;

import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Runs Byte Buddy's transformer once on a made-up JDBC statement class, on the background thread
 * that built it, and throws the result away.
 *
 * <p>Why: the first real transformation otherwise loads Byte Buddy's type pool, class-file reader
 * and writer and advice inliner (a few hundred classes) on the application's own thread, in the
 * middle of its start-up. The made-up class is never defined, so nothing of it reaches the JVM; its
 * name is outside every ignored package so the whole matching path runs, and
 * {@link #TYPE_NAME} keeps it out of the transformation events.
 */
final class ByteBuddyWarmUp {

    /** The made-up class's binary name; the event listener skips it. */
    static final String TYPE_NAME = "palisade.warmup.WarmUpStatement";

    private ByteBuddyWarmUp() {
    }

    /** Transforms the made-up class with {@code byteBuddy}; a failure here is harmless and ignored. */
    static void run(ClassFileTransformer byteBuddy) {
        try {
            String internalName = TYPE_NAME.replace('.', '/');
            byteBuddy.transform(ByteBuddyWarmUp.class.getClassLoader(), internalName, null,
                    ByteBuddyWarmUp.class.getProtectionDomain(), statementClass(internalName));
        } catch (Throwable ignored) {
            // Only a warm-up: the real transformations report their own failures.
        }
    }

    /** {@code public class <name> { public ResultSet executeQuery(String sql) { return null; } }} */
    private static byte[] statementClass(String internalName) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V11, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, internalName, null, "java/lang/Object", null);
        MethodVisitor constructor = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        constructor.visitCode();
        constructor.visitVarInsn(Opcodes.ALOAD, 0);
        constructor.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        constructor.visitInsn(Opcodes.RETURN);
        constructor.visitMaxs(0, 0);
        constructor.visitEnd();
        MethodVisitor query = writer.visitMethod(Opcodes.ACC_PUBLIC, "executeQuery",
                "(Ljava/lang/String;)Ljava/sql/ResultSet;", null, null);
        query.visitCode();
        query.visitInsn(Opcodes.ACONST_NULL);
        query.visitInsn(Opcodes.ARETURN);
        query.visitMaxs(0, 0);
        query.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }
}
