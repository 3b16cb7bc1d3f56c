package org.coplaunchpad.standalone.bench;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.hosting.render.MacroLookup;
import org.coplaunchpad.standalone.hosting.render.StorageRenderer;
import org.coplaunchpad.standalone.hosting.services.CurrentRequest;
import org.coplaunchpad.standalone.hosting.services.HostConversionContext;
import org.coplaunchpad.standalone.site.StandaloneHost;

/**
 * The macro calls one view of a page makes, as the host makes them (the same parameters, rendered body and conversion
 * context), each with what its floor needs: the template it rendered and the view model it rendered it with. The
 * view model is recorded by swapping, for the recording only, the renderer the app's {@code MacroTemplates} holds
 * for one that passes every call through and keeps the last; the real renderer is back before anything is timed.
 */
final class MacroCalls {
    private static final String MACRO_TEMPLATES = "org.coplaunchpad.macro.MacroTemplates";
    private static final String RENDERER_FIELD = "templateRenderer";

    /** One macro of the page, called as the host calls it; {@link #floor} renders its template from a prebuilt model. */
    record Call(String label, Macro macro, Map<String, String> parameters, String body, ConversionContext context,
                String template, Map<String, Object> viewModel, TemplateRenderer renderer, StandaloneHost host,
                User viewer) {
        String execute() {
            return inRequest(() -> {
                try {
                    return macro.execute(parameters, body, context);
                } catch (MacroExecutionException e) {
                    throw new IllegalStateException(label + " failed: " + e.getMessage(), e);
                }
            });
        }

        String floor() {
            return inRequest(() -> {
                StringWriter out = new StringWriter();
                try {
                    renderer.render(template, viewModel, out);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return out.toString();
            });
        }

        /** As the site runs a request: the viewer and their language on the thread, the app's class loader as context. */
        private String inRequest(Supplier<String> action) {
            CurrentRequest request = new CurrentRequest(Optional.of(viewer), viewer.locale());
            return CurrentRequest.with(request, () -> host.app().call(action));
        }
    }

    private MacroCalls() {
    }

    static List<Call> of(StandaloneHost host, Page page, User viewer) throws Exception {
        Space space = host.site().spaces().find(page.spaceKey()).orElseThrow();
        ClassLoader app = host.app().bundle().classLoader();
        Object templates = host.app().context().getBean(app.loadClass(MACRO_TEMPLATES));
        Field field = templates.getClass().getDeclaredField(RENDERER_FIELD);
        field.setAccessible(true);
        TemplateRenderer real = (TemplateRenderer) field.get(templates);
        Recording recording = new Recording(real);
        List<Call> calls = new ArrayList<>();
        ConversionContext context = HostConversionContext.display(page, space);
        StorageRenderer renderer = new StorageRenderer(new MacroLookup() {
            @Override
            public Optional<Macro> find(String macroName) {
                return host.app().macro(macroName).map(macro -> recorded(macroName, macro));
            }

            private Macro recorded(String macroName, Macro macro) {
                return new Macro() {
                    @Override
                    public String execute(Map<String, String> parameters, String body, ConversionContext given)
                            throws MacroExecutionException {
                        String output = macro.execute(parameters, body, given);
                        String label = macroName + label(parameters);
                        calls.add(new Call(label, macro, parameters, body, given, recording.template, recording.context,
                                real, host, viewer));
                        return output;
                    }

                    @Override
                    public BodyType getBodyType() {
                        return macro.getBodyType();
                    }

                    @Override
                    public OutputType getOutputType() {
                        return macro.getOutputType();
                    }
                };
            }

            @Override
            public <T> T call(Supplier<T> action) {
                return host.app().call(action);
            }
        }, "/confluence", (key, arguments) -> key);
        field.set(templates, recording);
        try {
            CurrentRequest request = new CurrentRequest(Optional.of(viewer), viewer.locale());
            CurrentRequest.with(request, () -> renderer.render(page.body(), context));
        } finally {
            field.set(templates, real);
        }
        return calls;
    }

    private static String label(Map<String, String> parameters) {
        String category = parameters.get("category");
        return category == null ? "" : " " + category;
    }

    /** Passes every call to the real renderer and keeps the last template and model. */
    private static final class Recording implements TemplateRenderer {
        private final TemplateRenderer real;
        private String template;
        private Map<String, Object> context;

        Recording(TemplateRenderer real) {
            this.real = real;
        }

        @Override
        public void render(String templateName, Writer writer) throws IOException {
            render(templateName, Map.of(), writer);
        }

        @Override
        public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
            this.template = templateName;
            this.context = Map.copyOf(context);
            real.render(templateName, context, writer);
        }

        @Override
        public String renderFragment(String fragment, Map<String, Object> context) {
            return real.renderFragment(fragment, context);
        }

        @Override
        public boolean resolve(String templateName) {
            return real.resolve(templateName);
        }
    }
}
