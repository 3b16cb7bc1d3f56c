package org.coplaunchpad.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerReason;
import org.coplaunchpad.answers.ChecklistAnswers;
import org.coplaunchpad.answers.MemberAnswer;
import org.coplaunchpad.answers.RoundStore;
import org.coplaunchpad.answers.SharedAnswer;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessItem;
import org.coplaunchpad.catalog.ReadinessPart;
import org.coplaunchpad.catalog.ReadinessSection;
import org.coplaunchpad.macro.Texts;

/** Builds a checklist's view model from the catalog, the answers and the viewer's rights, in the viewer's language. */
final class ChecklistViews {
    /** What the viewer may do with the checklist: only MAY_ANSWER gets live radios. */
    enum Access { MAY_ANSWER, MAY_NOT_ANSWER, ANONYMOUS, NOT_SAVED_YET, DEADLINE_PASSED }

    private static final String PROGRESS_PERSONAL = "cop-launchpad.checklist.progress.personal";
    private static final String PROGRESS_SHARED = "cop-launchpad.checklist.progress.shared";
    private static final String REASON_COUNT = "cop-launchpad.checklist.reason.count";

    private final Catalog catalog;
    private final AnswerTexts answerTexts;
    /** Each item's number in the catalog (base 36): the end of its ids, shorter than its key. Immutable. */
    private final Map<String, String> itemNumbers;

    ChecklistViews(Catalog catalog, AnswerTexts answerTexts) {
        this.catalog = catalog;
        this.answerTexts = answerTexts;
        List<ReadinessItem> items = catalog.readinessItems();
        this.itemNumbers = IntStream.range(0, items.size()).boxed()
                .collect(Collectors.toUnmodifiableMap(i -> items.get(i).key(), i -> Integer.toString(i, 36)));
    }

    /**
     * "c1k3x9": short, as it starts every id of the checklist (some twenty per item), and the same for the same page
     * and checklist on every node and every view, as a page's ids must not depend on which node renders it. Two
     * checklists of one page have different names, so their prefixes differ unless 30 bits of their hashes collide.
     */
    static String idPrefix(long pageId, String checklist) {
        return "c" + Integer.toString((pageId + ":" + checklist).hashCode() & 0x3FFFFFFF, 36);
    }

    ChecklistView build(ChecklistSettings settings, String spaceKey, long pageId, Access access,
                        ChecklistAnswers answers, Texts texts) {
        return build(settings, spaceKey, pageId, access, answers, new RoundStore.OpenRound(1, Optional.empty(),
                Optional.empty()), texts);
    }

    /** The checklist in its open round: the round and its deadline said, the last round's answers as hints. */
    ChecklistView build(ChecklistSettings settings, String spaceKey, long pageId, Access access,
                        ChecklistAnswers answers, RoundStore.OpenRound round, Texts texts) {
        boolean shared = settings.mode() == ChecklistMode.SHARED;
        String idPrefix = idPrefix(pageId, settings.checklist());
        Candour candour = Candour.of(settings, answers);
        List<ChecklistPartView> parts = new ArrayList<>();
        for (ReadinessPart part : catalog.readinessParts()) {
            List<ChecklistSectionView> sections = part.sections().stream()
                    .filter(section -> settings.shows(section.key()))
                    .map(section -> section(part, section, shared, answers, candour, answers.hintsByItem(), idPrefix, texts))
                    .toList();
            // A part whose sections are all out of the checklist's scope is not shown, nor its heading.
            if (!sections.isEmpty()) {
                parts.add(new ChecklistPartView(part.key(), texts.get(part.titleKey()),
                        part.leadKey().map(key -> texts.get(key)).orElse(""), sections));
            }
        }
        List<ChecklistItemView> items = parts.stream().flatMap(part -> part.getSections().stream())
                .flatMap(section -> section.getItems().stream()).toList();
        int shown = items.size();
        int answered = (int) items.stream().filter(ChecklistItemView::isAnswered).count();
        int percent = shown == 0 ? 0 : Math.round(100f * answered / shown);
        String progressKey = shared ? PROGRESS_SHARED : PROGRESS_PERSONAL;
        return new ChecklistView.Builder()
                .title(settings.title().orElse(""))
                .spaceKey(spaceKey)
                .pageId(Long.toString(pageId))
                .checklist(settings.checklist())
                .idPrefix(idPrefix)
                .mode(settings.mode().parameterValue())
                .language(texts.languageTag())
                .readOnly(access != Access.MAY_ANSWER, access == Access.DEADLINE_PASSED
                        ? texts.get("cop-launchpad.checklist.read-only.deadline", deadline(round, texts))
                        : readOnlyText(access, settings.mode(), texts))
                // The template keeps {0} and {1} for the page script, which counts again after each answer.
                .progress(percent, texts.get(progressKey, answered, shown), texts.get(progressKey, "{0}", "{1}"))
                .refusedText(texts.get("cop-launchpad.checklist.refused"))
                .fundamentalText(texts.get("cop-launchpad.checklist.fundamental"))
                .clearText(texts.get("cop-launchpad.checklist.clear"))
                .reasonTexts(texts.get("cop-launchpad.checklist.reason.add"), texts.get("cop-launchpad.checklist.reason.edit"),
                        texts.get("cop-launchpad.checklist.reason.label"), texts.get("cop-launchpad.checklist.reason.heading"))
                .reasonCount(AnswerReason.MAX_CODE_POINTS, texts.get(REASON_COUNT, "{0}", AnswerReason.MAX_CODE_POINTS))
                .reasonButtons(texts.get("cop-launchpad.checklist.reason.save"),
                        texts.get("cop-launchpad.checklist.reason.delete"), texts.get("cop-launchpad.checklist.reason.cancel"))
                .guidanceText(texts.get("cop-launchpad.checklist.guidance.summary"))
                .visibilityText(visibility(shared, candour, texts))
                .roundText(roundText(round, texts))
                .parts(parts)
                .build();
    }

