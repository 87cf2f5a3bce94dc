package org.partnershipatlas.model;

import java.time.LocalDate;
import java.util.List;

/** Small hand-built authorities for tests: every field of every kind of entity set to something. */
public final class TestAuthorities {
    private TestAuthorities() {
    }

    /**
     * Ids: theme 1, organisations 2-3, people 4-5, bodies 10-12, lines 20-21, seats 30-31 (and the seats
     * that make the CSP's named roles agree with its fields, from 52), committee
     * place 40, action 41, significance judgement 42, classification decision 43; settings and
     * significance scheme changed from the defaults; map position 44 (pinned) for body 11.
     */
    public static AuthorityModel small() {
        AuthorityModel model = new AuthorityModel(new Authority("Testshire District Council", AuthorityKind.DISTRICT,
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
        Theme safety = new Theme(1, "Community safety");
        Organisation council = new Organisation(2, "Testshire District Council", "TDC", Sector.LOCAL_GOVERNMENT,
                true);
        Organisation police = new Organisation(3, "Testshire Police", null, Sector.POLICE);
        Person councillor = new Person(4, "Cllr Ada Brook", PersonKind.COUNCILLOR, "Cabinet Member for Communities",
                2L, "ada.brook@example.org", "01632 960001", "Labour");
        Person officer = new Person(5, "Sam Reed", PersonKind.OFFICER, "Community Safety Manager", 2L, null, null);
        Governance full = new Governance("Reduce crime and disorder", 4L, 5L, 5L, 4L, 2L, "ToR v3",
                LocalDate.of(2025, 6, 1), LegalStatus.STATUTORY_BOARD, "Crime and Disorder Act 1998",
                Frequency.QUARTERLY, Frequency.TWICE_A_YEAR, Money.ofPounds(25_000), new Money(123_456_78),
                RiskRating.HIGH, LocalDate.of(2025, 9, 30), LocalDate.of(2030, 9, 30),
                "Communities Scrutiny Committee", LocalDate.of(2026, 1, 15), true, LocalDate.of(2024, 2, 2),
                "Statutory: no exit", LifecycleStage.DELIVERING, "Line one\nLine two");
        Body lsp = Body.create(10, "Testshire Partnership Board", BodyKind.PARTNERSHIP_BOARD, Layer.STRATEGIC);
        Body csp = new Body(11, "Community Safety Partnership", "CSP", BodyKind.THEMED_PARTNERSHIP, Layer.EXECUTIVE,
                List.of(1L), Classification.PARTNERSHIP, full);
        Body asb = Body.create(12, "Anti-social Behaviour Task Group", BodyKind.TASK_GROUP, Layer.OPERATIONAL);
        model.load(List.of(safety, council, police, councillor, officer, lsp, csp, asb,
                new AccountabilityLine(20, 11, 10, LineKind.REPORTS_TO),
                new AccountabilityLine(21, 12, 11, LineKind.SUB_GROUP_OF),
                new Seat(30, 11, 3L, null, SeatRole.MEMBER),
                new Seat(31, 11, 2L, 4L, SeatRole.CHAIR, "Full Council", LocalDate.of(2026, 5, 20), LocalDate.of(2027, 5, 19)),
                new CommitteeMembership(40, 4, "Overview and Scrutiny Committee"),
                new Action(41, "Appoint a vice chair", ActionOwner.BODY, 11L, LocalDate.of(2027, 1, 31),
                        ActionStatus.AT_RISK, ActionSource.SCRUTINY, List.of(11L), "NO_LEAD_MEMBER:b[11]",
                        LocalDate.of(2026, 10, 1)),
                new AuthoritySettings(60, 6, 2, List.of(10L), 90, 30, Money.ofPounds(40), new Money(2_250),
                        Money.ofPounds(30)),
                new SignificanceScheme(Money.ofPounds(20_000), java.util.Map.of(SignificanceCriterion.STATUTORY_BASIS, 3,
                        SignificanceCriterion.CORPORATE_PRIORITY, 2), 3),
                new SignificanceJudgement(42, 11, java.util.Set.of(SignificanceCriterion.CORPORATE_PRIORITY,
                        SignificanceCriterion.LEGAL_COMMITMENTS)),
                new ClassificationDecision(43, 11, java.util.Map.of(PartnershipTest.INDEPENDENT_BODIES, Answer.YES,
                        PartnershipTest.POOL_RISKS_AND_REWARDS, Answer.PARTLY), java.util.Map.of(
                        PartnershipTest.POOL_RISKS_AND_REWARDS, "Pooled budget for CCTV only"),
                        Classification.PARTNERSHIP, Classification.PARTNERSHIP, "Statutory CSP with a pooled fund",
                        "Nadia Sharif", LocalDate.of(2026, 10, 2)),
                new MapPosition(44, 11, 120.5, 340.25, true)));
        model.apply(RoleSeats.reconcileAll(model).edit());
        return model;
    }
}
