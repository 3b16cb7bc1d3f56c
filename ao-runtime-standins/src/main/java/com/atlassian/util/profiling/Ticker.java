package com.atlassian.util.profiling;

/** No-op stand-in for atlassian-profiling's Ticker (see README). */
public interface Ticker extends AutoCloseable {
    @Override
    void close();
}
