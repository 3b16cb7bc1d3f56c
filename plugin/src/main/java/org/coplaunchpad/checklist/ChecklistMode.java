package org.coplaunchpad.checklist;

import com.atlassian.confluence.core.ContentEntityObject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.access.AccessPolicy;
import org.coplaunchpad.access.Viewer;

/**
 * How a checklist is answered. The mode is a parameter of the checklist macro stored on the page; the server
 * always reads it from there, never from a request, because it decides who may answer.
 */
public enum ChecklistMode {
    /** Each member answers for themself and sees how many members agree. Anyone who can view the page may answer. */
    PERSONAL("personal"),
    /** One team answer per item, showing who ticked it and when. Only people who can edit the page may answer. */
    SHARED("shared");

    private final String parameterValue;

    ChecklistMode(String parameterValue) {
        this.parameterValue = parameterValue;
    }

    /** Whether the viewer may answer a checklist of this mode on that page; AccessPolicy holds the rule. */
    public boolean mayAnswer(AccessPolicy policy, Viewer viewer, ContentEntityObject page) {
        return this == SHARED ? policy.mayAnswerForTheTeam(viewer, page) : policy.mayAnswerForThemselves(viewer, page);
    }

    public String parameterValue() {
        return parameterValue;
    }

    public static Optional<ChecklistMode> fromParameterValue(String value) {
        return Arrays.stream(values()).filter(mode -> mode.parameterValue.equals(value)).findFirst();
    }

    public static List<String> parameterValues() {
        return Arrays.stream(values()).map(ChecklistMode::parameterValue).toList();
    }
}
