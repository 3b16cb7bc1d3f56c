package org.coplaunchpad.answers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Folds the item rows of {@link AggregateSql#everyOverviewRow} into one {@link OverviewFigures} per (space,
 * checklist); the statement sorts them so that the rows of one pair come together.
 */
final class OverviewRowBuilder {
    private final Consumer<OverviewFigures> sink;
    private String spaceKey;
    private String checklist;
    private int respondents;
    private Optional<Instant> lastActivity = Optional.empty();
    private LaunchThresholds thresholds;
    private int confidentialAnswers;
    private Map<String, AnswerCounts> counts = new HashMap<>();
    private Map<String, SharedAnswer> shared = new HashMap<>();

    OverviewRowBuilder(Consumer<OverviewFigures> sink) {
        this.sink = sink;
    }

    void add(ResultSet row) throws SQLException {
        if (!row.getString(1).equals(spaceKey) || !row.getString(2).equals(checklist)) {
            finish();
            spaceKey = row.getString(1);
            checklist = row.getString(2);
            respondents = row.getInt(3);
            lastActivity = Optional.ofNullable(row.getTimestamp(4)).map(Timestamp::toInstant);
            int majority = row.getInt(13);
            thresholds = row.wasNull() ? LaunchThresholds.DEFAULT
                    : new LaunchThresholds(majority, row.getInt(14), row.getInt(15));
            confidentialAnswers = row.getInt(16);
        }
        String item = row.getString(5);
        counts.put(item, FigureStore.counts(row, 6));
        String teamAnswer = row.getString(10);
        if (teamAnswer != null) {
            shared.put(item, new SharedAnswer(Answer.stored(teamAnswer), row.getString(11), row.getTimestamp(12).toInstant()));
        }
    }

    /** Hands over the pair being built, if any. */
    void finish() {
        if (spaceKey != null) {
            sink.accept(new OverviewFigures(new ChecklistTally(spaceKey, checklist, respondents, counts, shared, List.of(),
                    lastActivity, 0, confidentialAnswers), thresholds));
            counts = new HashMap<>();
            shared = new HashMap<>();
            spaceKey = null;
        }
    }
}
