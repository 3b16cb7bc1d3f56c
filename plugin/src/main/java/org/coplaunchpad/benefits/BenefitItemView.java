package org.coplaunchpad.benefits;

/** One benefit as the template shows it, already in the viewer's language. Immutable. */
public final class BenefitItemView {
    private final String key;
    private final String label;
    private final String explanation;

    BenefitItemView(String key, String label, String explanation) {
        this.key = key;
        this.label = label;
        this.explanation = explanation;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    /** Empty when the seed gives no explanation. */
    public String getExplanation() {
        return explanation;
    }

    public boolean hasExplanation() {
        return !explanation.isEmpty();
    }
}
