package org.coplaunchpad.checklist;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.access.Endpoint;
import org.coplaunchpad.access.Granted;
import org.coplaunchpad.access.Guard;
import org.coplaunchpad.access.GuardedServlet;
import org.coplaunchpad.access.Permission;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerReason;
import org.coplaunchpad.answers.RecordedAnswer;
import org.coplaunchpad.checklist.AnswerOutcome.Recorded;
import org.coplaunchpad.checklist.AnswerOutcome.Refused;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.web.ApiResponse;
import org.coplaunchpad.web.PageResponses;

/**
 * {@code POST /plugins/servlet/cop-launchpad/answers}: records an answer (and its reason) and answers with the item's new state as JSON.
 * The guard has checked the member and the {@code atl_token}; whether they may answer this checklist depends on
 * the page, so {@link AnsweringService} asks AccessPolicy once it has read the page.
 */
@LicensedOnly
public class AnswerServlet extends GuardedServlet {
    static final Endpoint ENDPOINT = Endpoint.json(Permission.MEMBER, "cop-launchpad.answers.error.", "POST");

    private final AnsweringService answering;
    private final AnswerTexts answerTexts;

    public AnswerServlet(Guard guard, AnsweringService answering, AnswerTexts answerTexts) {
        super(guard, ENDPOINT);
        this.answering = answering;
        this.answerTexts = answerTexts;
    }

    @Override
    protected void handle(Granted granted, HttpServletRequest request, HttpServletResponse response) throws IOException {
        AnswerOutcome outcome = answering.answer(granted.viewer(), AnswerForm.from(request::getParameter));
        PageResponses.json(response, json(outcome, granted.texts()));
    }

    private ApiResponse json(AnswerOutcome outcome, Texts texts) {
        if (outcome instanceof Refused refused) {
            return refusal(refused, texts);
        }
        Recorded recorded = (Recorded) outcome;
        RecordedAnswer answer = recorded.answer();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("item", recorded.item());
        body.put("answer", answer.answer().value());
        body.put("comment", answer.reason().orElse(null));
        // "status" is what the page shows next to the item, in the member's language, so the script never formats.
        if (recorded.mode() == ChecklistMode.SHARED) {
            body.put("by", answer.answeredBy().map(key -> answerTexts.memberName(key, texts)).orElse(null));
            body.put("at", answer.answeredAt().map(Object::toString).orElse(null));
            body.put("status", answer.answeredBy().isEmpty() || !answer.answer().isGiven() ? ""
                    : answerTexts.teamStatus(answer.answer(), answer.answeredBy().get(), answer.answeredAt().orElseThrow(),
                            texts));
        } else {
            RecordedAnswer.ItemFigures figures = answer.figures().orElseThrow();
            Optional<String> hidden = answerTexts.hiddenFigures(recorded.blind(), answer.answer().isGiven(),
                    recorded.confidential() || figures.confidentialAnswers(), figures.counts(), texts);
            Map<String, Object> counts = new LinkedHashMap<>();
            for (Answer given : Answer.GIVEN) {
                counts.put(given.value(), figures.counts().of(given));
            }
            // Hidden figures are not sent at all: the page must not be able to show what the member may not see.
            body.put("counts", hidden.isPresent() ? null : counts);
            body.put("respondents", figures.respondents());
            body.put("status", hidden.orElseGet(() ->
                    answerTexts.personalStatus(figures.counts(), figures.respondents(), texts)));
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
            case MODE_CONFLICT -> ApiResponse.error(409, null, texts.get("cop-launchpad.answers.error.mode-conflict",
                    refused.detail()));
            case REASON_TOO_LONG -> ApiResponse.error(400, field, texts.get("cop-launchpad.answers.error.reason-too-long",
                    refused.detail(), AnswerReason.MAX_CODE_POINTS));
            case REASON_WITHOUT_ANSWER -> ApiResponse.error(400, field,
                    texts.get("cop-launchpad.answers.error.reason-without-answer"));
            case DEADLINE_PASSED -> {
                java.time.ZonedDateTime deadline = (java.time.ZonedDateTime) refused.detail();
                yield ApiResponse.error(409, null, texts.get("cop-launchpad.answers.error.deadline",
                        texts.dateTime(deadline.toInstant(), deadline.getZone())));
            }
        };
    }

}
