package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.coplaunchpad.AppClock;
import org.springframework.stereotype.Component;

/**
 * A checklist's assessment rounds: the open one (round 1 until a round was ever closed), and the closed ones with
 * the figures frozen when they closed. An answer and a closing both lock the checklist's summary row first
 * ({@link OverviewSummaries}): so the two serialise, and an answer racing a closing lands in exactly one round. A
 * closing also writes the round's row first, so that two closings of one round serialise on it. Holds no state: on
 * a Data Center cluster, nodes share only the database.
 */
@Component
public class RoundStore {
    private final ActiveObjects ao;
    private final Transactions transactions;
    private final AppClock clock;

    public RoundStore(@ComponentImport ActiveObjects ao, Transactions transactions, AppClock clock) {
        this.ao = ao;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The round members answer now, and its deadline if it has one, in one query. Reads only: a closing opens the
     * next round's row at once, so the open row is there once any round was written.
     */
    public OpenRound openRound(String spaceKey, String checklist) {
        // Only the columns an OpenRound holds: every page view of a checklist asks, and AO maps each column it reads.
        return transactions.read("read the open round of a checklist", () -> Arrays.stream(ao.find(
                        AssessmentRoundEntity.class, Query.select("ID, ROUND_NUMBER, DEADLINE, DEADLINE_ZONE")
                                .where("SPACE_KEY = ? AND CHECKLIST = ? AND CLOSED_AT IS NULL", spaceKey, checklist)
                                .order("ROUND_NUMBER DESC")))
                .findFirst().map(RoundStore::openRound).orElse(new OpenRound(1, Optional.empty(), Optional.empty())));
    }

    /**
     * The open round's number of each checklist of these spaces that ever had a round row, by space and checklist,
     * in one query (a checklist missing from the map is in round 1).
     */
    public Map<String, Map<String, Integer>> openRoundNumbers(java.util.Collection<String> spaceKeys) {
        if (spaceKeys.isEmpty()) {
            return Map.of();
        }
        Object[] keys = spaceKeys.toArray();
        return openRoundNumbers("CLOSED_AT IS NULL AND SPACE_KEY IN ("
                + String.join(", ", java.util.Collections.nCopies(keys.length, "?")) + ")", keys);
    }

    /** The same for every space (the overview's download), in one query. */
    public Map<String, Map<String, Integer>> openRoundNumbersOfEverySpace() {
        return openRoundNumbers("CLOSED_AT IS NULL");
    }

    private Map<String, Map<String, Integer>> openRoundNumbers(String where, Object... parameters) {
        return transactions.read("read the open rounds of spaces", () -> {
            Map<String, Map<String, Integer>> numbers = new java.util.HashMap<>();
            for (AssessmentRoundEntity round : ao.find(AssessmentRoundEntity.class,
                    Query.select("ID, SPACE_KEY, CHECKLIST, ROUND_NUMBER").where(where, parameters))) {
                numbers.computeIfAbsent(round.getSpaceKey(), space -> new java.util.HashMap<>())
                        .merge(round.getChecklist(), round.getRoundNumber(), Math::max);
            }
            return numbers;
        });
    }

    /**
     * Starts closing the open round, in the caller's transaction: writes its row first (answers under way finish
     * before, later ones wait), then reads it again as committed. Empty when another closing got there first.
     */
    public Optional<Integer> lockForClosing(String spaceKey, String checklist) {
        return transactions.write("lock a round for closing", () -> {
            AssessmentRoundEntity round = open(spaceKey, checklist).orElseGet(() -> create(spaceKey, checklist, 1));
            round.setAnswerWrites(round.getAnswerWrites() + 1);
            round.save();
            return open(spaceKey, checklist).filter(again -> again.getID() == round.getID())
                    .map(AssessmentRoundEntity::getRoundNumber);
        });
    }

    /**
     * Closes the round {@code number} locked by {@link #lockForClosing} with its frozen figures, keeps each answer
     * as the next round's hint, starts the next round unanswered, and returns its number. Joins the caller's
     * transaction.
     */
    public int close(String spaceKey, String checklist, int number, FrozenRound frozen, String closedBy) {
        return transactions.write("close a round", () -> {
            AssessmentRoundEntity round = open(spaceKey, checklist).filter(r -> r.getRoundNumber() == number)
                    .orElseThrow(() -> new IllegalStateException("Round " + number + " is not open any more"));
            round.setClosedAt(Date.from(clock.now()));
            round.setClosedBy(closedBy);
            round.setRespondents(frozen.respondents());
            round.setScoreNumerator(frozen.scoreNumerator());
            round.setScoreDenominator(frozen.scoreDenominator());
            round.setDecision(frozen.decision());
            round.setScope(String.join(",", frozen.scope()));
            round.setMajorityPercent(frozen.thresholds().majorityPercent());
            round.setReadinessPercent(frozen.thresholds().readinessPercent());
            round.setQuorum(frozen.thresholds().quorum());
            round.setShared(frozen.shared());
            round.setConfidential(frozen.confidential());
            round.save();
            for (FrozenItem item : frozen.items()) {
                ao.create(RoundItemEntity.class, new DBParam("ROUND_ID", round.getID()),
                        new DBParam("ITEM_KEY", item.itemKey()), new DBParam("YES_COUNT", item.counts().yes()),
                        new DBParam("PARTLY_COUNT", item.counts().partly()), new DBParam("NO_COUNT", item.counts().no()),
                        new DBParam("UNKNOWN_COUNT", item.counts().unknown()), new DBParam("STATE", item.state()),
                        new DBParam("RECOMMENDATION", item.recommendation()), new DBParam("GATE", item.gate()),
                        new DBParam("TEAM_ANSWER", item.teamAnswer().value()));
            }
            // Each answer becomes a hint of the next round; the live row stays, unanswered, so that its revisions
            // (and the history's unique change keys) go on.
            for (AnswerEntity answer : ao.find(AnswerEntity.class, Query.select("ID, ITEM_KEY, RESPONDENT, ANSWER, REASON, "
                    + "CONFIDENTIAL, GIVEN_AS_TICK, PREVIOUS_ANSWER").where("SPACE_KEY = ? AND CHECKLIST = ?", spaceKey, checklist))) {
                Answer given = Answer.stored(answer.getAnswer());
                if (!given.isGiven()) {
                    if (answer.getPreviousAnswer() != null) {
                        answer.setPreviousAnswer(null);   // not answered in this round: no hint for the next
                        answer.save();
                    }
                    continue;
                }
                ao.create(RoundAnswerEntity.class, new DBParam("ROUND_ID", round.getID()),
                        new DBParam("ITEM_KEY", answer.getItemKey()), new DBParam("RESPONDENT", answer.getRespondent()),
                        new DBParam("ANSWER", given.value()), new DBParam("REASON", answer.getReason()));
                answer.setPreviousAnswer(given.value());
                answer.setAnswer(Answer.NONE.value());
                answer.setReason(null);
                answer.setGivenAsTick(false);
                answer.setConfidential(false);
                answer.save();
            }
            AssessmentRoundEntity next = create(spaceKey, checklist, number + 1);
            return next.getRoundNumber();
        });
    }

    /** Sets or (empty) removes the open round's deadline, with the zone it was chosen in. */
    public void setDeadline(String spaceKey, String checklist, Optional<Instant> deadline, String zone) {
        transactions.write("set the deadline of a round", () -> {
            AssessmentRoundEntity round = open(spaceKey, checklist).orElseGet(() -> create(spaceKey, checklist, 1));
            round.setDeadline(deadline.map(Date::from).orElse(null));
            round.setDeadlineZone(deadline.isPresent() ? zone : null);
            round.save();
            return null;
        });
    }

    /** The closed rounds of a checklist, oldest first, with their frozen figures. */
    public List<ClosedRound> closedRounds(String spaceKey, String checklist) {
        return closedRounds(spaceKey, checklist, "SPACE_KEY = ? AND CHECKLIST = ? AND CLOSED_AT IS NOT NULL",
                spaceKey, checklist);
    }

    private List<ClosedRound> closedRounds(String spaceKey, String checklist, String where, Object... parameters) {
        return transactions.read("read the closed rounds of a checklist", () -> {
            AssessmentRoundEntity[] rounds = ao.find(AssessmentRoundEntity.class, Query.select()
                    .where(where, parameters).order("ROUND_NUMBER ASC"));
            if (rounds.length == 0) {
                return List.of();
            }
            Map<Integer, List<FrozenItem>> items = new LinkedHashMap<>();
            Object[] ids = Arrays.stream(rounds).map(AssessmentRoundEntity::getID).toArray();
            for (RoundItemEntity item : ao.find(RoundItemEntity.class, Query.select().where(
                    "ROUND_ID IN (" + String.join(", ", java.util.Collections.nCopies(ids.length, "?")) + ")", ids)
                    .order("ID ASC"))) {
                items.computeIfAbsent(item.getRoundId(), id -> new ArrayList<>()).add(new FrozenItem(item.getItemKey(),
                        new AnswerCounts(item.getYesCount(), item.getPartlyCount(), item.getNoCount(), item.getUnknownCount()),
                        item.getState(), item.getRecommendation() == null ? "" : item.getRecommendation(), item.isGate(),
                        Answer.stored(item.getTeamAnswer())));
            }
            List<ClosedRound> closed = new ArrayList<>();
            for (AssessmentRoundEntity round : rounds) {
                closed.add(new ClosedRound(round.getRoundNumber(), round.getOpenedAt().toInstant(),
                        round.getClosedAt().toInstant(), new FrozenRound(round.getRespondents(),
                        round.getScoreNumerator(), round.getScoreDenominator(), round.getDecision(),
                        round.getScope() == null || round.getScope().isBlank() ? List.of()
                                : List.of(round.getScope().split(",")),
                        new LaunchThresholds(round.getMajorityPercent(), round.getReadinessPercent(),
                                Math.max(1, round.getQuorum())),
                        round.isShared(), round.isConfidential(), items.getOrDefault(round.getID(), List.of()))));
            }
            return closed;
        });
    }

    /**
     * One closed round of a checklist with its frozen figures (empty when no such round was closed): what a decision
     * shows of the round it was taken on. Two queries.
     */
    public Optional<ClosedRound> closedRound(String spaceKey, String checklist, int number) {
        return closedRounds(spaceKey, checklist, "SPACE_KEY = ? AND CHECKLIST = ? AND ROUND_NUMBER = ? AND CLOSED_AT IS NOT NULL",
                spaceKey, checklist, number).stream().findFirst();
    }

    /** The checklist's last closed round, if any: what a decision is taken on unless it closes the open one. */
    public Optional<ClosedRound> lastClosedRound(String spaceKey, String checklist) {
        List<ClosedRound> closed = closedRounds(spaceKey, checklist);
        return closed.isEmpty() ? Optional.empty() : Optional.of(closed.get(closed.size() - 1));
    }

    /** What a member (or the team) answered in the checklist's last closed round: the hints of the open one. */
    public Map<String, Answer> lastRoundAnswers(String spaceKey, String checklist, String respondent) {
        return transactions.read("read the hints of a round", () -> {
            AssessmentRoundEntity[] last = ao.find(AssessmentRoundEntity.class, Query.select("ID, ROUND_NUMBER")
                    .where("SPACE_KEY = ? AND CHECKLIST = ? AND CLOSED_AT IS NOT NULL", spaceKey, checklist)
                    .order("ROUND_NUMBER DESC").limit(1));
            Map<String, Answer> hints = new LinkedHashMap<>();
            if (last.length == 1) {
                for (RoundAnswerEntity answer : ao.find(RoundAnswerEntity.class, Query.select()
                        .where("ROUND_ID = ? AND RESPONDENT = ?", last[0].getID(), respondent))) {
                    hints.put(answer.getItemKey(), Answer.stored(answer.getAnswer()));
                }
            }
            return hints;
        });
    }

    /** Deletes a space's rounds, their frozen items and kept answers; returns the rows deleted. Joins a caller's transaction. */
    int deleteSpace(String spaceKey) {
        return transactions.write("delete the rounds of a space", () -> {
            int deleted = 0;
            for (AssessmentRoundEntity round : ao.find(AssessmentRoundEntity.class, Query.select("ID")
                    .where("SPACE_KEY = ?", spaceKey))) {
                deleted += ao.deleteWithSQL(RoundItemEntity.class, "ROUND_ID = ?", round.getID())
                        + ao.deleteWithSQL(RoundAnswerEntity.class, "ROUND_ID = ?", round.getID());
            }
            return deleted + ao.deleteWithSQL(AssessmentRoundEntity.class, "SPACE_KEY = ?", spaceKey);
        });
    }

    /**
     * Deletes a removed member's answers kept from closed rounds (the frozen counts stay: they are not personal), and
     * forgets who closed the rounds they closed.
     */
    int deleteMember(String userKey) {
        return transactions.write("delete the kept answers of a member", () -> {
            int changed = ao.deleteWithSQL(RoundAnswerEntity.class, "RESPONDENT = ?", userKey);
            for (AssessmentRoundEntity round : ao.find(AssessmentRoundEntity.class, Query.select()
                    .where("CLOSED_BY = ?", userKey))) {
                round.setClosedBy(null);
                round.save();
                changed++;
            }
            return changed;
        });
    }

    private Optional<AssessmentRoundEntity> open(String spaceKey, String checklist) {
        AssessmentRoundEntity[] open = ao.find(AssessmentRoundEntity.class, Query.select()
                .where("SPACE_KEY = ? AND CHECKLIST = ? AND CLOSED_AT IS NULL", spaceKey, checklist)
                .order("ROUND_NUMBER DESC"));
        return open.length == 0 ? Optional.empty() : Optional.of(open[0]);
    }

    private AssessmentRoundEntity create(String spaceKey, String checklist, int number) {
        return ao.create(AssessmentRoundEntity.class, new DBParam("ROUND_KEY", key(spaceKey, checklist, number)),
                new DBParam("SPACE_KEY", spaceKey), new DBParam("CHECKLIST", checklist),
                new DBParam("ROUND_NUMBER", number), new DBParam("OPENED_AT", Date.from(clock.now())));
    }

    private static OpenRound openRound(AssessmentRoundEntity round) {
        return new OpenRound(round.getRoundNumber(), Optional.ofNullable(round.getDeadline()).map(Date::toInstant),
                Optional.ofNullable(round.getDeadlineZone()));
    }

    private static String key(String spaceKey, String checklist, int number) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    (spaceKey + '\u0000' + checklist + '\u0000' + number).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The round open for answers: its number, and its deadline with the zone it was chosen in. */
    public record OpenRound(int number, Optional<Instant> deadline, Optional<String> deadlineZone) {
        public boolean isPastDeadline(Instant now) {
            return deadline.filter(now::isAfter).isPresent();
        }

        /** The deadline in the zone it was chosen in (UTC when that zone is unknown to this Java). */
        public Optional<java.time.ZonedDateTime> zonedDeadline() {
            return deadline.map(at -> at.atZone(zone(deadlineZone.orElse("UTC"))));
        }
    }

    /** A zone id as a browser sends it; UTC for anything Java does not know. */
    public static java.time.ZoneId zone(String id) {
        try {
            return java.time.ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            return java.time.ZoneOffset.UTC;
        }
    }

    /** A closed round: when it opened and closed, and its frozen figures. */
    public record ClosedRound(int number, Instant openedAt, Instant closedAt, FrozenRound figures) {
    }

    /** The figures frozen when a round closed: never recomputed. {@code decision}: ready, not-yet, cannot-decide. */
    public record FrozenRound(int respondents, long scoreNumerator, long scoreDenominator, String decision,
                              List<String> scope, LaunchThresholds thresholds, boolean shared, boolean confidential,
                              List<FrozenItem> items) {
        public FrozenRound {
            scope = List.copyOf(scope);
            items = List.copyOf(items);
        }

        public boolean hasScore() {
            return scoreDenominator > 0;
        }
    }

    /** A closed round as a decision shows it: {@link FrozenRound}'s figures, and its items' states in item order. */
    public record DecidedRound(int number, int respondents, long scoreNumerator, long scoreDenominator, String decision,
                               boolean shared, boolean confidential, List<String> itemStates) {
        public DecidedRound {
            itemStates = List.copyOf(itemStates);
        }

        public boolean hasScore() {
            return scoreDenominator > 0;
        }
    }

    /** One item of a closed round as judged then; {@code recommendation} empty for a fundamental condition. */
    public record FrozenItem(String itemKey, AnswerCounts counts, String state, String recommendation, boolean gate,
                             Answer teamAnswer) {
    }
}
