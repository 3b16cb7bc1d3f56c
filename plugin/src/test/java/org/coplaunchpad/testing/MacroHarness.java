package org.coplaunchpad.testing;

import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.coplaunchpad.macro.MacroTemplates;
import org.coplaunchpad.macro.ViewerTexts;
import org.coplaunchpad.velocity.ConfluenceTemplateRenderer;
import org.coplaunchpad.velocity.VelocityAllowlist;

/**
 * What a macro needs from Confluence, for unit tests: the real templates rendered the way Confluence
 * renders them (#htmlSafe escaping, the descriptor's Velocity allowlist enforced), texts from the real
 * i18n files in the viewer's locale, and mocks for the rest.
 */
public final class MacroHarness {
    public final BundleI18nResolver i18n = new BundleI18nResolver();
    public final LocaleResolver localeResolver = mock(LocaleResolver.class);
    public final PageBuilderService pageBuilderService = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    public final TemplateRenderer templateRenderer = confluenceRenderer();
    public final ViewerTexts viewerTexts = new ViewerTexts(i18n, localeResolver);
    public final MacroTemplates templates = new MacroTemplates(templateRenderer);

    public MacroHarness viewerLocale(Locale locale) {
        when(localeResolver.getLocale()).thenReturn(locale);
        return this;
    }

    /** A conversion context as Confluence passes for a given output type ("display", "pdf", "email", …). */
    public static ConversionContext context(String outputType, String spaceKey) {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getOutputType()).thenReturn(outputType);
        when(context.getSpaceKey()).thenReturn(spaceKey);
        return context;
    }

    public static TemplateRenderer confluenceRenderer() {
        try (InputStream descriptor = PluginResources.open("atlassian-plugin.xml")) {
            return new ConfluenceTemplateRenderer(MacroHarness.class.getClassLoader(),
                    VelocityAllowlist.fromPluginDescriptor(descriptor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
