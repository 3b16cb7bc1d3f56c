package org.coplaunchpad.scannerindex;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles in-memory sources with javac and the processor, next to stand-ins for the Spring,
 * JSR-330 and Spring Scanner annotations under their real names.
 */
final class TestCompiler {

    /** A source file: the top-level class's name and its text. */
    record Source(String className, String code) {
    }

    /** What one compilation produced: whether it succeeded, javac's messages and the class output. */
    record Compilation(boolean succeeded, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path classOutput) {

        Optional<String> indexFile(String name) {
            Path file = classOutput.resolve("META-INF/plugin-components").resolve(name);
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<String> errors() {
            return messages(Diagnostic.Kind.ERROR);
        }

        List<String> warnings() {
            return messages(Diagnostic.Kind.WARNING);
        }

        private List<String> messages(Diagnostic.Kind kind) {
            return diagnostics.stream()
                    .filter(diagnostic -> diagnostic.getKind() == kind)
                    .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
                    .toList();
        }
    }

    static final List<Source> ANNOTATION_STAND_INS = List.of(
            annotation("org.springframework.stereotype.Component", "TYPE", "String value() default \"\";"),
            annotation("org.springframework.stereotype.Service", "TYPE", "String value() default \"\";"),
            annotation("org.springframework.stereotype.Repository", "TYPE", "String value() default \"\";"),
            annotation("jakarta.inject.Named", "TYPE", "String value() default \"\";"),
            annotation("javax.inject.Named", "TYPE", "String value() default \"\";"),
            annotation("jakarta.inject.Inject", "CONSTRUCTOR", ""),
            annotation("org.springframework.beans.factory.annotation.Autowired", "CONSTRUCTOR", ""),
            annotation("com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport",
                    "PARAMETER, ElementType.FIELD", "String value() default \"\";"),
            annotation("com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService",
                    "TYPE", "Class<?>[] value() default {};"));

    private TestCompiler() {
    }

    static Source source(String className, String code) {
        return new Source(className, code);
    }

    static Compilation compile(Path classOutput, Source... sources) {
        return compile(classOutput, List.of(new SpringScannerIndexProcessor()), sources);
    }

    static Compilation compile(Path classOutput, List<Processor> processors, Source... sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests need a JDK, not a JRE");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = new ArrayList<>();
        for (Source source : ANNOTATION_STAND_INS) {
            units.add(inMemory(source));
        }
        for (Source source : sources) {
            units.add(inMemory(source));
        }
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classOutput));
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, List.of(), null, units);
            task.setProcessors(processors);
            boolean succeeded = task.call();
            return new Compilation(succeeded, diagnostics.getDiagnostics(), classOutput);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Source annotation(String className, String targets, String members) {
        int lastDot = className.lastIndexOf('.');
        String code = "package " + className.substring(0, lastDot) + ";\n"
                + "import java.lang.annotation.*;\n"
                + "@Retention(RetentionPolicy.RUNTIME) @Target({ElementType." + targets + "})\n"
                + "public @interface " + className.substring(lastDot + 1) + " { " + members + " }\n";
        return new Source(className, code);
    }

    private static JavaFileObject inMemory(Source source) {
        URI uri = URI.create("string:///" + source.className().replace('.', '/') + JavaFileObject.Kind.SOURCE.extension);
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source.code();
            }
        };
    }
}
