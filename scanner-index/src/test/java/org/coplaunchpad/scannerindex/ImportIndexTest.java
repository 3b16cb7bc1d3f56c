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

class ImportIndexTest {

    private static final TestCompiler.Source USER_MANAGER = source("com.atlassian.sal.api.user.UserManager", """
            package com.atlassian.sal.api.user;
            public interface UserManager {}
            """);

    private static final TestCompiler.Source SPACE_MANAGER = source("com.atlassian.confluence.spaces.SpaceManager", """
            package com.atlassian.confluence.spaces;
            public interface SpaceManager {}
            """);

    @TempDir
    Path classOutput;

    @Test
    void constructor_parameter_imports_of_a_class_that_is_not_a_component_are_written() {
        TestCompiler.Compilation compilation = compile(classOutput, USER_MANAGER, SPACE_MANAGER,
                source("com.example.ChecklistMacro", """
                        package com.example;
                        import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                        public class ChecklistMacro {
                            public ChecklistMacro(@ComponentImport com.atlassian.sal.api.user.UserManager users,
                                                  @ComponentImport com.atlassian.confluence.spaces.SpaceManager spaces,
                                                  String notImported) {}
                        }
                        """));

        assertTrue(compilation.succeeded(), compilation.errors().toString());
        assertEquals(Optional.of("com.atlassian.confluence.spaces.SpaceManager\ncom.atlassian.sal.api.user.UserManager\n"),
                compilation.indexFile("imports"));
        assertEquals(Optional.empty(), compilation.indexFile("component"));
    }

    @Test
    void field_import_is_written() {
        TestCompiler.Compilation compilation = compile(classOutput, USER_MANAGER, source("com.example.ComponentImports", """
                package com.example;
                import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                public class ComponentImports {
                    @ComponentImport com.atlassian.sal.api.user.UserManager users;
                    com.atlassian.sal.api.user.UserManager notImported;
                }
                """));

        assertEquals(Optional.of("com.atlassian.sal.api.user.UserManager\n"), compilation.indexFile("imports"));
    }

    @Test
    void import_with_a_bean_name_is_written_with_hash_and_name() {
        TestCompiler.Compilation compilation = compile(classOutput, USER_MANAGER, source("com.example.Access", """
                package com.example;
                import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                public class Access {
                    public Access(@ComponentImport("salUserManager") com.atlassian.sal.api.user.UserManager users) {}
                }
                """));

        assertEquals(Optional.of("com.atlassian.sal.api.user.UserManager#salUserManager\n"),
                compilation.indexFile("imports"));
    }

    @Test
    void generic_import_is_written_with_its_erased_type() {
        TestCompiler.Compilation compilation = compile(classOutput, source("com.example.Access", """
                package com.example;
                import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                public class Access {
                    public Access(@ComponentImport java.util.function.Supplier<java.util.List<String>> names) {}
                }
                """));

        assertEquals(Optional.of("java.util.function.Supplier\n"), compilation.indexFile("imports"));
    }

    @Test
    void nested_interface_import_is_written_with_its_binary_name() {
        TestCompiler.Compilation compilation = compile(classOutput,
                source("com.atlassian.sal.api.transaction.Transactions", """
                        package com.atlassian.sal.api.transaction;
                        public class Transactions { public interface Template {} }
                        """),
                source("com.example.Access", """
                        package com.example;
                        import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                        public class Access {
                            public Access(@ComponentImport com.atlassian.sal.api.transaction.Transactions.Template t) {}
                        }
                        """));

        assertEquals(Optional.of("com.atlassian.sal.api.transaction.Transactions$Template\n"),
                compilation.indexFile("imports"));
    }

    @Test
    void import_of_a_class_type_is_a_compile_error() {
        TestCompiler.Compilation compilation = compile(classOutput,
                source("com.atlassian.confluence.pages.DefaultPageManager", """
                        package com.atlassian.confluence.pages;
                        public class DefaultPageManager {}
                        """),
                source("com.example.Access", """
                        package com.example;
                        import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                        public class Access {
                            public Access(@ComponentImport com.atlassian.confluence.pages.DefaultPageManager pages) {}
                        }
                        """));

        assertFalse(compilation.succeeded());
        assertEquals(List.of("@ComponentImport pages has type com.atlassian.confluence.pages.DefaultPageManager,"
                + " which is not an interface: OSGi services are imported by interface; use the service's"
                + " interface type"), compilation.errors());
        assertEquals(Optional.empty(), compilation.indexFile("imports"));
    }

    @Test
    void import_on_a_method_parameter_is_ignored_with_a_warning() {
        TestCompiler.Compilation compilation = compile(classOutput, USER_MANAGER, source("com.example.Access", """
                package com.example;
                import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                public class Access {
                    public void setUsers(@ComponentImport com.atlassian.sal.api.user.UserManager users) {}
                }
                """));

        assertTrue(compilation.succeeded(), compilation.errors().toString());
        assertEquals(List.of("@ComponentImport on users is ignored: only constructor parameters and fields are imported"),
                compilation.warnings());
        assertEquals(Optional.empty(), compilation.indexFile("imports"));
    }
}
