package com.atlassian.user;

import java.io.Serializable;

/** confluence-api.md §2.8 (User extends Entity); VERIFIED.md §5: interface extends Serializable. */
public interface Entity extends Serializable {
    String getName();
}
