package org.partnershipatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.analysis.ScrutinyQuestions.Heading;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Money;

class ScrutinyQuestionsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final AuthorityModel sample = SampleAuthority.build(TODAY);
    private final List<Finding> findings = HealthCheck.run(sample, TODAY);

    private Body named(String name) {
        return sample.bodies().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    private Map<Heading, List<String>> about(String name) {
        return ScrutinyQuestions.forBody(sample, named(name), HealthCheck.run(sample, TODAY), TODAY);
    }

    private List<String> all(Map<Heading, List<String>> questions) {
        List<String> out = new ArrayList<>();
        questions.values().forEach(out::addAll);
        return out;
    }

    @Test
    void anOverdueReviewAsksWhenWithTheDateItWasDue() {
        Body housing = named("Northmoor Housing Partnership");
        List<String> when = about(housing.name()).get(Heading.WHEN);
        assertTrue(when.contains("When will Northmoor Housing Partnership be reviewed? Its review was due on "
                + ScrutinyQuestionsTestDates.format(housing.governance().nextReviewDue()) + "."), when.toString());
    }

    @Test
    void aMissingLeadMemberAsksWhoItWillBeNamingThePartnership() {
        assertTrue(about("Northmoor Economic Partnership").get(Heading.WHO)
                .contains("Who will be the lead member for Northmoor Economic Partnership? None is recorded."));
    }

    @Test
    void theConflictNamesTheCouncillorAndTheCommittee() {
        Finding conflict = findings.stream().filter(f -> f.rule() == Rule.SCRUTINY_CONFLICT).findFirst().orElseThrow();
        Body body = sample.body(conflict.bodyIds().get(0));
        String councillor = sample.person(conflict.personIds().get(0)).name();
        List<String> who = ScrutinyQuestions.forBody(sample, body, findings, TODAY).get(Heading.WHO);
        assertTrue(who.stream().anyMatch(q -> q.contains(councillor) && q.contains(body.governance().scrutinyCommittee())),
                who.toString());
    }

    @Test
    void theLeadOfficerIsNamedWhenRecorded() {
        Body body = sample.bodies().stream().filter(b -> b.governance().leadOfficerId() != null
                && b.governance().chairId() != null).findFirst().orElseThrow();
        String officer = sample.person(body.governance().leadOfficerId()).name();
        assertTrue(ScrutinyQuestions.forBody(sample, body, findings, TODAY).get(Heading.WHO).stream()
                .anyMatch(q -> q.contains(officer + " as its lead officer")));
    }

    @Test
    void aFindingAboutABodyUnderThePartnershipIsAskedOnItsSheetNamingBoth() {
        Body partnership = named("Climate Action Partnership");
        Finding money = findings.stream().filter(f -> f.rule() == Rule.MONEY_WITHOUT_OVERSIGHT).findFirst().orElseThrow();
        Body network = sample.body(money.bodyIds().get(0));
        assertTrue(ScrutinyQuestions.under(sample, partnership.id()).contains(network.id()), "the network is under it");
        List<String> why = ScrutinyQuestions.forBody(sample, partnership, findings, TODAY).get(Heading.WHY);
        assertTrue(why.stream().anyMatch(q -> q.startsWith("Why does " + network.name()) && q.contains("under "
                + partnership.name()) && q.contains(network.governance().councilContribution() == null ? "council money"
                : network.governance().councilContribution().format())), why.toString());
    }

    @Test
    void theChairWhoIsAlsoTheLeadMemberIsAskedAbout() {
        Body csp = named("Safer Northmoor Partnership");
        Body same = csp.with(BodyField.LEAD_MEMBER, csp.governance().chairId());
        sample.apply(Edit.of("t", Change.update(csp, same)));
        String chair = sample.person(csp.governance().chairId()).name();
        assertTrue(ScrutinyQuestions.forBody(sample, same, findings, TODAY).get(Heading.WHO).contains(
                "Who challenges the chair of Safer Northmoor Partnership, when " + chair
                        + " is both its chair and its lead member?"));
    }

    @Test
    void moneyIsAskedAboutOnlyWhereThereIsSome() {
        Body csp = named("Safer Northmoor Partnership");
        Body funded = csp.with(BodyField.COUNCIL_CONTRIBUTION, Money.ofPounds(38_000));
        sample.apply(Edit.of("t", Change.update(csp, funded)));
        assertTrue(ScrutinyQuestions.forBody(sample, funded, findings, TODAY).get(Heading.WHAT).contains(
                "What does the council's £38,000 a year to Safer Northmoor Partnership buy, and what would be lost "
                        + "without it?"));
        Body unfunded = funded.with(BodyField.COUNCIL_CONTRIBUTION, null).with(BodyField.POOLED_BUDGET, null);
        sample.apply(Edit.of("t", Change.update(funded, unfunded)));
        assertTrue(all(ScrutinyQuestions.forBody(sample, unfunded, findings, TODAY)).stream()
                .noneMatch(q -> q.contains("£")), "no money, no question about money");
    }

    @Test
    void everyFindingKindAsksItsOwnQuestionUnderTheHeadingItStartsWith() {
        Body any = named("Safer Northmoor Partnership");
        java.util.Set<String> asked = new java.util.HashSet<>();
        for (Rule rule : Rule.values()) {
            Finding finding = new Finding(rule, Severity.MEDIUM, List.of(any.id()), List.of(),
                    List.of(any.governance().chairId()), "m", "a");
            String question = ScrutinyQuestions.fromFinding(sample, any, java.util.Set.of(), finding);
            if (rule == Rule.THEME_WITHOUT_PARTNERSHIP || rule == Rule.THEME_WITHOUT_SCRUTINY) {
                assertNull(question, rule + " is about a theme, not this body");
                continue;
            }
            assertNotNull(question, rule.name());
            assertTrue(question.startsWith(ScrutinyQuestions.heading(rule).label() + " "), question);
            assertTrue(question.contains(any.name()), "names the body: " + question);
            assertTrue(asked.add(question), "each kind asks its own question: " + question);
        }
    }

    /**
     * On the sample's sheets: every question starts with its heading's word, no question but the
     * closing one is on two sheets, and none is the old boilerplate about performance targets.
     */
    @Test
    void noTwoSheetsAskTheSameQuestionButTheClosingOne() {
        Map<String, String> seen = new HashMap<>();
        for (Body body : sample.bodies()) {
            if (!Oversight.needed(sample, body)) {
                continue;
            }
            Map<Heading, List<String>> questions = ScrutinyQuestions.forBody(sample, body, findings, TODAY);
            assertEquals(List.of(Heading.values()), List.copyOf(questions.keySet()), "Kipling's order");
            questions.forEach((heading, asked) -> asked.forEach(q -> {
                assertTrue(q.startsWith(heading.label() + " "), heading + ": " + q);
                assertFalse(q.contains("below target") || q.contains("performance improve"), "no data on performance is kept: " + q);
                if (!q.equals(ScrutinyQuestions.CLOSING)) {
                    String other = seen.put(q, body.name());
                    assertNull(other, "asked of " + other + " and " + body.name() + ": " + q);
                }
            }));
            List<String> what = questions.get(Heading.WHAT);
            assertEquals(ScrutinyQuestions.CLOSING, what.get(what.size() - 1));
        }
        assertTrue(seen.size() > 40, "the sheets ask " + seen.size() + " questions");
    }

    @Test
    void everyFindingAboutThePartnershipOrBelowIsAskedNamingItsPeople() {
        Body economy = named("Northmoor Economic Partnership");
        java.util.Set<Long> under = ScrutinyQuestions.under(sample, economy.id());
        List<String> asked = all(ScrutinyQuestions.forBody(sample, economy, findings, TODAY));
        int checked = 0;
        for (Finding f : findings) {
            boolean concerns = f.bodyIds().contains(economy.id()) || f.bodyIds().stream().anyMatch(under::contains);
            if (!concerns || f.rule() == Rule.THEME_WITHOUT_PARTNERSHIP || f.rule() == Rule.THEME_WITHOUT_SCRUTINY) {
                continue;
            }
            String question = ScrutinyQuestions.fromFinding(sample, economy, under, f);
            assertTrue(asked.contains(question), question);
            for (long person : f.personIds()) {
                assertTrue(question.contains(sample.person(person).name()), question);
            }
            for (long organisation : f.organisationIds()) {
                assertTrue(question.contains(sample.organisation(organisation).name()), question);
            }
            checked++;
        }
        assertTrue(checked >= 3, "findings checked: " + checked);
    }
}

final class ScrutinyQuestionsTestDates {
    private ScrutinyQuestionsTestDates() {
    }

    static String format(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(date);
    }
}
