package org.coplaunchpad.answers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one answer is about: an item of a named checklist in a space, answered by a member (personal mode) or by
 * the team (shared mode).
 */
public record AnswerKey(String spaceKey, String checklist, String itemKey, String respondent) {
    /** The respondent of shared answers: no Confluence user key contains '*'. */
    public static final String TEAM = "*team*";
    /** Who gave a team answer, once Confluence removed the member who gave it: no user key contains '*'. */
    public static final String FORMER_MEMBER = "*former-member*";
    public static final int MAX_CHECKLIST_LENGTH = 100;

    public static AnswerKey personal(String spaceKey, String checklist, String itemKey, String userKey) {
        return new AnswerKey(spaceKey, checklist, itemKey, userKey);
    }

    public static AnswerKey shared(String spaceKey, String checklist, String itemKey) {
        return new AnswerKey(spaceKey, checklist, itemKey, TEAM);
    }

    public boolean isShared() {
        return TEAM.equals(respondent);
    }

    /** The value of the unique ANSWER_KEY column. */
    String hash() {
        return sha256(spaceKey + '\u0000' + checklist + '\u0000' + itemKey + '\u0000' + respondent);
    }

    /** The value of the unique CHANGE_KEY column of this answer's change number {@code revision}. */
    String changeHash(int revision) {
        return sha256(hash() + '\u0000' + revision);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
