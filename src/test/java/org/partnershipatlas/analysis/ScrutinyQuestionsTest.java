package org.partnershipatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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

    @Test
    void anOverdueReviewAsksWhenItWasLastReviewedAndWhenItWillBe() {
        List<String> when = about("Northmoor Housing Partnership").get(Heading.WHEN);
        assertTrue(when.stream().anyMatch(q -> q.startsWith("When was this partnership last reviewed, and when will it be?")),
                when.toString());
    }

    @Test
    void aMissingLeadMemberAsksWhoItIs() {
        assertTrue(about("Northmoor Economic Partnership").get(Heading.WHO)
                .contains("Who is the lead member for this partnership? None is recorded."));
    }

    @Test
    void everyKindOfFindingAboutABodyGivesItsOwnQuestion() {
        Body any = named("Safer Northmoor Partnership");
        List<Rule> notAboutTheBody = List.of(Rule.TOO_MANY_SEATS, Rule.TOO_MANY_CHAIRS,
                Rule.THEME_WITHOUT_PARTNERSHIP, Rule.THEME_WITHOUT_SCRUTINY, Rule.NO_ORGANISATION);
        java.util.Set<String> asked = new java.util.HashSet<>();
        for (Rule rule : Rule.values()) {
            Finding finding = Finding.aboutBodies(rule, Severity.MEDIUM, List.of(any.id()), "m", "a");
            String question = ScrutinyQuestions.fromFinding(sample, any, finding, TODAY);
            if (notAboutTheBody.contains(rule)) {
                assertNull(question, rule + " is about an organisation, a person or a theme");
            } else {
                assertNotNull(question, rule.name());
                assertTrue(question.contains("?"), question);
                assertTrue(asked.add(question), "each kind asks its own question: " + question);
            }
        }
        assertEquals(Heading.WHO, ScrutinyQuestions.heading(Rule.NO_LEAD_MEMBER));
        assertEquals(Heading.WHEN, ScrutinyQuestions.heading(Rule.REVIEW_OVERDUE));
        assertEquals(Heading.WHERE, ScrutinyQuestions.heading(Rule.ORPHAN));
        assertEquals(Heading.WHY, ScrutinyQuestions.heading(Rule.MONEY_WITHOUT_OVERSIGHT));
    }

    @Test
    void theQuestionsFollowTheRecordMoneyAndExitStrategy() {
        Body csp = named("Safer Northmoor Partnership");
        Body funded = csp.with(BodyField.COUNCIL_CONTRIBUTION, Money.ofPounds(38_000))
                .with(BodyField.EXIT_STRATEGY, null);
        sample.apply(Edit.of("t", Change.update(csp, funded)));
        Map<Heading, List<String>> questions = ScrutinyQuestions.forBody(sample, funded, findings, TODAY);
        assertTrue(questions.get(Heading.WHAT).contains(
                "What does the council's contribution of £38,000 a year buy, and what would be lost without it?"));
        assertTrue(questions.get(Heading.WHEN).contains(
                "When, and how, would this partnership end? It has no exit strategy."));
        assertEquals(List.of(Heading.values()), List.copyOf(questions.keySet()), "Kipling's order");
    }

    @Test
    void noQuestionIsAskedTwice() {
        for (List<String> asked : about("Northmoor Housing Partnership").values()) {
            assertEquals(asked.size(), asked.stream().distinct().count(), asked.toString());
        }
    }
}
