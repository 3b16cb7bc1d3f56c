package org.coplaunchpad.standalone.site.view;

import java.util.List;

/**
 * What {@code layout.vm} shows around every screen: the AUI header, the space sidebar, the toolbar above a page,
 * the web resources the content required, and the content itself (already rendered: a site template, a page's
 * storage format rendered as Confluence renders it, or a plugin servlet's decorated body).
 *
 * @param sidebar null outside a space
 * @param withheldAuiGlobals AUI globals Confluence would not serve without their web resource, space-separated;
 *                           empty when none are withheld
 */
public record LayoutView(String language, String title, String token, String remoteUser, boolean aui,
                         List<String> stylesheets, List<String> unknownResources, Header header, Sidebar sidebar,
                         boolean heading, List<Link> toolbar, String contentHtml, List<String> scripts,
                         String withheldAuiGlobals) {
    public LayoutView {
        stylesheets = List.copyOf(stylesheets);
        unknownResources = List.copyOf(unknownResources);
        toolbar = List.copyOf(toolbar);
        scripts = List.copyOf(scripts);
    }

    /** A link or button-like link; {@code id} and {@code cssClass} may be empty. */
    public record Link(String id, String cssClass, String href, String label) {
    }

    /**
     * @param adminLinks the site's administration screens; empty unless the visitor is a Confluence administrator
     * @param user null for an anonymous visitor
     * @param here the current screen, context-relative: where the language switch comes back to
     */
    public record Header(String siteName, List<Link> primary, List<Link> adminLinks, User user, String here,
                         List<Language> languages) {
        public Header {
            primary = List.copyOf(primary);
            adminLinks = List.copyOf(adminLinks);
            languages = List.copyOf(languages);
        }
    }

    public record User(String username, String fullName) {
    }

    public record Language(String tag, String label, boolean current) {
    }

    public record Sidebar(String spaceName, String spaceHref, List<TreeNode> tree, List<Link> spaceTools) {
        public Sidebar {
            tree = List.copyOf(tree);
            spaceTools = List.copyOf(spaceTools);
        }
    }

    public record TreeNode(String href, String title, boolean current, List<TreeNode> children) {
        public TreeNode {
            children = List.copyOf(children);
        }
    }

    /** Every record a layout is made of, for the templates' allowlist. */
    public static List<Class<? extends Record>> records() {
        return List.of(LayoutView.class, Link.class, Header.class, User.class, Language.class, Sidebar.class,
                TreeNode.class);
    }
}
