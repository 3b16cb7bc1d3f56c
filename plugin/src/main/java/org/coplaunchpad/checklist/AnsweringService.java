package org.coplaunchpad.checklist;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.access.AccessPolicy;
import org.coplaunchpad.access.Viewer;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerKey;
import org.coplaunchpad.answers.AnswerReason;
import org.coplaunchpad.answers.AnswerStore;
import org.coplaunchpad.answers.ChecklistToAnswer;
import org.coplaunchpad.answers.GivenAnswer;
import org.coplaunchpad.answers.GivenAnswer.ReasonEdit;
import org.coplaunchpad.answers.OverviewSummaries;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.answers.RecordedAnswer;
import org.coplaunchpad.answers.RegisteredPage;
import org.coplaunchpad.answers.RoundStore;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessItem;
import org.coplaunchpad.checklist.AnswerOutcome.Reason;
import org.coplaunchpad.checklist.AnswerOutcome.Recorded;
import org.coplaunchpad.checklist.AnswerOutcome.Refused;
import org.springframework.stereotype.Component;

/**
 * A member answers an item (yes, partly, no, I don't know, or clears it), with or without a reason: check the form against the page that carries the checklist, ask AccessPolicy whether
 * they may answer it, record. The mode, and so the permission rule, come from the registry (the page's stored macro
 * as the page events registered it; the stored macro itself when the page has no row), never from the request. Speaks the domain only; {@link AnswerServlet} turns the outcome into HTTP.
 */
@Component
public class AnsweringService {
    private final Catalog catalog;
    private final StoredChecklists storedChecklists;
    private final AnswerStore answerStore;
    private final AccessPolicy accessPolicy;
    private final SpaceManager spaceManager;
    private final PageManager pageManager;
    private final AppClock clock;
    private final OverviewSummaries summaries;

    public AnsweringService(Catalog catalog, AnswerStore answerStore, AppClock clock, OverviewSummaries summaries,
                            AccessPolicy accessPolicy, @ComponentImport SpaceManager spaceManager,
                            @ComponentImport PageManager pageManager) {
        this.catalog = catalog;
        this.storedChecklists = new StoredChecklists(catalog);
        this.answerStore = answerStore;
        this.accessPolicy = accessPolicy;
        this.spaceManager = spaceManager;
        this.pageManager = pageManager;
        this.clock = clock;
        this.summaries = summaries;
    }

