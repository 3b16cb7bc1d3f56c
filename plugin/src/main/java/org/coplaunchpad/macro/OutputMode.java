package org.coplaunchpad.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Set;

/** Whether a macro may be interactive (a page in a browser) or must be plain static HTML. */
public enum OutputMode {
    INTERACTIVE,
    /** Exports and notifications: no scripts, no web resources, nothing to click. */
    STATIC;

    /** Conversion output types that leave the browser (confluence-api.md §2.2). */
    private static final Set<String> STATIC_OUTPUT_TYPES = Set.of("pdf", "word", "email", "html_export", "feed");

    public static OutputMode of(ConversionContext context) {
        String outputType = context == null ? null : context.getOutputType();
        return outputType != null && STATIC_OUTPUT_TYPES.contains(outputType) ? STATIC : INTERACTIVE;
    }
}
