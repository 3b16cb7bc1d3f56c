package org.coplaunchpad.standalone.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each macro of the decide page, in the running host: its {@code execute} as the host calls it, against its floor,
 * the same template rendered by the same renderer from the view model that execute built (recorded beforehand by
 * {@link MacroCalls}). Run in the harness's own JVM ({@code forks(0)}), where the host is; not a test.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class MacroExecuteBenchmark {
    /**
     * The recorded calls, handed over by {@link DecidePageRatios} before JMH runs: JMH builds this class itself, so a
     * static is the only way in when it runs in the same JVM. Set once, read only.
     */
    static volatile List<MacroCalls.Call> calls = List.of();

    /** Which call of the page, in document order (0-3 the benefit panels, 4 the checklist, 5 the decision). */
    @Param({"0"})
    public int macro;

    private MacroCalls.Call call;

    @Setup(Level.Trial)
    public void pick() {
        call = calls.get(macro);
    }

    @Benchmark
    public String execute() {
        return call.execute();
    }

    @Benchmark
    public String floor() {
        return call.floor();
    }
}
