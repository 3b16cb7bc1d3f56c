package org.coplaunchpad;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.servlet.http.HttpServlet;
import java.util.Set;
import org.coplaunchpad.access.AccessPolicy;
import org.coplaunchpad.access.GuardedServlet;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.testing.AppClasses;

/** The boundaries of architecture.md, checked on the app's bytecode (ArchUnit): the classes the build produced. */
@AnalyzeClasses(locations = ArchitectureTest.TheApp.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** Only plugin/target/classes: the test class path also holds the test-only modules (ao-host, velocity). */
    static final class TheApp implements LocationProvider {
        @Override
        public Set<Location> get(Class<?> testClass) {
            return Set.of(Location.of(AppClasses.classesDirectory()));
        }
    }

    private static final String ACCESS = "org.coplaunchpad.access..";

    @ArchTest
    static final ArchRule no_package_depends_on_itself_through_another =
            slices().matching("org.coplaunchpad.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule only_access_checks_tokens_websudo_logins_and_users = noClasses()
            .that().resideOutsideOfPackage(ACCESS)
            .should().dependOnClassesThat().haveFullyQualifiedName("com.atlassian.sal.api.xsrf.XsrfTokenValidator")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.atlassian.sal.api.websudo.WebSudoManager")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.atlassian.sal.api.auth.LoginUriProvider")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.atlassian.sal.api.user.UserManager")
            .because("every endpoint passes the one guard in access/, which alone resolves the viewer");

    @ArchTest
    static final ArchRule only_the_access_policy_asks_confluence_for_permissions = noClasses()
            .that().doNotHaveFullyQualifiedName(AccessPolicy.class.getName())
            .should().dependOnClassesThat().haveFullyQualifiedName("com.atlassian.confluence.security.PermissionManager");

    @ArchTest
    static final ArchRule the_answering_service_and_the_stores_speak_no_http_nor_json = noClasses()
            .that().haveSimpleName("AnsweringService").or().resideInAPackage("org.coplaunchpad.answers..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "javax.servlet..", "org.coplaunchpad.web..")
            .because("a service returns a domain result; only the endpoint knows HTTP status codes and JSON");

    @ArchTest
    static final ArchRule only_endpoint_classes_see_servlet_types = noClasses()
            .that().resideOutsideOfPackages(ACCESS, "org.coplaunchpad.web..").and().areNotAssignableTo(GuardedServlet.class)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "javax.servlet..")
            .because("one source serves Confluence 9 (javax) and 10 (jakarta): the servlet types stay at the edge");

    @ArchTest
    static final ArchRule every_servlet_passes_the_guard = classes()
            .that().areAssignableTo(HttpServlet.class).and().doNotHaveFullyQualifiedName(GuardedServlet.class.getName())
            .should().beAssignableTo(GuardedServlet.class);

    @ArchTest
    static final ArchRule only_the_stores_touch_active_objects_or_sql = noClasses()
            .that().resideOutsideOfPackage("org.coplaunchpad.answers..")
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.activeobjects..", "net.java.ao..",
                    "com.atlassian.sal.api.rdbms..", "java.sql..");

    @ArchTest
    static final ArchRule the_assessment_rules_are_pure = classes()
            .that().resideInAPackage("org.coplaunchpad.assessment..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "org.coplaunchpad.assessment..",
                    "org.coplaunchpad.catalog..").or(belongToAnyOf(Answer.class, AnswerCounts.class, LaunchThresholds.class)))
            .because("the rules are pure functions over plain values, every one a unit test without Confluence, AO, "
                    + "servlets or Spring");
}
