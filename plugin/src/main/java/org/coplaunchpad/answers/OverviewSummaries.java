package org.coplaunchpad.answers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.coplaunchpad.answers.ActionStore.OpenActions;
import org.springframework.stereotype.Component;

/**
 * Keeps the institution overview's summary true: the one component that refreshes a summary row, called by every
 * change that affects one (answers, round closings, decisions, actions, thresholds, the registry, removed spaces
 * and members), in that change's transaction.
 * <p>
 * Concurrent writers on several nodes never lose an update, on READ COMMITTED and REPEATABLE READ alike: a change
 * locks the summary rows it affects with an UPDATE before any plain read (only writes come before it: an answer's
 * own row, a closing's lock on the answer rows, in that one order), then does its work, then recomputes each row
 * from the space's rows. Writers of one checklist so run one after the other, and each reads
 * what the one before committed: an UPDATE waits for the row's holder and takes no snapshot, and InnoDB's
 * REPEATABLE READ takes its snapshot at the first plain read, which comes after the lock. A row that does not exist
 * yet is created by the lock itself, so that two first writers collide on its unique key and the loser starts over.
 */
@Component
public class OverviewSummaries {
    private final Transactions transactions;
    private final SummaryStore summaries;
    private final FigureStore figures;
    private final RegistryStore registry;
    private final LaunchSettingsStore settings;
    private final RoundStore rounds;
    private final DecisionStore decisions;
    private final ActionStore actions;
    private final ChecklistJudge judge;

    public OverviewSummaries(Transactions transactions, SummaryStore summaries, FigureStore figures,
                             RegistryStore registry, LaunchSettingsStore settings, RoundStore rounds,
                             DecisionStore decisions, ActionStore actions, ChecklistJudge judge) {
        this.transactions = transactions;
        this.summaries = summaries;
        this.figures = figures;
        this.registry = registry;
        this.settings = settings;
        this.rounds = rounds;
        this.decisions = decisions;
        this.actions = actions;
        this.judge = judge;
    }

    /**
     * Runs a change of one checklist (a decision, an action) with its summary, in one transaction; answers and
     * closings have their own ({@link #ofAnswer}, {@link #ofClosing}), which take their locks in the answers' order.
     */
    public <T> T ofChecklist(String what, String spaceKey, String checklist, Supplier<T> change) {
        return transactions.write(what, () -> {
            summaries.lockChecklist(spaceKey, checklist);
            T result = change.get();
            refresh(spaceKey, Optional.of(checklist));
            return result;
        });
    }

    /**
     * Runs the closing of a checklist's round with its summary, in one transaction: it first locks the checklist's
     * answer rows, then the summary row — the order an answer takes them in (its own row, then the summary), so that
     * a closing waits for the answers under way instead of deadlocking with them.
     */
    public <T> T ofClosing(String spaceKey, String checklist, Supplier<T> closing) {
        return transactions.write("close a round", () -> {
            summaries.lockAnswers(spaceKey, checklist);
            summaries.lockChecklist(spaceKey, checklist);
            T result = closing.get();
            refresh(spaceKey, Optional.of(checklist));
            return result;
        });
    }

    /**
     * Records an answer with its checklist's summary, in one transaction, and returns it with its item's new figures
     * (a member's answer), read with the summary's own tally. The answer's own row is read before the transaction and
     * written first (members do not wait for one another on their own rows); then the summary row's lock, and only
     * then any plain read, so that the tally sees every answer committed by the writers before it, on READ COMMITTED
     * and REPEATABLE READ alike. That lock is also what serialises an answer with a closing of its round
     * ({@link #ofClosing}), so that each answer lands in exactly one round: a closing first locks the answer rows, so
     * it waits for the answers under way; an answer that inserts its first row meanwhile waits for the closing's
     * summary lock and lands in the next round. An answer changes only what the answers give
     * (respondents, last activity, score, suggestion, confidentiality): the round, the decision and the plan of the
     * row are left as their own changes wrote them, unless the lock had to create the row. Every answer waiting for
     * the lock pays for what is done under it, so it is three statements: the lock, one read of what judging needs
     * (tally, pages, thresholds) and one UPDATE.
     */
    public RecordedAnswer ofAnswer(GivenAnswer given, AnswerStore answers) {
        String spaceKey = given.key().spaceKey();
        String checklist = given.key().checklist();
        return transactions.writeAfterReading("record an answer", () -> answers.stored(given.key()), stored -> {
            RecordedAnswer recorded = answers.write(given, stored);
            boolean created = summaries.lockChecklist(spaceKey, checklist);
            FigureStore.ChecklistToJudge toJudge = figures.toJudge(spaceKey, checklist);
            ChecklistTally tally = toJudge.tally().orElseGet(() -> unanswered(spaceKey, checklist));
            if (created) {
                refreshChecklist(spaceKey, checklist, toJudge);
            } else {
                ChecklistJudge.Judgement judgement = judge.judge(tally, toJudge.pages(), toJudge.thresholds());
                summaries.saveAnswered(spaceKey, checklist, tally.respondents(), tally.lastActivity(), judgement);
            }
            if (given.key().isShared()) {
                return recorded;
            }
            return recorded.withFigures(new RecordedAnswer.ItemFigures(
                    tally.countsByItem().getOrDefault(given.key().itemKey(), AnswerCounts.NONE), tally.respondents(),
                    tally.confidentialAnswers() > 0 || given.confidential()));
        });
    }

