package org.coplaunchpad.checklist;

import java.util.function.Function;

/**
 * The fields of an answer as the page script posts them, exactly as sent (any may be missing or malformed).
 * {@code comment} is null when the field was not sent (the reason stays as it is) and empty to delete it;
 * {@code checked} is the field of the releases before the four-level answer, still accepted.
 */
public record AnswerForm(String spaceKey, String pageId, String checklist, String item, String answer, String comment,
                         String checked) {
    /** The form read from request parameters by name. */
    public static AnswerForm from(Function<String, String> parameter) {
        return new AnswerForm(parameter.apply("spaceKey"), parameter.apply("pageId"), parameter.apply("checklist"),
                parameter.apply("item"), parameter.apply("answer"), parameter.apply("comment"),
                parameter.apply("checked"));
    }
}
