package org.coplaunchpad.standalone.site.view;

import java.util.ArrayList;
import java.util.List;

/**
 * The one list of the records the site's templates receive: their accessors are what the templates may call
 * (Confluence 9+'s Velocity allowlist, which the site keeps to as the app does). A screen's view model is added
 * here with the screen.
 */
public final class ViewModels {
    private ViewModels() {
    }

    public static List<Class<? extends Record>> all() {
        List<Class<? extends Record>> all = new ArrayList<>(LayoutView.records());
        // one line per screen
        all.addAll(List.of(MessageView.class, LoginView.class, LogoutView.class, WebSudoView.class, ErrorPageView.class));
        all.addAll(List.of(PageView.class, PageView.Crumb.class));
        all.addAll(List.of(SpaceDirectoryView.class, SpaceDirectoryView.Entry.class));
        all.addAll(List.of(PageHistoryView.class, PageHistoryView.Row.class, PageVersionView.class));
        all.addAll(List.of(ManageAppsView.class));
        all.addAll(List.of(UsersView.class, UsersView.Row.class, RemoveUserView.class));
        all.addAll(List.of(CreateView.class, CreateView.Choice.class));
        all.addAll(List.of(EditorView.class));
        all.addAll(List.of(MacroDialogView.class, MacroDialogView.Macro.class, MacroDialogView.Field.class,
                MacroDialogView.Option.class));
        all.addAll(List.of(CreateSpaceView.class));
        all.addAll(List.of(SpacePermissionsView.class, SpacePermissionsView.Permission.class,
                SpacePermissionsView.Grants.class, SpacePermissionsView.Cell.class));
        return List.copyOf(all);
    }
}