    private static ChecklistTally unanswered(String spaceKey, String checklist) {
        return new ChecklistTally(spaceKey, checklist, 0, Map.of(), Map.of(), List.of(), Optional.empty(), 0);
    }

    /**
     * Runs a change of whole spaces (thresholds, pages registered, moved or removed, a removed space) with their
     * summaries, in one transaction; every checklist of those spaces is recomputed, a space has few.
     */
    public <T> T ofSpaces(String what, Collection<String> spaceKeys, Supplier<T> change) {
        List<String> spaces = List.copyOf(new TreeSet<>(spaceKeys));
        return transactions.write(what, () -> {
            summaries.lockSpaces(spaces);
            T result = change.get();
            spaces.forEach(space -> refresh(space, Optional.empty()));
            return result;
        });
    }

    /** Runs the removal of a member's answers with the summaries of the checklists they answered. */
    public <T> T ofMember(String what, String userKey, Supplier<T> change) {
        return transactions.write(what, () -> {
            summaries.lockAnsweredBy(userKey);
            Map<String, Set<String>> answered = summaries.answeredBy(userKey);
            T result = change.get();
            answered.forEach((space, checklists) -> checklists.forEach(checklist ->
                    refresh(space, Optional.of(checklist))));
            return result;
        });
    }

    /** Recomputes the rows of a space (or of one of its checklists) from its rows; joins the caller's transaction. */
    private void refresh(String spaceKey, Optional<String> only) {
        if (only.isPresent()) {
            refreshChecklist(spaceKey, only.get(), figures.toJudge(spaceKey, only.get()));
            return;
        }
        Map<String, ChecklistTally> tallies = new LinkedHashMap<>();
        figures.spaceTallies(spaceKey).forEach(tally -> tallies.put(tally.checklist(), tally));
        Map<String, List<RegisteredPage>> pages = new LinkedHashMap<>();
        registry.space(spaceKey).forEach(page ->
                pages.computeIfAbsent(page.checklist(), name -> new ArrayList<>()).add(page));
        Set<String> names = new LinkedHashSet<>(summaries.summarised(List.of(spaceKey)).getOrDefault(spaceKey, Set.of()));
        names.addAll(tallies.keySet());
        names.addAll(pages.keySet());
        LaunchThresholds thresholds = settings.thresholds(spaceKey);
        Map<String, Integer> open = rounds.openRoundNumbers(List.of(spaceKey)).getOrDefault(spaceKey, Map.of());
        Map<String, OpenActions> plans = actions.openActions(spaceKey);
        for (String name : names) {
            save(spaceKey, name, Optional.ofNullable(tallies.get(name)), pages.getOrDefault(name, List.of()), thresholds,
                    open.getOrDefault(name, 1), plans.getOrDefault(name, OpenActions.NONE));
        }
    }

    /** Recomputes one checklist's row from what judging it needs (read once by the caller) and its other rows. */
    private void refreshChecklist(String spaceKey, String checklist, FigureStore.ChecklistToJudge toJudge) {
        save(spaceKey, checklist, toJudge.tally(), toJudge.pages(), toJudge.thresholds(),
                rounds.openRoundNumbers(List.of(spaceKey)).getOrDefault(spaceKey, Map.of()).getOrDefault(checklist, 1),
                actions.openActions(spaceKey).getOrDefault(checklist, OpenActions.NONE));
    }

