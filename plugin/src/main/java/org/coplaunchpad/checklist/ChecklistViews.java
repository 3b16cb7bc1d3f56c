package org.coplaunchpad.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.ChecklistAnswers;
import org.coplaunchpad.answers.MemberAnswer;
import org.coplaunchpad.answers.SharedAnswer;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessItem;
import org.coplaunchpad.catalog.ReadinessSection;
import org.coplaunchpad.macro.Texts;

/** Builds a checklist's view model from the catalog, the answers and the viewer's rights, in the viewer's language. */
final class ChecklistViews {
    /** What the viewer may do with the checklist: only MAY_ANSWER gets live checkboxes. */
    enum Access { MAY_ANSWER, MAY_NOT_ANSWER, ANONYMOUS, NOT_SAVED_YET }

    private final Catalog catalog;
    private final AnswerTexts answerTexts;

    ChecklistViews(Catalog catalog, AnswerTexts answerTexts) {
        this.catalog = catalog;
        this.answerTexts = answerTexts;
    }

    ChecklistView build(ChecklistSettings settings, String spaceKey, long pageId, Access access,
                        ChecklistAnswers answers, Texts texts) {
        boolean shared = settings.mode() == ChecklistMode.SHARED;
        String idPrefix = "cop-" + pageId + "-" + settings.checklist().replaceAll("[^A-Za-z0-9_-]", "_") + "-";
        List<ChecklistSectionView> sections = new ArrayList<>();
        int shown = 0;
        int ticked = 0;
        for (ReadinessSection section : catalog.readinessSections()) {
            if (!settings.shows(section.key())) {
                continue;
            }
            List<ChecklistItemView> items = new ArrayList<>();
            for (ReadinessItem item : section.items()) {
                ChecklistItemView view = shared
                        ? sharedItem(item, answers.shared(item.key()), idPrefix, texts)
                        : personalItem(item, answers, idPrefix, texts);
                items.add(view);
                shown++;
                ticked += view.isAnswered() ? 1 : 0;
            }
            sections.add(new ChecklistSectionView(section.key(), texts.get(section.titleKey()), section.fundamental(), items));
        }
        int percent = shown == 0 ? 0 : Math.round(100f * ticked / shown);
        return new ChecklistView.Builder()
                .title(settings.title().orElse(""))
                .spaceKey(spaceKey)
                .pageId(Long.toString(pageId))
                .checklist(settings.checklist())
                .mode(settings.mode().parameterValue())
                .language(texts.languageTag())
                .readOnly(access != Access.MAY_ANSWER, readOnlyText(access, settings.mode(), texts))
                .progress(percent, texts.get(shared ? "cop-launchpad.checklist.progress.shared"
                        : "cop-launchpad.checklist.progress.personal", ticked, shown))
                .refusedText(texts.get("cop-launchpad.checklist.refused"))
                .fundamentalText(texts.get("cop-launchpad.checklist.fundamental"))
                .sections(sections)
                .build();
    }

    private ChecklistItemView personalItem(ReadinessItem item, ChecklistAnswers answers, String idPrefix, Texts texts) {
        String status = answerTexts.personalStatus(answers.counts(item.key()), answers.respondents(), texts);
        return new ChecklistItemView(item.key(), texts.get(item.labelKey()),
                answers.viewer(item.key()).map(MemberAnswer::answer).orElse(Answer.NONE), status, "", idPrefix + item.key());
    }

    private ChecklistItemView sharedItem(ReadinessItem item, Optional<SharedAnswer> answer, String idPrefix, Texts texts) {
        if (answer.isEmpty()) {
            return new ChecklistItemView(item.key(), texts.get(item.labelKey()), Answer.NONE, "", "", idPrefix + item.key());
        }
        SharedAnswer shared = answer.get();
        String status = answerTexts.teamStatus(shared.answer(), shared.answeredBy(), shared.answeredAt(), texts);
        return new ChecklistItemView(item.key(), texts.get(item.labelKey()), shared.answer(), status,
                shared.answeredAt().toString(), idPrefix + item.key());
    }

    private static String readOnlyText(Access access, ChecklistMode mode, Texts texts) {
        return switch (access) {
            case MAY_ANSWER -> "";
            case ANONYMOUS -> texts.get("cop-launchpad.checklist.read-only.anonymous");
            case NOT_SAVED_YET -> texts.get("cop-launchpad.checklist.read-only.unsaved");
            case MAY_NOT_ANSWER -> texts.get(mode == ChecklistMode.SHARED
                    ? "cop-launchpad.checklist.read-only.shared" : "cop-launchpad.checklist.read-only.personal");
        };
    }
}
