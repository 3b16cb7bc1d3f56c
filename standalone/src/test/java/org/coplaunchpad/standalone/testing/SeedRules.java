package org.coplaunchpad.standalone.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 14's rules restated for the host's tests, from the text rather than from the app's classes (the host
 * never has them on its class path): the states of a personal checklist's items, blocking items first, the five
 * recommendations' shares, the score and the verdict. A test answers, asks these rules what the dashboard must show,
 * and compares; where the app and this restatement disagree, one of them misreads the issue.
 */
public final class SeedRules {
    /** The seed's sections with their item keys, in catalog order; {@code fundamentals} holds the three gates. */
    public static final Map<String, List<String>> SECTIONS = sections();
    /** The five recommendations by the sections that ask them (human and technical resources are one). */
    public static final Map<String, List<String>> RECOMMENDATIONS = recommendations();
    public static final int MAJORITY = 50;
    public static final int READINESS = 75;
    public static final int QUORUM = 3;

    /** How the members answered one item. */
    public record Counts(int yes, int partly, int no, int unknown) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);

        public int opinions() {
            return yes + partly + no;
        }

        public int given() {
            return opinions() + unknown;
        }

        /** Counts from answers "yes", "partly", "no", "unknown". */
        public static Counts of(List<String> answers) {
            return new Counts(count(answers, "yes"), count(answers, "partly"), count(answers, "no"),
                    count(answers, "unknown"));
        }

        private static int count(List<String> answers, String answer) {
            return (int) answers.stream().filter(answer::equals).count();
        }
    }

    /** An item judged: its state as the markup names it (not-assessed … not-met) and whether it blocks. */
    public record Item(String key, String section, Counts counts, String state) {
        public boolean gate() {
            return section.equals("fundamentals");
        }

        public boolean met() {
            return state.equals("met");
        }

        /** Unmet gates 0, split 1, unknown 2, too few 3, the rest 4. */
        int rank() {
            if (gate() && !met()) {
                return 0;
            }
            return switch (state) {
                case "split" -> 1;
                case "unknown" -> 2;
                case "too-few" -> 3;
                default -> 4;
            };
        }

        public boolean blocking() {
            return rank() < 4;
        }

        /** (yes + ½·partly) / opinions as a whole percentage rounded half up; empty without an opinion. */
        public Optional<Integer> agreementPercent() {
            int opinions = counts.opinions();
            return opinions == 0 ? Optional.empty()
                    : Optional.of(percent(2L * counts.yes() + counts.partly(), 2L * opinions));
        }
    }

    /** One recommendation in scope: its items met, of how many. */
    public record RecommendationShare(String key, int met, int total) {
        public int percent() {
            return SeedRules.percent(met, total);
        }
    }

    /**
     * A checklist judged: items blocking first (catalog order within a rank), the recommendations in scope, the score
     * (whole percent, empty when no recommendation is in scope), the decision key and the reasons' kinds, in order
     * (gate:&lt;item&gt;, quorum, score, no-answers, fundamentals-not-asked).
     */
    public record Verdict(List<Item> items, List<RecommendationShare> recommendations, Optional<Integer> score,
                          String decision, List<String> reasons) {
        public Item item(String key) {
            return items.stream().filter(item -> item.key().equals(key)).findFirst().orElseThrow();
        }
    }

    private SeedRules() {
    }

    /** Personal mode, first match wins. */
    public static String state(Counts counts, int majority, int quorum) {
        int opinions = counts.opinions();
        if (counts.given() == 0) {
            return "not-assessed";
        }
        if (counts.unknown() >= opinions) {
            return "unknown";
        }
        if (opinions < quorum) {
            return "too-few";
        }
        if (3 * counts.yes() > opinions && 3 * counts.no() > opinions) {
            return "split";
        }
        // agreement = (yes + ½·partly) / opinions, more than the majority threshold
        return (2L * counts.yes() + counts.partly()) * 100 > 2L * opinions * majority ? "met" : "not-met";
    }

    /**
     * A personal checklist showing {@code scope} (section keys; empty: every section) that {@code respondents}
     * members answered with these counts (absent items: nobody answered them), with the default thresholds.
     */
    public static Verdict personal(int respondents, Map<String, Counts> counts, List<String> scope) {
        return personal(respondents, counts, scope, MAJORITY, READINESS, QUORUM);
    }

    public static Verdict personal(int respondents, Map<String, Counts> counts, List<String> scope, int majority,
                                   int readiness, int quorum) {
        List<Item> items = new ArrayList<>();
        SECTIONS.forEach((section, keys) -> {
            if (scope.isEmpty() || scope.contains(section)) {
                keys.forEach(key -> {
                    Counts c = counts.getOrDefault(key, Counts.NONE);
                    items.add(new Item(key, section, c, state(c, majority, quorum)));
                });
            }
        });
        List<RecommendationShare> shares = new ArrayList<>();
        RECOMMENDATIONS.forEach((recommendation, sections) -> {
            List<Item> asked = items.stream().filter(item -> sections.contains(item.section())).toList();
            if (!asked.isEmpty()) {
                shares.add(new RecommendationShare(recommendation, (int) asked.stream().filter(Item::met).count(),
                        asked.size()));
            }
        });
        // The mean of met/total over the recommendations, exact: sum of met·(L/total) over L·n, L a common multiple.
        long common = shares.stream().mapToLong(RecommendationShare::total).reduce(1, (a, b) -> a * b);
        long numerator = shares.stream().mapToLong(s -> s.met() * (common / s.total())).sum();
        long denominator = common * shares.size();
        Optional<Integer> score = shares.isEmpty() ? Optional.empty() : Optional.of(percent(numerator, denominator));

        List<Item> ordered = items.stream().sorted(Comparator.comparingInt(Item::rank)).toList();
        if (items.stream().noneMatch(Item::gate)) {
            return new Verdict(ordered, shares, score, "cannot-decide", List.of("fundamentals-not-asked"));
        }
        if (items.stream().allMatch(item -> item.state().equals("not-assessed"))) {
            return new Verdict(ordered, shares, score, "not-yet", List.of("no-answers"));
        }
        List<String> reasons = new ArrayList<>();
        items.stream().filter(item -> item.gate() && !item.met()).forEach(gate -> reasons.add("gate:" + gate.key()));
        if (respondents < quorum) {
            reasons.add("quorum");
        }
        if (!shares.isEmpty() && numerator * 100 < (long) readiness * denominator) {
            reasons.add("score");
        }
        return new Verdict(ordered, shares, score, reasons.isEmpty() ? "ready" : "not-yet", reasons);
    }

    /** Counts per item from each member's answers (member → item → "yes" | "partly" | "no" | "unknown"). */
    public static Map<String, Counts> counts(Map<String, Map<String, String>> answers) {
        Map<String, List<String>> byItem = new LinkedHashMap<>();
        answers.values().forEach(given -> given.forEach((item, answer) ->
                byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(answer)));
        Map<String, Counts> counts = new LinkedHashMap<>();
        byItem.forEach((item, list) -> counts.put(item, Counts.of(list)));
        return counts;
    }

    /** A fraction as a whole percentage, rounded half up, as the dashboard shows it. */
    static int percent(long numerator, long denominator) {
        return (int) ((numerator * 200 + denominator) / (denominator * 2));
    }

    private static Map<String, List<String>> sections() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("fundamentals", List.of("facilitating-environment", "relevant-purpose", "satisfactory-integration"));
        sections.put("strategic-themes", List.of("strategic-focus"));
        sections.put("human-resources", List.of("facilitator", "coach", "documentalist", "technical-support",
                "administrative-support"));
        sections.put("technical-resources", List.of("groupware", "synchronous-communication",
                "asynchronous-communication", "document-management-tools", "open-call-tools"));
        sections.put("legitimacy", List.of("legitimate-structure"));
        sections.put("time-and-recognition", List.of("member-time-allocated", "participation-recognised"));
        sections.put("middle-managers", List.of("middle-managers-informed", "threatened-manager-vigilance"));
        return java.util.Collections.unmodifiableMap(sections);
    }

    private static Map<String, List<String>> recommendations() {
        Map<String, List<String>> recommendations = new LinkedHashMap<>();
        recommendations.put("strategic-themes", List.of("strategic-themes"));
        recommendations.put("human-and-technical-resources", List.of("human-resources", "technical-resources"));
        recommendations.put("legitimacy", List.of("legitimacy"));
        recommendations.put("time-and-recognition", List.of("time-and-recognition"));
        recommendations.put("middle-managers", List.of("middle-managers"));
        return java.util.Collections.unmodifiableMap(recommendations);
    }
}
