package org.coplaunchpad.standalone.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.coplaunchpad.standalone.store.Page;
import org.coplaunchpad.standalone.store.PageStore;
import org.coplaunchpad.standalone.store.Settings;
import org.coplaunchpad.standalone.store.SpacePermission;
import org.coplaunchpad.standalone.store.SpaceStore;
import org.coplaunchpad.standalone.store.User;
import org.coplaunchpad.standalone.store.UserStore;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The demo site: the people of issue 3 and the CDP space. Pages come from demo-space.xml (storage format),
 * so that content is edited in one place; people and permissions are here.
 */
public final class DemoData {
    public static final String SPACE_KEY = "CDP";
    public static final String PARENT_PAGE = "Phase de démarrage d'une communauté de pratique";
    /** Benefit panels and the personal readiness checklist ("readiness"). */
    public static final String CHILD_PAGE = "Se décider";
    /** The launch team's shared checklist ("equipe"). */
    public static final String TEAM_PAGE = "Préparation de l'équipe";
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
    private final PageStore pages;
    private final Settings settings;

    public DemoData(UserStore users, SpaceStore spaces, PageStore pages, Settings settings) {
        this.users = users;
        this.spaces = spaces;
        this.pages = pages;
        this.settings = settings;
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
        Long home = null;
        for (Element page : children(space, "page")) {
            long id = createPage(key, null, page);
            home = home == null ? id : home;
        }
        if (home != null) {
            spaces.setHomePage(key, home);
        }
        settings.put(SEEDED, "true");
        return true;
    }

    private long createPage(String spaceKey, Long parentId, Element xml) {
        String body = children(xml, "body").stream().findFirst().map(Node::getTextContent).orElse("").trim();
        Page page = pages.create(spaceKey, parentId, xml.getAttribute("title"), body, "coach");
        for (Element child : children(xml, "page")) {
            createPage(spaceKey, page.id(), child);
        }
        return page.id();
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
