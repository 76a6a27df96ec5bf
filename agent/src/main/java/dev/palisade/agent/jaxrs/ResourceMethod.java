package dev.palisade.agent.jaxrs;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the agent needs to know about one JAX-RS resource method or sub-resource locator, read
 * once from its annotations by reflection and cached per resource class.
 *
 * <p>Annotations are recognised by name for {@code javax.ws.rs} and {@code jakarta.ws.rs} alike,
 * because the runtime serves both and sees neither API at compile time. Method and parameter
 * annotations are inherited from the same method of a superclass or interface when the
 * implementation has none (JAX-RS 2.1 / 3.1 section 3.6); the class {@code @Path} is looked up on
 * the resource's class, then its superclasses and interfaces.
 */
final class ResourceMethod {

    /** Kind of each parameter: what the runtime takes from the argument. */
    enum Parameter {
        /** {@code @PathParam} / {@code @MatrixParam}: a path input named {@link #names}. */
        PATH,
        /** The entity (the one parameter without a JAX-RS annotation): walked for string values and keys. */
        ENTITY,
        /** Anything else (query, header, cookie, form parameters, {@code @Context}): already read from the request. */
        OTHER
    }

    private static final ClassValue<Map<String, ResourceMethod>> BY_RESOURCE_CLASS =
            new ClassValue<Map<String, ResourceMethod>>() {
                @Override
                protected Map<String, ResourceMethod> computeValue(Class<?> type) {
                    return new ConcurrentHashMap<>();
                }
            };

    /** A resource method ({@code @GET} ...), not a sub-resource locator ({@code @Path} only). */
    final boolean resourceMethod;
    /** The {@code @Path} of the resource class, or {@code null} for a sub-resource class. */
    final String classPath;
    /** The method's {@code @Path}, or {@code null}. */
    final String methodPath;
    final Parameter[] parameters;
    final String[] names;

    private ResourceMethod(boolean resourceMethod, String classPath, String methodPath, Parameter[] parameters,
            String[] names) {
        this.resourceMethod = resourceMethod;
        this.classPath = classPath;
        this.methodPath = methodPath;
        this.parameters = parameters;
        this.names = names;
    }

    /**
     * The model of {@code declaring.method} (name + descriptor) invoked on an instance of
     * {@code resourceClass}; {@code null} when it carries no JAX-RS annotation after all.
     */
    static ResourceMethod of(Class<?> resourceClass, Class<?> declaring, String method) {
        Map<String, ResourceMethod> models = BY_RESOURCE_CLASS.get(resourceClass);
        String key = declaring == resourceClass ? method : declaring.getName() + '#' + method;
        ResourceMethod model = models.get(key);
        if (model == null) {
            model = resolve(resourceClass, declaring, method);
            models.put(key, model);
        }
        return model == NONE ? null : model;
    }

    private static final ResourceMethod NONE = new ResourceMethod(false, null, null, new Parameter[0], new String[0]);

    private static ResourceMethod resolve(Class<?> resourceClass, Class<?> declaring, String nameAndDescriptor) {
        Method invoked = find(declaring, nameAndDescriptor);
        if (invoked == null) {
            return NONE;
        }
        Method annotated = annotatedDeclaration(invoked, declaring, 0);
        if (annotated == null) {
            return NONE;
        }
        String methodPath = null;
        boolean httpMethod = false;
        for (Annotation annotation : annotated.getAnnotations()) {
            if (isJaxRs(annotation, "Path")) {
                methodPath = value(annotation);
            } else if (isHttpMethod(annotation)) {
                httpMethod = true;
            }
        }
        if (methodPath == null && !httpMethod) {
            return NONE;
        }
        Annotation[][] parameterAnnotations = annotated.getParameterAnnotations();
        Parameter[] parameters = new Parameter[parameterAnnotations.length];
        String[] names = new String[parameterAnnotations.length];
        boolean entitySeen = false;
        for (int i = 0; i < parameterAnnotations.length; i++) {
            parameters[i] = Parameter.OTHER;
            boolean jaxRs = false;
            for (Annotation annotation : parameterAnnotations[i]) {
                String type = annotation.annotationType().getSimpleName();
                if (("PathParam".equals(type) || "MatrixParam".equals(type))) {
                    // Also RESTEasy's org.jboss.resteasy.annotations.jaxrs.PathParam (value may be empty).
                    parameters[i] = Parameter.PATH;
                    names[i] = value(annotation);
                }
                jaxRs |= isJaxRsPackage(annotation.annotationType().getName()) || parameters[i] == Parameter.PATH
                        || type.endsWith("Param") || "Context".equals(type);
            }
            if (!jaxRs && httpMethod && !entitySeen) {
                parameters[i] = Parameter.ENTITY;
                entitySeen = true;
            }
        }
        return new ResourceMethod(httpMethod, classPath(resourceClass), methodPath, parameters, names);
    }

