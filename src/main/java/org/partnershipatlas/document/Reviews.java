package org.partnershipatlas.document;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.partnershipatlas.analysis.StructureComparison;
import org.partnershipatlas.io.AuthorityJson;
import org.partnershipatlas.model.AuditEntry;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.How;
import org.partnershipatlas.model.Review;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityStore;

/**
 * Recording an annual review and reading one back. A review freezes the whole authority as it stands
 * (every entity and field, as the JSON export writes it) inside the authority file, so copying the
 * file copies its reviews (decision record 20). Recording works from a copy of the model, so the
 * window can go on while it is written.
 */
public final class Reviews {
    private Reviews() {
    }

    /**
     * Records {@code copy} as the review {@code name} of the day {@code takenOn}, with its line of
     * history; returns the review as kept.
     */
    public static Review record(AuthorityStore store, AuthorityModel copy, String name, LocalDate takenOn, String note,
                                String author, LocalDateTime at, String appVersion) throws AuthorityFileException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A review needs a name, such as \"Review 2026/27\".");
        }
        if (takenOn == null) {
            throw new IllegalArgumentException("A review needs the day it describes.");
        }
        for (Review kept : store.reviews()) {
            if (kept.name().equalsIgnoreCase(name.strip())) {
                throw new IllegalArgumentException("There is already a review called \"" + kept.name()
                        + "\"; give this one another name.");
            }
        }
        StringWriter json = new StringWriter();
        try {
            AuthorityJson.write(copy, appVersion, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Review review = new Review(0, name, takenOn, note, author, at, copy.bodies().size());
        AuditEntry entry = new AuditEntry(0, at, author, How.REVIEW, null, "Recorded the review " + name.strip()
                + " (" + copy.bodies().size() + " bodies, as of " + takenOn + ")", null, null, null, null, null, null,
                null);
        return store.recordReview(review, json.toString(), entry);
    }

    /** The authority as the review froze it, for reading only. */
    public static AuthorityModel open(AuthorityStore store, Review review) throws AuthorityFileException {
        String json = store.reviewSnapshot(review.id());
        if (json == null) {
            throw new AuthorityFileException(AuthorityFileException.Reason.DAMAGED, store.file(),
                    "The review \"" + review.name() + "\" is no longer in " + store.file().getFileName() + ".", null);
        }
        try {
            return AuthorityJson.read(new StringReader(json));
        } catch (AuthorityJson.Problem e) {
            throw new AuthorityFileException(AuthorityFileException.Reason.DAMAGED, store.file(),
                    "The review \"" + review.name() + "\" in " + store.file().getFileName() + " cannot be read: "
                            + e.getMessage() + ".", e);
        }
    }

    /** The review of that name (case aside), or null. */
    public static Review named(AuthorityStore store, String name) throws AuthorityFileException {
        return store.reviews().stream().filter(r -> r.name().equalsIgnoreCase(name.strip())).findFirst().orElse(null);
    }

    /** What changed from one recorded review to another, or to now ({@code to} null: the model as it is). */
    public static StructureComparison.Result compare(AuthorityStore store, Review from, Review to, AuthorityModel now,
                                                     LocalDate today) throws AuthorityFileException {
        AuthorityModel before = open(store, from);
        AuthorityModel after = to == null ? now : open(store, to);
        return StructureComparison.compare(before, from.takenOn(), after, to == null ? today : to.takenOn());
    }

    /**
     * The latest recorded review and what changed from it to {@code now}, for the pack's review report;
     * null when the file has no review yet.
     */
    public static org.partnershipatlas.report.pack.ReviewBaseline latest(AuthorityStore store, AuthorityModel now,
                                                                          LocalDate today) throws AuthorityFileException {
        return latest(store, now, today, null);
    }

    /**
     * As {@link #latest(AuthorityStore, AuthorityModel, LocalDate)}; when {@code viewing} is a recorded
     * review opened read-only ({@code now} is its structure), the review recorded before it, compared
     * with it as of its day, so a past year's papers compare with the year before.
     */
    public static org.partnershipatlas.report.pack.ReviewBaseline latest(AuthorityStore store, AuthorityModel now,
                                                                          LocalDate today, Review viewing)
            throws AuthorityFileException {
        java.util.List<Review> reviews = new java.util.ArrayList<>(store.reviews());
        if (viewing != null) {
            int at = -1;
            for (int i = 0; i < reviews.size(); i++) {
                if (reviews.get(i).id() == viewing.id()) {
                    at = i;
                }
            }
            reviews = at < 0 ? java.util.List.of() : reviews.subList(0, at);
        }
        if (reviews.isEmpty()) {
            return null;
        }
        Review last = reviews.get(reviews.size() - 1);
        LocalDate day = viewing == null ? today : viewing.takenOn();
        return new org.partnershipatlas.report.pack.ReviewBaseline(last.name(), last.takenOn(),
                StructureComparison.compare(open(store, last), last.takenOn(), now, day));
    }
}
