package org.coplaunchpad.scannerindex;

import java.util.Set;

/**
 * The annotations the index is built from, by fully qualified name: the processor must not
 * depend on Spring or Atlassian jars, so it never loads these types.
 */
final class AnnotationNames {

    /** Class annotations that make a class a bean in the plugin's Spring context. */
    static final Set<String> COMPONENT = Set.of(
            "org.springframework.stereotype.Component",
            "org.springframework.stereotype.Service",
            "org.springframework.stereotype.Repository",
            "jakarta.inject.Named",
            "javax.inject.Named");

    static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";

    static final String EXPORT_AS_SERVICE = "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";

    /** Constructor annotations that tell Spring which of several constructors to autowire. */
    static final Set<String> AUTOWIRED_CONSTRUCTOR = Set.of(
            "org.springframework.beans.factory.annotation.Autowired",
            "jakarta.inject.Inject",
            "javax.inject.Inject");

    private AnnotationNames() {
    }
}
