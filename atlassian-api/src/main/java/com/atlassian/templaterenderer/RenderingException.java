package com.atlassian.templaterenderer;

/** confluence-api.md §2.6 RenderingException (class extends RuntimeException; constructors: VERIFIED.md). */
public class RenderingException extends RuntimeException {
    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
