package org.coplaunchpad.atlassianapi;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Describes a compiled type the way the JVM links against it: its kind, supertypes, and every public or
 * protected member as an erased descriptor, with throws clauses and constant values. One line per fact,
 * so that a reviewed list of expected lines can be compared with what the declarations compile to.
 */
final class Declarations {
    private Declarations() {
    }

    static List<String> describe(Class<?> type) {
        List<String> lines = new ArrayList<>();
        lines.add(header(type));
        for (Field field : sorted(type.getDeclaredFields())) {
            if (visible(field.getModifiers()) && !field.isSynthetic()) {
                lines.add(type.getName() + " " + field(type, field));
            }
        }
        for (Constructor<?> constructor : Arrays.stream(type.getDeclaredConstructors())
                .sorted((a, b) -> descriptor(a).compareTo(descriptor(b))).toList()) {
            if (visible(constructor.getModifiers()) && !type.isEnum()) {
                lines.add(type.getName() + " " + modifiers(constructor.getModifiers()) + "<init>"
                        + descriptor(constructor) + "V" + throwsClause(constructor));
            }
        }
        for (Method method : sortedMethods(type)) {
            if (!visible(method.getModifiers()) || method.isSynthetic() || method.isBridge() || isEnumBoilerplate(type, method)) {
                continue;
            }
            String defaultValue = method.getDefaultValue() == null ? "" : " default=" + render(method.getDefaultValue());
            lines.add(type.getName() + " " + modifiers(method.getModifiers()) + method.getName() + descriptor(method)
                    + descriptor(method.getReturnType()) + throwsClause(method) + defaultValue);
        }
        return lines;
    }

    private static String header(Class<?> type) {
        String kind;
        if (type.isAnnotation()) {
            Retention retention = type.getAnnotation(Retention.class);
            Target target = type.getAnnotation(Target.class);
            kind = "annotation retention=" + (retention == null ? "CLASS" : retention.value())
                    + " target=" + (target == null ? "-" : Arrays.stream(target.value()).map(Enum::name).sorted()
                    .collect(Collectors.joining(",")));
        } else if (type.isEnum()) {
            kind = "enum constants=" + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(","));
        } else if (type.isInterface()) {
            kind = "interface";
        } else {
            kind = (Modifier.isAbstract(type.getModifiers()) ? "abstract " : "")
                    + (Modifier.isFinal(type.getModifiers()) ? "final " : "") + "class extends "
                    + type.getSuperclass().getName();
        }
        String interfaces = type.isAnnotation() ? "" : Arrays.stream(type.getInterfaces()).map(Class::getName)
                .collect(Collectors.joining(","));
        return type.getName() + " : " + kind + (interfaces.isEmpty() ? "" : " implements " + interfaces);
    }

    private static String field(Class<?> type, Field field) {
        String value = "";
        if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())
                && (field.getType() == String.class || field.getType().isPrimitive())) {
            try {
                field.setAccessible(true);
                value = " = " + render(field.get(null));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return modifiers(field.getModifiers()) + "field " + field.getName() + " " + descriptor(field.getType()) + value;
    }

    private static boolean isEnumBoilerplate(Class<?> type, Method method) {
        return type.isEnum() && (method.getName().equals("values") || method.getName().equals("valueOf"));
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String modifiers(int modifiers) {
        StringBuilder text = new StringBuilder();
        if (Modifier.isProtected(modifiers)) {
            text.append("protected ");
        }
        if (Modifier.isStatic(modifiers)) {
            text.append("static ");
        }
        if (Modifier.isFinal(modifiers)) {
            text.append("final ");
        }
        if (Modifier.isAbstract(modifiers)) {
            text.append("abstract ");
        }
        return text.toString();
    }

    private static String descriptor(Executable executable) {
        return "(" + Arrays.stream(executable.getParameterTypes()).map(Declarations::descriptor).collect(Collectors.joining()) + ")";
    }

    static String descriptor(Class<?> type) {
        if (type.isArray()) {
            return "[" + descriptor(type.getComponentType());
        }
        if (type.isPrimitive()) {
            return switch (type.getName()) {
                case "void" -> "V";
                case "boolean" -> "Z";
                case "byte" -> "B";
                case "char" -> "C";
                case "short" -> "S";
                case "int" -> "I";
                case "long" -> "J";
                case "float" -> "F";
                case "double" -> "D";
                default -> throw new IllegalArgumentException(type.getName());
            };
        }
        return "L" + type.getName().replace('.', '/') + ";";
    }

    private static String throwsClause(Executable executable) {
        Class<?>[] exceptions = executable.getExceptionTypes();
        return exceptions.length == 0 ? "" : " throws " + Arrays.stream(exceptions).map(Class::getName).sorted()
                .collect(Collectors.joining(","));
    }

    private static String render(Object value) {
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        if (value != null && value.getClass().isArray()) {
            Object[] values = value instanceof Object[] objects ? objects : new Object[0];
            return Arrays.stream(values).map(Declarations::render).collect(Collectors.joining(",", "{", "}"));
        }
        return String.valueOf(value);
    }

    private static List<Field> sorted(Field[] fields) {
        return Arrays.stream(fields).sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
    }

    private static List<Method> sortedMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .sorted((a, b) -> (a.getName() + descriptor(a)).compareTo(b.getName() + descriptor(b))).toList();
    }
}
