package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** confluence-api.md §2.4 Spring Scanner annotations: ComponentImport (RUNTIME; PARAMETER, ANNOTATION_TYPE, FIELD). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
public @interface ComponentImport {
    String value() default "";
}
