package org.coplaunchpad.standalone.hosting.blueprint;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.blueprint.BlueprintModules.Blueprint;
import org.coplaunchpad.standalone.hosting.blueprint.BlueprintModules.ContentTemplate;
import org.coplaunchpad.standalone.hosting.render.StorageFormat;
import org.coplaunchpad.standalone.hosting.osgi.InstalledApp;
import org.coplaunchpad.standalone.hosting.osgi.PluginDescriptor;
import org.coplaunchpad.standalone.hosting.osgi.PluginLoadException;
import org.coplaunchpad.standalone.hosting.services.CurrentRequest;
import org.coplaunchpad.standalone.hosting.services.HostPageLifecycle;
import org.coplaunchpad.standalone.hosting.services.HostServiceCatalog;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.PageStore;
import org.coplaunchpad.standalone.data.Settings;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.User;

/**
 * The app's blueprints, created as Confluence's create-content plugin creates them (DefaultContentBlueprintService
 * .createPage, cited in atlassian-api/VERIFIED.md "Blueprint page titles (issue 9)"). Context providers are created at
 * start by constructor autowiring and initialised with their params (so a packaging mistake stops the start).
 * Creating from a blueprint in a space makes one page per use, from the blueprint's <em>first</em> content template,
 * titled as {@link BlueprintPageTitle} reads it, under the blueprint's index page (made once per space, title from
 * i18n-index-title-key, a child of the home page), in the creating user's language. A title the space already has is
 * refused, as Confluence's page manager refuses it. Permission checks are the caller's.
 */
public final class Blueprints {
    /** Where the index page of a blueprint is remembered per space, as Confluence keeps it in Bandana. */
    private static final String INDEX_SETTING = "blueprint.index-page.";
    /** The create dialog has no title field for a blueprint without a wizard: it posts an empty title. */
    private static final String NO_DIALOG_TITLE = "";
    private static final int INDEX_TITLE_ATTEMPTS = 3;

    /** What the create dialog shows for one blueprint, in the user's language. */
    public record Offer(String itemKey, String blueprintKey, String name, String description, Optional<String> iconPath) {
    }

    /** What one use of a blueprint came to. */
    public sealed interface Creation permits Created, TitleTaken {
    }

    /** The pages one use made: the index page (new or existing) and the blueprint's page under it. */
    public record Created(Page indexPage, boolean indexCreated, Page page) implements Creation {
        /** The page Confluence shows after creating (create-result="view"). */
        public Page result() {
            return page;
        }
    }

    /** Refused as Confluence refuses it: the space already has a page with this title. */
    public record TitleTaken(String title, String spaceKey, Check check) implements Creation {
    }

    /** Which of Confluence's two title checks refused the use. */
    public enum Check {
        /**
         * DefaultContentBlueprintService.validatePageTitleIsUnique, on the title the create dialog posted (empty
         * without a wizard, so an untitled page in the space refuses every use): REST answer 400, DUPLICATED_TITLE.
         */
        DIALOG_TITLE,
        /** DefaultPageManager.saveContentEntity, on the page's title: DuplicateDataRuntimeException, REST answer 500. */
        PAGE_TITLE
    }

    private final BlueprintModules modules;
    private final Map<String, ContextProvider> providers;
    private final InstalledApp app;
    private final I18nResolver i18n;
    private final PageStore pages;
    private final HostPageLifecycle lifecycle;
    private final Settings settings;

    private Blueprints(BlueprintModules modules, Map<String, ContextProvider> providers, InstalledApp app,
                       PageStore pages, HostPageLifecycle lifecycle, Settings settings) {
        this.modules = modules;
        this.providers = providers;
        this.app = app;
        this.i18n = app.services().get(I18nResolver.class);
        this.pages = pages;
        this.lifecycle = lifecycle;
        this.settings = settings;
    }

