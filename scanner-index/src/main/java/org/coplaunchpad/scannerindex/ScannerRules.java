package org.coplaunchpad.scannerindex;

import java.util.List;
import java.util.Optional;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Mistakes that Spring or the Spring Scanner runtime would only report when the plugin is
 * enabled in Confluence; each method returns the compile error to show instead.
 */
final class ScannerRules {

    private final Types types;

    ScannerRules(Types types) {
        this.types = types;
    }

    Optional<String> componentProblem(TypeElement component) {
        String name = component.getQualifiedName().toString();
        ElementKind kind = component.getKind();
        if (kind != ElementKind.CLASS && kind != ElementKind.RECORD) {
            return Optional.of("Component " + name + " is " + article(kind) + ": Spring can only create beans of"
                    + " concrete classes; annotate the implementing class instead");
        }
        if (component.getModifiers().contains(Modifier.ABSTRACT)) {
            return Optional.of("Component " + name + " is abstract: Spring cannot instantiate it; annotate a"
                    + " concrete subclass instead");
        }
        if (component.getNestingKind().isNested() && !component.getModifiers().contains(Modifier.STATIC)) {
            return Optional.of("Component " + name + " is an inner class: Spring cannot instantiate it without an"
                    + " instance of the enclosing class; make it static");
        }
        return constructorProblem(component);
    }

    /**
     * Spring autowires a class's only constructor; with several it needs a no-arg one or one marked
     * {@code @Autowired}/{@code @Inject}, else bean creation fails with "No default constructor found".
     */
    private static Optional<String> constructorProblem(TypeElement component) {
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(component.getEnclosedElements());
        boolean canChoose = constructors.size() <= 1
                || constructors.stream().anyMatch(constructor -> constructor.getParameters().isEmpty())
                || constructors.stream().anyMatch(
                        constructor -> AnnotationValues.hasAny(constructor, AnnotationNames.AUTOWIRED_CONSTRUCTOR));
        if (canChoose) {
            return Optional.empty();
        }
        return Optional.of("Component " + component.getQualifiedName() + " has " + constructors.size()
                + " constructors and none without parameters: Spring cannot choose one; keep a single public"
                + " constructor (or mark the one to use @Autowired)");
    }

    /** Confluence's OSGi services are published under interfaces, so only interfaces can be imported. */
    Optional<String> importProblem(VariableElement importSite) {
        TypeMirror type = importSite.asType();
        if (isInterface(type)) {
            return Optional.empty();
        }
        return Optional.of("@ComponentImport " + importSite.getSimpleName() + " has type " + type
                + ", which is not an interface: OSGi services are imported by interface; use the service's"
                + " interface type");
    }

    /** The runtime exports beans only, under interfaces the bean's class implements. */
    Optional<String> exportProblem(TypeElement exported, boolean isComponent, List<TypeMirror> interfaces) {
        String name = exported.getQualifiedName().toString();
        if (!isComponent) {
            return Optional.of("@ExportAsService " + name + " is not a component, so the runtime would never"
                    + " export it; add @Component or @Named");
        }
        for (TypeMirror listed : interfaces) {
            if (!isInterface(listed)) {
                return Optional.of("@ExportAsService on " + name + " lists " + listed
                        + ", which is not an interface: OSGi services are exported by interface");
            }
            if (!types.isAssignable(types.erasure(exported.asType()), types.erasure(listed))) {
                return Optional.of("@ExportAsService on " + name + " lists " + listed
                        + ", which " + exported.getSimpleName() + " does not implement");
            }
        }
        return Optional.empty();
    }

    static boolean isInterface(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((DeclaredType) type).asElement().getKind() == ElementKind.INTERFACE;
    }

    private static String article(ElementKind kind) {
        String word = kind.name().toLowerCase().replace('_', ' ');
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }
}
