package org.coplaunchpad.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.answers.RoundStore.ClosedRound;
import org.coplaunchpad.answers.RoundStore.FrozenItem;
import org.coplaunchpad.answers.RoundStore.FrozenRound;
import org.coplaunchpad.assessment.Assessment;
import org.coplaunchpad.assessment.ItemState;
import org.coplaunchpad.assessment.RoundComparison;
import org.coplaunchpad.assessment.RoundComparison.Change;
import org.coplaunchpad.assessment.RoundComparison.ItemChange;
import org.coplaunchpad.assessment.Share;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessItem;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.dashboard.DashboardViews.FrozenItemView;
import org.coplaunchpad.dashboard.DashboardViews.FrozenRoundView;
import org.coplaunchpad.dashboard.DashboardViews.ItemChangeView;
import org.coplaunchpad.dashboard.DashboardViews.RoundHistoryView;
import org.coplaunchpad.dashboard.DashboardViews.RoundOptionView;
import org.coplaunchpad.dashboard.DashboardViews.TrendRowView;
import org.coplaunchpad.macro.Texts;

/**
 * A checklist's rounds as the dashboard lets an administrator look back: one round at a time (the open one by default,
 * a closed one with the figures frozen when it closed, read as stored and never recomputed), compared item by item
 * with the round before it (see {@link RoundComparison} for what better and worse mean), and the score over every
 * round. A confidential checklist shows no counts of an item below three opinions in the round shown, and no date.
 */
final class RoundHistory {
    private static final String K = "cop-launchpad.dashboard.";
    private static final String DASH = "\u2014";

    private final Catalog catalog;
    private final AnswerTexts answerTexts;

    RoundHistory(Catalog catalog, AnswerTexts answerTexts) {
        this.catalog = catalog;
        this.answerTexts = answerTexts;
    }

    /**
     * {@code requested}: the round the administrator chose for this checklist, if any; a number that is not a closed
     * round of the checklist shows the open one. {@code current}: the open round's assessment, as the panel shows it.
     */
    RoundHistoryView view(String checklist, boolean confidential, int openNumber, Assessment current,
                          List<ClosedRound> closed, Optional<Integer> requested, String action, Texts texts) {
        return view(checklist, confidential, openNumber, current, closed, requested, action, Map.of(), texts);
    }

    /**
     * The same, with the actions taken after each round's decision ({@code actionsTaken}: round number → item key →
     * what was done, in words): the comparison shows, per item, the action taken after the earlier round.
     */
    RoundHistoryView view(String checklist, boolean confidential, int openNumber, Assessment current,
                          List<ClosedRound> closed, Optional<Integer> requested, String action,
                          Map<Integer, Map<String, String>> actionsTaken, Texts texts) {
        Optional<ClosedRound> viewed = requested.flatMap(number -> closed.stream()
                .filter(round -> round.number() == number).findFirst());
        List<RoundOptionView> options = new ArrayList<>();
        for (ClosedRound round : closed) {
            options.add(new RoundOptionView(round.number(), texts.get(K + "history.option.closed", round.number()),
                    viewed.filter(shown -> shown.number() == round.number()).isPresent()));
        }
        options.add(new RoundOptionView(openNumber, texts.get(K + "history.option.open", openNumber), viewed.isEmpty()));

        int laterNumber = viewed.map(ClosedRound::number).orElse(openNumber);
        Map<String, ItemState> later = viewed.map(round -> states(round.figures())).orElseGet(() -> states(current));
        Optional<ClosedRound> previous = closed.stream().filter(round -> round.number() < laterNumber)
                .reduce((first, second) -> second);
        List<ItemChangeView> changes = previous
                .map(before -> RoundComparison.compare(states(before.figures()), later).stream()
                        .map(change -> changeView(change, actionsTaken.getOrDefault(before.number(), Map.of())
                                .getOrDefault(change.itemKey(), texts.get("cop-launchpad.actions.taken.none")), texts))
                        .toList())
                .orElse(List.of());
        String summary = previous.map(before -> summary(RoundComparison.compare(states(before.figures()), later), texts))
                .orElse("");

        FrozenRoundView frozen = viewed.map(round -> frozen(round, confidential, texts))
                .orElse(new FrozenRoundView(openNumber, "", "", "", "", current.shared(), "", List.of()));
        String viewedText = viewed.isPresent() ? texts.get(K + "history.viewing.closed", laterNumber)
                : texts.get(K + "history.viewing.open", laterNumber);
        List<TrendRowView> trend = trend(closed, openNumber, current, texts);
        return new RoundHistoryView(labels(texts), action + "#cop-rounds-" + checklist, "cop-view-round-" + checklist,
                options, viewed.isPresent(), viewedText, frozen,
                previous.map(before -> texts.get(K + "history.compare.title", laterNumber, before.number())).orElse(""),
                previous.isPresent() ? "" : texts.get(K + "history.compare.none", laterNumber), summary,
                previous.map(before -> texts.get(K + "round.title", before.number())).orElse(""),
                texts.get(K + "round.title", laterNumber), changes,
                SvgCharts.trend(trend.stream().map(row -> new SvgCharts.TrendPoint(Integer.toString(row.number()),
                        point(row, texts), row.hasScore() ? OptionalInt.of(row.percent()) : OptionalInt.empty(),
                        row.open())).toList(), texts.get(K + "chart.trend", String.join(texts.get(K + "history.trend.separator"),
                        trend.stream().map(row -> point(row, texts)).toList()))),
                trend);
    }

