package org.coplaunchpad.standalone.hosting.osgi;

import com.atlassian.confluence.plugin.descriptor.web.conditions.SpacePermissionCondition;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.servlet.Servlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import net.java.ao.EntityManager;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.AopProxy;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.SpringVersion;
import org.springframework.expression.ExpressionParser;

/**
 * The packages the host exports to the app, as Confluence does: the Atlassian API (computed from the
 * atlassian-api jar, so a new declaration is exported without touching the host), the Confluence packages the
 * host implements itself (the web-item conditions), the OSGi bridge package Atlassian's apps import, the AO
 * engine, the servlet API and Spring. Nothing else: a package the bundle forgot to import is then missing here
 * as in Confluence.
 */
public final class SystemPackages {
    /** Jetty 12 ee10 implements Servlet 6.0; Confluence 10 exports jakarta.servlet 6. */
    static final String SERVLET_API_VERSION = "6.0.0";
    /** Confluence 9 runs on Tomcat 9 (Servlet 4.0); the app imports the servlet packages unversioned. */
    static final String CONFLUENCE_9_SERVLET_API_VERSION = "4.0.0";
    /** The slf4j version on the host class path (root pom). */
    static final String SLF4J_VERSION = "2.0.17";
    /** The AO engine version on the host class path (root pom). */
    static final String ACTIVE_OBJECTS_VERSION = "6.1.1";

    /**
     * Exported by name only. In Confluence this package (atlassian-plugins-osgi-bridge) holds
     * HostComponentFactoryBean, PluginRetrievalService and SpringHostContainer, which the Spring XML the plugin
     * framework generates for transformed plugins uses. The app imports it because Atlassian's apps do and links
     * against none of its types, so the host has no classes to offer; a type the app starts using is declared in
     * atlassian-api first.
     */
    static final Set<String> PACKAGES_WITHOUT_CLASSES = Set.of("com.atlassian.plugin.osgi.bridge.external");

    private SystemPackages() {
    }

    /** The value of org.osgi.framework.system.packages.extra. */
    public static String exportClause() {
        return exportClause(false);
    }

    /**
     * The same packages with the servlet API under its javax names, as Confluence 9 exports it (Tomcat 9,
     * Servlet 4.0): only to check that the Confluence 9 jar resolves; the host runs jakarta servlets.
     */
    public static String confluence9ExportClause() {
        return exportClause(true);
    }

    private static String exportClause(boolean javaxServlets) {
        List<String> clauses = new ArrayList<>();
        Set<String> atlassian = new TreeSet<>(atlassianApiPackages());
        atlassian.addAll(hostImplementedPackages());
        atlassian.addAll(PACKAGES_WITHOUT_CLASSES);
        clauses.addAll(atlassian);
        for (String pkg : packagesBeside(EntityManager.class, name -> name.startsWith("net.java.ao"))) {
            clauses.add(pkg + ";version=" + ACTIVE_OBJECTS_VERSION);
        }
        for (String pkg : packagesBeside(Servlet.class, name -> name.startsWith("jakarta.servlet"))) {
            clauses.add(javaxServlets
                    ? pkg.replaceFirst("^jakarta\\.", "javax.") + ";version=" + CONFLUENCE_9_SERVLET_API_VERSION
                    : pkg + ";version=" + SERVLET_API_VERSION);
        }
        // Confluence's log, which Confluence exports to apps: the host's own slf4j, at its version.
        for (String pkg : packagesBeside(LoggerFactory.class, name -> name.equals("org.slf4j"))) {
            clauses.add(pkg + ";version=" + SLF4J_VERSION);
        }
        String spring = SpringVersion.getVersion();
        Set<String> springPackages = new TreeSet<>();
        for (Class<?> anchor : List.of(ApplicationContext.class, BeanFactory.class, SpringVersion.class,
                AopProxy.class, ExpressionParser.class)) {
            springPackages.addAll(packagesBeside(anchor, name -> name.startsWith("org.springframework")));
        }
        for (String pkg : springPackages) {
            clauses.add(pkg + ";version=" + spring);
        }
        return String.join(",", clauses);
    }

    /** Every package of the atlassian-api jar: what the app may link against in Confluence. */
    public static Set<String> atlassianApiPackages() {
        return packagesBeside(ComponentImport.class, name -> name.startsWith("com.atlassian."));
    }

    /** Confluence packages whose classes the host itself provides under Confluence's names (not declarations). */
    public static Set<String> hostImplementedPackages() {
        return packagesBeside(SpacePermissionCondition.class, name -> name.startsWith("com.atlassian."));
    }

    /** The packages holding classes in the jar (or classes folder) that {@code anchor} was loaded from. */
    static Set<String> packagesBeside(Class<?> anchor, Predicate<String> wanted) {
        Path location;
        try {
            location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("Cannot locate the jar of " + anchor.getName(), e);
        }
        Set<String> packages = new TreeSet<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.filter(f -> f.toString().endsWith(".class"))
                            .map(f -> location.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(), "."))
                            .forEach(packages::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(JarEntry::getName)
                            .filter(n -> n.endsWith(".class") && n.contains("/") && !n.startsWith("META-INF/"))
                            .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
                            .forEach(packages::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the packages of " + location, e);
        }
        packages.removeIf(wanted.negate());
        return packages;
    }
}
