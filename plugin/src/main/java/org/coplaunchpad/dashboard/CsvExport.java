package org.coplaunchpad.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.coplaunchpad.dashboard.DashboardViews.ChecklistPanelView;
import org.coplaunchpad.dashboard.DashboardViews.DashboardView;
import org.coplaunchpad.dashboard.DashboardViews.ItemRowView;
import org.coplaunchpad.dashboard.OverviewViews.OverviewRowView;

/**
 * The dashboard's figures as CSV, from the same view models the pages show (so the download matches the page):
 * UTF-8 with a byte-order mark so spreadsheets read accents, and cells that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) neutralised with a leading apostrophe.
 */
public final class CsvExport {
    private static final String BOM = "\uFEFF";

    private CsvExport() {
    }

    public static byte[] space(DashboardView view) {
        StringBuilder csv = new StringBuilder(BOM);
        // The count columns keep their machine names (yes, partly, no, unknown, respondents) in every language.
        row(csv, List.of(view.labels().get("space"), view.labels().get("checklist"), "mode", "item", "section",
                view.labels().get("item"), "fundamental", "yes", "partly", "no", "unknown", "respondents",
                "agreement", "state", view.labels().get("state"), "team answer", view.labels().get("answer"),
                view.labels().get("score-column"), "decision", view.labels().get("decision")));
        for (ChecklistPanelView panel : view.checklists()) {
            for (ItemRowView item : panel.items()) {
                row(csv, List.of(view.spaceKey(), panel.name(), panel.shared() ? "shared" : "personal", item.key(),
                        item.sectionTitle(), item.label(), Boolean.toString(item.gate()),
                        shown(item, item.yes()), shown(item, item.partly()), shown(item, item.no()),
                        shown(item, item.unknown()), Integer.toString(item.respondents()),
                        item.agreementText().replace("\u00a0%", "").replace("\u2014", ""), item.stateKey(),
                        item.stateText(), panel.shared() ? item.answerValue() : "", item.answerText(),
                        panel.hasScore() ? Integer.toString(panel.score()) : "", panel.decisionKey(),
                        panel.decisionText()));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The reasons of a space: one row per answer that has one. */
    public static byte[] reasons(List<ReasonRow> reasons) {
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, List.of("checklist", "item", "item label", "answer", "answer label", "reason", "member", "date"));
        for (ReasonRow reason : reasons) {
            row(csv, List.of(reason.checklist(), reason.itemKey(), reason.itemLabel(), reason.answerValue(),
                    reason.answerText(), reason.reason(), reason.member(), reason.answeredAtIso()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The overview's rows as the page lists them, written to {@code out} one at a time: the header now, then each row
     * as soon as it is handed to the returned sink (from the streamed query: the download holds no more than the row
     * at hand, whatever the number of communities). The columns of the release before decisions come first, as they
     * were (sheets built on them keep working); then the open round, the decision in force (its key, its text, its
     * ISO instant, empty for none) and the open and overdue actions. A failed write reaches the sink's caller as an
     * {@link UncheckedIOException}.
     */
    public static Consumer<OverviewRowView> overview(Map<String, String> labels, Writer out) {
        write(out, BOM + line(List.of(labels.get("space"), "space name", labels.get("checklist"),
                labels.get("respondents-column"), labels.get("score-column"), labels.get("decision"),
                labels.get("activity-column"), "round", "decision", labels.get("decision-in-force"), "decided at",
                "open actions", "overdue actions")));
        return row -> write(out, line(List.of(row.spaceKey(), row.spaceName(), row.checklist(),
                Integer.toString(row.respondents()), row.scoreText().replace("\u00a0%", "").replace("\u2014", ""),
                row.suggestionText(), row.lastActivityText(), Integer.toString(row.round()), row.decisionKey(),
                row.decisionText(), row.decidedAtIso(), Integer.toString(row.openActions()),
                Integer.toString(row.overdueActions()))));
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        row(line, cells);
        return line.toString();
    }

    /** A count, or nothing where a confidential checklist has too few opinions on the item to show any. */
    private static String shown(ItemRowView item, int count) {
        return item.figuresShown() ? Integer.toString(count) : "";
    }

    /** A file name that is safe in a Content-Disposition header on every platform. */
    public static String fileName(String... parts) {
        return "cop-launchpad-" + String.join("-", parts).replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
