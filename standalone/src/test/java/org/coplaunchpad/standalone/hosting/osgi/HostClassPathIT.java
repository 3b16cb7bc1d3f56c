package org.coplaunchpad.standalone.hosting.osgi;

import org.coplaunchpad.standalone.testing.HostPerClass;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.atlassian.confluence.macro.Macro;
import org.coplaunchpad.standalone.site.StandaloneHost;
import org.junit.jupiter.api.Test;

/** The app is reachable only as a bundle, as in Confluence: never through the host's own class path. */
class HostClassPathIT {
    private static final String MACRO_CLASS = "org.coplaunchpad.benefits.BenefitsPanelMacro";

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    @Test
    void the_host_class_loader_cannot_load_the_apps_classes() {
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName(MACRO_CLASS, false, StandaloneHost.class.getClassLoader()));
    }

    @Test
    void the_macro_comes_from_the_bundle_and_implements_the_hosts_macro_interface() throws Exception {
        Macro macro = host.app().macro("cop-benefits-panel").orElseThrow();

        assertSame(host.app().bundle().classLoader(), macro.getClass().getClassLoader());
        assertNotSame(StandaloneHost.class.getClassLoader(), macro.getClass().getClassLoader());
        assertSame(Macro.class, host.app().bundle().classLoader().loadClass(Macro.class.getName()));
    }

    @Test
    void the_bundle_cannot_see_host_classes_it_does_not_import() {
        assertThrows(ClassNotFoundException.class,
                () -> host.app().bundle().classLoader().loadClass(StandaloneHost.class.getName()));
    }
}
