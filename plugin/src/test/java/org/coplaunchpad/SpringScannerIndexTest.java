package org.coplaunchpad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coplaunchpad.testing.AppClasses;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

/**
 * The Spring Scanner index in the app (META-INF/plugin-components/*) is what Confluence's Spring Scanner
 * runtime builds the app's Spring context from: it must list exactly the components and imports the code declares.
 */
class SpringScannerIndexTest {

    private static List<String> indexLines(String file) throws IOException {
        try (InputStream in = SpringScannerIndexTest.class.getClassLoader()
                .getResourceAsStream("META-INF/plugin-components/" + file)) {
            return in == null ? List.of() : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void the_component_index_lists_exactly_the_classes_marked_as_components() throws IOException {
        Set<String> declared = new TreeSet<>();
        for (Class<?> type : AppClasses.all()) {
            if (type.isAnnotationPresent(Component.class)) {
                String name = type.getAnnotation(Component.class).value();
                declared.add(name.isEmpty() ? type.getName() : type.getName() + "#" + name);
            }
        }

        assertFalse(declared.isEmpty());
        assertEquals(declared, new TreeSet<>(indexLines("component")));
    }

    @Test
    void the_imports_index_lists_exactly_the_host_services_the_code_imports() throws IOException {
        Set<String> declared = new TreeSet<>();
        for (Class<?> type : AppClasses.all()) {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                for (Parameter parameter : constructor.getParameters()) {
                    if (parameter.isAnnotationPresent(ComponentImport.class)) {
                        declared.add(parameter.getType().getName());
                    }
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(ComponentImport.class)) {
                    declared.add(field.getType().getName());
                }
            }
        }

        assertFalse(declared.isEmpty());
        assertEquals(declared, new TreeSet<>(indexLines("imports")));
    }

    @Test
    void every_import_is_an_interface_of_the_host() throws IOException {
        for (String line : indexLines("imports")) {
            Class<?> imported = AppClasses.load(line.split("#")[0]);
            assertTrue(imported.isInterface(), line + " must be an interface: Confluence imports OSGi services by interface");
            assertTrue(imported.getName().startsWith("com.atlassian."), line);
        }
    }

    @Test
    void index_files_have_no_blank_lines_or_comments() throws IOException {
        for (String file : List.of("component", "imports", "exports")) {
            for (String line : indexLines(file)) {
                assertFalse(line.isBlank() || line.startsWith("#"), file + ": '" + line + "'");
            }
        }
    }
}
