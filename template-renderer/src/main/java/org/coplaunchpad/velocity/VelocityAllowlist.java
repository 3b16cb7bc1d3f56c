package org.coplaunchpad.velocity;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The methods a template may call on objects from its context, in Confluence 9+'s
 * {@code <velocity-allowlist>} syntax: {@code fully.qualified.Class#methodName(param.Type1,param.Type2)}.
 * The built-in defaults (String, numbers, collections...) live in {@link BuiltInAllowlist}, not here.
 *
 * @param entries normalised entries (whitespace removed), each validated on construction
 */
public record VelocityAllowlist(Set<String> entries) {

    private static final String NAME = "[\\p{L}_$][\\p{L}\\p{N}_$]*";
    private static final String QUALIFIED = NAME + "(?:\\." + NAME + ")+";
    private static final String PRIMITIVE = "(?:boolean|byte|char|short|int|long|float|double)";
    private static final String PARAM = "(?:" + QUALIFIED + "|" + PRIMITIVE + ")(?:\\[\\])*";
    private static final Pattern ENTRY =
            Pattern.compile(QUALIFIED + "#" + NAME + "\\((?:" + PARAM + "(?:," + PARAM + ")*)?\\)");

    static final String EXPECTED_FORM = "fully.qualified.ClassName#methodName(fully.qualified.ParamType,...),"
            + " e.g. com.example.PanelView#getTitle() or com.example.PanelView#label(java.lang.String)";

    public VelocityAllowlist {
        entries = entries.stream().map(VelocityAllowlist::normalise).collect(Collectors.toUnmodifiableSet());
    }

    public static VelocityAllowlist of(Collection<String> entries) {
        return new VelocityAllowlist(new LinkedHashSet<>(entries));
    }

    public static VelocityAllowlist empty() {
        return new VelocityAllowlist(Set.of());
    }

    /**
     * Reads every {@code <method>} of every {@code <velocity-allowlist>} module in an atlassian-plugin.xml.
     *
     * @throws IllegalArgumentException if the XML is not well-formed or an entry is malformed
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public static VelocityAllowlist fromPluginDescriptor(InputStream atlassianPluginXml) {
        return of(PluginDescriptorAllowlist.read(atlassianPluginXml));
    }

    /** True when an entry names this method on its declaring class, {@code type}, or any supertype of {@code type}. */
    boolean allows(Class<?> type, Method method) {
        String signature = signatureOf(method);
        if (permitsOn(method.getDeclaringClass(), signature)) {
            return true;
        }
        for (Class<?> candidate : BuiltInAllowlist.typeAndSupertypes(type)) {
            if (permitsOn(candidate, signature)) {
                return true;
            }
        }
        return false;
    }

    private boolean permitsOn(Class<?> type, String signature) {
        // Accept both the binary name (Outer$Inner) and the source name (Outer.Inner) of nested classes.
        return entries.contains(type.getName() + "#" + signature)
                || (type.getCanonicalName() != null && entries.contains(type.getCanonicalName() + "#" + signature));
    }

    /** {@code getTitle()}, {@code label(java.lang.String,int)}: the part of an entry after '#'. */
    static String signatureOf(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes())
                .map(Class::getTypeName)
                .collect(Collectors.joining(",", "(", ")"));
    }

    static String normalise(String entry) {
        if (entry == null) {
            throw new IllegalArgumentException("Velocity allowlist entry is null; expected " + EXPECTED_FORM);
        }
        String compact = entry.replaceAll("\\s+", "");
        if (!ENTRY.matcher(compact).matches()) {
            throw new IllegalArgumentException("Malformed Velocity allowlist entry \"" + entry + "\": expected "
                    + EXPECTED_FORM + " (class and parameter types fully qualified, no return type)");
        }
        return compact;
    }
}
