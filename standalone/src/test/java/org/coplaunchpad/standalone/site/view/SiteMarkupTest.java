package org.coplaunchpad.standalone.site.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The site's pages come from templates: no Java string literal of the site room contains markup ({@code <}
 * followed by a letter, {@code /} or {@code !}) or hand-written escaping ({@code &lt;}, {@code &amp;}). The one
 * place that builds markup in Java is the storage-format renderer, which lives in the hosting room.
 */
class SiteMarkupTest {
    static final Path SITE_SOURCES = Path.of("src/main/java/org/coplaunchpad/standalone/site");
    private static final Path TEMPLATES = Path.of("src/main/resources/org/coplaunchpad/standalone/site/templates");
    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!]|&lt;|&amp;");

    @Test
    void noJavaStringLiteralOfTheSiteContainsMarkupOrEscaping() {
        List<String> offenders = new ArrayList<>();
        for (Path source : javaSources(SITE_SOURCES)) {
            for (String literal : JavaLiterals.strings(read(source))) {
                if (MARKUP.matcher(literal).find()) {
                    offenders.add(SITE_SOURCES.relativize(source) + ": \"" + literal + "\"");
                }
            }
        }
        assertEquals(List.of(), offenders, "string literals with markup in the site room: move them to a template");
    }

    /** Confluence's escaping applies to a template that says #htmlSafe(): every site template does, first. */
    @Test
    void everySiteTemplateEscapesWhatItShows() throws IOException {
        List<String> unescaped = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path template : files.filter(file -> file.toString().endsWith(".vm")).sorted().toList()) {
                if (!Files.readAllLines(template).get(0).strip().equals("#htmlSafe()")) {
                    unescaped.add(template.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), unescaped, "site templates whose first line is not #htmlSafe()");
    }

    @Test
    void theScanSeesLiteralsAndSkipsComments() {
        String source = """
                class X {
                    // "<b>in a line comment</b>"
                    /* "<i>in a block comment</i>" */
                    String a = "<p>" + "plain" + '<' + "a \\"<q>\\" b";
                    String b = \"""
                        <div>text block</div>
                        \""";
                }
                """;
        assertEquals(List.of("<p>", "plain", "a \\\"<q>\\\" b", "        <div>text block</div>\n        "),
                JavaLiterals.strings(source));
    }

    static List<Path> javaSources(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The string literals (and text blocks) of a Java source, as written between their quotes; comments skipped. */
    static final class JavaLiterals {
        private JavaLiterals() {
        }

        static List<String> strings(String source) {
            List<String> literals = new ArrayList<>();
            int i = 0;
            while (i < source.length()) {
                if (source.startsWith("//", i)) {
                    i = endOf(source, "\n", i + 2);
                } else if (source.startsWith("/*", i)) {
                    i = endOf(source, "*/", i + 2);
                } else if (source.startsWith("\"\"\"", i)) {
                    int start = source.indexOf('\n', i + 3) + 1;
                    int end = closing(source, "\"\"\"", start);
                    literals.add(source.substring(start, end));
                    i = end + 3;
                } else if (source.charAt(i) == '"') {
                    int end = closing(source, "\"", i + 1);
                    literals.add(source.substring(i + 1, end));
                    i = end + 1;
                } else if (source.charAt(i) == '\'') {
                    i = closing(source, "'", i + 1) + 1;
                } else {
                    i++;
                }
            }
            return literals;
        }

        private static int endOf(String source, String terminator, int from) {
            int end = source.indexOf(terminator, from);
            return end < 0 ? source.length() : end + terminator.length();
        }

        /** The index of the unescaped terminator at or after {@code from}. */
        private static int closing(String source, String terminator, int from) {
            int i = from;
            while (!source.startsWith(terminator, i)) {
                i += source.charAt(i) == '\\' ? 2 : 1;
            }
            return i;
        }
    }
}
