package org.coplaunchpad.decision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.coplaunchpad.answers.PlannedAction;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.macro.Texts;

/**
 * An action of a plan in words, the same on the dashboard and on the page: what it is about (the item's words or the
 * condition as written), its owner (their full name, or "a removed user": an owner's name is not a personal answer),
 * its due day, its status and who marked it done.
 */
public final class ActionTexts {
    private static final String A = "cop-launchpad.actions.";

    private final Catalog catalog;
    private final AnswerTexts answerTexts;

    public ActionTexts(Catalog catalog, AnswerTexts answerTexts) {
        this.catalog = catalog;
        this.answerTexts = answerTexts;
    }

    /** What the action is about: the item's words, or the condition as written. */
    public String subject(PlannedAction action, Texts texts) {
        return action.itemKey().map(key -> itemLabel(key, texts))
                .orElseGet(() -> texts.get(A + "subject.condition", action.condition().orElse("")));
    }

    public String itemLabel(String itemKey, Texts texts) {
        return catalog.readinessItem(itemKey).map(item -> texts.get(item.labelKey())).orElse(itemKey);
    }

    public String owner(PlannedAction action, Texts texts) {
        return answerTexts.actorName(action.owner(), texts);
    }

    public String status(PlannedAction action, Texts texts) {
        return texts.get(A + "status." + action.status());
    }

    /** « Faite — marquée par Alice Martin le … » for an action done, empty otherwise. */
    public String done(PlannedAction action, Texts texts) {
        return action.status().equals(PlannedAction.DONE) ? texts.get(A + "done-by",
                answerTexts.actorName(action.doneBy(), texts), action.doneAt().map(texts::dateTime).orElse("")) : "";
    }

    /** A due day as people read it in this language (« 15 janvier 2027 »). */
    public static String day(LocalDate day, Texts texts) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale()).format(day);
    }
}
