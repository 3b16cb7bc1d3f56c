package org.coplaunchpad.standalone.blueprint;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.standalone.blueprint.BlueprintModules.Blueprint;
import org.coplaunchpad.standalone.blueprint.BlueprintModules.ContentTemplate;
import org.coplaunchpad.standalone.editor.StorageFormat;
import org.coplaunchpad.standalone.osgi.InstalledApp;
import org.coplaunchpad.standalone.osgi.PluginDescriptor;
import org.coplaunchpad.standalone.osgi.PluginLoadException;
import org.coplaunchpad.standalone.services.CurrentRequest;
import org.coplaunchpad.standalone.store.Page;
import org.coplaunchpad.standalone.store.PageStore;
import org.coplaunchpad.standalone.store.Settings;
import org.coplaunchpad.standalone.store.Space;
import org.coplaunchpad.standalone.store.User;

/**
 * The app's blueprints, created as Confluence's create-content plugin creates them. Context providers are created
 * at start by constructor autowiring and initialised with their params (so a packaging mistake stops the start).
 * Creating from a blueprint in a space makes its index page once per space (title from i18n-index-title-key, a child
 * of the home page), then each content template's page under it, titled by its context provider, in the creating
 * user's language. Permission checks are the caller's.
 */
public final class Blueprints {
    /** Where the index page of a blueprint is remembered per space, as Confluence keeps it in Bandana. */
    private static final String INDEX_SETTING = "blueprint.index-page.";

    /** What the create dialog shows for one blueprint, in the user's language. */
    public record Offer(String itemKey, String blueprintKey, String name, String description, Optional<String> iconPath) {
    }

    /** The pages one creation made: the index page (new or existing) and the blueprint's pages under it. */
    public record Created(Page indexPage, boolean indexCreated, List<Page> pages) {
        /** The page Confluence shows after creating (create-result="view"): the first content page. */
        public Page result() {
            return pages.isEmpty() ? indexPage : pages.get(0);
        }
    }

    private final BlueprintModules modules;
    private final Map<String, ContextProvider> providers;
    private final InstalledApp app;
    private final I18nResolver i18n;
    private final PageStore pages;
    private final Settings settings;

    private Blueprints(BlueprintModules modules, Map<String, ContextProvider> providers, InstalledApp app,
                       PageStore pages, Settings settings) {
        this.modules = modules;
        this.providers = providers;
        this.app = app;
        this.i18n = app.services().get(I18nResolver.class);
        this.pages = pages;
        this.settings = settings;
    }

    public static Blueprints load(InstalledApp app, PageStore pages, Settings settings) {
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
        return new Blueprints(modules, Map.copyOf(providers), app, pages, settings);
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

    /** Creates the blueprint's pages in the space as {@code user}, in {@code locale}. */
    public synchronized Created create(String blueprintKey, Space space, User user, Locale locale) {
        Blueprint blueprint = Optional.ofNullable(modules.blueprints().get(blueprintKey))
                .orElseThrow(() -> new IllegalArgumentException("No blueprint " + blueprintKey));
        CurrentRequest creating = new CurrentRequest(Optional.of(user), locale);
        return CurrentRequest.with(creating, () -> {
            Optional<Page> existingIndex = indexPage(blueprint, space);
            Page index = existingIndex.orElseGet(() -> createIndexPage(blueprint, space, user, locale));
            List<Page> created = new ArrayList<>();
            for (String templateKey : blueprint.contentTemplateKeys()) {
                ContentTemplate template = modules.templates().get(templateKey);
                Map<String, Object> context = context(template, blueprint, space, user);
                String title = Optional.ofNullable(context.get("title")).map(Object::toString).filter(t -> !t.isBlank())
                        .orElseGet(() -> text(locale, template.nameKey(), template.key()));
                created.add(pages.create(space.key(), index.id(), uniqueTitle(space.key(), title),
                        body(template, context, locale), user.username()));
            }
            return new Created(index, existingIndex.isEmpty(), List.copyOf(created));
        });
    }

    private Optional<Page> indexPage(Blueprint blueprint, Space space) {
        return settings.get(indexSetting(blueprint, space)).flatMap(Blueprints::parseId).flatMap(pages::find)
                .filter(page -> page.spaceKey().equals(space.key()));
    }

    private Page createIndexPage(Blueprint blueprint, Space space, User user, Locale locale) {
        String title = uniqueTitle(space.key(), text(locale, blueprint.indexTitleKey(), blueprint.indexKey()));
        String body = blueprint.indexTemplateKey().map(modules.templates()::get)
                .map(template -> body(template, context(template, blueprint, space, user), locale)).orElse("");
        Long parent = space.homePageId() != null && pages.find(space.homePageId()).isPresent() ? space.homePageId() : null;
        Page index = pages.create(space.key(), parent, title, body, user.username());
        settings.put(indexSetting(blueprint, space), Long.toString(index.id()));
        return index;
    }

    private static String indexSetting(Blueprint blueprint, Space space) {
        return INDEX_SETTING + space.key() + "." + blueprint.indexKey();
    }

    private Map<String, Object> context(ContentTemplate template, Blueprint blueprint, Space space, User user) {
        Map<String, Object> context = new HashMap<>();
        context.put("spaceKey", space.key());
        context.put("spaceName", space.name());
        context.put("blueprintKey", blueprint.key());
        context.put("contentTemplateKey", template.key());
        context.put("creator", user.username());
        ContextProvider provider = providers.get(template.key());
        if (provider == null) {
            return context;
        }
        Map<String, Object> filled = app.call(() -> provider.getContextMap(Map.copyOf(context)));
        return filled == null ? context : filled;
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

    /** Confluence's rule for a title already taken in the space: "Title (2)", "Title (3)"... */
    private String uniqueTitle(String spaceKey, String title) {
        String candidate = title;
        for (int n = 2; pages.find(spaceKey, candidate).isPresent(); n++) {
            candidate = title + " (" + n + ")";
        }
        return candidate;
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
