package org.partnershipatlas.analysis;

import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Significance;

/**
 * Which bodies need political oversight: a partnership judged significant. Derived, never typed; the
 * classification issue replaces the recorded judgement with a scored assessment.
 */
public final class Oversight {
    private Oversight() {
    }

    public static boolean needed(Body body) {
        return body.classification() == Classification.PARTNERSHIP
                && body.governance().significance() == Significance.SIGNIFICANT;
    }
}
