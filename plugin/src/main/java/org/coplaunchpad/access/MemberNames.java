package org.coplaunchpad.access;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.springframework.stereotype.Component;

/**
 * How members are named on screen: their full name, or their user key when Confluence no longer knows them. In
 * access/ because only this package talks to SAL's UserManager (who people are).
 */
@Component
public class MemberNames {
    private final UserManager userManager;

    public MemberNames(@ComponentImport UserManager userManager) {
        this.userManager = userManager;
    }

    /** Their full name while Confluence knows them; empty for a removed user (then texts say "a removed user"). */
    public java.util.Optional<String> knownName(String userKey) {
        UserProfile profile = userKey == null ? null : userManager.getUserProfile(new UserKey(userKey));
        return profile == null ? java.util.Optional.empty() : java.util.Optional.of(
                profile.getFullName() == null || profile.getFullName().isBlank() ? userKey : profile.getFullName());
    }

    public String displayName(String userKey) {
        UserProfile profile = userManager.getUserProfile(new UserKey(userKey));
        return profile == null || profile.getFullName() == null || profile.getFullName().isBlank()
                ? userKey : profile.getFullName();
    }
}
