package org.coplaunchpad.checklist;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.access.AccessPolicy;
import org.coplaunchpad.access.MemberNames;
import org.coplaunchpad.access.Viewer;
import org.coplaunchpad.answers.Agreement;
import org.coplaunchpad.answers.AnswerKey;
import org.coplaunchpad.answers.AnswerStore;
import org.coplaunchpad.answers.RecordedAnswer;
import org.coplaunchpad.answers.Tick;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessItem;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.web.ApiResponse;
import org.springframework.stereotype.Component;

/**
 * A member ticks an item: validate the form, check the page and the rights, record, answer with the item's new
 * state. The mode, and so the permission rule, come from the checklist macro stored on the page, never from the
 * request. Container-neutral; {@link AnswerServlet} only adapts HTTP to it.
 */
@Component
public class TickService {
    private final Catalog catalog;
    private final ChecklistParameters parameters;
    private final AnswerStore answerStore;
    private final AccessPolicy accessPolicy;
    private final MemberNames memberNames;
    private final SpaceManager spaceManager;
    private final PageManager pageManager;

    public TickService(Catalog catalog, AnswerStore answerStore, AccessPolicy accessPolicy, MemberNames memberNames,
                       @ComponentImport SpaceManager spaceManager, @ComponentImport PageManager pageManager) {
        this.catalog = catalog;
        this.parameters = new ChecklistParameters(catalog);
        this.answerStore = answerStore;
        this.accessPolicy = accessPolicy;
        this.memberNames = memberNames;
        this.spaceManager = spaceManager;
        this.pageManager = pageManager;
    }

    /** The fields of a tick, as posted by the page script. */
    public record TickForm(String spaceKey, String pageId, String checklist, String item, String checked) {
    }

    public ApiResponse tick(String userKey, TickForm form, Texts texts) {
        String spaceKey = form.spaceKey() == null ? "" : form.spaceKey().trim();
        if (spaceKey.isEmpty() || spaceKey.length() > 255) {
            return badField("spaceKey", form.spaceKey(), texts);
        }
        Optional<Long> pageId = positiveLong(form.pageId());
        if (pageId.isEmpty()) {
            return badField("pageId", form.pageId(), texts);
        }
        // Unlike the macro parameter, the form field is required: a blank name is not the default checklist.
        Optional<String> checklistName = form.checklist() == null || form.checklist().isBlank()
                ? Optional.empty() : ChecklistName.parse(form.checklist());
        if (checklistName.isEmpty()) {
            return badField("checklist", form.checklist(), texts);
        }
        String checklist = checklistName.get();
        Optional<ReadinessItem> item = Optional.ofNullable(form.item()).flatMap(catalog::readinessItem);
        if (item.isEmpty()) {
            return badField("item", form.item(), texts);
        }
        if (!"true".equals(form.checked()) && !"false".equals(form.checked())) {
            return badField("checked", form.checked(), texts);
        }
        boolean checked = Boolean.parseBoolean(form.checked());

        if (spaceManager.getSpace(spaceKey) == null) {
            return ApiResponse.error(404, "spaceKey", texts.get("cop-launchpad.answers.error.no-space", spaceKey));
        }
        AbstractPage page = pageManager.getAbstractPage(pageId.get());
        Viewer viewer = Viewer.user(userKey);
        if (page == null || !accessPolicy.mayView(viewer, page)) {
            // A page one may not see is reported as missing, as Confluence does, so ids reveal nothing.
            return ApiResponse.error(404, "pageId", texts.get("cop-launchpad.answers.error.no-page", pageId.get()));
        }
        if (!spaceKey.equals(page.getSpaceKey())) {
            return badField("pageId", form.pageId(), texts);
        }
        Optional<ChecklistSettings> settings = checklistOnPage(page, checklist);
        if (settings.isEmpty()) {
            return badField("checklist", checklist, texts);
        }
        if (!settings.get().shows(item.get().sectionKey())) {
            return badField("item", form.item(), texts);
        }
        ChecklistMode mode = settings.get().mode();
        if (!mode.mayAnswer(accessPolicy, viewer, page)) {
            return ApiResponse.error(403, null, texts.get("cop-launchpad.answers.error.forbidden"));
        }

        AnswerKey key = mode == ChecklistMode.SHARED
                ? AnswerKey.shared(spaceKey, checklist, item.get().key())
                : AnswerKey.personal(spaceKey, checklist, item.get().key(), userKey);
        RecordedAnswer recorded = answerStore.record(new Tick(key, checked, userKey, pageId.get()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("item", item.get().key());
        body.put("checked", recorded.checked());
        // "status" is what the page shows next to the item, in the member's language, so the script never formats.
        if (mode == ChecklistMode.SHARED) {
            Optional<String> by = recorded.answeredBy().map(memberNames::displayName);
            body.put("by", by.orElse(null));
            body.put("at", recorded.answeredAt().map(Object::toString).orElse(null));
            body.put("status", by.isEmpty() ? "" : ChecklistViews.sharedText(recorded.checked(), by.get(),
                    recorded.answeredAt().orElseThrow(), texts));
        } else {
            // The item's new figures come from the recording transaction itself: no second read.
            Agreement agreement = recorded.agreement().orElseThrow();
            body.put("agree", agreement.agree());
            body.put("respondents", agreement.respondents());
            body.put("status", ChecklistViews.agreementText(agreement.agree(), agreement.respondents(), texts));
        }
        return ApiResponse.ok(body);
    }

    /** The settings of the checklist macro with that name on the page, as its author saved them. */
    private Optional<ChecklistSettings> checklistOnPage(AbstractPage page, String checklist) {
        List<Map<String, String>> macros;
        try {
            macros = StoredMacros.parameters(page.getBodyAsString(), ChecklistParameters.MACRO_NAME);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return macros.stream()
                .map(parameters::parse)
                .flatMap(parsed -> parsed.settings().stream())
                .filter(settings -> settings.checklist().equals(checklist))
                .findFirst();
    }

    private static ApiResponse badField(String field, String value, Texts texts) {
        return ApiResponse.error(400, field, texts.get("cop-launchpad.answers.error.bad-field", field,
                value == null ? "(missing)" : "\"" + value + "\""));
    }

    private static Optional<Long> positiveLong(String value) {
        try {
            long parsed = Long.parseLong(value == null ? "" : value.trim());
            return parsed > 0 ? Optional.of(parsed) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
