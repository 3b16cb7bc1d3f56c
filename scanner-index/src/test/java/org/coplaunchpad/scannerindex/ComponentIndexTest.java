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

class ComponentIndexTest {

    @TempDir
    Path classOutput;

    @Test
    void component_without_a_name_is_written_as_its_class_name() {
        TestCompiler.Compilation compilation = compile(classOutput, source("com.example.AnswerStore", """
                package com.example;
                @org.springframework.stereotype.Component
                public class AnswerStore {}
                """));

        assertTrue(compilation.succeeded(), compilation.errors().toString());
        assertEquals(Optional.of("com.example.AnswerStore\n"), compilation.indexFile("component"));
    }

    @Test
    void component_with_a_name_is_written_with_hash_and_name() {
        TestCompiler.Compilation compilation = compile(classOutput, source("com.example.AnswerStore", """
                package com.example;
                @org.springframework.stereotype.Component("answers")
                public class AnswerStore {}
                """));

        assertEquals(Optional.of("com.example.AnswerStore#answers\n"), compilation.indexFile("component"));
    }

    @Test
    void jakarta_and_javax_named_classes_are_components() {
        TestCompiler.Compilation compilation = compile(classOutput,
                source("com.example.Catalog", """
                        package com.example;
                        @jakarta.inject.Named("catalog")
                        public class Catalog {}
                        """),
                source("com.example.Permissions", """
                        package com.example;
                        @javax.inject.Named
                        public class Permissions {}
                        """));

        assertEquals(Optional.of("com.example.Catalog#catalog\ncom.example.Permissions\n"),
                compilation.indexFile("component"));
    }

    @Test
    void service_and_repository_classes_are_components() {
        TestCompiler.Compilation compilation = compile(classOutput,
                source("com.example.DefaultAnswerService", """
                        package com.example;
                        @org.springframework.stereotype.Service
                        public class DefaultAnswerService {}
                        """),
                source("com.example.AnswerRepository", """
                        package com.example;
                        @org.springframework.stereotype.Repository("repo")
                        public class AnswerRepository {}
                        """));

        assertEquals(Optional.of("com.example.AnswerRepository#repo\ncom.example.DefaultAnswerService\n"),
                compilation.indexFile("component"));
    }

    @Test
    void nested_component_is_written_with_its_binary_name() {
        TestCompiler.Compilation compilation = compile(classOutput, source("com.example.Dashboard", """
                package com.example;
                public class Dashboard {
                    @org.springframework.stereotype.Component
                    public static class ChartBuilder {}
                }
                """));

        assertEquals(Optional.of("com.example.Dashboard$ChartBuilder\n"), compilation.indexFile("component"));
    }

    @Test
    void record_component_is_written() {
        TestCompiler.Compilation compilation = compile(classOutput, source("com.example.Settings", """
                package com.example;
                @org.springframework.stereotype.Component
                public record Settings() {}
                """));

        assertEquals(Optional.of("com.example.Settings\n"), compilation.indexFile("component"));
    }

    @Test
    void abstract_component_is_a_compile_error() {
        TestCompiler.Compilation compilation = compile(classOutput, source("com.example.BaseServlet", """
                package com.example;
                @org.springframework.stereotype.Component
                public abstract class BaseServlet {}
                """));

        assertFalse(compilation.succeeded());
        assertEquals(List.of("Component com.example.BaseServlet is abstract: Spring cannot instantiate it;"
                + " annotate a concrete subclass instead"), compilation.errors());
    }

    @Test
    void interface_component_is_a_compile_error() {
        TestCompiler.Compilation compilation = compile(classOutput, source("com.example.AnswerService", """
                package com.example;
                @org.springframework.stereotype.Component
                public interface AnswerService {}
                """));

        assertFalse(compilation.succeeded());
        assertEquals(List.of("Component com.example.AnswerService is an interface: Spring can only create beans"
                + " of concrete classes; annotate the implementing class instead"), compilation.errors());
    }

    @Test
    void inner_non_static_component_is_a_compile_error() {
        TestCompiler.Compilation compilation = compile(classOutput, source("com.example.Dashboard", """
                package com.example;
                public class Dashboard {
                    @org.springframework.stereotype.Component
                    public class ChartBuilder {}
                }
                """));

        assertFalse(compilation.succeeded());
        assertEquals(List.of("Component com.example.Dashboard.ChartBuilder is an inner class: Spring cannot"
                + " instantiate it without an instance of the enclosing class; make it static"), compilation.errors());
    }

    @Test
    void component_with_several_public_constructors_and_no_no_arg_one_is_a_compile_error() {
        TestCompiler.Compilation compilation = compile(classOutput, source("com.example.AnswerStore", """
                package com.example;
                @org.springframework.stereotype.Component
                public class AnswerStore {
                    public AnswerStore(String table) {}
                    public AnswerStore(String table, int pageSize) {}
                }
                """));

        assertFalse(compilation.succeeded());
        assertEquals(List.of("Component com.example.AnswerStore has 2 constructors and none without parameters:"
                + " Spring cannot choose one; keep a single public constructor (or mark the one to use @Autowired)"),
                compilation.errors());
    }

    @Test
    void component_with_several_constructors_including_a_no_arg_one_compiles() {
        TestCompiler.Compilation compilation = compile(classOutput, source("com.example.AnswerStore", """
                package com.example;
                @org.springframework.stereotype.Component
                public class AnswerStore {
                    public AnswerStore() {}
                    public AnswerStore(String table) {}
                }
                """));

        assertTrue(compilation.succeeded(), compilation.errors().toString());
        assertEquals(Optional.of("com.example.AnswerStore\n"), compilation.indexFile("component"));
    }

    @Test
    void component_with_several_constructors_one_marked_for_injection_compiles() {
        TestCompiler.Compilation compilation = compile(classOutput, source("com.example.AnswerStore", """
                package com.example;
                @org.springframework.stereotype.Component
                public class AnswerStore {
                    @jakarta.inject.Inject
                    public AnswerStore(String table) {}
                    public AnswerStore(String table, int pageSize) {}
                }
                """));

        assertTrue(compilation.succeeded(), compilation.errors().toString());
        assertEquals(Optional.of("com.example.AnswerStore\n"), compilation.indexFile("component"));
    }

    @Test
    void component_with_a_single_constructor_with_parameters_compiles() {
        TestCompiler.Compilation compilation = compile(classOutput, source("com.example.AnswerStore", """
                package com.example;
                @org.springframework.stereotype.Component
                public class AnswerStore {
                    public AnswerStore(String table, int pageSize) {}
                }
                """));

        assertTrue(compilation.succeeded(), compilation.errors().toString());
        assertEquals(Optional.of("com.example.AnswerStore\n"), compilation.indexFile("component"));
    }
}
