package org.coplaunchpad.answers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.coplaunchpad.App;

/**
 * The database names of our Active Objects tables, for the aggregation SQL that the ActiveObjects façade cannot
 * express: "AO_" + the last 6 hex digits of MD5(namespace) + "_" + the table (confluence-api.md §6).
 */
final class AoTables {
    static final String PREFIX = prefix(App.AO_NAMESPACE);
    /** The answers and their history since model version 2 (the ticks before it were in ANSWER, ANSWER_CHANGE). */
    static final String ANSWER = PREFIX + "ITEM_ANSWER";
    static final String ANSWER_CHANGE = PREFIX + "ITEM_ANSWER_CHANGE";
    static final String LAUNCH_SETTINGS = PREFIX + "LAUNCH_SETTINGS";
    static final String LAUNCH_ACTION = PREFIX + "LAUNCH_ACTION";
    /** Rounds, frozen items, decisions, plans, thresholds and the registry: read per space by the dashboard. */
    static final String ASSESSMENT_ROUND = PREFIX + "ASSESSMENT_ROUND";
    static final String ROUND_ITEM = PREFIX + "ROUND_ITEM";
    static final String LAUNCH_DECISION = PREFIX + "LAUNCH_DECISION";
    static final String ACTION_CHANGE = PREFIX + "ACTION_CHANGE";
    static final String THRESHOLD_CHANGE = PREFIX + "THRESHOLD_CHANGE";
    static final String CHECKLIST_PAGE = PREFIX + "CHECKLIST_PAGE";
    static final String REFUSED_MOVE = PREFIX + "REFUSED_MOVE";
    /** The institution overview's summary, since model version 8. */
    static final String CHECKLIST_SUMMARY = PREFIX + "CHECKLIST_SUMMARY";

    private AoTables() {
    }

    static String prefix(String namespace) {
        try {
            String hex = HexFormat.of().formatHex(
                    MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8)));
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
