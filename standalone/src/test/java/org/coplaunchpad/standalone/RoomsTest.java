package org.coplaunchpad.standalone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import org.coplaunchpad.standalone.site.StandaloneHost;

/**
 * The host's two rooms (hosting/README.md, site/README.md), checked on the host's bytecode: the part that hosts the
 * app as Confluence does knows nothing of the site for people, so that either can change without reading the other.
 */
@AnalyzeClasses(locations = RoomsTest.TheHost.class, importOptions = ImportOption.DoNotIncludeTests.class)
class RoomsTest {
    /** Only standalone/target/classes: the test class path also holds the Atlassian API and the other modules. */
    static final class TheHost implements LocationProvider {
        @Override
        public Set<Location> get(Class<?> testClass) {
            try {
                return Set.of(Location.of(Path.of(StandaloneHost.class.getProtectionDomain().getCodeSource().getLocation().toURI())));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final String HOSTING = "org.coplaunchpad.standalone.hosting..";
    private static final String SITE = "org.coplaunchpad.standalone.site..";
    private static final String DATA = "org.coplaunchpad.standalone.data..";
    /** The host's implementations of Confluence's condition classes: Confluence's package name, the hosting room's. */
    private static final String CONDITIONS = "com.atlassian.confluence.plugin.descriptor.web.conditions..";

    @ArchTest
    static final ArchRule hosting_depends_on_nothing_of_the_site = noClasses()
            .that().resideInAnyPackage(HOSTING, CONDITIONS)
            .should().dependOnClassesThat().resideInAPackage(SITE)
            .because("the hosting room imitates Confluence for the app's sake; the site may use it, never the reverse");

    @ArchTest
    static final ArchRule the_host_data_depends_on_neither_room = noClasses()
            .that().resideInAPackage(DATA)
            .should().dependOnClassesThat().resideInAnyPackage(HOSTING, SITE, CONDITIONS)
            .because("the host's database is what Confluence's own data is: both rooms read it, it reads neither");

    @ArchTest
    static final ArchRule every_host_class_lives_in_a_room = classes()
            .that().resideInAPackage("org.coplaunchpad.standalone..")
            .should().resideInAnyPackage(HOSTING, SITE, DATA)
            .because("a class outside the rooms would belong to neither README");

    @ArchTest
    static final ArchRule no_top_level_package_depends_on_itself_through_another =
            slices().matching("org.coplaunchpad.standalone.(*)..").should().beFreeOfCycles();
}
