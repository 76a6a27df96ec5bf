package dev.palisade.agent.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.junit.jupiter.api.Test;

/**
 * A shared site must call whichever handle it is given: the one bound first directly, any other
 * (a second servlet API in the same JVM) through its fallback, before and after binding.
 */
class SharedCallSiteTest {

    private static MethodHandle generic(Class<?> type, String name, Class<?> returnType) throws Exception {
        return MethodHandles.publicLookup().findVirtual(type, name, MethodType.methodType(returnType))
                .asType(MethodType.genericMethodType(1));
    }

    @Test
    void callsTheHandleItIsGivenBeforeAndAfterBinding() throws Throwable {
        MethodHandle length = generic(String.class, "length", int.class);
        MethodHandle upper = generic(String.class, "toUpperCase", String.class);
        SharedCallSite site = new SharedCallSite(0);
        MethodHandle invoker = site.invoker();

        assertEquals(3, (Object) invoker.invokeExact(length, (Object) "abc"), "unbound: the given handle");
        site.bind(length);
        assertEquals(5, (Object) invoker.invokeExact(length, (Object) "abcde"), "bound: the direct path");
        assertEquals("ABC", (Object) invoker.invokeExact(upper, (Object) "abc"), "another handle: the fallback");
        site.bind(upper);
        assertEquals(2, (Object) invoker.invokeExact(length, (Object) "ab"), "the first binding stays");
        assertEquals("XY", (Object) invoker.invokeExact(upper, (Object) "xy"));
    }

    @Test
    void passesArgumentsThrough() throws Throwable {
        MethodHandle indexOf = MethodHandles.publicLookup()
                .findVirtual(String.class, "indexOf", MethodType.methodType(int.class, String.class))
                .asType(MethodType.genericMethodType(2));
        SharedCallSite site = new SharedCallSite(1);
        site.bind(indexOf);
        assertEquals(2, (Object) site.invoker().invokeExact(indexOf, (Object) "abcd", (Object) "cd"));
    }
}
