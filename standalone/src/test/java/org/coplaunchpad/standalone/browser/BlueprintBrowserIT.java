package org.coplaunchpad.standalone.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Issue 6 in Chromium: in a space an administrator has just created, the coach creates the start-up tree from the
 * blueprint, inserts a benefit panel with the Insert macro dialog and saves; a member who may only view sees it.
 */
class BlueprintBrowserIT extends BrowserSession {
    private static final String SPACE = "LANCER";
    private static final String DECIDE = "Se décider";
    /** The participant benefits of the catalog: what the inserted panel lists. */
    private static final int PARTICIPANT_BENEFITS = 8;


    private static List<WebElement> insertedPanelItems(WebDriver driver) {
        return driver.findElements(By.cssSelector(
                "#main-content section.cop-benefits--list [data-category='participant-benefits'] li[data-item]"));
    }

    @Test
    void coach_builds_the_tree_from_the_blueprint_inserts_a_panel_and_alice_sees_it() throws Exception {
        LoginPage.open(driver, host.baseUri(), "/dashboard.action").logInAs("admin", "admin");
        SpaceAdminPages.Permissions permissions = SpaceAdminPages.CreateSpace.openFromHeader(driver)
                .create(SPACE, "Lancement de la communauté des archivistes")
                .grant("coach", "view", "edit", "administer")
                .grant("alice", "view");
        assertTrue(permissions.granted("coach", "administer"));
        assertTrue(permissions.granted("alice", "view") && !permissions.granted("alice", "edit"));
        new ViewPage(driver).logOut();

        LoginPage.open(driver, host.baseUri(), ViewPage.path(SPACE, "")).logInAs("coach", "coach");
        CreateDialogPage dialog = CreateDialogPage.openFromHeader(driver);
        assertTrue(dialog.choices().contains("Démarrage d'une communauté de pratique"), dialog.choices().toString());
        ViewPage created = dialog.createFromBlueprint("start-up-blueprint");
        assertEquals(DECIDE, created.title());

        ViewPage child = ViewPage.open(driver, host.baseUri(), SPACE, DECIDE);
        EditorPage editor = EditorPage.openFromPage(driver).cursorAtEnd();
        EditorPage.MacroDialog macro = editor.insertMacro("cop-benefits-panel")
                .set(Map.of("category", "participant-benefits", "layout", "list"));
        assertEquals("Liste de bénéfices", macro.label("category"));
        macro.screenshotTo(Path.of(System.getProperty("coplaunchpad.screenshot.dir", "target/screenshots"))
                .resolve("blueprint.png"));
        macro.insert();
        assertTrue(editor.storage().contains("<ac:structured-macro ac:name=\"cop-benefits-panel\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"category\">participant-benefits</ac:parameter>"
                + "<ac:parameter ac:name=\"layout\">list</ac:parameter>"
                + "<ac:rich-text-body><p></p></ac:rich-text-body></ac:structured-macro>"), editor.storage());
        ViewPage saved = editor.save();
        assertEquals(DECIDE, saved.title());
        assertEquals(PARTICIPANT_BENEFITS, insertedPanelItems(driver).size());
        assertEquals(2, host.site().pages().find(SPACE, DECIDE).orElseThrow().version());
        child.logOut();

        LoginPage.open(driver, host.baseUri(), ViewPage.path(SPACE, DECIDE)).logInAs("alice", "alice");
        assertEquals(DECIDE, new ViewPage(driver).title());
        assertEquals(PARTICIPANT_BENEFITS, insertedPanelItems(driver).size());
        assertTrue(driver.findElements(By.id("editPageLink")).isEmpty(), "alice may only view");
    }
}
