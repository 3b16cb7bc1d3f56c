package org.coplaunchpad.velocity;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calls every template may make without a {@code <velocity-allowlist>} entry, as Confluence 9+
 * allows plain values by default. The whole default set is here, deliberately small:
 * <ul>
 *   <li>every public instance method of {@link String}, {@link Boolean}, {@link Character} and the JDK's
 *       {@link Number} classes (java.lang / java.math);</li>
 *   <li>the methods declared by {@link Collection}, {@link List}, {@link Set}, {@link Map}, {@link Map.Entry}
 *       and {@link Iterator}, on any implementation (so {@code List.of}, {@code Map.of} work);</li>
 *   <li>{@code size()}/{@code get(int)}/... on arrays, which Velocity presents as lists;</li>
 *   <li>{@code toString()}, {@code equals(Object)} and {@code hashCode()} on anything.</li>
 * </ul>
 * Static methods and the rest of {@link Object} ({@code getClass()}, {@code wait()}, ...) are never built in,
 * so {@code $s.getClass().forName(...)} cannot escape the allowlist.
 */
final class BuiltInAllowlist {

    private static final Set<String> VALUE_TYPE_PACKAGES = Set.of("java.lang", "java.math");
    private static final List<Class<?>> VALUE_TYPES = List.of(String.class, Boolean.class, Character.class, Number.class);
    private static final List<Class<?>> CONTAINER_TYPES =
            List.of(Collection.class, List.class, Set.class, Map.class, Map.Entry.class, Iterator.class);
    private static final Set<String> OBJECT_METHODS = Set.of("toString()", "equals(java.lang.Object)", "hashCode()");

    private BuiltInAllowlist() {
    }

    /** {@code method} was resolved by Velocity on {@code type}, the runtime class of the template's object. */
    static boolean allows(Class<?> type, Method method) {
        if (isObjectMethod(method)) {
            return OBJECT_METHODS.contains(VelocityAllowlist.signatureOf(method));
        }
        if (Modifier.isStatic(method.getModifiers())) {
            return false;
        }
        if (isJdkValueType(type)) {
            return true;
        }
        for (Class<?> container : CONTAINER_TYPES) {
            if (container.isAssignableFrom(type) && declares(container, method)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJdkValueType(Class<?> type) {
        return VALUE_TYPE_PACKAGES.contains(type.getPackageName())
                && VALUE_TYPES.stream().anyMatch(valueType -> valueType.isAssignableFrom(type));
    }

    private static boolean isObjectMethod(Method method) {
        return declares(Object.class, method);
    }

    private static boolean declares(Class<?> type, Method method) {
        try {
            type.getMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** {@code type}, its superclasses and all interfaces they implement, nearest first. */
    static Set<Class<?>> typeAndSupertypes(Class<?> type) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(type));
        while (!pending.isEmpty()) {
            Class<?> next = pending.removeFirst();
            if (seen.add(next)) {
                if (next.getSuperclass() != null) {
                    pending.addLast(next.getSuperclass());
                }
                pending.addAll(List.of(next.getInterfaces()));
            }
        }
        return seen;
    }
}