    /** Records the signed-in member's answer, or says why not. */
    public AnswerOutcome answer(Viewer member, AnswerForm form) {
        String spaceKey = form.spaceKey() == null ? "" : form.spaceKey().trim();
        if (spaceKey.isEmpty() || spaceKey.length() > 255) {
            return badField("spaceKey", form.spaceKey());
        }
        Optional<Long> pageId = positiveLong(form.pageId());
        if (pageId.isEmpty()) {
            return badField("pageId", form.pageId());
        }
        // Unlike the macro parameter, the form field is required: a blank name is not the default checklist.
        Optional<String> checklistName = form.checklist() == null || form.checklist().isBlank()
                ? Optional.empty() : ChecklistName.parse(form.checklist());
        if (checklistName.isEmpty()) {
            return badField("checklist", form.checklist());
        }
        String checklist = checklistName.get();
        Optional<ReadinessItem> item = Optional.ofNullable(form.item()).flatMap(catalog::readinessItem);
        if (item.isEmpty()) {
            return badField("item", form.item());
        }
        Optional<Answer> answer = answer(form);
        if (answer.isEmpty()) {
            return form.answer() == null && form.checked() != null ? badField("checked", form.checked())
                    : badField("answer", form.answer());
        }
        ReasonEdit reason = ReasonEdit.KEEP;
        if (form.comment() != null) {
            AnswerReason.Result typed = AnswerReason.normalise(form.comment());
            if (!typed.accepted()) {
                return new Refused(Reason.REASON_TOO_LONG, Optional.of("comment"), typed.codePoints());
            }
            if (typed.reason().isPresent() && !answer.get().isGiven()) {
                return new Refused(Reason.REASON_WITHOUT_ANSWER, Optional.of("comment"), null);
            }
            reason = ReasonEdit.replaceWith(typed.reason());
        }

        if (spaceManager.getSpace(spaceKey) == null) {
            return new Refused(Reason.NO_SUCH_SPACE, Optional.of("spaceKey"), spaceKey);
        }
        AbstractPage page = pageManager.getAbstractPage(pageId.get());
        if (page == null || !accessPolicy.mayView(member, page)) {
            return new Refused(Reason.NO_SUCH_PAGE, Optional.of("pageId"), pageId.get());
        }
        if (!spaceKey.equals(page.getSpaceKey())) {
            return badField("pageId", form.pageId());
        }
        // The registry rows and the open round in one read: every answer needs both, and both are plain SQL.
        ChecklistToAnswer known = answerStore.readToAnswer(spaceKey, checklist);
        List<RegisteredPage> registered = known.registered();
        Optional<ChecklistSettings> settings = registered.stream().filter(row -> row.pageId() == page.getId())
                .findFirst().map(row -> settings(row.settings()))
                .or(() -> checklistOnPage(page, checklist));
        if (settings.isEmpty()) {
            return badField("checklist", checklist);
        }
        if (!registered.isEmpty() && registered.get(0).pageId() != page.getId()
                && settings(registered.get(0).settings()).mode() != settings.get().mode()) {
            // The first page registered gives the checklist its mode; a page that says otherwise takes no answer.
            return new Refused(Reason.MODE_CONFLICT, Optional.empty(), checklist);
        }
        if (!settings.get().shows(item.get().sectionKey())) {
            return badField("item", form.item());
        }
        ChecklistMode mode = settings.get().mode();
        if (!mode.mayAnswer(accessPolicy, member, page)) {
            return new Refused(Reason.NOT_ALLOWED, Optional.empty(), null);
        }

        RoundStore.OpenRound round = known.round();
        if (round.isPastDeadline(clock.now())) {
            return new Refused(Reason.DEADLINE_PASSED, Optional.empty(), round.zonedDeadline().orElseThrow());
        }
        AnswerKey key = mode == ChecklistMode.SHARED
                ? AnswerKey.shared(spaceKey, checklist, item.get().key())
                : AnswerKey.personal(spaceKey, checklist, item.get().key(), member.key());
        ChecklistSettings candour = settings.get().withCandourOf(registered);
        boolean confidential = candour.confidential();
        boolean blind = candour.blind();
        GivenAnswer given = new GivenAnswer(key, answer.get(), reason, member.key(), pageId.get(), confidential);
        RecordedAnswer recorded = summaries.ofAnswer(given, answerStore);
        return new Recorded(item.get().key(), mode, recorded, blind, confidential);
    }

    /**
     * The answer field, or the tick of the releases before it ({@code checked=true} is yes, {@code false} no, as the
     * upgrade reads stored ticks). When both are sent, the answer wins.
     */
    private static Optional<Answer> answer(AnswerForm form) {
        if (form.answer() != null) {
            return Answer.fromValue(form.answer().trim());
        }
        return "true".equals(form.checked()) ? Optional.of(Answer.YES)
                : "false".equals(form.checked()) ? Optional.of(Answer.NO) : Optional.empty();
    }

    /** A registry row's settings; a mode this version does not know counts as the macro's default. */
    private static ChecklistSettings settings(PageChecklist row) {
        ChecklistMode mode = ChecklistMode.fromParameterValue(row.mode()).orElse(ChecklistMode.PERSONAL);
        return new ChecklistSettings(row.checklist(), mode, row.sections(), Optional.empty(),
                ChecklistReveal.fromParameterValue(row.reveal()).orElse(ChecklistReveal.AFTER_ANSWER),
                row.confidential() && mode == ChecklistMode.PERSONAL);
    }

    /**
     * Without a registry row (a page saved before the app was installed, or while the registry failed): the settings
     * of the checklist macro with that name on the page, as its author saved them (read through
     * getBodyContent(): VERIFIED.md §0 found it on 10.x, getBodyAsString() on neither 9.x nor 10.x). */
    private Optional<ChecklistSettings> checklistOnPage(AbstractPage page, String checklist) {
        return storedChecklists.named(page.getBodyContent().getBody(), checklist);
    }

    private static Refused badField(String field, Serializable value) {
        return new Refused(Reason.BAD_FIELD, Optional.of(field), value);
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
