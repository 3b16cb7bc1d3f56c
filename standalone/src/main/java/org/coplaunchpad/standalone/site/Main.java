package org.coplaunchpad.standalone.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.hosting.osgi.PluginJar;
import org.coplaunchpad.standalone.hosting.osgi.PluginLoadException;
import org.coplaunchpad.standalone.data.DatabaseUnavailableException;

/**
 * {@code ./run}: starts the host until Ctrl-C. A wrong option, an unreachable database or a refused bundle is
 * one line on stderr and exit status 2 (1 for anything unexpected), never a stack trace.
 */
public final class Main {
    static final String USAGE = "usage: ./run [--port N] [--db JDBC_URL] [--data DIR] [--reset]";

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        HostConfig config;
        try {
            config = parse(args, home());
        } catch (IllegalArgumentException e) {
            System.err.println("run: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        StandaloneHost host;
        try {
            host = StandaloneHost.start(config);
        } catch (DatabaseUnavailableException | PluginLoadException e) {
            System.err.println("run: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            System.err.println("run: the host did not start: " + e + " (rerun with -Dcoplaunchpad.debug=true for details)");
            if (Boolean.getBoolean("coplaunchpad.debug")) {
                e.printStackTrace();
            }
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping...");
            host.close();
            stopped.countDown();
        }, "standalone-host-shutdown"));
        banner(out, host, config);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void banner(PrintStream out, StandaloneHost host, HostConfig config) {
        out.println();
        out.println("CoP Launchpad on a standalone Confluence-shaped host");
        out.println("  URL:       http://localhost:" + host.port() + "/confluence");
        out.println("  Demo page: http://localhost:" + host.port() + "/confluence/display/" + DemoData.SPACE_KEY + "/"
                + java.net.URLEncoder.encode(DemoData.CHILD_PAGE, java.nio.charset.StandardCharsets.UTF_8));
        out.println("  Database:  " + host.database().describe() + (host.seededDemo() ? " (demo data created)" : ""));
        out.println("  Data:      " + config.dataDirectory().toAbsolutePath());
        out.println("  App:       " + config.pluginJar());
        if (host.site().auiDirectory().isEmpty()) {
            out.println("  Warning:   AUI not found (npm unavailable at build time?): plain styles are used");
        }
        out.println("  Logins (password = username):");
        for (DemoData.DemoUser user : DemoData.USERS) {
            out.printf("    %-8s %s%n", user.username(), user.role());
        }
        out.println("Press Ctrl-C to stop.");
    }

    /** The repository root: set by ./run, else the working directory. */
    static Path home() {
        return Path.of(System.getProperty("coplaunchpad.home", ".")).toAbsolutePath().normalize();
    }

    static HostConfig parse(String[] args, Path home) {
        Properties build = buildProperties();
        int port = 1990;
        Path data = home.resolve("data");
        Optional<String> db = Optional.empty();
        boolean reset = false;
        Path jar = Optional.ofNullable(System.getProperty("coplaunchpad.plugin.jar")).map(Path::of)
                .orElse(PluginJar.defaultLocation(home, build.getProperty("version")));
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = port(value(args, ++i, arg));
                case "--db" -> db = Optional.of(jdbcUrl(value(args, ++i, arg)));
                case "--data" -> data = Path.of(value(args, ++i, arg)).toAbsolutePath();
                case "--reset" -> reset = true;
                case "-h", "--help" -> throw new IllegalArgumentException("help requested");
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        Path aui = Optional.ofNullable(System.getProperty("coplaunchpad.aui.dir")).map(Path::of)
                .orElse(home.resolve("standalone/target/aui").resolve(build.getProperty("aui.version")));
        // A database's user and password go in the JDBC URL (?user=…&password=…), as both drivers read them there.
        return new HostConfig(jar, data, db, Optional.empty(), Optional.empty(), port, reset, Optional.of(aui));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number from 0 to 65535, not " + text);
        }
    }

    private static String jdbcUrl(String url) {
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:mariadb:")) {
            throw new IllegalArgumentException("--db must be a jdbc:postgresql://host:port/database,"
                    + " jdbc:mariadb://host:port/database or jdbc:h2:... URL, not " + url);
        }
        return url;
    }

    static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("/org/coplaunchpad/standalone/build.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("build.properties missing from the host jar", e));
        }
        return properties;
    }
}
