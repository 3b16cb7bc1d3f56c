package com.atlassian.confluence.plugin.descriptor.web.conditions;

import java.util.Locale;
import java.util.Map;
import org.coplaunchpad.standalone.hosting.web.WebItemCondition;
import org.coplaunchpad.standalone.data.SpacePermission;

/** Confluence's SpacePermissionCondition: the user holds the {@code permission} param (view, edit or administer) on the space shown. */
public final class SpacePermissionCondition implements WebItemCondition {
    private SpacePermission permission;

    @Override
    public void init(Map<String, String> params) {
        String name = params.get("permission");
        permission = switch (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) {
            case "view" -> SpacePermission.VIEW;
            case "edit" -> SpacePermission.EDIT;
            case "administer" -> SpacePermission.ADMINISTER;
            default -> throw new IllegalArgumentException("SpacePermissionCondition: the permission param must be"
                    + " view, edit or administer, not " + name);
        };
    }

    @Override
    public boolean shouldDisplay(Subject subject) {
        if (subject.space().isEmpty()) {
            return false;
        }
        return subject.permissions().has(subject.user(), permission, subject.space().get().key());
    }
}
