package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.coplaunchpad.aohost.AoDatabase;
import org.coplaunchpad.aohost.JdbcTransactionalExecutorFactory;
import org.coplaunchpad.standalone.hosting.osgi.HostServices;
import org.coplaunchpad.standalone.hosting.osgi.PluginBundle;
import org.coplaunchpad.standalone.hosting.osgi.PluginDescriptor;
import org.coplaunchpad.standalone.data.HostData;
import org.coplaunchpad.velocity.ConfluenceTemplateRenderer;
import org.coplaunchpad.velocity.VelocityAllowlist;

/**
 * Every service the host offers the app, one line each. Some are per app, as in Confluence: the template
 * renderer reads templates through the app's class loader and enforces its {@code <velocity-allowlist>};
 * the i18n resolver reads its {@code <resource type="i18n">} bundles; ActiveObjects and SAL's rdbms executor work
 * on its namespace's AO database (ao-host), the one database the host keeps everything in.
 */
public final class HostServiceCatalog {
    public static final Locale SITE_DEFAULT_LOCALE = Locale.ENGLISH;

    private HostServiceCatalog() {
    }

    public static HostServices forApp(PluginBundle bundle, PluginDescriptor descriptor, HostData data,
                                      HostEventPublisher events, AoDatabase appTables) {
        VelocityAllowlist allowlist = VelocityAllowlist.fromPluginDescriptor(new ByteArrayInputStream(descriptor.xml()));
        return new HostServices()
                .add(TemplateRenderer.class, new ConfluenceTemplateRenderer(bundle.classLoader(), allowlist))
                .add(I18nResolver.class, new HostI18nResolver(bundle.classLoader(), descriptor.i18nLocations()))
                .add(LocaleResolver.class, new HostLocaleResolver(SITE_DEFAULT_LOCALE))
                .add(PageBuilderService.class, new HostPageBuilderService())
                .add(ActiveObjects.class, appTables.activeObjects())
                .add(TransactionalExecutorFactory.class, new JdbcTransactionalExecutorFactory(appTables))
                .add(EventPublisher.class, events)
                .add(UserManager.class, new HostUserManager(data.users()))
                .add(UserAccessor.class, new HostUserAccessor(data.users()))
                .add(SpaceManager.class, new HostSpaceManager(data.spaces()))
                .add(PageManager.class, new HostPageManager(data.pages(), data.spaces()))
                .add(PermissionManager.class, new HostPermissionManager(data.permissions(), data.users()))
                .add(XsrfTokenValidator.class, new HostXsrfTokenValidator())
                .add(XsrfTokenAccessor.class, new HostXsrfTokenAccessor())
                .add(LoginUriProvider.class, new HostLoginUriProvider())
                .add(WebSudoManager.class, new HostWebSudoManager());
    }
}
