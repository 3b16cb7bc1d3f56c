package org.coplaunchpad.scannerindex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementScanner14;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Walks one source class (with its nested classes, fields and constructor parameters) and adds
 * what it declares to the index, or reports why the runtime would reject it.
 */
final class IndexCollector extends ElementScanner14<Void, Void> {

    private final ScannerIndex index;
    private final ScannerRules rules;
    private final Elements elements;
    private final Messager messager;
    private boolean errorReported;

    IndexCollector(ScannerIndex index, ScannerRules rules, Elements elements, Messager messager) {
        this.index = index;
        this.rules = rules;
        this.elements = elements;
        this.messager = messager;
    }

    boolean errorReported() {
        return errorReported;
    }

    @Override
    public Void visitType(TypeElement type, Void unused) {
        List<AnnotationMirror> componentAnnotations = AnnotationValues.findAll(type, AnnotationNames.COMPONENT);
        boolean isComponent = !componentAnnotations.isEmpty();
        if (isComponent) {
            collectComponent(type, componentAnnotations);
        }
        AnnotationValues.find(type, AnnotationNames.EXPORT_AS_SERVICE)
                .ifPresent(export -> collectExport(type, isComponent, export));
        return super.visitType(type, unused);
    }

    @Override
    public Void visitVariable(VariableElement variable, Void unused) {
        AnnotationValues.find(variable, AnnotationNames.COMPONENT_IMPORT)
                .ifPresent(componentImport -> collectImport(variable, componentImport));
        return super.visitVariable(variable, unused);
    }

    private void collectComponent(TypeElement component, List<AnnotationMirror> componentAnnotations) {
        Optional<String> problem = rules.componentProblem(component);
        if (problem.isPresent()) {
            error(problem.get(), component);
            return;
        }
        String className = binaryName(component);
        for (AnnotationMirror annotation : componentAnnotations) {
            index.addComponent(className, AnnotationValues.explicitName(annotation));
        }
    }

    private void collectImport(VariableElement importSite, AnnotationMirror componentImport) {
        if (!isField(importSite) && !isConstructorParameter(importSite)) {
            // The scanner records constructor parameters and fields only; say so rather than drop it silently.
            messager.printMessage(Diagnostic.Kind.WARNING, "@ComponentImport on " + importSite.getSimpleName()
                    + " is ignored: only constructor parameters and fields are imported", importSite);
            return;
        }
        TypeMirror type = importSite.asType();
        if (type.getKind() == TypeKind.ERROR) {
            return; // javac already reports the unknown type
        }
        Optional<String> problem = rules.importProblem(importSite);
        if (problem.isPresent()) {
            error(problem.get(), importSite);
            return;
        }
        index.addImport(binaryName(type), AnnotationValues.explicitName(componentImport));
    }

    private void collectExport(TypeElement exported, boolean isComponent, AnnotationMirror export) {
        List<TypeMirror> interfaces = AnnotationValues.explicitTypes(export);
        if (interfaces.stream().anyMatch(type -> type.getKind() == TypeKind.ERROR)) {
            return; // javac already reports the unknown type
        }
        Optional<String> problem = rules.exportProblem(exported, isComponent, interfaces);
        if (problem.isPresent()) {
            error(problem.get(), exported);
            return;
        }
        List<String> interfaceNames = new ArrayList<>();
        for (TypeMirror type : interfaces) {
            interfaceNames.add(binaryName(type));
        }
        index.addExport(binaryName(exported), interfaceNames);
    }

    private static boolean isField(VariableElement variable) {
        return variable.getKind() == ElementKind.FIELD;
    }

    private static boolean isConstructorParameter(VariableElement variable) {
        return variable.getKind() == ElementKind.PARAMETER
                && variable.getEnclosingElement().getKind() == ElementKind.CONSTRUCTOR;
    }

    /** Binary names ({@code Outer$Inner}) are what the runtime's class loader understands. */
    private String binaryName(TypeElement type) {
        return elements.getBinaryName(type).toString();
    }

    /** The erased type's class name: {@code Supplier<String>} is imported as {@code java.util.function.Supplier}. */
    private String binaryName(TypeMirror type) {
        return binaryName((TypeElement) ((DeclaredType) type).asElement());
    }

    private void error(String message, Element element) {
        errorReported = true;
        messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
