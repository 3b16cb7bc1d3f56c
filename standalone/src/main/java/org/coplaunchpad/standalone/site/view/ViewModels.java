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
        all.addAll(List.of(MessageView.class, LoginView.class));
        all.addAll(List.of(PageView.class, PageView.Crumb.class));
        all.addAll(List.of(SpaceDirectoryView.class, SpaceDirectoryView.Entry.class));
        all.addAll(List.of(PageHistoryView.class, PageHistoryView.Row.class));
        all.addAll(List.of(PageVersionView.class));
        all.addAll(List.of(ManageAppsView.class));
        all.addAll(List.of(LogoutView.class));
        all.addAll(List.of(WebSudoView.class));
        all.addAll(List.of(ErrorPageView.class));
        return List.copyOf(all);
    }
}
