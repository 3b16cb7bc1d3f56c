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

    public String displayName(String userKey) {
        UserProfile profile = userManager.getUserProfile(new UserKey(userKey));
        return profile == null || profile.getFullName() == null || profile.getFullName().isBlank()
                ? userKey : profile.getFullName();
    }
}
