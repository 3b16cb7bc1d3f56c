package org.coplaunchpad.dashboard;

import java.util.List;
import java.util.Map;

/**
 * The immutable view models of the institution overview (templates/overview.vm) and its CSV. Texts are already in
 * the viewer's language; every accessor the template calls is on the descriptor's Velocity allowlist.
 */
public final class OverviewViews {
    private OverviewViews() {
    }

    /**
     * One page of the overview (for the CSV: every row, one page): the rows the filter by decision kept, sorted,
     * {@code total} of them; the links keep the sort, the filter and the viewer's time zone. {@code anyChecklist}:
     * whether the institution has any checklist at all, filter aside (else the overview says so instead of a table).
     */
    public record OverviewView(String language, Map<String, String> labels, String caption, List<OverviewRowView> rows,
                               int total, int page, int pages, String previousUrl, String nextUrl,
                               Map<String, String> sortUrls, String csvUrl, FilterView filter, boolean anyChecklist,
                               String overdueHelp) {
        public OverviewView {
            labels = Map.copyOf(labels);
            rows = List.copyOf(rows);
            sortUrls = Map.copyOf(sortUrls);
        }

        public boolean hasRows() {
            return !rows.isEmpty();
        }

        public boolean hasPrevious() {
            return !previousUrl.isEmpty();
        }

        public boolean hasNext() {
            return !nextUrl.isEmpty();
        }
    }

    /**
     * The filter by decision in force: a GET form ({@code action}) whose select ({@code selectId}) sends
     * {@code decision}; the hidden fields keep the sort and the time zone (which the page script replaces with the
     * browser's). A new filter shows its first page.
     */
    public record FilterView(String action, String selectId, String sort, String dir, String zone,
                             List<FilterOptionView> options) {
        public FilterView {
            options = List.copyOf(options);
        }
    }

    /** {@code value}: empty (every checklist), none, launch, launch-with-conditions, not-yet, abandon. */
    public record FilterOptionView(String value, String label, boolean selected) {
    }

    /**
     * One checklist of one space: its open round, figures, the app's suggestion ({@code suggestionKey}: ready, not-yet,
     * cannot-decide), the decision in force ({@code decisionKey}: none, launch, launch-with-conditions, not-yet,
     * abandon) and when it was taken ({@code decidedAtIso}, empty for none), and its open and overdue actions.
     */
    public record OverviewRowView(String spaceKey, String spaceName, String checklist, int round, int respondents,
                                  String scoreText, String suggestionKey, String suggestionText, String decisionKey,
                                  String decisionText, String decidedAtText, String decidedAtIso, int openActions,
                                  int overdueActions, String lastActivityText, String dashboardUrl) {
        public boolean hasDecision() {
            return !decidedAtIso.isEmpty();
        }

        public boolean hasOverdue() {
            return overdueActions > 0;
        }
    }
}
