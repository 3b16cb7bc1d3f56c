package org.coplaunchpad.testing;


import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.core.BodyContent;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coplaunchpad.access.AccessPolicy;
import org.coplaunchpad.access.MemberNames;

/**
 * A small Confluence made of Mockito mocks: users, one space, pages in storage format and who may view or edit
 * them. Tests say "alice may view page 42" and the app's AccessPolicy sees exactly that through Confluence's API.
 */
public final class ConfluenceFixture {
    public final UserManager userManager = mock(UserManager.class);
    public final UserAccessor userAccessor = mock(UserAccessor.class);
    public final PermissionManager permissionManager = mock(PermissionManager.class);
    public final SpaceManager spaceManager = mock(SpaceManager.class);
    public final PageManager pageManager = mock(PageManager.class);
    public final AccessPolicy accessPolicy = new AccessPolicy(userManager, userAccessor, permissionManager);
    public final MemberNames memberNames = new MemberNames(userManager);
    private final Map<String, List<Page>> pagesOf = new HashMap<>();

    public ConfluenceUser user(String key, String fullName) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey(key));
        when(user.getName()).thenReturn(key);
        when(userAccessor.getUserByKey(new UserKey(key))).thenReturn(user);
        UserProfile profile = mock(UserProfile.class);
        when(profile.getFullName()).thenReturn(fullName);
        when(profile.getUserKey()).thenReturn(new UserKey(key));
        when(userManager.getUserProfile(new UserKey(key))).thenReturn(profile);
        return user;
    }

    /** Confluence no longer knows the user (deleted), though sessions and old answers may still name the key. */
    public void deleted(String key) {
        when(userAccessor.getUserByKey(new UserKey(key))).thenReturn(null);
    }

    public void loggedIn(String key) {
        when(userManager.getRemoteUserKey()).thenReturn(key == null ? null : new UserKey(key));
    }

    public Space space(String key) {
        Space space = mock(Space.class);
        when(space.getKey()).thenReturn(key);
        when(spaceManager.getSpace(key)).thenReturn(space);
        return space;
    }

    public AbstractPage page(long id, String spaceKey, String storageFormat) {
        AbstractPage page = mock(AbstractPage.class);
        when(page.getId()).thenReturn(id);
        when(page.getSpaceKey()).thenReturn(spaceKey);
        when(page.getTitle()).thenReturn("Page " + id);
        BodyContent body = mock(BodyContent.class);
        when(body.getBody()).thenReturn(storageFormat);
        when(page.getBodyContent()).thenReturn(body);
        when(pageManager.getAbstractPage(id)).thenReturn(page);
        return page;
    }

    /**
     * A published page of a space, as page events carry it (a Page, not only an AbstractPage), known to
     * PageManager by id and listed among the space's current pages.
     */
    public Page publishedPage(long id, Space space, String storageFormat) {
        Page page = mock(Page.class);
        when(page.getId()).thenReturn(id);
        when(page.getSpace()).thenReturn(space);
        String spaceKey = space.getKey();
        when(page.getSpaceKey()).thenReturn(spaceKey);
        when(page.getTitle()).thenReturn("Page " + id);
        when(page.isCurrent()).thenReturn(true);
        BodyContent body = mock(BodyContent.class);
        when(body.getBody()).thenReturn(storageFormat);
        when(page.getBodyContent()).thenReturn(body);
        when(pageManager.getAbstractPage(id)).thenReturn(page);
        List<Page> pages = new ArrayList<>(pagesOf.computeIfAbsent(spaceKey, key -> new ArrayList<>()));
        pages.add(page);
        pagesOf.put(spaceKey, pages);
        when(pageManager.getPages(space, true)).thenReturn(pages);
        return page;
    }

    /** The page now lives in another space (moved), as Confluence changes it before it sends the move event. */
    public void movedTo(Page page, Space space) {
        when(page.getSpace()).thenReturn(space);
        String spaceKey = space.getKey();
        when(page.getSpaceKey()).thenReturn(spaceKey);
    }

    public void mayView(ConfluenceUser user, Object content) {
        when(permissionManager.hasPermission(eq(user), eq(Permission.VIEW), eq(content))).thenReturn(true);
    }

    public void mayEdit(ConfluenceUser user, Object content) {
        mayView(user, content);
        when(permissionManager.hasPermission(eq(user), eq(Permission.EDIT), eq(content))).thenReturn(true);
    }

    public void mayAdminister(ConfluenceUser user, Object target) {
        when(permissionManager.hasPermission(eq(user), eq(Permission.ADMINISTER), eq(target))).thenReturn(true);
    }

    /** The storage format of a checklist macro as Confluence's editor saves it. */
    public static String checklistMacro(String checklist, String mode) {
        return "<p>Cochez ce qui est prêt&nbsp;:</p><ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\" "
                + "ac:macro-id=\"5f1\"><ac:parameter ac:name=\"checklist\">" + checklist + "</ac:parameter>"
                + "<ac:parameter ac:name=\"mode\">" + mode + "</ac:parameter></ac:structured-macro>";
    }

}