    /** Pages are read from {@code pages} and created through {@code lifecycle}: both fire PageCreateEvent. */
    public static Blueprints load(InstalledApp app, PageStore pages, HostPageLifecycle lifecycle, Settings settings) {
        BlueprintModules modules = BlueprintModules.parse(app.descriptor().xml());
        Map<String, ContextProvider> providers = new LinkedHashMap<>();
        for (ContentTemplate template : modules.templates().values()) {
            if (app.bundle().entry(template.location()).isEmpty()) {
                throw new PluginLoadException("content-template " + template.key() + ": the bundle has no "
                        + template.location());
            }
            if (template.contextProviderClass().isPresent()) {
                ContextProvider provider = app.context().createModule(template.contextProviderClass().get(),
                        ContextProvider.class, "context-provider of content-template " + template.key());
                app.call(() -> {
                    provider.init(template.contextProviderParams());
                    return null;
                });
                providers.put(template.key(), provider);
            }
        }
        return new Blueprints(modules, Map.copyOf(providers), app, pages, lifecycle, settings);
    }

    public BlueprintModules modules() {
        return modules;
    }

    /** The create dialog's blueprint entries, in web-item weight order. */
    public List<Offer> offers(Locale locale) {
        PluginDescriptor descriptor = app.descriptor();
        return modules.createDialogItems().stream().map(item -> new Offer(item.key(), item.blueprintKey(),
                text(locale, item.nameKey(), item.key()), text(locale, item.descriptionKey(), ""),
                item.iconLocation().flatMap(location -> iconPath(descriptor, location)))).toList();
    }

    public boolean offers(String blueprintKey) {
        return modules.createDialogItems().stream().anyMatch(item -> item.blueprintKey().equals(blueprintKey));
    }

    /** Creates the blueprint's page in the space as {@code user}, in {@code locale}, as its create dialog does. */
    public synchronized Creation create(String blueprintKey, Space space, User user, Locale locale) {
        Blueprint blueprint = Optional.ofNullable(modules.blueprints().get(blueprintKey))
                .orElseThrow(() -> new IllegalArgumentException("No blueprint " + blueprintKey));
        // Confluence creates only the first content template per use (ContentBlueprint.getFirstContentTemplateRef).
        ContentTemplate template = blueprint.contentTemplateKeys().stream().findFirst().map(modules.templates()::get)
                .orElseThrow(() -> new IllegalStateException("blueprint " + blueprintKey + " has no <content-template ref>"));
        CurrentRequest creating = new CurrentRequest(Optional.of(user), locale);
        return CurrentRequest.with(creating, () -> {
            if (pages.findTitled(space.key(), NO_DIALOG_TITLE).isPresent()) {
                return new TitleTaken(NO_DIALOG_TITLE, space.key(), Check.DIALOG_TITLE);
            }
            Map<String, Object> request = requestContext(blueprint, space);
            Map<String, Object> returned = context(template, request);
            String title = BlueprintPageTitle.of(returned, request, NO_DIALOG_TITLE,
                    () -> text(HostServiceCatalog.SITE_DEFAULT_LOCALE, template.nameKey(), template.key()));
            String body = body(template, returned, locale);
            Optional<Page> existingIndex = indexPage(blueprint, space);
            Page index = existingIndex.orElseGet(() -> createIndexPage(blueprint, space, user, locale));
            if (pages.findTitled(space.key(), title).isPresent()) {
                return new TitleTaken(title, space.key(), Check.PAGE_TITLE);
            }
            Page page = lifecycle.create(space.key(), index.id(), title, body, user.username());
            return new Created(index, existingIndex.isEmpty(), page);
        });
    }

    /**
     * The context the create dialog posts for a blueprint without a wizard: the space it creates in and the data of
     * the web-item offering the blueprint. Mutable, as the request's map is in Confluence: a provider may change it.
     */
    private Map<String, Object> requestContext(Blueprint blueprint, Space space) {
        String pluginKey = app.descriptor().key();
        Map<String, Object> context = new HashMap<>();
        context.put("spaceKey", space.key());
        context.put("blueprintModuleCompleteKey", pluginKey + ":" + blueprint.key());
        modules.createDialogItems().stream().filter(item -> item.blueprintKey().equals(blueprint.key())).findFirst()
                .ifPresent(item -> context.put("itemModuleCompleteKey", pluginKey + ":" + item.key()));
        context.put("createResult", blueprint.createResult());
        return context;
    }

