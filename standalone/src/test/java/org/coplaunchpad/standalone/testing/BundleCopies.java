package org.coplaunchpad.standalone.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/** Broken copies of the real bundle, for tests of what the host must refuse. */
public final class BundleCopies {
    private BundleCopies() {
    }

    /** A copy whose Import-Package lacks the clause for {@code pkg}. */
    public static Path withoutImport(Path jar, String pkg, Path target) {
        return copy(jar, target, manifest -> {
            Attributes main = manifest.getMainAttributes();
            List<String> clauses = clauses(main.getValue("Import-Package"));
            if (!clauses.removeIf(c -> c.split(";")[0].trim().equals(pkg))) {
                throw new AssertionError("the bundle does not import " + pkg + ": " + clauses);
            }
            main.putValue("Import-Package", String.join(",", clauses));
            return manifest;
        }, UnaryOperator.identity());
    }

    /** A copy whose Import-Package also asks for {@code pkg}. */
    public static Path withExtraImport(Path jar, String pkg, Path target) {
        return copy(jar, target, manifest -> {
            Attributes main = manifest.getMainAttributes();
            main.putValue("Import-Package", main.getValue("Import-Package") + "," + pkg);
            return manifest;
        }, UnaryOperator.identity());
    }

    /** A copy with one text entry (descriptor, index file) rewritten. */
    public static Path withEntry(Path jar, String entryName, UnaryOperator<String> rewrite, Path target) {
        return copy(jar, target, UnaryOperator.identity(), content -> content.name().equals(entryName)
                ? new JarEntryContent(entryName,
                        rewrite.apply(new String(content.bytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8))
                : content);
    }

    private record JarEntryContent(String name, byte[] bytes) {
    }

    private static Path copy(Path jar, Path target, UnaryOperator<Manifest> manifestRewrite,
                             UnaryOperator<JarEntryContent> entryRewrite) {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar));
             OutputStream file = Files.newOutputStream(target);
             JarOutputStream out = new JarOutputStream(file, manifestRewrite.apply(new Manifest(in.getManifest())))) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                JarEntryContent content = entryRewrite.apply(new JarEntryContent(entry.getName(), readAll(in)));
                out.putNextEntry(new JarEntry(content.name()));
                out.write(content.bytes());
                out.closeEntry();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }

    /** Import-Package clauses: commas inside quoted version ranges do not separate clauses. */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        clauses.add(current.toString());
        return clauses.stream().map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }
}
