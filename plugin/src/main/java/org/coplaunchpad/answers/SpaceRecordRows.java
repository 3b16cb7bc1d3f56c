package org.coplaunchpad.answers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a space's {@link SpaceRecords} in seven statements whatever the number of its checklists (registered pages,
 * refused moves, thresholds, their changes, rounds with their items, decisions, actions with their changes; see
 * {@link AggregateSql}), on the caller's connection, and maps the
 * rows exactly as the Active Objects stores map their entities (same nulls, same defaults, same order).
 */
final class SpaceRecordRows {
    private SpaceRecordRows() {
    }

    static SpaceRecords read(Connection connection, AggregateSql queries, String spaceKey) throws SQLException {
        List<RegisteredPage> pages = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(queries.registeredPagesOfSpace())) {
            statement.setString(1, spaceKey);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    pages.add(RegistryRows.page(row.getString(1), row.getLong(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getBoolean(7), row.getTimestamp(8).toInstant()));
                }
            }
        }
        List<RefusedMove> refused = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(queries.refusedMovesOfSpace())) {
            statement.setString(1, spaceKey);
            statement.setString(2, spaceKey);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    refused.add(new RefusedMove(row.getString(1), row.getString(2), row.getString(3), row.getLong(4),
                            row.getTimestamp(5).toInstant()));
                }
            }
        }
        LaunchThresholds thresholds = LaunchThresholds.DEFAULT;
        try (PreparedStatement statement = connection.prepareStatement(queries.thresholdsOfSpace())) {
            statement.setString(1, spaceKey);
            try (ResultSet row = statement.executeQuery()) {
                if (row.next()) {
                    thresholds = new LaunchThresholds(row.getInt(1), row.getInt(2), row.getInt(3));
                }
            }
        }
        List<ThresholdChange> changes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(queries.thresholdChangesOfSpace())) {
            statement.setString(1, spaceKey);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    changes.add(new ThresholdChange(Optional.ofNullable(row.getString(1)),
                            row.getTimestamp(2).toInstant(), new LaunchThresholds(row.getInt(3), row.getInt(4),
                            row.getInt(5)), new LaunchThresholds(row.getInt(6), row.getInt(7), row.getInt(8))));
                }
            }
        }
        Map<String, RoundStore.OpenRound> open = new HashMap<>();
        Map<String, List<RoundStore.ClosedRound>> closed = new HashMap<>();
        readRounds(connection, queries, spaceKey, open, closed);
        Map<String, List<RecordedDecision>> decisions = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(queries.decisionsOfSpace())) {
            statement.setString(1, spaceKey);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String conditions = row.getString(6);
                    String rationale = row.getString(5);
                    decisions.computeIfAbsent(row.getString(2), c -> new ArrayList<>()).add(new RecordedDecision(
                            row.getInt(1), row.getString(9), row.getString(2), row.getInt(3), row.getString(4),
                            rationale == null ? "" : rationale,
                            conditions == null || conditions.isEmpty() ? List.of() : List.of(conditions.split("\n")),
                            Optional.ofNullable(row.getString(7)), row.getTimestamp(8).toInstant()));
                }
            }
        }
        return new SpaceRecords(pages, refused, thresholds, changes, open, closed, decisions, readPlans(connection, queries, spaceKey));
    }

    /** The open round of each checklist (its highest open number) and its closed rounds, oldest first. */
    private static void readRounds(Connection connection, AggregateSql queries, String spaceKey,
                                   Map<String, RoundStore.OpenRound> open,
                                   Map<String, List<RoundStore.ClosedRound>> closed) throws SQLException {
        Map<Integer, ClosedRow> closedRows = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(queries.roundsOfSpace())) {
            statement.setString(1, spaceKey);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    int id = row.getInt(1);
                    String checklist = row.getString(2);
                    int number = row.getInt(3);
                    Timestamp closedAt = row.getTimestamp(5);
                    if (closedAt == null) {
                        // Ordered by number: a later open row of the same checklist is the one members answer.
                        open.put(checklist, new RoundStore.OpenRound(number,
                                Optional.ofNullable(row.getTimestamp(6)).map(Timestamp::toInstant),
                                Optional.ofNullable(row.getString(7))));
                        continue;
                    }
                    ClosedRow round = closedRows.get(id);
                    if (round == null) {
                        round = new ClosedRow(checklist, number, row.getTimestamp(4).toInstant(), closedAt.toInstant(),
                                row.getInt(8), row.getLong(9), row.getLong(10), row.getString(11), row.getString(12),
                                new LaunchThresholds(row.getInt(13), row.getInt(14), Math.max(1, row.getInt(15))),
                                row.getBoolean(16), row.getBoolean(17), new ArrayList<>());
                        closedRows.put(id, round);
                    }
                    String itemKey = row.getString(18);
                    if (itemKey != null) {
                        String recommendation = row.getString(24);
                        round.items().add(new RoundStore.FrozenItem(itemKey, new AnswerCounts(row.getInt(19),
                                row.getInt(20), row.getInt(21), row.getInt(22)), row.getString(23),
                                recommendation == null ? "" : recommendation, row.getBoolean(25),
                                Answer.stored(row.getString(26))));
                    }
                }
            }
        }
        for (ClosedRow round : closedRows.values()) {
            closed.computeIfAbsent(round.checklist(), c -> new ArrayList<>()).add(new RoundStore.ClosedRound(
                    round.number(), round.openedAt(), round.closedAt(), new RoundStore.FrozenRound(round.respondents(),
                    round.scoreNumerator(), round.scoreDenominator(), round.decision(),
                    round.scope() == null || round.scope().isBlank() ? List.of() : List.of(round.scope().split(",")),
                    round.thresholds(), round.shared(), round.confidential(), round.items())));
        }
    }

    /** A closed round's columns while its items are read. */
    private record ClosedRow(String checklist, int number, Instant openedAt, Instant closedAt, int respondents,
                             long scoreNumerator, long scoreDenominator, String decision, String scope,
                             LaunchThresholds thresholds, boolean shared, boolean confidential,
                             List<RoundStore.FrozenItem> items) {
    }

    /** Each checklist's actions not deleted, oldest first, each with its changes, oldest first. */
    private static Map<String, List<PlannedAction>> readPlans(Connection connection, AggregateSql queries,
                                                              String spaceKey) throws SQLException {
        Map<Integer, PlannedAction> actions = new LinkedHashMap<>();
        Map<Integer, List<PlannedAction.Change>> changes = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(queries.plansOfSpace())) {
            statement.setString(1, spaceKey);
            statement.setString(2, PlannedAction.DELETED);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    int id = row.getInt(1);
                    if (!actions.containsKey(id)) {
                        String description = row.getString(7);
                        actions.put(id, new PlannedAction(id, row.getString(19), row.getString(2), row.getInt(3), row.getInt(4),
                                Optional.ofNullable(row.getString(5)), Optional.ofNullable(row.getString(6)),
                                description == null ? "" : description, Optional.ofNullable(row.getString(8)),
                                LocalDate.parse(row.getString(9)), row.getString(10),
                                Optional.ofNullable(row.getString(11)),
                                Optional.ofNullable(row.getTimestamp(12)).map(Timestamp::toInstant), List.of()));
                        changes.put(id, new ArrayList<>());
                    }
                    row.getInt(13);
                    if (!row.wasNull()) {
                        changes.get(id).add(new PlannedAction.Change(row.getString(14),
                                Optional.ofNullable(row.getString(15)), Optional.ofNullable(row.getString(16)),
                                Optional.ofNullable(row.getString(17)), row.getTimestamp(18).toInstant()));
                    }
                }
            }
        }
        Map<String, List<PlannedAction>> plans = new HashMap<>();
        actions.forEach((id, action) -> plans.computeIfAbsent(action.checklist(), c -> new ArrayList<>()).add(
                new PlannedAction(action.id(), action.spaceKey(), action.checklist(), action.decisionId(),
                        action.roundNumber(), action.itemKey(), action.condition(), action.description(),
                        action.owner(), action.due(), action.status(), action.doneBy(), action.doneAt(),
                        changes.get(id))));
        return plans;
    }
}
