package org.coplaunchpad.velocity;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.context.Context;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.SimpleNode;

/**
 * A {@link TemplateRenderer} on Velocity 1.7 that behaves like Confluence's: templates come from one class loader,
 * {@code #htmlSafe()} templates HTML-encode their references, and template method calls must be allowlisted
 * (failing loudly where Confluence would silently render nothing). For tests and the standalone host only.
 */
public final class ConfluenceTemplateRenderer implements TemplateRenderer {

    private static final String ENCODING = StandardCharsets.UTF_8.name();
    private static final String FRAGMENT_NAME = "template fragment";
    private static final String LOADER = "plugin";
    private static final String USER_DIRECTIVES = "userdirective"; // no RuntimeConstants entry in 1.7

    /*
     * RuntimeInstance is the engine a VelocityEngine wraps; we hold it directly because VelocityEngine 1.7
     * hides parse(), and renderFragment must see a fragment's #htmlSafe() before rendering it. One per renderer.
     */
    private final RuntimeInstance velocity = new RuntimeInstance();

    public ConfluenceTemplateRenderer(ClassLoader templateLoader, VelocityAllowlist allowlist) {
        Objects.requireNonNull(templateLoader, "templateLoader");
        Objects.requireNonNull(allowlist, "allowlist");
        velocity.setProperty(RuntimeConstants.RESOURCE_LOADER, LOADER);
        velocity.setProperty(LOADER + ".resource.loader.instance", new ClassLoaderResourceLoader(templateLoader));
        velocity.setProperty(LOADER + ".resource.loader.cache", "true");
        velocity.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM, new NullLogChute()); // no velocity.log
        velocity.setProperty(RuntimeConstants.INPUT_ENCODING, ENCODING);
        velocity.setProperty(RuntimeConstants.OUTPUT_ENCODING, ENCODING);
        velocity.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        velocity.addProperty(USER_DIRECTIVES, HtmlSafeDirective.class.getName());
        velocity.addProperty(USER_DIRECTIVES, DisableAntiXssDirective.class.getName());
        velocity.setApplicationAttribute(AllowlistUberspect.ALLOWLIST_ATTRIBUTE, allowlist);
        initialise();
    }

    /** Velocity 1.7 instantiates the uberspect and directives by name through the context class loader. */
    private void initialise() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ConfluenceTemplateRenderer.class.getClassLoader());
        try {
            velocity.init();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        Objects.requireNonNull(writer, "writer");
        String name = ClassLoaderResourceLoader.resourcePath(Objects.requireNonNull(templateName, "templateName"));
        Template template = load(name);
        boolean antiXss = AntiXssPolicy.appliesTo(name, (SimpleNode) template.getData());
        // Rendered into memory first: a failing template writes nothing, and the writer only ever sees IOExceptions.
        writer.write(merge(name, antiXss, context, template::merge));
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        SimpleNode parsed = parseFragment(Objects.requireNonNull(fragment, "fragment"));
        boolean antiXss = AntiXssPolicy.appliesTo(FRAGMENT_NAME, parsed);
        return merge(FRAGMENT_NAME, antiXss, context,
                (velocityContext, out) -> velocity.render(velocityContext, out, FRAGMENT_NAME, parsed));
    }

    @Override
    public boolean resolve(String templateName) {
        return templateName != null
                && velocity.getLoaderNameForResource(ClassLoaderResourceLoader.resourcePath(templateName)) != null;
    }

    private Template load(String name) {
        try {
            return velocity.getTemplate(name, ENCODING);
        } catch (ResourceNotFoundException e) {
            throw new RenderingException("Template '" + name + "' not found: the template class loader has no such"
                    + " resource (names are class-path paths such as templates/panel.vm)", e);
        } catch (ParseErrorException e) {
            throw new RenderingException("Template '" + name + "' has a Velocity syntax error: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw failure(name, e);
        }
    }

    private SimpleNode parseFragment(String fragment) {
        try {
            return velocity.parse(new StringReader(fragment), FRAGMENT_NAME);
        } catch (ParseException e) {
            throw new RenderingException("Template fragment has a Velocity syntax error: " + e.getMessage(), e);
        }
    }

    private static String merge(String name, boolean antiXss, Map<String, Object> values,
                                BiConsumer<Context, Writer> mergeInto) {
        // Copied: VelocityContext writes #set values into its map, and callers often pass Map.of(...).
        VelocityContext context = new VelocityContext(new HashMap<>(values == null ? Map.of() : values));
        if (antiXss) {
            EventCartridge cartridge = new EventCartridge();
            cartridge.addEventHandler(AntiXssPolicy.ENCODER);
            cartridge.attachToContext(context);
        }
        StringWriter out = new StringWriter();
        try {
            mergeInto.accept(context, out);
        } catch (RuntimeException e) {
            throw failure(name, e);
        }
        return out.toString();
    }

    private static RenderingException failure(String name, RuntimeException e) {
        if (e instanceof RenderingException rendering) {
            return rendering;
        }
        if (e instanceof MethodInvocationException) {
            return new RenderingException("Template '" + name + "' failed: " + e.getMessage(), e);
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RenderingException rendering) {
                return rendering;
            }
        }
        if (e instanceof ParseErrorException) {
            return new RenderingException("Template '" + name + "' has a Velocity syntax error: " + e.getMessage(), e);
        }
        return new RenderingException("Template '" + name + "' could not be rendered: " + e.getMessage(), e);
    }
}
