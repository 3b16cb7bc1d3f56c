package org.coplaunchpad.atlassianapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The declarations link against the real Confluence classes only if they match them exactly. Each line of
 * src/test/resources/declarations.txt was checked by hand against shared/reference/confluence-api.md (or
 * VERIFIED.md, for the few types the reference does not cover); this test proves the compiled declarations
 * are exactly those lines — no member more, none less, no descriptor or constant changed unnoticed.
 */
class DeclarationsMatchReferenceTest {
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void the_compiled_declarations_are_exactly_the_reviewed_ones() throws IOException {
        List<String> actual = new ArrayList<>();
        for (String typeName : declaredTypes()) {
            Class<?> type = load(typeName);
            // Anonymous and private helper types (e.g. the instances behind Permission.VIEW) are not API.
            if (java.lang.reflect.Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass()) {
                actual.addAll(Declarations.describe(type));
            }
        }

        assertEquals(String.join("\n", reviewed()), String.join("\n", actual));
    }

    @Test
    void every_declared_type_says_where_it_is_documented() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                assertTrue(source.contains("confluence-api.md §") || source.contains("VERIFIED.md"),
                        file + " must name its section of confluence-api.md (or VERIFIED.md)");
            }
        }
    }

    @Test
    void no_declaration_is_a_guess_marked_unconfirmed() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertTrue(!Files.readString(file).contains("UNCONFIRMED"), file + " declares an unconfirmed member");
            }
        }
    }

    /** Top-level and nested types, from the compiled classes, in a stable order. */
    private static List<String> declaredTypes() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, DeclarationsMatchReferenceTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }

    private static List<String> reviewed() throws IOException {
        try (InputStream in = DeclarationsMatchReferenceTest.class.getResourceAsStream("/declarations.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
