package org.coplaunchpad.checklist;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coplaunchpad.access.AccessPolicy;
import org.coplaunchpad.access.Viewer;
import org.coplaunchpad.answers.Agreement;
import org.coplaunchpad.answers.RecordedAnswer;
import org.coplaunchpad.checklist.AnswerOutcome.Recorded;
import org.coplaunchpad.checklist.AnswerOutcome.Refused;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.macro.ViewerTexts;
import org.coplaunchpad.web.ApiResponse;

/**
 * {@code POST /plugins/servlet/cop-launchpad/answers}: records a tick and answers with the item's new state as JSON.
 * Servlets are not XSRF-protected by Confluence 9+ unless they check themselves, so this one validates
 * {@code atl_token} before anything else.
 */
@LicensedOnly
public class AnswerServlet extends HttpServlet {
    private final AnsweringService answering;
    private final AnswerTexts answerTexts;
    private final AccessPolicy accessPolicy;
    private final ViewerTexts viewerTexts;
    private final XsrfTokenValidator xsrfTokenValidator;

    public AnswerServlet(AnsweringService answering, AnswerTexts answerTexts, AccessPolicy accessPolicy,
                         ViewerTexts viewerTexts, @ComponentImport XsrfTokenValidator xsrfTokenValidator) {
        this.answering = answering;
        this.answerTexts = answerTexts;
        this.accessPolicy = accessPolicy;
        this.viewerTexts = viewerTexts;
        this.xsrfTokenValidator = xsrfTokenValidator;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Texts texts = viewerTexts.current();
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            write(response, ApiResponse.error(405, null, texts.get("cop-launchpad.answers.error.method")));
            return;
        }
        Viewer viewer = accessPolicy.viewer();
        if (viewer.isAnonymous()) {
            write(response, ApiResponse.error(401, null, texts.get("cop-launchpad.answers.error.login")));
            return;
        }
        if (!xsrfTokenValidator.validateFormEncodedToken(request)) {
            write(response, ApiResponse.error(403, "atl_token", texts.get("cop-launchpad.answers.error.token")));
            return;
        }
        write(response, json(answering.answer(viewer, AnswerForm.from(request::getParameter)), texts));
    }

    private ApiResponse json(AnswerOutcome outcome, Texts texts) {
        if (outcome instanceof Refused refused) {
            return refusal(refused, texts);
        }
        Recorded recorded = (Recorded) outcome;
        RecordedAnswer answer = recorded.answer();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("item", recorded.item());
        body.put("checked", answer.checked());
        // "status" is what the page shows next to the item, in the member's language, so the script never formats.
        if (recorded.mode() == ChecklistMode.SHARED) {
            body.put("by", answer.answeredBy().map(answerTexts::memberName).orElse(null));
            body.put("at", answer.answeredAt().map(Object::toString).orElse(null));
            body.put("status", answer.answeredBy().isEmpty() ? "" : answerTexts.teamAnswer(answer.checked(),
                    answer.answeredBy().get(), answer.answeredAt().orElseThrow(), texts));
        } else {
            Agreement agreement = answer.agreement().orElseThrow();
            body.put("agree", agreement.agree());
            body.put("respondents", agreement.respondents());
            body.put("status", answerTexts.agreement(agreement.agree(), agreement.respondents(), texts));
        }
        return ApiResponse.ok(body);
    }

    private static ApiResponse refusal(Refused refused, Texts texts) {
        String field = refused.field().orElse(null);
        return switch (refused.reason()) {
            case BAD_FIELD -> ApiResponse.error(400, field, texts.get("cop-launchpad.answers.error.bad-field", field,
                    refused.detail() == null ? "(missing)" : "\"" + refused.detail() + "\""));
            case NO_SUCH_SPACE -> ApiResponse.error(404, field, texts.get("cop-launchpad.answers.error.no-space",
                    refused.detail()));
            case NO_SUCH_PAGE -> ApiResponse.error(404, field, texts.get("cop-launchpad.answers.error.no-page",
                    refused.detail()));
            case NOT_ALLOWED -> ApiResponse.error(403, null, texts.get("cop-launchpad.answers.error.forbidden"));
        };
    }

    private static void write(HttpServletResponse response, ApiResponse answer) throws IOException {
        response.setStatus(answer.status());
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(answer.json());
    }
}
