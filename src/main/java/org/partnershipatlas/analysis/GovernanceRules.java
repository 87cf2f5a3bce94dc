package org.partnershipatlas.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Governance;
import org.partnershipatlas.model.Money;

/** Rules about one body at a time: oversight gaps, reviews, money, classification. */
final class GovernanceRules {
    private GovernanceRules() {
    }

    static void check(AuthorityModel model, LocalDate today, Consumer<Finding> out) {
        int dueSoonDays = model.settings().reviewDueSoonDays();
        for (Body body : model.bodies()) {
            String name = "\"" + body.name() + "\"";
            Governance g = body.governance();
            List<Long> ids = List.of(body.id());
            boolean oversight = Oversight.needed(model, body);
            if (oversight) {
                if (g.leadMemberId() == null) {
                    out.accept(Finding.aboutBodies(Rule.NO_LEAD_MEMBER, Severity.HIGH, ids, name
                            + " is a significant partnership with no lead member, so no councillor answers for it "
                            + "to cabinet.", "Appoint a lead member for " + name + "."));
                }
                if (g.scrutinyCommittee() == null) {
                    out.accept(Finding.aboutBodies(Rule.NO_SCRUTINY, Severity.HIGH, ids, name
                            + " is a significant partnership with no scrutiny arrangement, so no committee holds "
                            + "it to account.", "Name the scrutiny committee that will review " + name + "."));
                }
                if (g.accountableBodyId() == null) {
                    out.accept(Finding.aboutBodies(Rule.NO_ACCOUNTABLE_BODY, Severity.HIGH, ids, name
                            + " is a significant partnership with no accountable body, so nobody is answerable "
                            + "for its money and contracts.", "Agree which partner is the accountable body for "
                            + name + "."));
                }
                if (g.termsOfReference() == null) {
                    out.accept(Finding.aboutBodies(Rule.NO_TERMS_OF_REFERENCE, Severity.HIGH, ids, name
                            + " is a significant partnership with no terms of reference, so its purpose, "
                            + "membership and powers are not written down.", "Agree terms of reference for "
                            + name + "."));
                }
            }
            reviews(body, name, ids, oversight, today, dueSoonDays, out);
            if (body.classification() == Classification.NETWORK
                    || body.classification() == Classification.WORKING_GROUP) {
                Money money = total(g.councilContribution(), g.pooledBudget());
                if (money.isPositive()) {
                    out.accept(Finding.aboutBodies(Rule.MONEY_WITHOUT_OVERSIGHT, Severity.HIGH, ids, name
                            + " is classed as a " + Names.lower(body.classification().label()) + " but holds "
                            + money.format() + " of council contribution or pooled budget, so that money has no "
                            + "partnership governance or political oversight.", "Reclassify " + name
                            + " as a partnership with oversight, or move the money to a body that has it."));
                }
            }
            String contradiction = ClassificationAssistant.contradiction(model, body);
            if (contradiction != null) {
                out.accept(Finding.aboutBodies(Rule.CLASSIFICATION_CONTRADICTED, Severity.MEDIUM, ids, contradiction,
                        "Review the classification of " + name + " and record the decision with its rationale."));
            }
            if (body.classification() == Classification.UNCLASSIFIED) {
                out.accept(Finding.aboutBodies(Rule.UNCLASSIFIED, Severity.LOW, ids, name
                        + " has not been classified as a partnership, network or working group, so nobody knows "
                        + "whether it needs political oversight.", "Classify " + name + "."));
            }
        }
    }

    private static void reviews(Body body, String name, List<Long> ids, boolean oversight, LocalDate today,
                                int dueSoonDays, Consumer<Finding> out) {
        LocalDate next = body.governance().nextReviewDue();
        if (next != null && next.isBefore(today)) {
            out.accept(Finding.aboutBodies(Rule.REVIEW_OVERDUE, oversight ? Severity.HIGH : Severity.MEDIUM, ids,
                    "The review of " + name + " was due on " + Names.date(next) + " and is overdue, so the council "
                            + "cannot show that it still adds value.", "Review " + name
                            + " and set the date of the next review."));
        } else if (next != null && !next.isAfter(today.plusDays(dueSoonDays))) {
            out.accept(Finding.aboutBodies(Rule.REVIEW_DUE_SOON, Severity.LOW, ids, "The review of " + name
                    + " is due on " + Names.date(next) + ", within " + dueSoonDays + " days.", "Plan the review of "
                    + name + "."));
        }
        if (body.classification() == Classification.PARTNERSHIP && body.governance().lastReviewed() == null) {
            out.accept(Finding.aboutBodies(Rule.NEVER_REVIEWED, Severity.MEDIUM, ids, name
                    + " is a partnership that has never been reviewed, so nobody has checked that it works and "
                    + "adds value.", "Schedule a first review of " + name + "."));
        }
    }

    private static Money total(Money a, Money b) {
        return (a == null ? Money.ZERO : a).plus(b == null ? Money.ZERO : b);
    }
}
