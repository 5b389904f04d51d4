package io.sparkworkbench.engine.ml.recommend;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Bytes an object graph holds on a 64-bit JVM with compressed oops (12-byte headers, 4-byte references, 8-byte
 * alignment), walking fields by reflection: a stable figure where "heap used after GC" is noise beside Spark's own
 * allocations. Objects in {@code exclude} (and what only they reach) are not counted. For measurements only.
 */
final class DeepSize {

    private DeepSize() {
    }

    static long of(Object root, Object... exclude) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Collections.addAll(seen, exclude);
        ArrayDeque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        long total = 0;
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (!seen.add(o) || o instanceof Class<?>) {
                continue;
            }
            Class<?> type = o.getClass();
            if (type.isArray()) {
                int length = Array.getLength(o);
                Class<?> element = type.getComponentType();
                total += align(16 + (long) length * width(element));
                if (!element.isPrimitive()) {
                    for (int i = 0; i < length; i++) {
                        Object e = Array.get(o, i);
                        if (e != null) {
                            todo.push(e);
                        }
                    }
                }
                continue;
            }
            long size = 12;
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    size += width(f.getType());
                    if (!f.getType().isPrimitive()) {
                        try {
                            f.setAccessible(true);
                            Object value = f.get(o);
                            if (value != null) {
                                todo.push(value);
                            }
                        } catch (ReflectiveOperationException | RuntimeException e) {
                            // A JDK-internal field we may not open: counted shallow only.
                        }
                    }
                }
            }
            total += align(size);
        }
        return total;
    }

    private static long width(Class<?> type) {
        if (!type.isPrimitive()) {
            return 4;
        }
        if (type == long.class || type == double.class) {
            return 8;
        }
        if (type == int.class || type == float.class) {
            return 4;
        }
        if (type == short.class || type == char.class) {
            return 2;
        }
        return 1;
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
