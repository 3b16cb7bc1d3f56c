package org.coplaunchpad.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The seed's five recommendations to maximise a community's chances of success, by the catalog sections that ask
 * them. The resources bullet is one recommendation although the catalog asks it in two sections (human, technical):
 * each recommendation weighs the same in the score, whatever its number of items. The {@code fundamentals} section is
 * none of them: its items are the gates.
 */
public enum Recommendation {
    STRATEGIC_THEMES("strategic-themes", "strategic-themes"),
    HUMAN_AND_TECHNICAL_RESOURCES("human-and-technical-resources", "human-resources", "technical-resources"),
    LEGITIMACY("legitimacy", "legitimacy"),
    TIME_AND_RECOGNITION("time-and-recognition", "time-and-recognition"),
    MIDDLE_MANAGERS("middle-managers", "middle-managers");

    private final String key;
    private final List<String> sectionKeys;

    Recommendation(String key, String... sectionKeys) {
        this.key = key;
        this.sectionKeys = List.of(sectionKeys);
    }

    /** A stable name for texts and CSV columns (not stored). */
    public String key() {
        return key;
    }

    /** The catalog sections that ask this recommendation, in catalog order. */
    public List<String> sectionKeys() {
        return sectionKeys;
    }

    /** The recommendation a section asks; empty for the fundamentals and for any section it does not know. */
    public static Optional<Recommendation> ofSection(String sectionKey) {
        return Arrays.stream(values()).filter(r -> r.sectionKeys.contains(sectionKey)).findFirst();
    }
}
