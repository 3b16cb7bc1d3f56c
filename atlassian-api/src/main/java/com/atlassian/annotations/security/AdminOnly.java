package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * confluence-api.md §2.11 (servlet access annotations of Confluence 9/10) and VERIFIED.md §1: a marker used without
 * arguments on servlet classes; RUNTIME retention so that Confluence's reflection sees it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {
}
