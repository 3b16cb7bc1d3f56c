package org.coplaunchpad.answers;

/** A personal checklist's figures for one item: how many members tick it, of how many who answered the checklist. */
public record Agreement(int agree, int respondents) {
}