    private void save(String spaceKey, String checklist, Optional<ChecklistTally> tally, List<RegisteredPage> pages,
                      LaunchThresholds thresholds, int roundNumber, OpenActions plan) {
        if (tally.isEmpty() && pages.isEmpty()) {
            // Listed while a page carries it or it has answers, as before the summary.
            summaries.delete(spaceKey, checklist);
            return;
        }
        Optional<Decided> decided = decisions.latest(spaceKey, checklist)
                .map(decision -> new Decided(decision.decision(), decision.decidedAt()));
        summaries.save(summary(spaceKey, checklist, tally, pages, thresholds, roundNumber, decided, plan));
    }

    /** The decision in force, as the summary keeps it. */
    private record Decided(String decision, Instant decidedAt) {
    }

    private ChecklistSummary summary(String spaceKey, String checklist, Optional<ChecklistTally> answered,
                                     List<RegisteredPage> pages, LaunchThresholds thresholds, int roundNumber,
                                     Optional<Decided> decided, OpenActions plan) {
        ChecklistTally tally = answered.orElseGet(() -> unanswered(spaceKey, checklist));
        ChecklistJudge.Judgement judgement = judge.judge(tally, pages, thresholds);
        return new ChecklistSummary(spaceKey, checklist, tally.respondents(), tally.lastActivity(),
                judgement.confidential(), roundNumber, judgement.scoreNumerator(), judgement.scoreDenominator(),
                judgement.suggestion(), decided.map(Decided::decision), decided.map(Decided::decidedAt), plan.count(),
                plan.earliestDue());
    }

    /**
     * Every row as a full recomputation gives it, from every space's rows, by space and checklist: a handful of
     * queries whatever the number of spaces (the answers in one streamed aggregate). What the upgrade writes, and
     * what the kept rows must equal.
     */
    public List<ChecklistSummary> recomputed() {
        return transactions.read("recompute the overview", () -> {
            Map<String, Map<String, ChecklistTally>> tallies = new LinkedHashMap<>();
            Map<String, LaunchThresholds> thresholds = new LinkedHashMap<>();
            figures.everyOverviewRow(row -> {
                tallies.computeIfAbsent(row.tally().spaceKey(), space -> new LinkedHashMap<>())
                        .put(row.tally().checklist(), row.tally());
                thresholds.put(row.tally().spaceKey(), row.thresholds());
            });
            Map<String, Map<String, List<RegisteredPage>>> pages = new LinkedHashMap<>();
            registry.spaces(List.of()).forEach(page -> pages.computeIfAbsent(page.spaceKey(),
                    space -> new LinkedHashMap<>()).computeIfAbsent(page.checklist(), name -> new ArrayList<>()).add(page));
            Set<String> unanswered = new TreeSet<>(pages.keySet());
            unanswered.removeAll(thresholds.keySet());
            thresholds.putAll(settings.thresholds(unanswered));
            Map<String, Map<String, Integer>> open = rounds.openRoundNumbersOfEverySpace();
            Map<String, Map<String, OpenActions>> plans = actions.openActionsOfEverySpace();
            Map<String, Decided> inForce = new LinkedHashMap<>();
            decisions.inForceOnEveryChecklist().forEach(decision -> inForce.put(
                    pair(decision.spaceKey(), decision.checklist()), new Decided(decision.decision(), decision.decidedAt())));
            Map<String, Set<String>> names = new java.util.TreeMap<>();
            tallies.forEach((space, byName) -> names.computeIfAbsent(space, s -> new TreeSet<>()).addAll(byName.keySet()));
            pages.forEach((space, byName) -> names.computeIfAbsent(space, s -> new TreeSet<>()).addAll(byName.keySet()));
            List<ChecklistSummary> every = new ArrayList<>();
            names.forEach((space, checklists) -> checklists.forEach(name -> every.add(summary(space, name,
                    Optional.ofNullable(tallies.getOrDefault(space, Map.of()).get(name)),
                    pages.getOrDefault(space, Map.of()).getOrDefault(name, List.of()), thresholds.get(space),
                    open.getOrDefault(space, Map.of()).getOrDefault(name, 1),
                    Optional.ofNullable(inForce.get(pair(space, name))),
                    plans.getOrDefault(space, Map.of()).getOrDefault(name, OpenActions.NONE)))));
            return every;
        });
    }

    /** Writes every row afresh from a full recomputation (the upgrade to model version 8); joins its transaction. */
    public int rebuild() {
        return transactions.write("build the overview's summary", () -> {
            List<ChecklistSummary> every = recomputed();
            summaries.deleteEvery();
            every.forEach(summaries::save);
            return every.size();
        });
    }

    private static String pair(String spaceKey, String checklist) {
        return spaceKey + '\u0000' + checklist;
    }
}
