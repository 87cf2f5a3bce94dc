package org.partnershipatlas.analysis;

import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Classification;

/**
 * Which bodies need political oversight: a partnership that is significant under the authority's
 * scheme. Derived everywhere (inspector, register, health check), never typed by hand.
 */
public final class Oversight {
    private Oversight() {
    }

    public static boolean needed(AuthorityModel model, Body body) {
        return body.classification() == Classification.PARTNERSHIP
                && SignificanceAssessment.of(model, body).significant();
    }

    /** As {@link #needed(AuthorityModel, Body)}, for a caller that has the body's significance already. */
    public static boolean needed(Body body, boolean significant) {
        return body.classification() == Classification.PARTNERSHIP && significant;
    }
}
