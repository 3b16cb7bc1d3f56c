package org.coplaunchpad.answers;

/** A member ticking (checked) or unticking an item on a page: the input of {@link AnswerStore#record}. */
public record Tick(AnswerKey key, boolean checked, String actorKey, long pageId) {
}
