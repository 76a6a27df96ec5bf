package dev.palisade.agent.jaxrs;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The string values and string keys of a deserialized JAX-RS entity, with JSON-like paths
 * ({@code $.name}, {@code $.tags[2]}, {@code $.attributes.color}).
 *
 * <p>Walks strings, maps, collections, arrays, {@code Optional}, and the instance fields of
 * application objects (beans and records alike: fields, not getters, so no application code runs).
 * JDK types other than these are not entered. Bounded on every axis, because the entity is
 * attacker-shaped: at most {@value #MAX_DEPTH} levels, {@value #MAX_NODES} visited objects and
 * {@value #MAX_CHARS} characters of collected strings; cycles are visited once.
 */
final class EntityValues {

    static final int MAX_DEPTH = 8;
    static final int MAX_NODES = 1000;
    static final int MAX_CHARS = 64 * 1024;

    interface Sink {
        void value(String path, String value);

        void key(String path, String key);
    }

    private static final ClassValue<List<Field>> FIELDS = new ClassValue<List<Field>>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && !isJdk(c); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()
                            && field.trySetAccessible()) {
                        fields.add(field);
                    }
                }
            }
            return Collections.unmodifiableList(fields);
        }
    };

    private final Sink sink;
    private final Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    private int nodes;
    private int chars;

    private EntityValues(Sink sink) {
        this.sink = sink;
    }

    static void walk(Object entity, Sink sink) {
        new EntityValues(sink).visit(entity, "$", 0);
    }

    private boolean exhausted() {
        return nodes >= MAX_NODES || chars >= MAX_CHARS;
    }

    private void visit(Object value, String path, int depth) {
        if (value == null || exhausted()) {
            return;
        }
        if (value instanceof CharSequence) {
            String text = value.toString();
            String taken = text.length() > MAX_CHARS - chars ? text.substring(0, MAX_CHARS - chars) : text;
            chars += taken.length();
            nodes++;
            sink.value(path, taken);
            return;
        }
        if (value instanceof char[]) {
            visit(new String((char[]) value), path, depth);
            return;
        }
        Class<?> type = value.getClass();
        if (depth >= MAX_DEPTH || type.isPrimitive() || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum || !visited.add(value)) {
            return;
        }
        nodes++;
        if (value instanceof Map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                if (exhausted()) {
                    return;
                }
                Object key = entry.getKey();
                String child = path + '.' + key;
                if (key instanceof CharSequence) {
                    String name = key.toString();
                    chars += name.length();
                    sink.key(child, name);
                }
                visit(entry.getValue(), child, depth + 1);
            }
        } else if (value instanceof Collection) {
            int i = 0;
            for (Object element : (Collection<?>) value) {
                if (exhausted()) {
                    return;
                }
                visit(element, path + '[' + i++ + ']', depth + 1);
            }
        } else if (type.isArray()) {
            if (type.getComponentType().isPrimitive()) {
                return;
            }
            int length = Array.getLength(value);
            for (int i = 0; i < length && !exhausted(); i++) {
                visit(Array.get(value, i), path + '[' + i + ']', depth + 1);
            }
        } else if (value instanceof Optional) {
            visit(((Optional<?>) value).orElse(null), path, depth);
        } else if (!isJdk(type)) {
            for (Field field : FIELDS.get(type)) {
                if (exhausted()) {
                    return;
                }
                Object fieldValue;
                try {
                    fieldValue = field.get(value);
                } catch (IllegalAccessException | RuntimeException unreadable) {
                    continue;
                }
                visit(fieldValue, path + '.' + field.getName(), depth + 1);
            }
        }
    }

    private static boolean isJdk(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jakarta.")
                || name.startsWith("jdk.") || name.startsWith("sun.") || name.startsWith("com.sun.");
    }
}
