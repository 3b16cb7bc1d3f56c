package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Test scope only: the app does not use it, so atlassian-api does not declare it (its real members are UNCONFIRMED,
 * VERIFIED.md §1). The host recognises the annotations by name, which is all this stand-in needs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
