package org.coplaunchpad.standalone.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.AuxCounters;
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
 *
 * <p>Besides JMH's wall time, each call's CPU time (this thread's; the embedded database runs on it too) is counted:
 * JMH runs the benchmarks one after the other, and on a machine shared with other builds the load changes between
 * them, which moves wall times but hardly CPU times.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class MacroExecuteBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * The recorded calls, handed over by {@link DecidePageRatios} before JMH runs: JMH builds this class itself, so a
     * static is the only way in when it runs in the same JVM. Set once, read only.
     */
    static volatile List<MacroCalls.Call> calls = List.of();

    /** Which call of the page, in document order (0-3 the benefit panels, 4 the checklist, 5 the decision). */
    @Param({"0"})
    public int macro;

    private MacroCalls.Call call;

    /** CPU nanoseconds and calls of one iteration, reported by JMH next to its own figure. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        public long cpuNanos;
        public long calls;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            calls = 0;
        }

        String timed(Supplier<String> call) {
            long start = THREADS.getCurrentThreadCpuTime();
            String output = call.get();
            cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
            calls++;
            return output;
        }
    }

    @Setup(Level.Trial)
    public void pick() {
        call = calls.get(macro);
    }

    @Benchmark
    public String execute(CpuTime cpu) {
        return cpu.timed(call::execute);
    }

    @Benchmark
    public String floor(CpuTime cpu) {
        return cpu.timed(call::floor);
    }
}
