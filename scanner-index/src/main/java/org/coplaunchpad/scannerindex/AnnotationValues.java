package org.coplaunchpad.scannerindex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** Reads annotations from the compiler's model by name, without loading the annotation classes. */
final class AnnotationValues {

    private AnnotationValues() {
    }

    static Optional<AnnotationMirror> find(Element element, String annotationName) {
        return element.getAnnotationMirrors().stream()
                .filter(mirror -> nameOf(mirror).equals(annotationName))
                .findFirst()
                .map(AnnotationMirror.class::cast);
    }

    static List<AnnotationMirror> findAll(Element element, Set<String> annotationNames) {
        List<AnnotationMirror> found = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (annotationNames.contains(nameOf(mirror))) {
                found.add(mirror);
            }
        }
        return found;
    }

    static boolean hasAny(Element element, Set<String> annotationNames) {
        return !findAll(element, annotationNames).isEmpty();
    }

    /** The explicitly given {@code value} string, if it is not blank (a blank name means "no name"). */
    static Optional<String> explicitName(AnnotationMirror mirror) {
        return explicitValue(mirror)
                .map(AnnotationValue::getValue)
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .map(String::strip)
                .filter(name -> !name.isEmpty());
    }

    /** The types listed in a {@code Class<?>[] value()}; empty when the value was not given. */
    static List<TypeMirror> explicitTypes(AnnotationMirror mirror) {
        List<TypeMirror> types = new ArrayList<>();
        explicitValue(mirror).map(AnnotationValue::getValue).ifPresent(value -> {
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof AnnotationValue annotationValue
                            && annotationValue.getValue() instanceof TypeMirror type) {
                        types.add(type);
                    }
                }
            } else if (value instanceof TypeMirror type) {
                types.add(type);
            }
        });
        return types;
    }

    private static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("value")) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    private static String nameOf(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }
}
