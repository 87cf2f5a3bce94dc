package org.partnershipatlas.ui.document;

import org.partnershipatlas.model.Review;

/**
 * Opening a recorded review in the window, read-only, and going back to the file: the window owns
 * which document is shown, so the review feature asks it rather than reaching into it.
 */
public interface ReviewOpener {
    /** Shows the authority as {@code review} froze it, read-only, with a banner naming it. */
    void openReview(Review review);

    /** Back from a review to the file it is kept in. */
    void leaveReview();
}
