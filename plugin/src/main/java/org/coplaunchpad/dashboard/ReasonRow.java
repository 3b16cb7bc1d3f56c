package org.coplaunchpad.dashboard;

/** One reason of the reasons export, in the viewer's language (a CSV row; no template shows it). */
public record ReasonRow(String checklist, String itemKey, String itemLabel, String answerValue, String answerText,
                        String reason, String member, String answeredAtIso) {
}
