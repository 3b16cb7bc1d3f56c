package org.coplaunchpad.standalone.hosting.osgi;

import java.util.List;

/**
 * META-INF/plugin-components/* as the Spring Scanner runtime reads it (confluence-api.md §4.1): one
 * {@code fqcn} or {@code fqcn#beanName} per line; the "-confluence" files add Confluence-only entries.
 */
public record ScannerIndex(List<Entry> components, List<Entry> imports, List<String> exports) {

    static final String FOLDER = "META-INF/plugin-components/";

    public record Entry(String className, String beanName) {
        static Entry parse(String line) {
            int hash = line.indexOf('#');
            String className = hash < 0 ? line : line.substring(0, hash);
            String simple = className.substring(className.lastIndexOf('.') + 1);
            String bean = hash < 0 ? java.beans.Introspector.decapitalize(simple) : line.substring(hash + 1);
            return new Entry(className, bean);
        }
    }

    /** @param read reads one index file of the bundle: its non-blank lines, or none when it is absent */
    public static ScannerIndex read(java.util.function.Function<String, List<String>> read) {
        return new ScannerIndex(entries(read, "component"), entries(read, "imports"), lines(read, "exports"));
    }

    private static List<Entry> entries(java.util.function.Function<String, List<String>> read, String file) {
        return lines(read, file).stream().map(Entry::parse).toList();
    }

    private static List<String> lines(java.util.function.Function<String, List<String>> read, String file) {
        List<String> all = new java.util.ArrayList<>(read.apply(FOLDER + file));
        all.addAll(read.apply(FOLDER + file + "-confluence"));
        return List.copyOf(all);
    }
}