    /** The class-level {@code @Path}: on the class, else the nearest superclass or interface declaring one. */
    private static String classPath(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            String path = declaredPath(c);
            if (path != null) {
                return path;
            }
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Class<?> face : c.getInterfaces()) {
                String path = declaredPath(face);
                if (path != null) {
                    return path;
                }
            }
        }
        return null;
    }

    private static String declaredPath(Class<?> type) {
        for (Annotation annotation : type.getDeclaredAnnotations()) {
            if (isJaxRs(annotation, "Path")) {
                return value(annotation);
            }
        }
        return null;
    }

    /** The method itself when it has JAX-RS annotations, else the nearest overridden one that has. */
    private static Method annotatedDeclaration(Method method, Class<?> type, int depth) {
        if (hasJaxRsAnnotation(method) || depth > 16) {
            return hasJaxRsAnnotation(method) ? method : null;
        }
        Class<?> superClass = type.getSuperclass();
        for (Class<?> face : type.getInterfaces()) {
            Method found = inherited(face, method, depth);
            if (found != null) {
                return found;
            }
        }
        return superClass == null ? null : inherited(superClass, method, depth);
    }

    private static Method inherited(Class<?> type, Method method, int depth) {
        try {
            Method declared = type.getDeclaredMethod(method.getName(), method.getParameterTypes());
            return annotatedDeclaration(declared, type, depth + 1);
        } catch (NoSuchMethodException notHere) {
            Class<?> superClass = type.getSuperclass();
            for (Class<?> face : type.getInterfaces()) {
                Method found = inherited(face, method, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return superClass == null || depth > 16 ? null : inherited(superClass, method, depth + 1);
        }
    }

    private static boolean hasJaxRsAnnotation(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (isJaxRs(annotation, "Path") || isHttpMethod(annotation)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHttpMethod(Annotation annotation) {
        for (Annotation meta : annotation.annotationType().getAnnotations()) {
            if (isJaxRs(meta, "HttpMethod")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJaxRs(Annotation annotation, String simpleName) {
        String name = annotation.annotationType().getName();
        return name.endsWith(simpleName) && (name.equals("javax.ws.rs." + simpleName)
                || name.equals("jakarta.ws.rs." + simpleName));
    }

    private static boolean isJaxRsPackage(String annotationType) {
        return annotationType.startsWith("javax.ws.rs.") || annotationType.startsWith("jakarta.ws.rs.");
    }

    private static String value(Annotation annotation) {
        try {
            Object value = annotation.annotationType().getMethod("value").invoke(annotation);
            return value instanceof String ? (String) value : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The declared method with this name and JVM descriptor, e.g. {@code get(I)Ljava/lang/String;}. */
    private static Method find(Class<?> type, String nameAndDescriptor) {
        int paren = nameAndDescriptor.indexOf('(');
        if (paren < 0) {
            return null;
        }
        String name = nameAndDescriptor.substring(0, paren);
        String descriptor = nameAndDescriptor.substring(paren);
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(name) && descriptor(method).equals(descriptor)) {
                return method;
            }
        }
        return null;
    }

    private static String descriptor(Method method) {
        StringBuilder out = new StringBuilder("(");
        for (Class<?> parameter : method.getParameterTypes()) {
            out.append(descriptor(parameter));
        }
        return out.append(')').append(descriptor(method.getReturnType())).toString();
    }

    private static String descriptor(Class<?> type) {
        if (type.isArray()) {
            return type.getName().replace('.', '/');
        }
        if (type.isPrimitive()) {
            return java.lang.invoke.MethodType.methodType(type).toMethodDescriptorString().substring(2);
        }
        return 'L' + type.getName().replace('.', '/') + ';';
    }

    @Override
    public String toString() {
        return "ResourceMethod[classPath=" + classPath + ", methodPath=" + methodPath + ", parameters="
                + Arrays.toString(parameters) + "]";
    }
}
