package org.coplaunchpad.standalone.site.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.coplaunchpad.standalone.hosting.blueprint.Blueprints;
import org.coplaunchpad.standalone.hosting.services.HostPageLifecycle;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.Settings;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.SpacePermission;
import org.coplaunchpad.standalone.data.SpaceStore;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.data.UserStore;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The demo site: the people of issue 3 and the CDP space. People and permissions are here; the page tree is made as
 * a coach would make it (issue 6): demo-space.xml's home page, then the app's start-up blueprint called as coach in
 * French (the index page {@link #PARENT_PAGE} and its child {@link #CHILD_PAGE}, from the app's templates), then
 * demo-space.xml's extra pages under the index page ({@link #TEAM_PAGE}). Seeding therefore runs once the app is
 * installed.
 */
public final class DemoData {
    public static final String SPACE_KEY = "CDP";
    /** The space's home page (demo-space.xml). */
    public static final String HOME_PAGE = "Communauté de pratique — démarrage";
    /** The blueprint's index page, in French (cop-launchpad.blueprint.index.title). */
    public static final String PARENT_PAGE = "Phase de démarrage d'une communauté de pratique";
    /** The blueprint's first page (cop-launchpad.blueprint.decide.title): benefit panels, the personal readiness
     * checklist ("readiness") and the reference. */
    public static final String CHILD_PAGE = "Se décider";
    /** Under the index page, from demo-space.xml: the launch team's shared checklist ("equipe"). */
    public static final String TEAM_PAGE = "Préparation de l'équipe";
    /** The app's start-up blueprint (atlassian-plugin.xml), which makes {@link #PARENT_PAGE} and {@link #CHILD_PAGE}. */
    public static final String START_UP_BLUEPRINT = "start-up-blueprint";
    static final String SEEDED = "demo.seeded";
    static final String MEMBERS = "cdp-members";
    static final String ADMINISTRATORS = "confluence-administrators";

    /** Demo logins: the password is the username. */
    public record DemoUser(String username, String fullName, Locale locale, String role) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Administrateur du site", Locale.FRENCH, "Confluence administrator"),
            new DemoUser("coach", "Camille Coach", Locale.FRENCH, "administrator of CDP"),
            new DemoUser("alice", "Alice Martin", Locale.FRENCH, "member of CDP (view, edit)"),
            new DemoUser("bruno", "Bruno Tremblay", Locale.FRENCH, "member of CDP (view, edit)"),
            new DemoUser("chloe", "Chloe Smith", Locale.ENGLISH, "member of CDP (view, edit), English"),
            new DemoUser("visitor", "Victor Visiteur", Locale.FRENCH, "no permission on CDP"));

    private final UserStore users;
    private final SpaceStore spaces;
    /** The demo's pages are created as a person creates them, so the app's listeners register their checklists. */
    private final HostPageLifecycle pages;
    private final Settings settings;
    private final Blueprints blueprints;

    public DemoData(UserStore users, SpaceStore spaces, HostPageLifecycle pages, Settings settings,
                    Blueprints blueprints) {
        this.users = users;
        this.spaces = spaces;
        this.pages = pages;
        this.settings = settings;
        this.blueprints = blueprints;
    }

    /** Seeds an empty database once; a database that already has data is left as it is. */
    public boolean seedIfEmpty() {
        if (settings.get(SEEDED).isPresent() || users.any()) {
            return false;
        }
        for (DemoUser demo : USERS) {
            users.create(new User(demo.username(), demo.fullName(), demo.username() + "@example.org", demo.locale(),
                    demo.username().equals("admin")), demo.username());
        }
        users.addToGroup("admin", ADMINISTRATORS);
        for (String member : List.of("alice", "bruno", "chloe")) {
            users.addToGroup(member, MEMBERS);
        }
        Element space = spaceXml();
        spaces.create(space.getAttribute("key"), space.getAttribute("name"));
        String key = space.getAttribute("key");
        for (SpacePermission permission : SpacePermission.values()) {
            spaces.grantToUser(key, permission, "coach");
            spaces.grantToGroup(key, permission, ADMINISTRATORS);
        }
        spaces.grantToGroup(key, SpacePermission.VIEW, MEMBERS);
        spaces.grantToGroup(key, SpacePermission.EDIT, MEMBERS);
        Element homeXml = children(space, "home").stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("demo-space.xml has no home element"));
        Page home = pages.create(key, null, homeXml.getAttribute("title"), body(homeXml), "coach");
        spaces.setHomePage(key, home.id());
        for (Element blueprint : children(space, "blueprint")) {
            createFromBlueprint(key, blueprint);
        }
        settings.put(SEEDED, "true");
        return true;
    }

    /** As the Create dialog does it: the blueprint as that user in that language; then the extra pages under the
     * index page. The titles the blueprint gave must be the ones tests and links rely on. */
    private void createFromBlueprint(String spaceKey, Element xml) {
        String blueprintKey = xml.getAttribute("key");
        User author = users.find(xml.getAttribute("as"))
                .orElseThrow(() -> new IllegalStateException("demo-space.xml: no user " + xml.getAttribute("as")));
        Space space = spaces.find(spaceKey).orElseThrow();
        if (!(blueprints.create(blueprintKey, space, author, Locale.forLanguageTag(xml.getAttribute("locale")))
                instanceof Blueprints.Created created)) {
            throw new IllegalStateException("demo-space.xml: blueprint " + blueprintKey + " was refused in " + spaceKey);
        }
        if (blueprintKey.equals(START_UP_BLUEPRINT)) {
            expectTitle(PARENT_PAGE, created.indexPage());
            expectTitle(CHILD_PAGE, created.result());
        }
        for (Element child : children(xml, "page")) {
            createPage(spaceKey, created.indexPage().id(), child);
        }
    }

    private static void expectTitle(String expected, Page page) {
        if (!expected.equals(page.title())) {
            throw new IllegalStateException("The demo expects the blueprint to create '" + expected + "', it created '"
                    + page.title() + "'");
        }
    }

    private static String body(Element xml) {
        return children(xml, "body").stream().findFirst().map(Node::getTextContent).orElse("").trim();
    }

    /** The demo's extra pages are the coach's, as the blueprint's pages are. */
    private void createPage(String spaceKey, Long parentId, Element xml) {
        pages.create(spaceKey, parentId, xml.getAttribute("title"), body(xml), "coach");
    }

    private static Element spaceXml() {
        try (InputStream in = DemoData.class.getResourceAsStream("demo-space.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("demo-space.xml is unreadable: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                result.add(e);
            }
        }
        return result;
    }
}
