package org.partnershipatlas.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.Authority;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.CommitteeMembership;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.LineKind;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.PersonKind;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.Sector;
import org.partnershipatlas.model.Theme;

/** Builds the small, hand-made authorities the rule tests run on; every edit goes through the model's rules. */
final class Mini {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    final AuthorityModel model = new AuthorityModel(new Authority("Minton Council", AuthorityKind.DISTRICT, null, null));
    final long council;

    Mini() {
        council = organisation("Minton Council");
    }

    long organisation(String name) {
        return add(new Organisation(model.newId(), name, null, Sector.OTHER));
    }

    long person(String name, PersonKind kind) {
        return add(new Person(model.newId(), name, kind, null, null, null, null));
    }

    long theme(String name) {
        return add(new Theme(model.newId(), name));
    }

    long board(String name) {
        return add(new Body(model.newId(), name, null, BodyKind.PARTNERSHIP_BOARD, Layer.STRATEGIC, List.of(),
                Classification.PARTNERSHIP, null));
    }

    long body(String name, Classification classification, Long... themes) {
        return add(new Body(model.newId(), name, null, BodyKind.SUB_GROUP, Layer.OPERATIONAL, List.of(themes),
                classification, null));
    }

    /** A partnership significant by its £10,000 contribution, with every oversight arrangement in place. */
    long significant(String name, long leadMember, long accountable) {
        long id = body(name, Classification.PARTNERSHIP);
        set(id, BodyField.COUNCIL_CONTRIBUTION, org.partnershipatlas.model.Money.ofPounds(10_000));
        set(id, BodyField.LEAD_MEMBER, leadMember);
        set(id, BodyField.ACCOUNTABLE_BODY, accountable);
        set(id, BodyField.SCRUTINY_COMMITTEE, "Scrutiny Committee");
        set(id, BodyField.TERMS_OF_REFERENCE, "ToR 2025");
        set(id, BodyField.LAST_REVIEWED, TODAY.minusMonths(6));
        return id;
    }

    void set(long body, BodyField field, Object value) {
        Body before = model.body(body);
        model.apply(Edit.of("set", Change.update(before, before.with(field, value))));
    }

    void clear(long body, BodyField field) {
        set(body, field, null);
    }

    long line(long from, long to, LineKind kind) {
        return add(new AccountabilityLine(model.newId(), from, to, kind));
    }

    long line(long from, long to) {
        return line(from, to, LineKind.REPORTS_TO);
    }

    void seat(long body, Long organisation, Long person) {
        add(new Seat(model.newId(), body, organisation, person, SeatRole.MEMBER));
    }

    /** A member's seat with an appointment ending on {@code until}. */
    void seatUntil(long body, Long organisation, Long person, LocalDate until) {
        add(new Seat(model.newId(), body, organisation, person, SeatRole.MEMBER, "Full Council", null, until));
    }

    void committee(long person, String committee) {
        add(new CommitteeMembership(model.newId(), person, committee));
    }

    List<Finding> findings(Rule rule) {
        List<Finding> found = new ArrayList<>();
        for (Finding finding : HealthCheck.run(model, TODAY)) {
            if (finding.rule() == rule) {
                found.add(finding);
            }
        }
        return found;
    }

    private long add(org.partnershipatlas.model.Entity entity) {
        model.apply(Edit.of("add", Change.create(entity)));
        return entity.id();
    }
}
