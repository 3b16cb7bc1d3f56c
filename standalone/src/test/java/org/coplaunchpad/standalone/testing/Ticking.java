package org.coplaunchpad.standalone.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answering over HTTP as the checklist's page script does: a member's session opens the page (which gives its id
 * and the session's atl_token), then posts the form to the app's answers servlet.
 */
public final class Ticking {
    public static final String ANSWERS = "/plugins/servlet/cop-launchpad/answers";

    /** A page as a member opened it: what the script reads from it. */
    public record OpenedPage(String spaceKey, long pageId, String token) {
        public Map<String, String> form(String checklist, String item, boolean checked) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("spaceKey", spaceKey);
            form.put("pageId", Long.toString(pageId));
            form.put("checklist", checklist);
            form.put("item", item);
            form.put("checked", Boolean.toString(checked));
            form.put("atl_token", token);
            return form;
        }

        /** The form of a four-level answer; {@code comment} null leaves the reason as it is. */
        public Map<String, String> answerForm(String checklist, String item, String answer, String comment) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("spaceKey", spaceKey);
            form.put("pageId", Long.toString(pageId));
            form.put("checklist", checklist);
            form.put("item", item);
            form.put("answer", answer);
            if (comment != null) {
                form.put("comment", comment);
            }
            form.put("atl_token", token);
            return form;
        }
    }

    private Ticking() {
    }

    /** A member logged in through the login form (a session, as in a browser). */
    public static Browserless member(java.net.URI base, String username) {
        Browserless member = new Browserless(base);
        assertEquals(302, member.login(username, username).statusCode(), "login of " + username);
        return member;
    }

    public static OpenedPage open(Browserless member, String spaceKey, String title) {
        HttpResponse<String> page = member.get(Browserless.display(spaceKey, title));
        assertEquals(200, page.statusCode(), "GET " + title);
        return new OpenedPage(spaceKey, Long.parseLong(page.headers().firstValue("X-Confluence-Page-Id").orElseThrow()),
                Browserless.metaToken(page.body()));
    }

    /** Answers yes, partly, no, unknown or none, with a reason ({@code comment}) or leaving it as it is (null). */
    public static HttpResponse<String> answer(Browserless member, OpenedPage page, String checklist, String item,
                                              String answer, String comment) {
        return member.postForm(ANSWERS, page.answerForm(checklist, item, answer, comment));
    }

    /** The tick of the releases before the four-level answer ({@code checked=true|false}), still accepted. */
    public static HttpResponse<String> tick(Browserless member, OpenedPage page, String checklist, String item,
                                            boolean checked) {
        return member.postForm(ANSWERS, page.form(checklist, item, checked));
    }
}
