package org.coplaunchpad.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import java.util.Map;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole permission model, every role × every action, read through Confluence's API as the app sees it.
 * Columns: use the app · view the page · answer for themselves · answer for the team · administer the space
 * (its dashboard and thresholds) · see the institution overview.
 */
class AccessPolicyTest {
    private final ConfluenceFixture confluence = new ConfluenceFixture();
    private final AccessPolicy policy = confluence.accessPolicy;
    private Space cdp;
    private AbstractPage page;

    @BeforeEach
    void aSpaceWithAChecklistPageAndOnePersonPerRole() {
        cdp = confluence.space("CDP");
        page = confluence.page(42, "CDP", ConfluenceFixture.checklistMacro("readiness", "personal"));
        confluence.user("outsider", "Olga Outsider");
        ConfluenceUser reader = confluence.user("reader", "Rita Reader");
        confluence.mayView(reader, page);
        ConfluenceUser editor = confluence.user("editor", "Eddy Editor");
        confluence.mayEdit(editor, page);
        ConfluenceUser spaceAdmin = confluence.user("space-admin", "Sam Space");
        confluence.mayEdit(spaceAdmin, page);
        confluence.mayAdminister(spaceAdmin, cdp);
        ConfluenceUser admin = confluence.user("admin", "Ada Admin");
        confluence.mayAdminister(admin, PermissionManager.TARGET_APPLICATION);
        // "ghost" has a session but Confluence no longer knows the user: deleted.
    }

    private Map<String, Boolean> actionsOf(Viewer viewer) {
        return Map.of(
                "use", policy.isMember(viewer),
                "view", policy.mayView(viewer, page),
                "own", policy.mayAnswerForThemselves(viewer, page),
                "team", policy.mayAnswerForTheTeam(viewer, page),
                "space", policy.mayAdministerSpace(viewer, cdp),
                "overview", policy.isConfluenceAdministrator(viewer));
    }

    @ParameterizedTest(name = "{0}: use={1} view={2} own={3} team={4} space={5} overview={6}")
    @CsvSource({
            "anonymous,   false, false, false, false, false, false",
            "ghost,       false, false, false, false, false, false",
            "outsider,    true,  false, false, false, false, false",
            "reader,      true,  true,  true,  false, false, false",
            "editor,      true,  true,  true,  true,  false, false",
            "space-admin, true,  true,  true,  true,  true,  false",
            "admin,       true,  false, false, false, true,  true"})
    void each_role_may_do_exactly_its_actions_and_so_may_its_viewer_looked_up_by_the_guard(
            String role, boolean use, boolean view, boolean own, boolean team, boolean space, boolean overview) {
        Viewer viewer = role.equals("anonymous") ? Viewer.anonymous() : Viewer.user(role);
        Map<String, Boolean> expected =
                Map.of("use", use, "view", view, "own", own, "team", team, "space", space, "overview", overview);

        assertEquals(expected, actionsOf(viewer), role);
        Viewer lookedUp = policy.lookedUp(viewer);
        assertEquals(expected, actionsOf(lookedUp), role + ", looked up");
        assertEquals(viewer, lookedUp);
    }

    @Test
    void a_viewer_looked_up_by_the_guard_asks_confluence_for_the_user_once_for_all_its_checks() {
        Viewer editor = policy.lookedUp(Viewer.user("editor"));

        actionsOf(editor);
        actionsOf(editor);

        verify(confluence.userAccessor, times(1)).getUserByKey(new UserKey("editor"));
    }

    @Test
    void looking_up_an_anonymous_viewer_asks_confluence_nothing() {
        assertSame(Viewer.anonymous(), policy.lookedUp(Viewer.anonymous()));
        verifyNoInteractions(confluence.userAccessor);
    }

    @Test
    void the_viewer_is_the_signed_in_user_of_the_request_or_anonymous() {
        confluence.loggedIn("reader");
        assertEquals(Viewer.user("reader"), policy.viewer());

        confluence.loggedIn(null);
        assertTrue(policy.viewer().isAnonymous());
    }

    @Test
    void a_deleted_user_keeps_no_right_even_where_a_permission_was_once_granted() {
        ConfluenceUser leaver = confluence.user("leaver", "Léa Leaver");
        confluence.mayEdit(leaver, page);
        confluence.mayAdminister(leaver, PermissionManager.TARGET_APPLICATION);
        confluence.deleted("leaver");

        assertTrue(actionsOf(Viewer.user("leaver")).values().stream().noneMatch(allowed -> allowed),
                actionsOf(Viewer.user("leaver")).toString());
    }

    @Test
    void content_that_does_not_exist_is_never_permitted() {
        assertFalse(policy.mayView(Viewer.user("reader"), null));
        assertFalse(policy.mayAdministerSpace(Viewer.user("editor"), null));
    }
}
