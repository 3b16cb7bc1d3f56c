package org.coplaunchpad.scannerindex;

import static org.coplaunchpad.scannerindex.TestCompiler.compile;
import static org.coplaunchpad.scannerindex.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportIndexTest {

    private static final TestCompiler.Source APIS = source("com.example.api.Apis", """
            package com.example.api;
            public final class Apis {
                public interface Readiness {}
                public interface Answers {}
            }
            """);

    @TempDir
    Path classOutput;

    @Test
    void export_with_interfaces_lists_them_after_a_hash() {
        TestCompiler.Compilation compilation = compile(classOutput, APIS, source("com.example.DefaultReadiness", """
                package com.example;
                import com.example.api.Apis;
                @org.springframework.stereotype.Component
                @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService({Apis.Readiness.class, Apis.Answers.class})
                public class DefaultReadiness implements Apis.Readiness, Apis.Answers {}
                """));

        assertTrue(compilation.succeeded(), compilation.errors().toString());
        assertEquals(Optional.of("com.example.DefaultReadiness#com.example.api.Apis$Readiness,com.example.api.Apis$Answers\n"),
                compilation.indexFile("exports"));
        assertEquals(Optional.of("com.example.DefaultReadiness\n"), compilation.indexFile("component"));
    }

    @Test
    void export_of_a_single_interface_without_braces_is_written() {
        TestCompiler.Compilation compilation = compile(classOutput, APIS, source("com.example.DefaultReadiness", """
                package com.example;
                import com.example.api.Apis;
                @org.springframework.stereotype.Component
                @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService(Apis.Readiness.class)
                public class DefaultReadiness implements Apis.Readiness {}
                """));

        assertEquals(Optional.of("com.example.DefaultReadiness#com.example.api.Apis$Readiness\n"),
                compilation.indexFile("exports"));
    }

    @Test
    void export_without_interfaces_is_written_as_its_class_name() {
        TestCompiler.Compilation compilation = compile(classOutput, APIS, source("com.example.DefaultReadiness", """
                package com.example;
                @jakarta.inject.Named
                @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService
                public class DefaultReadiness implements com.example.api.Apis.Readiness {}
                """));

        assertEquals(Optional.of("com.example.DefaultReadiness\n"), compilation.indexFile("exports"));
    }

    @Test
    void export_of_a_class_that_is_not_a_component_is_a_compile_error() {
        TestCompiler.Compilation compilation = compile(classOutput, APIS, source("com.example.DefaultReadiness", """
                package com.example;
                @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService
                public class DefaultReadiness implements com.example.api.Apis.Readiness {}
                """));

        assertFalse(compilation.succeeded());
        assertEquals(List.of("@ExportAsService com.example.DefaultReadiness is not a component, so the runtime"
                + " would never export it; add @Component or @Named"), compilation.errors());
    }

    @Test
    void export_of_an_interface_the_class_does_not_implement_is_a_compile_error() {
        TestCompiler.Compilation compilation = compile(classOutput, APIS, source("com.example.DefaultReadiness", """
                package com.example;
                import com.example.api.Apis;
                @org.springframework.stereotype.Component
                @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService(Apis.Answers.class)
                public class DefaultReadiness implements Apis.Readiness {}
                """));

        assertFalse(compilation.succeeded());
        assertEquals(List.of("@ExportAsService on com.example.DefaultReadiness lists com.example.api.Apis.Answers,"
                + " which DefaultReadiness does not implement"), compilation.errors());
    }

    @Test
    void export_of_a_class_type_is_a_compile_error() {
        TestCompiler.Compilation compilation = compile(classOutput, source("com.example.DefaultReadiness", """
                package com.example;
                @org.springframework.stereotype.Component
                @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService(Object.class)
                public class DefaultReadiness {}
                """));

        assertFalse(compilation.succeeded());
        assertEquals(List.of("@ExportAsService on com.example.DefaultReadiness lists java.lang.Object,"
                + " which is not an interface: OSGi services are exported by interface"), compilation.errors());
    }
}
