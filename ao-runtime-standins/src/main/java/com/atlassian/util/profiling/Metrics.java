package com.atlassian.util.profiling;

/** No-op stand-in for atlassian-profiling's Metrics, called by AO 6.1.1's EntityManager (see README). */
public final class Metrics {
    private Metrics() {
    }

    public static Builder metric(String name) {
        return new Builder();
    }

    public static final class Builder {
        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Ticker startTimer() {
            return () -> { };
        }
    }
}