    private Optional<Page> indexPage(Blueprint blueprint, Space space) {
        return settings.get(indexSetting(blueprint, space)).flatMap(Blueprints::parseId).flatMap(pages::find)
                .filter(page -> page.spaceKey().equals(space.key()));
    }

    /** As DefaultIndexPageManager: the index title, else "Title (2)", "Title (3)"; a fourth try is not made. */
    private Page createIndexPage(Blueprint blueprint, Space space, User user, Locale locale) {
        String desired = text(locale, blueprint.indexTitleKey(), blueprint.indexKey());
        String title = java.util.stream.IntStream.rangeClosed(1, INDEX_TITLE_ATTEMPTS)
                .mapToObj(attempt -> attempt == 1 ? desired : desired + " (" + attempt + ")")
                .filter(candidate -> pages.findTitled(space.key(), candidate).isEmpty()).findFirst()
                .orElseThrow(() -> new IllegalStateException("Failed to create index page for " + blueprint.key()
                        + " after " + INDEX_TITLE_ATTEMPTS + " attempts: '" + desired + "' and its numbered titles are taken in "
                        + space.key()));
        String body = blueprint.indexTemplateKey().map(modules.templates()::get)
                .map(template -> body(template, context(template, indexContext(blueprint, template, space)), locale))
                .orElse("");
        Long parent = space.homePageId() != null && pages.find(space.homePageId()).isPresent() ? space.homePageId() : null;
        Page index = lifecycle.create(space.key(), parent, title, body, user.username());
        settings.put(indexSetting(blueprint, space), Long.toString(index.id()));
        return index;
    }

    /** What DefaultIndexPageManager puts in the index template's context (the Confluence-typed values left out). */
    private Map<String, Object> indexContext(Blueprint blueprint, ContentTemplate template, Space space) {
        Map<String, Object> context = new HashMap<>();
        context.put("spaceKey", space.key());
        context.put("templateLabel", blueprint.indexKey());
        context.put("analyticsKey", blueprint.indexKey());
        context.put("indexKey", app.descriptor().key() + ":" + template.key());
        return context;
    }

    private static String indexSetting(Blueprint blueprint, Space space) {
        return INDEX_SETTING + space.key() + "." + blueprint.indexKey();
    }

    /** The map the template's context provider returns for {@code context} (the context itself without a provider). */
    private Map<String, Object> context(ContentTemplate template, Map<String, Object> context) {
        ContextProvider provider = providers.get(template.key());
        if (provider == null) {
            return context;
        }
        Map<String, Object> returned = app.call(() -> provider.getContextMap(context));
        if (returned == null) {
            throw new IllegalStateException("The context-provider of content-template " + template.key()
                    + " returned null: Confluence's create-content plugin fails the creation (NullPointerException)");
        }
        return returned;
    }

    private String body(ContentTemplate template, Map<String, Object> context, Locale locale) {
        String source = new String(app.bundle().entry(template.location()).orElseThrow(), StandardCharsets.UTF_8);
        String storage = TemplateFiller.fill(source, key -> i18n.getText(locale, key), context);
        StorageFormat.check(storage).ifPresent(problem -> {
            throw new IllegalStateException("content-template " + template.key() + " (" + template.location()
                    + ") is not well-formed storage format in " + locale + ": " + problem.describe());
        });
        return storage;
    }

    private String text(Locale locale, String key, String fallback) {
        return key == null || key.isBlank() ? fallback : i18n.getText(locale, key);
    }

    /** An icon inside a download resource directory of the plugin, as /download/resources/{pluginKey}/{name}. */
    private static Optional<String> iconPath(PluginDescriptor descriptor, String location) {
        return descriptor.downloads().stream()
                .filter(d -> d.name().endsWith("/") && location.startsWith(d.location()))
                .findFirst()
                .map(d -> "/download/resources/" + descriptor.key() + "/" + d.name() + location.substring(d.location().length()));
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