    private ChecklistSectionView section(ReadinessPart part, ReadinessSection section, boolean shared,
                                         ChecklistAnswers answers, Candour candour, Map<String, Answer> hints,
                                         String idPrefix, Texts texts) {
        List<ChecklistItemView> items = section.items().stream()
                .map(item -> shared
                        ? sharedItem(item, answers.shared(item.key()), hint(hints, item, texts), idPrefix, texts)
                        : personalItem(item, answers, candour, hint(hints, item, texts), idPrefix, texts))
                .toList();
        return new ChecklistSectionView(section.key(), texts.get(section.titleKey()), section.fundamental(),
                part.sections().size() == 1, items);
    }

    /** Blind answering and confidentiality as the checklist has them (sticky: confidential answers stay so). */
    record Candour(boolean blind, boolean confidential) {
        static Candour of(ChecklistSettings settings, ChecklistAnswers answers) {
            return new Candour(settings.blind(), settings.confidential() || answers.confidentialAnswers() > 0);
        }
    }

    /** « Au tour précédent : Oui », or nothing when the respondent did not answer the item last round. */
    private static String hint(Map<String, Answer> hints, ReadinessItem item, Texts texts) {
        Answer last = hints.get(item.key());
        return last == null || !last.isGiven() ? ""
                : texts.get("cop-launchpad.checklist.hint", texts.get(last.labelKey()));
    }

    private ChecklistItemView personalItem(ReadinessItem item, ChecklistAnswers answers, Candour candour,
                                           String hint, String idPrefix, Texts texts) {
        Optional<MemberAnswer> mine = answers.viewer(item.key());
        Answer answer = mine.map(MemberAnswer::answer).orElse(Answer.NONE);
        String reason = mine.flatMap(MemberAnswer::reason).orElse("");
        String status = answerTexts.hiddenFigures(candour.blind(), answer.isGiven(), candour.confidential(),
                answers.counts(item.key()), texts)
                .orElseGet(() -> answerTexts.personalStatus(answers.counts(item.key()), answers.respondents(), texts));
        return item(item, answer, reason, idPrefix, texts).status(status).hint(hint).build();
    }

    private ChecklistItemView sharedItem(ReadinessItem item, Optional<SharedAnswer> answer, String hint,
                                         String idPrefix, Texts texts) {
        if (answer.isEmpty()) {
            return item(item, Answer.NONE, "", idPrefix, texts).hint(hint).build();
        }
        SharedAnswer shared = answer.get();
        return item(item, shared.answer(), shared.reason().orElse(""), idPrefix, texts)
                .status(answerTexts.teamStatus(shared.answer(), shared.answeredBy(), shared.answeredAt(), texts))
                .answeredAtIso(shared.answeredAt().toString())
                .hint(hint)
                .build();
    }

    private ChecklistItemView.Builder item(ReadinessItem item, Answer answer, String reason, String idPrefix,
                                           Texts texts) {
        String inputId = idPrefix + "-" + itemNumbers.get(item.key());
        List<ChecklistOptionView> options = Answer.GIVEN.stream()
                .map(option -> new ChecklistOptionView(option.value(), texts.get(option.labelKey()),
                        inputId + "-" + option.value(), option == answer))
                .toList();
        return new ChecklistItemView.Builder(item.key(), texts.get(item.labelKey()), inputId)
                .guidance(texts.get(item.guidanceKey()))
                .options(options)
                .answer(answer.value(), texts.get(answer.labelKey()))
                .reason(reason);
    }

    private static String deadline(RoundStore.OpenRound open, Texts texts) {
        return open.zonedDeadline().map(at -> texts.dateTime(at.toInstant(), at.getZone())).orElse("");
    }

    /** The open round, said once a round was closed or a deadline set. */
    private static String roundText(RoundStore.OpenRound round, Texts texts) {
        String deadline = deadline(round, texts);
        if (round.number() == 1 && deadline.isEmpty()) {
            return "";
        }
        return deadline.isEmpty() ? texts.get("cop-launchpad.checklist.round", round.number())
                : texts.get("cop-launchpad.checklist.round.deadline", round.number(), deadline);
    }

    /** Who sees what of a member's answers, said on the checklist itself. */
    private static String visibility(boolean shared, Candour candour, Texts texts) {
        if (shared) {
            return texts.get("cop-launchpad.checklist.visibility.shared");
        }
        String who = texts.get(candour.confidential() ? "cop-launchpad.checklist.visibility.confidential"
                : "cop-launchpad.checklist.visibility.personal");
        return candour.blind() ? who + " " + texts.get("cop-launchpad.checklist.visibility.blind") : who;
    }

    private static String readOnlyText(Access access, ChecklistMode mode, Texts texts) {
        return switch (access) {
            case MAY_ANSWER -> "";
            case ANONYMOUS -> texts.get("cop-launchpad.checklist.read-only.anonymous");
            case NOT_SAVED_YET -> texts.get("cop-launchpad.checklist.read-only.unsaved");
            case DEADLINE_PASSED -> "";
            case MAY_NOT_ANSWER -> texts.get(mode == ChecklistMode.SHARED
                    ? "cop-launchpad.checklist.read-only.shared" : "cop-launchpad.checklist.read-only.personal");
        };
    }
}
