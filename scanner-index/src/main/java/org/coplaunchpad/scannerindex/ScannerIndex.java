package org.coplaunchpad.scannerindex;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The lines of the three index files, collected across compiler rounds. Sorted sets make the
 * output deterministic and free of duplicates whatever order javac visits classes in.
 */
final class ScannerIndex {

    static final String DIRECTORY = "META-INF/plugin-components/";

    /** One index file: its name under {@link #DIRECTORY} and its lines. */
    record IndexFile(String name, SortedSet<String> lines) {

        String path() {
            return DIRECTORY + name;
        }

        /** One entry per line, newline after the last; never called for an empty file. */
        String content() {
            return String.join("\n", lines) + "\n";
        }
    }

    private final IndexFile components = new IndexFile("component", new TreeSet<>());
    private final IndexFile imports = new IndexFile("imports", new TreeSet<>());
    private final IndexFile exports = new IndexFile("exports", new TreeSet<>());

    void addComponent(String className, Optional<String> beanName) {
        components.lines().add(entry(className, beanName));
    }

    void addImport(String interfaceName, Optional<String> beanName) {
        imports.lines().add(entry(interfaceName, beanName));
    }

    void addExport(String className, List<String> interfaceNames) {
        exports.lines().add(interfaceNames.isEmpty() ? className : className + "#" + String.join(",", interfaceNames));
    }

    /** Files with at least one line: the runtime accepts a missing file, but not an empty line. */
    List<IndexFile> filesToWrite() {
        return List.of(components, imports, exports).stream()
                .filter(file -> !file.lines().isEmpty())
                .toList();
    }

    private static String entry(String className, Optional<String> beanName) {
        return beanName.map(name -> className + "#" + name).orElse(className);
    }
}
