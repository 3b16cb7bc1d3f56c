package org.coplaunchpad.standalone.site.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coplaunchpad.standalone.data.SpacePermission;
import org.coplaunchpad.standalone.hosting.render.RenderTexts;
import org.junit.jupiter.api.Test;

/** The site speaks French and English: every key exists in both bundles, and every key the site uses exists. */
class SiteTextsTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/org/coplaunchpad/standalone/site/templates");
    /** {@code $text.get("key")}, {@code $text.format("key", …)} in templates. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\$!?\\{?text\\.(?:get|format)\\(\"([^\"]+)\"");
    /** {@code texts().get("key")}, {@code texts.format("key"…)}, {@code SiteTexts.of(l).get("key")}, {@code text("key"…)}. */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:\\btexts\\(\\)|\\btexts|SiteTexts\\.of\\([^()]*(?:\\(\\))?\\))\\.(?:get|format)\\(\"([^\"]+)\"|\\btext\\(\"([^\"]+)\"");

    @Test
    void everyKeyExistsInFrenchAndInEnglish() {
        Set<String> english = keys("site.properties");
        Set<String> french = keys("site_fr.properties");
        assertEquals(difference(english, french), List.of(), "keys in English only");
        assertEquals(difference(french, english), List.of(), "keys in French only");
    }

    @Test
    void everyKeyTheTemplatesAndTheSiteUseExists() {
        Set<String> used = new TreeSet<>();
        for (Path template : files(TEMPLATES, ".vm")) {
            collect(TEMPLATE_KEY, SiteMarkupTest.read(template), used);
        }
        for (Path source : SiteMarkupTest.javaSources(SiteMarkupTest.SITE_SOURCES)) {
            collect(JAVA_KEY, SiteMarkupTest.read(source), used);
        }
        used.addAll(renderTextKeys());
        Set<String> known = keys("site.properties");
        // A key written as a prefix ("perm." + permission) is used with every suffix the bundle has for it.
        List<String> missing = used.stream().filter(key -> key.endsWith(".")
                ? known.stream().noneMatch(k -> k.startsWith(key)) : !known.contains(key)).toList();
        assertEquals(List.of(), missing, "keys used but not in the bundles");
    }

    @Test
    void everySpacePermissionHasAName() {
        List<String> missing = Stream.of(SpacePermission.values()).map(permission -> "perm." + permission.name())
                .filter(key -> !keys("site.properties").contains(key)).toList();
        assertEquals(List.of(), missing, "space permissions without a name on the permissions screen");
    }

    @Test
    void frenchVisitorsReadFrenchAndEveryoneElseEnglish() {
        assertEquals("Se connecter", SiteTexts.of(Locale.FRENCH).get("login"));
        assertEquals("Log in", SiteTexts.of(Locale.ENGLISH).get("login"));
        assertEquals("Log in", SiteTexts.of(Locale.GERMAN).get("login"));
        assertEquals("fr", SiteTexts.of(Locale.CANADA_FRENCH).language());
        assertEquals("en", SiteTexts.of(Locale.GERMAN).language());
        assertEquals("Macro inconnue : « chart »", SiteTexts.of(Locale.FRENCH).format("macro.unknown", "chart"));
        assertEquals("no.such.key", SiteTexts.of(Locale.ENGLISH).get("no.such.key"));
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    into.add(matcher.group(group));
                }
            }
        }
    }

    private static Set<String> renderTextKeys() {
        Set<String> keys = new TreeSet<>();
        for (Field field : RenderTexts.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    keys.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return keys;
    }

    private static Set<String> keys(String bundle) {
        String path = SiteTexts.BUNDLE.replace('.', '/').replaceAll("/site$", "/") + bundle;
        Properties properties = new Properties();
        try (InputStream in = SiteTexts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no bundle at " + path);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static List<String> difference(Set<String> left, Set<String> right) {
        List<String> missing = new ArrayList<>(left);
        missing.removeAll(right);
        return missing;
    }

    private static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
