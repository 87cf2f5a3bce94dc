package org.partnershipatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.analysis.StructureComparison.Difference;
import org.partnershipatlas.analysis.StructureComparison.Kind;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.ActionOwner;
import org.partnershipatlas.model.ActionSource;
import org.partnershipatlas.model.ActionStatus;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.LineKind;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.SignificanceCriterion;
import org.partnershipatlas.model.SignificanceJudgement;

/** Every kind of difference a review lists, each found where it happened and nowhere else. */
class StructureComparisonTest {
    private static final LocalDate THEN = LocalDate.of(2025, 6, 14);
    private static final LocalDate NOW = LocalDate.of(2026, 6, 14);

    private final AuthorityModel before = SampleAuthority.build(THEN);
    private final AuthorityModel after = before.copy();

    private Body named(String name) {
        return after.bodies().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    private void change(Change... changes) {
        after.apply(new Edit("change", List.of(changes)));
    }

    @Test
    void nothingChangedMeansNoDifferenceAndEqualTotals() {
        StructureComparison.Result result = StructureComparison.compare(before, THEN, before.copy(), THEN);
        assertEquals(List.of(), result.differences());
        assertEquals(result.contributionsBefore(), result.contributionsAfter());
    }

    @Test
    void everyKindOfChangeIsFoundOnTheBodyItHappenedTo() {
        Body fresh = Body.create(after.newId(), "Youth Homelessness Group", BodyKind.TASK_GROUP, Layer.OPERATIONAL);
        change(Change.create(fresh));
        change(after.deletionOf(named("Heritage Forum")).toArray(Change[]::new));
        Body events = named("Events Task Group");
        change(Change.update(events, events.withName("Events and Festivals Group")));
        Body arts = named("Northmoor Arts Network");
        change(Change.update(arts, arts.with(BodyField.CLASSIFICATION, Classification.WORKING_GROUP)));
        Body prevent = named("Prevent Steering Group");
        AccountabilityLine up = after.linesOf(prevent.id()).stream().filter(l -> l.fromBodyId() == prevent.id())
                .findFirst().orElseThrow();
        change(Change.update(up, new AccountabilityLine(up.id(), up.fromBodyId(), named("Northmoor Together Executive")
                .id(), up.kind())));
        Body air = named("Air Quality Group");
        change(Change.update(air, air.with(BodyField.LAYER, Layer.EXECUTIVE)));
        Body tobacco = named("Tobacco Control Alliance");
        change(Change.update(tobacco, tobacco.with(BodyField.THEMES, List.of(after.themes().iterator().next().id()))));
        Body housing = named("Northmoor Housing Partnership");
        Person someone = after.people().stream().filter(p -> p.name().equals("Cllr Mei Chen")).findFirst().orElseThrow();
        change(Change.update(housing, housing.with(BodyField.VICE_CHAIR, someone.id())));
        Body climate = named("Climate Action Partnership");
        change(Change.update(climate, climate.with(BodyField.COUNCIL_CONTRIBUTION, Money.ofPounds(99_000))));
        Body digital = named("Digital Skills Task Group");
        change(Change.update(digital, digital.with(BodyField.CLASSIFICATION, Classification.PARTNERSHIP)),
                Change.create(new SignificanceJudgement(after.newId(), digital.id(), Set.of(
                        SignificanceCriterion.values()))));
        Action done = after.actions().stream().filter(a -> a.status() != ActionStatus.DONE).findFirst().orElseThrow();
        change(Change.update(done, done.withStatus(ActionStatus.DONE)));
        change(Change.create(new Action(after.newId(), "Review the Hate Crime Network's terms", ActionOwner.COUNCIL,
                null, NOW.minusDays(10), ActionStatus.NOT_STARTED, ActionSource.ANNUAL_REVIEW,
                List.of(named("Hate Crime Network").id()), null, NOW.minusMonths(2))));

        StructureComparison.Result result = StructureComparison.compare(before, THEN, after, NOW);
        assertEquals(Set.of("Youth Homelessness Group"), names(result.of(Kind.ADDED)));
        assertEquals(Set.of("Heritage Forum"), names(result.of(Kind.CLOSED)));
        assertEquals("Events Task Group", result.of(Kind.RENAMED).get(0).before());
        assertEquals(Set.of("Northmoor Arts Network", "Digital Skills Task Group"), names(result.of(Kind.RECLASSIFIED)));
        assertEquals(Set.of("Prevent Steering Group"), names(result.of(Kind.MOVED)));
        assertTrue(result.of(Kind.MOVED).get(0).after().contains("Northmoor Together Executive"));
        assertEquals(Set.of("Air Quality Group"), names(result.of(Kind.LAYER)));
        assertEquals(Set.of("Tobacco Control Alliance"), names(result.of(Kind.THEMES)));
        assertEquals("Cllr Mei Chen", result.of(Kind.PEOPLE).stream()
                .filter(d -> d.bodyName().equals("Northmoor Housing Partnership")).findFirst().orElseThrow().after());
        assertEquals(Set.of("Climate Action Partnership"), names(result.of(Kind.MONEY)));
        assertTrue(names(result.of(Kind.SIGNIFICANCE)).contains("Digital Skills Task Group"));
        assertTrue(names(result.of(Kind.OVERSIGHT)).contains("Digital Skills Task Group"));
        assertEquals(1, result.of(Kind.ACTION_COMPLETED).size());
        assertEquals(1, result.of(Kind.ACTION_ADDED).size());
        assertTrue(result.of(Kind.ACTION_OVERDUE).stream().anyMatch(d -> d.what().startsWith("Review the Hate Crime")));
        assertTrue(!result.of(Kind.FINDING_NEW).isEmpty() || !result.of(Kind.FINDING_RESOLVED).isEmpty());
        assertEquals(Money.ofPounds(99_000).pence() - money(before, "Climate Action Partnership"),
                result.contributionsAfter().pence() - result.contributionsBefore().pence());
        Set<Kind> seen = result.differences().stream().map(Difference::kind).collect(Collectors.toSet());
        List<Kind> missing = new ArrayList<>(EnumSet.allOf(Kind.class));
        missing.removeAll(seen);
        missing.removeAll(List.of(Kind.FINDING_NEW, Kind.FINDING_RESOLVED));
        assertEquals(List.of(), missing, "every kind of change found");
    }

    private static long money(AuthorityModel model, String body) {
        Money m = model.bodies().stream().filter(b -> b.name().equals(body)).findFirst().orElseThrow().governance()
                .councilContribution();
        return m == null ? 0 : m.pence();
    }

    private static Set<String> names(List<Difference> differences) {
        return differences.stream().map(Difference::bodyName).collect(Collectors.toSet());
    }
}
