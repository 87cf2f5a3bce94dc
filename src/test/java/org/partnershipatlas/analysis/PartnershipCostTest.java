package org.partnershipatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Frequency;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.PersonKind;

class PartnershipCostTest {
    @Test
    void meetingsTimesAttendeesTimesHoursTimesTheirRate() {
        Mini m = new Mini();
        long theme = m.theme("Housing");
        long body = m.body("Housing Partnership", Classification.PARTNERSHIP, theme);
        m.set(body, BodyField.MEETING_FREQUENCY, Frequency.QUARTERLY);
        long officer = m.person("Olu Officer", PersonKind.OFFICER);
        long cllr = m.person("Cllr Cass", PersonKind.COUNCILLOR);
        m.model.apply(org.partnershipatlas.model.Edit.of("org", org.partnershipatlas.model.Change.update(
                m.model.person(officer), new org.partnershipatlas.model.Person(officer, "Olu Officer",
                        PersonKind.OFFICER, null, m.council, null, null))));
        m.model.apply(org.partnershipatlas.model.Edit.of("org", org.partnershipatlas.model.Change.update(
                m.model.person(cllr), new org.partnershipatlas.model.Person(cllr, "Cllr Cass",
                        PersonKind.COUNCILLOR, null, m.council, null, null))));
        long housingAssociation = m.organisation("Minton Homes");
        m.seat(body, m.council, officer);
        m.seat(body, m.council, cllr);
        m.seat(body, housingAssociation, null);
        long adHoc = m.body("Task Group", Classification.WORKING_GROUP);
        m.set(adHoc, BodyField.MEETING_FREQUENCY, Frequency.AD_HOC);

        PartnershipCost.Estimate estimate = PartnershipCost.of(m.model);
        // 4 meetings x 3 hours (2 meeting + 1 preparation) x (35 officer + 25 councillor + 35 partner) = 1,140
        assertEquals(Money.ofPounds(1_140), estimate.total());
        assertEquals(Money.ofPounds(720), estimate.councilStaff(), "4 x 3 x (35 + 25)");
        assertEquals(Money.ofPounds(1_140), estimate.byTheme().get("Housing"));
        assertEquals(Money.ofPounds(1_140), estimate.byLayer().get(Layer.OPERATIONAL));
        assertEquals(List.of(adHoc), estimate.notEstimated());
        assertEquals(3, estimate.bodies().get(0).attendees());
    }
}
