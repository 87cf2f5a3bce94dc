package org.partnershipatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Entity;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.PersonKind;
import org.partnershipatlas.model.Sector;

class SampleAuthorityTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final AuthorityModel sample = SampleAuthority.build(TODAY);

    @Test
    void isTheSizeTheBriefAsksFor() {
        assertTrue(sample.bodies().size() >= 65 && sample.bodies().size() <= 75, "bodies " + sample.bodies().size());
        assertTrue(sample.organisations().size() >= 42, "organisations " + sample.organisations().size());
        assertTrue(sample.people().size() >= 28, "people " + sample.people().size());
        assertEquals(8, sample.themes().size());
        Set<Sector> sectors = sample.organisations().stream().map(Organisation::sector)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Sector.class)));
        assertEquals(EnumSet.allOf(Sector.class), sectors, "every sector is represented");
        assertTrue(sample.people().stream().anyMatch(p -> p.kind() == PersonKind.COUNCILLOR));
        assertTrue(sample.people().stream().anyMatch(p -> p.kind() == PersonKind.OFFICER));
    }

    @Test
    void keepsEveryRuleOfTheModel() {
        AuthorityModel fresh = new AuthorityModel(sample.authority());
        List<Change> creates = sample.entities().stream().skip(5).map(Change::create).toList();
        fresh.apply(new Edit("Load sample", creates));
        assertEquals(sample.entities(), fresh.entities());
    }

    @Test
    void holdsTheDeliberateFaultsForTheHealthCheck() {
        Body nep = named("Northmoor Economic Partnership");
        assertTrue(org.partnershipatlas.analysis.Oversight.needed(sample, nep), "significant, needing oversight");
        assertNull(nep.governance().leadMemberId(), "significant partnership without a lead member");

        Body housing = named("Northmoor Housing Partnership");
        assertTrue(housing.governance().nextReviewDue().isBefore(TODAY), "review overdue");

        Body green = named("Green Spaces Network");
        assertEquals(Classification.NETWORK, green.classification());
        assertTrue(green.governance().councilContribution().isPositive(), "a network holding money");

        Body digital = named("Digital Inclusion Network");
        assertTrue(sample.linesOf(digital.id()).isEmpty(), "a group connected to nothing");

        long poverty = named("Child Poverty Task Group").id();
        long inclusion = named("Financial Inclusion Group").id();
        long living = named("Cost of Living Task Group").id();
        assertTrue(hasLine(poverty, inclusion) && hasLine(inclusion, living) && hasLine(living, poverty),
                "a reporting loop of three bodies");

        Organisation cvs = sample.organisations().stream()
                .filter(o -> o.name().equals("Northmoor Council for Voluntary Service")).findFirst().orElseThrow();
        long bodiesWithCvs = sample.seats().stream().filter(s -> Long.valueOf(cvs.id()).equals(s.organisationId()))
                .map(s -> s.bodyId()).distinct().count();
        assertEquals(12, bodiesWithCvs, "an organisation sitting on twelve bodies");
    }

    @Test
    void isTheSameEveryTimeForTheSameDay() {
        List<Entity> again = SampleAuthority.build(TODAY).entities();
        assertEquals(sample.entities(), again);
    }

    private boolean hasLine(long from, long to) {
        for (AccountabilityLine line : sample.lines()) {
            if (line.fromBodyId() == from && line.toBodyId() == to) {
                return true;
            }
        }
        return false;
    }

    private Body named(String name) {
        return sample.bodies().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }
}
