package org.coplaunchpad.checklist;

import java.time.Instant;
import org.coplaunchpad.access.MemberNames;
import org.coplaunchpad.macro.Texts;
import org.springframework.stereotype.Component;

/** The status texts of an answer, in the viewer's language, for the checklist, the answering endpoint and the dashboard alike. */
@Component
public class AnswerTexts {
    private final MemberNames memberNames;

    public AnswerTexts(MemberNames memberNames) {
        this.memberNames = memberNames;
    }

    /** "2 of 3 members agree": the status of an item in personal mode (empty before anyone answered). */
    public String agreement(int agree, int respondents, Texts texts) {
        return respondents == 0 ? "" : texts.get("cop-launchpad.checklist.agreement", agree, respondents);
    }

    /** "Ticked by Bruno Martin, 27 Nov 2026, 12:00": the status of the team's answer in shared mode. */
    public String teamAnswer(boolean checked, String answeredBy, Instant answeredAt, Texts texts) {
        return texts.get(checked ? "cop-launchpad.checklist.shared.ticked" : "cop-launchpad.checklist.shared.unticked",
                memberName(answeredBy), texts.dateTime(answeredAt));
    }

    public String memberName(String userKey) {
        return memberNames.displayName(userKey);
    }
}
