package org.coplaunchpad.standalone.site.view;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coplaunchpad.velocity.ConfluenceTemplateRenderer;
import org.coplaunchpad.velocity.VelocityAllowlist;

/**
 * The site's pages come from Velocity templates ({@code site/templates/*.vm}), rendered by the repository's
 * Confluence-like renderer: every template says {@code #htmlSafe()}, so every reference is HTML-encoded except
 * those named {@code …Html}, and a template may call only what is allowlisted here: the accessors of the
 * immutable view models (records) listed below, and {@link SiteTexts}. Nothing else of the site builds markup.
 */
public final class SiteTemplates {
    private static final String FOLDER = "org/coplaunchpad/standalone/site/templates/";

    private final ConfluenceTemplateRenderer renderer;

    /** @param viewModels the records templates receive; their accessors (and only those) are allowlisted */
    public SiteTemplates(List<Class<? extends Record>> viewModels) {
        List<String> entries = new ArrayList<>();
        for (Class<? extends Record> viewModel : viewModels) {
            for (RecordComponent component : viewModel.getRecordComponents()) {
                entries.add(entry(viewModel, component.getAccessor()));
            }
        }
        for (Method method : SiteTexts.class.getDeclaredMethods()) {
            if (java.lang.reflect.Modifier.isPublic(method.getModifiers())
                    && !java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                entries.add(entry(SiteTexts.class, method));
            }
        }
        this.renderer = new ConfluenceTemplateRenderer(SiteTemplates.class.getClassLoader(), VelocityAllowlist.of(entries));
    }

    /**
     * Renders {@code site/templates/<name>} with the model under {@code $view}, the visitor's texts under
     * {@code $text} and the site's context path under {@code $ctx}.
     */
    public String render(String name, Record view, SiteTexts texts, String contextPath) {
        Map<String, Object> context = new HashMap<>();
        context.put("view", view);
        context.put("text", texts);
        context.put("ctx", contextPath);
        StringWriter out = new StringWriter();
        try {
            renderer.render(FOLDER + name, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    private static String entry(Class<?> type, Method method) {
        return type.getName() + "#" + method.getName() + Arrays.stream(method.getParameterTypes())
                .map(Class::getTypeName).collect(Collectors.joining(",", "(", ")"));
    }
}
