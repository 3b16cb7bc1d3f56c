package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person sees from ./run when something is wrong: one line and a non-zero exit, no stack trace. */
class MainCommandIT {
    @TempDir
    Path data;

    private record Outcome(int exit, String stderr) {
    }

    private Outcome run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dcoplaunchpad.plugin.jar=" + TestHosts.pluginJar(), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the host did not exit");
        }
        return new Outcome(process.exitValue(), new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void an_unknown_option_is_one_line_and_exit_2() throws Exception {
        Outcome outcome = run("--bogus");

        assertEquals(2, outcome.exit());
        assertTrue(outcome.stderr().startsWith("run: unknown option --bogus"), outcome.stderr());
        assertFalse(outcome.stderr().contains("\tat "), outcome.stderr());
    }

    @Test
    void an_unreachable_database_is_one_line_and_exit_2() throws Exception {
        Outcome outcome = run("--data", data.toString(), "--db", "jdbc:postgresql://127.0.0.1:1/nowhere");

        assertEquals(2, outcome.exit());
        assertEquals(1, outcome.stderr().strip().lines().count(), outcome.stderr());
        assertTrue(outcome.stderr().startsWith("run: Cannot open database jdbc:postgresql://127.0.0.1:1/nowhere"),
                outcome.stderr());
    }
}
