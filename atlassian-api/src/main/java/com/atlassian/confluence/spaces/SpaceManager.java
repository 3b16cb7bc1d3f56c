package com.atlassian.confluence.spaces;

/** confluence-api.md §2.7 SpaceManager (interface); VERIFIED.md §6: the space with a key, null if none. */
public interface SpaceManager {
    Space getSpace(String spaceKey);
}
