package com.atlassian.core.util;

/**
 * The type of SpaceRemoveEvent's third constructor parameter (confluence-api.md §2.9, VERIFIED.md §7). Declared
 * for the type only: no member is used, so none is declared (the private constructor is not part of the API).
 */
public class ProgressMeter {
    private ProgressMeter() {
    }
}
