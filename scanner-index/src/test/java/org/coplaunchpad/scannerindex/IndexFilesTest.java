package org.coplaunchpad.scannerindex;

import static org.coplaunchpad.scannerindex.TestCompiler.compile;
import static org.coplaunchpad.scannerindex.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFilesTest {

    @TempDir
    Path classOutput;

    @Test
    void entries_are_sorted_and_written_once() {
        TestCompiler.Compilation compilation = compile(classOutput,
                source("com.atlassian.sal.api.user.UserManager", """
                        package com.atlassian.sal.api.user;
                        public interface UserManager {}
                        """),
                source("com.example.Zeta", """
                        package com.example;
                        import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                        @org.springframework.stereotype.Component
                        @jakarta.inject.Named
                        public class Zeta {
                            public Zeta(@ComponentImport com.atlassian.sal.api.user.UserManager users) {}
                        }
                        """),
                source("com.example.Alpha", """
                        package com.example;
                        import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                        @org.springframework.stereotype.Component
                        public class Alpha {
                            @ComponentImport com.atlassian.sal.api.user.UserManager users;
                            public Alpha(@ComponentImport com.atlassian.sal.api.user.UserManager users) {}
                        }
                        """));

        assertEquals(Optional.of("com.example.Alpha\ncom.example.Zeta\n"), compilation.indexFile("component"));
        assertEquals(Optional.of("com.atlassian.sal.api.user.UserManager\n"), compilation.indexFile("imports"));
    }

    @Test
    void no_file_is_written_when_there_is_nothing_to_index() {
        TestCompiler.Compilation compilation = compile(classOutput, source("com.example.Plain", """
                package com.example;
                public class Plain {}
                """));

        assertTrue(compilation.succeeded(), compilation.errors().toString());
        assertEquals(Optional.empty(), compilation.indexFile("component"));
        assertEquals(Optional.empty(), compilation.indexFile("imports"));
        assertEquals(Optional.empty(), compilation.indexFile("exports"));
        assertFalse(Files.exists(classOutput.resolve("META-INF/plugin-components")));
    }

    @Test
    void only_files_with_entries_are_written() {
        TestCompiler.Compilation compilation = compile(classOutput, source("com.example.Catalog", """
                package com.example;
                @org.springframework.stereotype.Component
                public class Catalog {}
                """));

        assertEquals(Optional.of("com.example.Catalog\n"), compilation.indexFile("component"));
        assertEquals(Optional.empty(), compilation.indexFile("imports"));
        assertEquals(Optional.empty(), compilation.indexFile("exports"));
    }

    @Test
    void no_file_is_written_when_the_processor_reported_an_error() {
        TestCompiler.Compilation compilation = compile(classOutput,
                source("com.example.Catalog", """
                        package com.example;
                        @org.springframework.stereotype.Component
                        public class Catalog {}
                        """),
                source("com.example.Base", """
                        package com.example;
                        @org.springframework.stereotype.Component
                        public abstract class Base {}
                        """));

        assertFalse(compilation.succeeded());
        assertEquals(Optional.empty(), compilation.indexFile("component"));
    }

    @Test
    void bean_names_are_written_in_utf_8() throws IOException {
        compile(classOutput, source("com.example.Checker", """
                package com.example;
                @org.springframework.stereotype.Component("prüfer")
                public class Checker {}
                """));

        assertArrayEquals("com.example.Checker#prüfer\n".getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(classOutput.resolve("META-INF/plugin-components/component")));
    }

    @Test
    void classes_generated_in_a_later_round_are_indexed_too() {
        TestCompiler.Compilation compilation = compile(classOutput,
                List.of(new SpringScannerIndexProcessor(), new GeneratesAComponent()),
                source("com.example.Catalog", """
                        package com.example;
                        @org.springframework.stereotype.Component
                        public class Catalog {}
                        """));

        assertTrue(compilation.succeeded(), compilation.errors().toString());
        assertEquals(Optional.of("com.example.Catalog\ncom.example.generated.GeneratedStore\n"),
                compilation.indexFile("component"));
    }

    @Test
    void processor_is_registered_for_javac_to_discover() {
        boolean registered = ServiceLoader.load(Processor.class).stream()
                .anyMatch(provider -> provider.type() == SpringScannerIndexProcessor.class);

        assertTrue(registered);
    }

    /** Stands in for another annotation processor that generates a component in its first round. */
    private static final class GeneratesAComponent extends AbstractProcessor {
        private boolean generated;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (generated) {
                return false;
            }
            generated = true;
            try (Writer out = processingEnv.getFiler().createSourceFile("com.example.generated.GeneratedStore").openWriter()) {
                out.write("""
                        package com.example.generated;
                        @org.springframework.stereotype.Component
                        public class GeneratedStore {}
                        """);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return false;
        }
    }
}
