package com.atlassian.activeobjects.external;

/**
 * confluence-api.md §8 (ModelVersion): a final class with a private constructor. valueOf(null) is 0, "001" is 1
 * and bad input throws NumberFormatException; the order is the number's (the host sorts tasks with it).
 */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String version) {
        return new ModelVersion(version == null ? 0 : Integer.valueOf(version));
    }

    @Override
    public int compareTo(ModelVersion other) {
        return version - other.version;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
