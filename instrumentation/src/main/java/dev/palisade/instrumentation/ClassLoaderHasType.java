package dev.palisade.instrumentation;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import net.bytebuddy.matcher.ElementMatcher;

/**
 * Matches class loaders that can see a given class, checked by resource lookup (never by loading,
 * which could recurse into the class-file transformer) and cached per loader.
 *
 * <p>This runs before the expensive {@code hasSuperType} matching on every class load: a loader
 * without the servlet API cannot define a servlet, so its classes are skipped at the cost of one
 * map lookup.
 */
public final class ClassLoaderHasType extends ElementMatcher.Junction.AbstractBase<ClassLoader> {

    private final String resourceName;
    private final Map<ClassLoader, Boolean> cache = Collections.synchronizedMap(new WeakHashMap<>());

    private ClassLoaderHasType(String className) {
        this.resourceName = className.replace('.', '/') + ".class";
    }

    /** A matcher for loaders that can see {@code className}. */
    public static ClassLoaderHasType hasType(String className) {
        return new ClassLoaderHasType(className);
    }

    @Override
    public boolean matches(ClassLoader loader) {
        if (loader == null) {
            // Servlet, JAX-RS and JDBC driver code never lives on the bootstrap class path.
            return false;
        }
        Boolean known = cache.get(loader);
        if (known != null) {
            return known;
        }
        boolean visible;
        try {
            visible = loader.getResource(resourceName) != null;
        } catch (Throwable t) {
            visible = false;
        }
        cache.put(loader, visible);
        return visible;
    }
}
