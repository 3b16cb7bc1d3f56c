package org.coplaunchpad.standalone.hosting.render;

import com.atlassian.confluence.macro.Macro;
import java.util.Optional;
import java.util.function.Supplier;

/** The xhtml-macro modules installed, and how to call into the app that provides them. */
public interface MacroLookup {
    Optional<Macro> find(String macroName);

    /** Runs app code (with the app's class loader as context class loader). */
    <T> T call(Supplier<T> action);
}
