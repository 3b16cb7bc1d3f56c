package org.coplaunchpad.access;

import com.atlassian.confluence.spaces.Space;
import java.util.Optional;
import org.coplaunchpad.macro.Texts;

/**
 * What an endpoint's handler gets once the guard let the request through: the viewer (a member), their texts,
 * and the space the permission was checked on (for {@link Permission#SPACE_ADMINISTRATOR}).
 */
public record Granted(Viewer viewer, Texts texts, Optional<Space> space) {
}
