package org.coplaunchpad.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.coplaunchpad.App;

/** Every class the app's build produced (target/classes), loaded, for tests that check the app against its metadata. */
public final class AppClasses {
    private AppClasses() {
    }

    public static Path classesDirectory() {
        try {
            return Path.of(App.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Class<?>> all() {
        Path root = classesDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .map(AppClasses::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Class<?> load(String name) {
        try {
            return Class.forName(name, false, AppClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("Class " + name + " is not in the app", e);
        }
    }
}
