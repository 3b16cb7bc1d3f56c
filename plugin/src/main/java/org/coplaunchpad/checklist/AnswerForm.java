package org.coplaunchpad.checklist;

import java.util.function.Function;

/** The fields of an answer as the page script posts them, exactly as sent (any may be missing or malformed). */
public record AnswerForm(String spaceKey, String pageId, String checklist, String item, String checked) {
    /** The form read from request parameters by name. */
    public static AnswerForm from(Function<String, String> parameter) {
        return new AnswerForm(parameter.apply("spaceKey"), parameter.apply("pageId"), parameter.apply("checklist"),
                parameter.apply("item"), parameter.apply("checked"));
    }
}