    /** « Round 2: 40 % », « Tour 2 : 40 % ». */
    private static String point(TrendRowView row, Texts texts) {
        return texts.get(K + "history.trend.point", row.roundText(), row.scoreText());
    }

    /** The state key a round froze, as a state; an unknown key (a later release's state) counts as not assessed. */
    static ItemState state(String key) {
        try {
            return ItemState.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return ItemState.NOT_ASSESSED;
        }
    }

    private static Map<String, ItemState> states(FrozenRound round) {
        Map<String, ItemState> states = new LinkedHashMap<>();
        round.items().forEach(item -> states.put(item.itemKey(), state(item.state())));
        return states;
    }

    private static Map<String, ItemState> states(Assessment assessment) {
        Map<String, ItemState> states = new LinkedHashMap<>();
        assessment.items().forEach(item -> states.put(item.key(), item.state()));
        return states;
    }

    private ItemChangeView changeView(ItemChange change, String actionTaken, Texts texts) {
        String notAsked = texts.get(K + "history.not-asked");
        return new ItemChangeView(change.itemKey(), label(change.itemKey(), texts),
                change.before().map(state -> stateText(state, texts)).orElse(notAsked),
                change.after().map(state -> stateText(state, texts)).orElse(notAsked),
                change.change().key(), texts.get(K + "change." + change.change().key()), actionTaken);
    }

    private static String summary(List<ItemChange> changes, Texts texts) {
        Map<Change, Integer> tally = RoundComparison.tally(changes);
        return texts.get(K + "history.compare.summary", tally.get(Change.BETTER), tally.get(Change.WORSE),
                tally.get(Change.SAME), tally.get(Change.NOT_ASKED_THEN), tally.get(Change.NOT_ASKED_NOW));
    }

    private FrozenRoundView frozen(ClosedRound round, boolean checklistConfidential, Texts texts) {
        FrozenRound figures = round.figures();
        boolean confidential = checklistConfidential || figures.confidential();
        List<FrozenItemView> items = figures.items().stream()
                .map(item -> frozenItem(item, figures.shared(), confidential, texts)).toList();
        return new FrozenRoundView(round.number(), scoreText(figures, texts), figures.decision(),
                texts.get(K + "decision." + figures.decision()), texts.get(K + "respondents", figures.respondents()),
                figures.shared(), texts.get(K + "history.items.caption", round.number()), items);
    }

    private FrozenItemView frozenItem(FrozenItem item, boolean shared, boolean confidential, Texts texts) {
        Optional<ReadinessItem> known = catalog.readinessItem(item.itemKey());
        String section = known.flatMap(readiness -> catalog.readinessSection(readiness.sectionKey()))
                .map(readiness -> texts.get(readiness.titleKey())).orElse("");
        ItemState state = state(item.state());
        String stateKey = DashboardService.stateKey(state);
        AnswerCounts counts = item.counts();
        Optional<String> hidden = shared ? Optional.empty()
                : answerTexts.hiddenFigures(false, true, confidential, counts, texts);
        if (hidden.isPresent()) {
            return new FrozenItemView(item.itemKey(), label(item.itemKey(), texts), section, item.gate(), false, 0, 0, 0,
                    0, hidden.get(), "", stateKey, stateText(state, texts));
        }
        return new FrozenItemView(item.itemKey(), label(item.itemKey(), texts), section, item.gate(), true,
                counts.yes(), counts.partly(), counts.no(), counts.unknown(),
                shared ? "" : texts.get(K + "history.counts", counts.yes(), counts.partly(), counts.no(), counts.unknown()),
                shared ? answerTexts.answerName(item.teamAnswer(), texts) : "", stateKey, stateText(state, texts));
    }

    /** Every closed round's frozen score, then the open round's score so far. */
    private static List<TrendRowView> trend(List<ClosedRound> closed, int openNumber, Assessment current, Texts texts) {
        List<TrendRowView> rows = new ArrayList<>();
        for (ClosedRound round : closed) {
            FrozenRound figures = round.figures();
            int percent = figures.hasScore() ? Share.of(figures.scoreNumerator(), figures.scoreDenominator()).percent() : 0;
            rows.add(new TrendRowView(round.number(), texts.get(K + "round.title", round.number()), figures.hasScore(),
                    percent, figures.hasScore() ? texts.get(K + "round.score", percent) : DASH,
                    texts.get(K + "decision." + figures.decision()), false));
        }
        int percent = current.score().map(Share::percent).orElse(0);
        rows.add(new TrendRowView(openNumber, texts.get(K + "history.trend.open", openNumber), current.score().isPresent(),
                percent, current.score().isPresent() ? texts.get(K + "round.score", percent) : DASH,
                texts.get(K + "decision." + DashboardService.decisionKey(current.decision())), true));
        return rows;
    }

    private static String scoreText(FrozenRound figures, Texts texts) {
        return figures.hasScore() ? texts.get(K + "round.score",
                Share.of(figures.scoreNumerator(), figures.scoreDenominator()).percent()) : DASH;
    }

    private String label(String itemKey, Texts texts) {
        return catalog.readinessItem(itemKey).map(item -> texts.get(item.labelKey())).orElse(itemKey);
    }

    private static String stateText(ItemState state, Texts texts) {
        return texts.get(K + "state." + DashboardService.stateKey(state));
    }

    private static Map<String, String> labels(Texts texts) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String name : List.of("view-round", "show", "trend", "trend-round", "trend-score", "trend-decision",
                "compare-item", "compare-change", "compare-action", "frozen-counts", "frozen-answer", "item", "section", "state",
                "decision", "gate")) {
            labels.put(name, texts.get(K + "label." + name));
        }
        return labels;
    }
}
