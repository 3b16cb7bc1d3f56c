package org.coplaunchpad.checklist;

import java.time.Instant;
import java.util.Optional;
import org.coplaunchpad.access.MemberNames;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.answers.AnswerKey;
import org.coplaunchpad.macro.Texts;
import org.springframework.stereotype.Component;

/** The status texts of an answer, in the viewer's language, for the checklist, the answering endpoint and the dashboard alike. */
@Component
public class AnswerTexts {
    private final MemberNames memberNames;

    public AnswerTexts(MemberNames memberNames) {
        this.memberNames = memberNames;
    }

    /**
     * "3 yes · 1 partly · 0 no · 1 don't know — 6 members answered": how members answered an item in personal mode
     * (empty before anyone answered the checklist). Members who answered other items but not this one are the
     * difference between the four counts and the respondents.
     */
    public String personalStatus(AnswerCounts counts, int respondents, Texts texts) {
        return respondents == 0 ? "" : texts.get("cop-launchpad.checklist.counts", counts.yes(), counts.partly(),
                counts.no(), counts.unknown(), respondents);
    }

    /**
     * Why an item's figures are not shown to this member, if they are not: blind answering and the member has not
     * answered it (« Répondez pour voir les réponses des autres »), or a confidential checklist with fewer than three
     * opinions on it (« moins de 3 réponses »). Empty: the figures may be shown.
     */
    public Optional<String> hiddenFigures(boolean blind, boolean answeredByViewer, boolean confidential,
                                          AnswerCounts counts, Texts texts) {
        if (blind && !answeredByViewer) {
            return Optional.of(texts.get("cop-launchpad.checklist.blind"));
        }
        if (confidential && counts.yes() + counts.partly() + counts.no() < MIN_CONFIDENTIAL_OPINIONS) {
            return Optional.of(texts.get("cop-launchpad.checklist.too-few-to-show", MIN_CONFIDENTIAL_OPINIONS));
        }
        return Optional.empty();
    }

    /** Below this many opinions on an item of a confidential checklist, its figures could point at someone. */
    public static final int MIN_CONFIDENTIAL_OPINIONS = 3;

    /** "Yes — Bruno Martin, 27 Nov 2026, 12:00": the team's answer in shared mode, who gave it and when. */
    public String teamStatus(Answer answer, String answeredBy, Instant answeredAt, Texts texts) {
        return texts.get("cop-launchpad.checklist.shared.answered", answerName(answer, texts), memberName(answeredBy, texts),
                texts.dateTime(answeredAt));
    }

    /** « Oui », « En partie », « Non », « Je ne sais pas », « Sans réponse ». */
    public String answerName(Answer answer, Texts texts) {
        return texts.get(answer.labelKey());
    }

    /** A member's full name; "a former member" once Confluence removed whoever gave a team answer. */
    public String memberName(String userKey, Texts texts) {
        return AnswerKey.FORMER_MEMBER.equals(userKey) ? texts.get("cop-launchpad.answers.former-member")
                : memberNames.displayName(userKey);
    }

    /**
     * Who recorded a decision, closed a round or changed thresholds: their full name, or "a removed user" once
     * Confluence removed them (the app forgot them, or Confluence no longer knows them).
     */
    public String actorName(Optional<String> userKey, Texts texts) {
        return userKey.filter(key -> !AnswerKey.FORMER_MEMBER.equals(key)).flatMap(memberNames::knownName)
                .orElseGet(() -> texts.get("cop-launchpad.decision.removed-user"));
    }
}
