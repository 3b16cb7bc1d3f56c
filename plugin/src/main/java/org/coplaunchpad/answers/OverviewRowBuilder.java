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
    private Map<String, Integer> agree = new HashMap<>();
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
            int majority = row.getInt(11);
            thresholds = row.wasNull() ? LaunchThresholds.DEFAULT : new LaunchThresholds(majority, row.getInt(12));
        }
        String item = row.getString(5);
        agree.put(item, row.getInt(6));
        if (row.getInt(7) > 0) {
            shared.put(item, new SharedAnswer(row.getInt(8) > 0, row.getString(9), row.getTimestamp(10).toInstant()));
        }
    }

    /** Hands over the pair being built, if any. */
    void finish() {
        if (spaceKey != null) {
            sink.accept(new OverviewFigures(new ChecklistTally(spaceKey, checklist, respondents, agree, shared, List.of(),
                    lastActivity), thresholds));
            agree = new HashMap<>();
            shared = new HashMap<>();
            spaceKey = null;
        }
    }
}
