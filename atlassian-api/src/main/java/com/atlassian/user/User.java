package com.atlassian.user;

import java.security.Principal;

/** confluence-api.md §2.8 User (interface extends Entity, Principal); VERIFIED.md §5. */
public interface User extends Entity, Principal {
    String getFullName();
}
