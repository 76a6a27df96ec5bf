package dev.palisade.instrumentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.IllegalClassFormatException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.palisade.instrumentation.grizzly.GrizzlyInstrumentationModule;
import dev.palisade.instrumentation.jaxrs.JaxRsInstrumentationModule;
import dev.palisade.instrumentation.jdbc.JdbcInstrumentationModule;
import dev.palisade.instrumentation.jdkhttp.JdkHttpServerInstrumentationModule;
import dev.palisade.instrumentation.servlet.ServletInstrumentationModule;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * The {@code premain} transformer ({@link AdviceTransformer}) must rewrite exactly what Byte Buddy's
 * agent builder, which the late attach still uses, rewrites from the same rules: the same classes,
 * the same methods, with the same advice calls; and its output must pass the JVM's verifier.
 */
class AdviceTransformerTest {

    private static final List<String> CLASSES = Arrays.asList(
            "fixtures.candidates.ServiceOverridingServlet", "fixtures.candidates.DoGetServlet",
            "fixtures.candidates.PassFilter", "fixtures.candidates.BodyStream", "fixtures.candidates.ReaderRequest",
            "fixtures.candidates.ParameterRequest", "fixtures.candidates.BaseStatement",
            "fixtures.candidates.PreparingConnection", "fixtures.candidates.CallsJdbc", "fixtures.candidates.JdkHandler",
            "fixtures.candidates.ResourceApi", "fixtures.candidates.ResourceImpl", "fixtures.candidates.Plain",
            "jakarta.servlet.http.HttpServlet", "jakarta.servlet.GenericServlet", "jakarta.servlet.ServletInputStream",
            "jakarta.servlet.ServletRequestWrapper", "jakarta.servlet.Servlet");

    private static final List<InstrumentationModule> MODULES = Arrays.asList(ServletInstrumentationModule.javax(),
            ServletInstrumentationModule.jakarta(), new JdbcInstrumentationModule(), JaxRsInstrumentationModule.javax(),
            JaxRsInstrumentationModule.jakarta(), new JdkHttpServerInstrumentationModule(),
            new GrizzlyInstrumentationModule());

    @Test
    void rewritesTheSameMethodsWithTheSameCallsAsTheAgentBuilder() throws Exception {
        Instrumenter instrumenter = new Instrumenter(MODULES, new RecordingEvents());
        ClassFileTransformer premain = instrumenter.adviceTransformer();
        ClassFileTransformer agentBuilder = instrumenter.builder().makeRaw();
        int rewritten = 0;
        int advised = 0;
        for (String name : CLASSES) {
            byte[] original = bytes(name);
            byte[] direct = transform(premain, name, original);
            byte[] viaBuilder = transform(agentBuilder, name, original);
            assertEquals(viaBuilder == null, direct == null, name);
            if (direct == null) {
                continue;
            }
            rewritten++;
            Map<String, List<String>> before = calls(original);
            Map<String, List<String>> expected = changed(before, calls(viaBuilder));
            Map<String, List<String>> actual = changed(before, calls(direct));
            assertEquals(expected, actual, name);
            advised += expected.isEmpty() ? 0 : 1;
            assertEquals(members(viaBuilder), members(direct), name + ": no member added or removed");
        }
        assertEquals(13, rewritten, "the fixtures' rewritten classes (as in CandidateFilterTest)");
        // ResourceApi matches but only declares abstract methods, so no method of it gets advice.
        assertEquals(12, advised, "the fixtures' classes with advice in some method");
    }

    @Test
    void rewrittenClassesPassTheVerifier() throws Exception {
        ClassFileTransformer premain = new Instrumenter(MODULES, new RecordingEvents()).adviceTransformer();
        for (String name : Arrays.asList("fixtures.candidates.PassFilter", "fixtures.candidates.BodyStream",
                "fixtures.candidates.ParameterRequest", "fixtures.candidates.BaseStatement",
                "fixtures.candidates.ResourceImpl", "fixtures.candidates.ServiceOverridingServlet")) {
            byte[] rewritten = transform(premain, name, bytes(name));
            assertNotNull(rewritten, name);
            // Initializing links the class, which runs the verifier over every method.
            Class<?> defined = Class.forName(name, true, new OneClassLoader(name, rewritten));
            assertEquals(name, defined.getName());
        }
    }

    @Test
    void ignoredAndUnmatchedClassesAreLeftAlone() throws Exception {
        ClassFileTransformer premain = new Instrumenter(MODULES, new RecordingEvents()).adviceTransformer();
        assertNull(transform(premain, "fixtures.candidates.Plain", bytes("fixtures.candidates.Plain")));
        assertNull(transform(premain, "fixtures.candidates.CallsJdbc", bytes("fixtures.candidates.CallsJdbc")));
        assertNull(premain.transform(loader(), null, null, null, bytes("fixtures.candidates.Plain")));
    }

    private static byte[] transform(ClassFileTransformer transformer, String name, byte[] bytes)
            throws IllegalClassFormatException {
        return transformer.transform(loader(), name.replace('.', '/'), null, null, bytes);
    }

    /** Per method (name and descriptor), the methods it calls, in order. */
    private static Map<String, List<String>> calls(byte[] bytes) {
        Map<String, List<String>> calls = new TreeMap<>();
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                List<String> called = new ArrayList<>();
                calls.put(name + descriptor, called);
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String methodDescriptor,
                            boolean isInterface) {
                        called.add(owner + "." + method + methodDescriptor);
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES);
        return calls;
    }

    private static Map<String, List<String>> changed(Map<String, List<String>> before, Map<String, List<String>> after) {
        Map<String, List<String>> changed = new TreeMap<>();
        for (Map.Entry<String, List<String>> method : after.entrySet()) {
            if (!method.getValue().equals(before.get(method.getKey()))) {
                changed.put(method.getKey(), method.getValue());
            }
        }
        return changed;
    }

    private static TreeSet<String> members(byte[] bytes) {
        TreeSet<String> members = new TreeSet<>(calls(bytes).keySet());
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public net.bytebuddy.jar.asm.FieldVisitor visitField(int access, String name, String descriptor,
                    String signature, Object value) {
                members.add("field " + name + descriptor);
                return null;
            }
        }, ClassReader.SKIP_CODE);
        return members;
    }

    private static ClassLoader loader() {
        return AdviceTransformerTest.class.getClassLoader();
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = loader().getResourceAsStream(name.replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }

    /** Defines one class from given bytes; everything else comes from the test's class loader. */
    private static final class OneClassLoader extends ClassLoader {
        private final String name;
        private final byte[] bytes;

        OneClassLoader(String name, byte[] bytes) {
            super(loader());
            this.name = name;
            this.bytes = bytes;
        }

        @Override
        protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
            if (!className.equals(name)) {
                return super.loadClass(className, resolve);
            }
            synchronized (getClassLoadingLock(className)) {
                Class<?> loaded = findLoadedClass(className);
                return loaded != null ? loaded : defineClass(className, bytes, 0, bytes.length);
            }
        }
    }
}
