package org.partnershipatlas.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.Authority;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.CommitteeMembership;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Entity;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.LineKind;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.PersonKind;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.Sector;
import org.partnershipatlas.model.SignificanceCriterion;
import org.partnershipatlas.model.SignificanceJudgement;
import org.partnershipatlas.model.Theme;

/**
 * Builds the bundled sample: Northmoor, a fictional district council, with its LSP ("Northmoor
 * Together"), eight themed partnerships and their groups. Dates are set relative to {@code today} so
 * that its deliberate faults stay faults whenever it is opened. All names are invented.
 */
public final class SampleAuthority {
    private final LocalDate today;
    private final AuthorityModel model;
    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Long> ids = new LinkedHashMap<>();

    private SampleAuthority(LocalDate today) {
        this.today = today;
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        this.model = new AuthorityModel(new Authority("Northmoor District Council", AuthorityKind.DISTRICT,
                LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31)));
    }

    /** The sample authority as of {@code today}. */
    public static AuthorityModel build(LocalDate today) {
        SampleAuthority sample = new SampleAuthority(today);
        sample.themes();
        sample.organisations();
        sample.people();
        sample.structure();
        sample.decisions();
        sample.actions();
        sample.model.load(sample.entities);
        sample.model.apply(org.partnershipatlas.model.RoleSeats.reconcileAll(sample.model).edit());
        return sample.model;
    }

    /**
     * Every partnership's classification as decided at last year's review: the six answers, a note
     * where the answer needed one, the rationale, and who decided when. A partnership without a
     * recorded decision would leave cabinet asking on what grounds it is one.
     */
    private void decisions() {
        LocalDate decided = lastReview();
        for (Entity entity : List.copyOf(entities)) {
            if (!(entity instanceof Body body) || body.classification() != Classification.PARTNERSHIP) {
                continue;
            }
            Map<org.partnershipatlas.model.PartnershipTest, org.partnershipatlas.model.Answer> answers =
                    new java.util.EnumMap<>(org.partnershipatlas.model.PartnershipTest.class);
            for (org.partnershipatlas.model.PartnershipTest test : org.partnershipatlas.model.PartnershipTest.values()) {
                answers.put(test, org.partnershipatlas.model.Answer.YES);
            }
            Map<org.partnershipatlas.model.PartnershipTest, String> notes =
                    new java.util.EnumMap<>(org.partnershipatlas.model.PartnershipTest.class);
            Money pooled = body.governance().pooledBudget();
            notes.put(org.partnershipatlas.model.PartnershipTest.POOL_RISKS_AND_REWARDS, pooled != null
                    ? "A pooled budget of " + pooled.format() + " under a section 75 or partnership agreement."
                    : "No pooled budget, but partners align their budgets and share one risk register.");
            if (body.governance().informationSharingProtocol() != null) {
                notes.put(org.partnershipatlas.model.PartnershipTest.SHARE_INFORMATION,
                        Boolean.TRUE.equals(body.governance().informationSharingProtocol())
                                ? "Information-sharing protocol signed by all partners."
                                : "Partners share data at meetings; a signed protocol is still to come.");
            }
            if (body.name().equals(RECLASSIFIED)) {
                notes.put(org.partnershipatlas.model.PartnershipTest.POOL_RISKS_AND_REWARDS, "Since April the trusts "
                        + "and the council pool a mental health prevention budget and share its risk.");
                entities.add(new org.partnershipatlas.model.ClassificationDecision(model.newId(), body.id(), answers,
                        notes, Classification.PARTNERSHIP, Classification.PARTNERSHIP, RECLASSIFIED + " was a network "
                        + "at last year's review: partners shared information but kept their own budgets. Since "
                        + "April they pool a prevention budget, agree one programme and answer jointly for it, so it "
                        + "now meets all six tests and needs political oversight as a partnership.",
                        "Nadia Sharif, Head of Policy and Partnerships", today.minusMonths(2).withDayOfMonth(3)));
                continue;
            }
            String rationale = body.name() + " meets all six tests: independent partners agree a joint plan for "
                    + "the " + themeOf(body) + " theme, govern it through a board of their own with terms of "
                    + "reference, and share information, resources and risk. It needs the council's political "
                    + "oversight and stays on the register as a partnership.";
            entities.add(new org.partnershipatlas.model.ClassificationDecision(model.newId(), body.id(), answers, notes,
                    Classification.PARTNERSHIP, Classification.PARTNERSHIP, rationale,
                    "Nadia Sharif, Head of Policy and Partnerships", decided));
        }
    }

    private String themeOf(Body body) {
        if (body.themeIds().isEmpty()) {
            return "whole-district";
        }
        long first = body.themeIds().get(0);
        return entities.stream().filter(e -> e instanceof Theme && e.id() == first).map(e -> ((Theme) e).name()
                .toLowerCase(java.util.Locale.ROOT)).findFirst().orElse("whole-district");
    }

    /** The network that became a partnership since last year's review. */
    static final String RECLASSIFIED = "Mental Health Alliance";
    /** Groups set up since last year's review. */
    static final List<String> NEW_SINCE = List.of("Nature Recovery Task Group", "Sport and Physical Activity Group");
    /** The forum closed since last year's review. */
    static final String CLOSED_SINCE = "Older People's Forum";

    /**
     * The sample as it stood at last year's review, so the bundled file can show what changed: the two
     * groups set up since were not there, the forum closed since was, the Mental Health Alliance was a
     * network, the community safety partnership had another lead member, and two contributions differed.
     */
    public static AuthorityModel lastYear(LocalDate today) {
        AuthorityModel model = build(today);
        List<org.partnershipatlas.model.Change> changes = new ArrayList<>();
        for (String name : NEW_SINCE) {
            changes.addAll(model.deletionOf(named(model, name)));
        }
        model.apply(new org.partnershipatlas.model.Edit("Before the new groups", changes));
        Body alliance = named(model, RECLASSIFIED);
        List<org.partnershipatlas.model.Change> before = new ArrayList<>();
        model.decisionsFor(alliance.id()).forEach(d -> before.add(org.partnershipatlas.model.Change.delete(d)));
        before.add(org.partnershipatlas.model.Change.update(alliance,
                alliance.with(BodyField.CLASSIFICATION, Classification.NETWORK)));
        Body hwp = named(model, "Northmoor Health and Wellbeing Partnership");
        Body forum = new Body(model.newId(), CLOSED_SINCE, null, BodyKind.FORUM, Layer.OPERATIONAL, hwp.themeIds(),
                Classification.NETWORK, null);
        before.add(org.partnershipatlas.model.Change.create(forum));
        before.add(org.partnershipatlas.model.Change.create(new AccountabilityLine(model.newId(), forum.id(), hwp.id(),
                LineKind.ADVISES)));
        Body safer = named(model, "Safer Northmoor Partnership");
        Person formerLead = model.people().stream().filter(p -> p.name().equals("Cllr Alan Birtles")).findFirst()
                .orElseThrow();
        Body saferThen = safer.with(BodyField.LEAD_MEMBER, formerLead.id())
                .with(BodyField.COUNCIL_CONTRIBUTION, Money.ofPounds(40_000));
        before.add(org.partnershipatlas.model.Change.update(safer, saferThen));
        Body economy = named(model, "Northmoor Economic Partnership");
        Money now = economy.governance().councilContribution();
        before.add(org.partnershipatlas.model.Change.update(economy, economy.with(BodyField.COUNCIL_CONTRIBUTION,
                Money.ofPounds((now == null ? 0 : now.pence() / 100) + 10_000))));
        for (org.partnershipatlas.model.Action action : model.actions()) {
            if (action.description().startsWith("Hold a partners' workshop")) {
                before.add(org.partnershipatlas.model.Change.delete(action));
            } else if (action.status() == org.partnershipatlas.model.ActionStatus.DONE) {
                before.add(org.partnershipatlas.model.Change.update(action, new org.partnershipatlas.model.Action(
                        action.id(), action.description(), action.owner(), action.ownerId(), action.targetDate(),
                        org.partnershipatlas.model.ActionStatus.ON_TRACK, action.source(), action.bodyIds(),
                        action.findingKey(), action.raised())));
            }
        }
        model.apply(new org.partnershipatlas.model.Edit("As at last year's review", before));
        model.apply(org.partnershipatlas.model.RoleSeats.reconcileAll(model).edit());
        return model;
    }

    private static Body named(AuthorityModel model, String name) {
        return model.bodies().stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("sample: nothing called " + name));
    }

    /** The day last year's annual review was recorded: a year before the current review period's second month. */
    /** The day the sample's last annual review was recorded. */
    public static LocalDate lastReviewDay(LocalDate today) {
        return new SampleAuthority(today).lastReview();
    }

    LocalDate lastReview() {
        return model.authority().periodStart().minusYears(1).plusMonths(2).withDayOfMonth(14);
    }

    /** The plan from last year's review, in the style of a cabinet report's action plan appendix. */
    private void actions() {
        action("Agree one template for the annual reports that partnerships send to cabinet",
                org.partnershipatlas.model.ActionOwner.COUNCIL, null, today.plusMonths(3),
                org.partnershipatlas.model.ActionStatus.ON_TRACK, org.partnershipatlas.model.ActionSource.ANNUAL_REVIEW);
        action("Refresh the LSP board's terms of reference and membership",
                org.partnershipatlas.model.ActionOwner.LSP_BOARD, null, today.plusMonths(2),
                org.partnershipatlas.model.ActionStatus.NOT_STARTED, org.partnershipatlas.model.ActionSource.ANNUAL_REVIEW,
                "Northmoor Together Board");
        action("Bring the community safety plan's reporting in step with the LSP executive's cycle",
                org.partnershipatlas.model.ActionOwner.BODY, "Safer Northmoor Partnership", today.minusMonths(1),
                org.partnershipatlas.model.ActionStatus.AT_RISK, org.partnershipatlas.model.ActionSource.SCRUTINY,
                "Safer Northmoor Partnership");
        action("Hold a partners' workshop on which children's sub-groups are still needed",
                org.partnershipatlas.model.ActionOwner.BODY, "Children and Young People's Partnership",
                today.plusMonths(4), org.partnershipatlas.model.ActionStatus.NOT_STARTED,
                org.partnershipatlas.model.ActionSource.WORKSHOP, "Children and Young People's Partnership");
        action("Publish the partnership register on the council's website",
                org.partnershipatlas.model.ActionOwner.COUNCIL, null, today.minusMonths(2),
                org.partnershipatlas.model.ActionStatus.DONE, org.partnershipatlas.model.ActionSource.ANNUAL_REVIEW);
    }

    private void action(String description, org.partnershipatlas.model.ActionOwner owner, String ownerName,
                        LocalDate target, org.partnershipatlas.model.ActionStatus status,
                        org.partnershipatlas.model.ActionSource source, String... bodies) {
        List<Long> bodyIds = new ArrayList<>();
        for (String body : bodies) {
            bodyIds.add(id(body));
        }
        entities.add(new org.partnershipatlas.model.Action(model.newId(), description, owner,
                ownerName == null ? null : id(ownerName), target, status, source, bodyIds, null, today.minusMonths(6)));
    }

    private void themes() {
        for (String name : List.of("Community safety", "Children and young people", "Health and wellbeing",
                "Economy and skills", "Environment and climate", "Housing", "Culture and leisure",
                "Stronger communities")) {
            add(name, new Theme(model.newId(), name));
        }
    }

    private void organisations() {
        org("Northmoor District Council", "NDC", Sector.LOCAL_GOVERNMENT);
        org("Westshire County Council", "WCC", Sector.LOCAL_GOVERNMENT);
        org("Eastvale District Council", null, Sector.LOCAL_GOVERNMENT);
        org("Ashby Moor Parish Council", null, Sector.LOCAL_GOVERNMENT);
        org("Kelbrook Town Council", null, Sector.LOCAL_GOVERNMENT);
        org("Hexley Parish Council", null, Sector.LOCAL_GOVERNMENT);
        org("NHS Westshire Integrated Care Board", "ICB", Sector.NHS);
        org("Northmoor General Hospital NHS Foundation Trust", "NGH", Sector.NHS);
        org("Westshire Community Health NHS Trust", null, Sector.NHS);
        org("Westshire Mental Health NHS Trust", null, Sector.NHS);
        org("Northmoor Primary Care Network", "PCN", Sector.NHS);
        org("Westshire Police", null, Sector.POLICE);
        org("Office of the Westshire Police and Crime Commissioner", "OPCC", Sector.POLICE);
        org("Westshire Fire and Rescue Service", "WFRS", Sector.FIRE_AND_RESCUE);
        org("Northmoor College", null, Sector.EDUCATION);
        org("Moorside Academy Trust", null, Sector.EDUCATION);
        org("St Anne's Primary School", null, Sector.EDUCATION);
        org("University of Westshire", null, Sector.EDUCATION);
        org("Moorland Homes", null, Sector.HOUSING);
        org("Vale Housing Group", null, Sector.HOUSING);
        org("Northmoor Community Housing Trust", null, Sector.HOUSING);
        org("Northmoor Council for Voluntary Service", "CVS", Sector.VOLUNTARY_AND_COMMUNITY);
        org("Northmoor Age Well", null, Sector.VOLUNTARY_AND_COMMUNITY);
        org("Northmoor Advice Centre", null, Sector.VOLUNTARY_AND_COMMUNITY);
        org("Northmoor Food Bank", null, Sector.VOLUNTARY_AND_COMMUNITY);
        org("Young Northmoor", null, Sector.VOLUNTARY_AND_COMMUNITY);
        org("Northmoor Women's Refuge", null, Sector.VOLUNTARY_AND_COMMUNITY);
        org("Moorland Wildlife Trust", null, Sector.VOLUNTARY_AND_COMMUNITY);
        org("Northmoor Arts Collective", null, Sector.VOLUNTARY_AND_COMMUNITY);
        org("Northmoor Faith Forum", null, Sector.VOLUNTARY_AND_COMMUNITY);
        org("Westshire Community Foundation", null, Sector.VOLUNTARY_AND_COMMUNITY);
        org("Northmoor Chamber of Commerce", "Chamber", Sector.BUSINESS);
        org("Northmoor Business Improvement District", "BID", Sector.BUSINESS);
        org("Moorland Water", null, Sector.BUSINESS);
        org("Northmoor Bus Company", null, Sector.BUSINESS);
        org("Hexley Manufacturing Group", null, Sector.BUSINESS);
        org("Jobs and Benefits Office, Northmoor", "Jobs Office", Sector.CENTRAL_GOVERNMENT);
        org("Westshire Probation Delivery Unit", "Probation", Sector.CENTRAL_GOVERNMENT);
        org("Flood and Coast Agency", null, Sector.CENTRAL_GOVERNMENT);
        org("Homes and Places Agency", null, Sector.CENTRAL_GOVERNMENT);
        org("Westshire Youth Justice Service", null, Sector.LOCAL_GOVERNMENT);
        org("Northmoor Leisure Trust", null, Sector.OTHER);
        org("Westshire Sports Partnership", null, Sector.OTHER);
        org("Northmoor Heritage Trust", null, Sector.OTHER);
        org("Westshire Local Nature Partnership", null, Sector.OTHER);
    }

    private void people() {
        String ndc = "Northmoor District Council";
        person("Cllr Helen Ashworth", PersonKind.COUNCILLOR, "Leader of the Council", ndc);
        person("Cllr Tom Okafor", PersonKind.COUNCILLOR, "Cabinet Member for Communities and Safety", ndc);
        person("Cllr Priya Lal", PersonKind.COUNCILLOR, "Cabinet Member for Health and Wellbeing", ndc);
        person("Cllr Gareth Moss", PersonKind.COUNCILLOR, "Cabinet Member for Economy", ndc);
        person("Cllr Ruth Pennington", PersonKind.COUNCILLOR, "Cabinet Member for Environment", ndc);
        person("Cllr Dan Whitlock", PersonKind.COUNCILLOR, "Cabinet Member for Housing", ndc);
        person("Cllr Mei Chen", PersonKind.COUNCILLOR, "Cabinet Member for Culture and Leisure", ndc);
        person("Cllr Alan Birtles", PersonKind.COUNCILLOR, "Member Champion for Young People", ndc);
        person("Cllr Fatima Rahman", PersonKind.COUNCILLOR, "Cabinet Member for Stronger Communities", ndc);
        person("Cllr Joe Hartley", PersonKind.COUNCILLOR, "Chair of Overview and Scrutiny", ndc);
        person("Karen Holt", PersonKind.OFFICER, "Chief Executive", ndc);
        person("Nadia Sharif", PersonKind.OFFICER, "Head of Policy and Partnerships", ndc);
        person("Rob Kerr", PersonKind.OFFICER, "Community Safety Manager", ndc);
        person("Aisha Begum", PersonKind.OFFICER, "Health Improvement Lead", ndc);
        person("Liam Foster", PersonKind.OFFICER, "Economic Development Manager", ndc);
        person("Grace Tandy", PersonKind.OFFICER, "Climate Change Officer", ndc);
        person("Paul Ingham", PersonKind.OFFICER, "Housing Strategy Manager", ndc);
        person("Sophie Lane", PersonKind.OFFICER, "Culture and Leisure Manager", ndc);
        person("Ian Crowther", PersonKind.OFFICER, "Communities Manager", ndc);
        person("Beth Nolan", PersonKind.OFFICER, "Partnerships Officer", ndc);
        person("Owen Price", PersonKind.OFFICER, "Environmental Health Manager", ndc);
        person("Chloe Adey", PersonKind.OFFICER, "Youth Services Officer", "Westshire County Council");
        person("Supt Mark Ellison", PersonKind.PARTNER, "District Commander", "Westshire Police");
        person("Dr Sarah Quinn", PersonKind.PARTNER, "Place Director", "NHS Westshire Integrated Care Board");
        person("Jean Dawes", PersonKind.PARTNER, "Chief Executive", "Northmoor Council for Voluntary Service");
        person("Michael Grant", PersonKind.PARTNER, "President", "Northmoor Chamber of Commerce");
        person("Ann Kowalski", PersonKind.PARTNER, "Director of Communities", "Moorland Homes");
        person("Lee Harper", PersonKind.PARTNER, "Group Manager", "Westshire Fire and Rescue Service");
        person("Janet Moore", PersonKind.PARTNER, "Executive Headteacher", "Moorside Academy Trust");
        person("Rev David Cole", PersonKind.PARTNER, "Convenor", "Northmoor Faith Forum");
        committee("Cllr Joe Hartley", "Overview and Scrutiny Committee");
        committee("Cllr Joe Hartley", "Crime and Disorder Scrutiny Committee");
        committee("Cllr Alan Birtles", "Crime and Disorder Scrutiny Committee");
        committee("Cllr Mei Chen", "Overview and Scrutiny Committee");
    }

    private void structure() {
        new SampleStructure(this).build();
    }

    // ---- helpers used by SampleStructure ----

    LocalDate monthsFromToday(int months) {
        return today.plusMonths(months).withDayOfMonth(1).plusMonths(1).minusDays(1);
    }

    long id(String name) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("sample: nothing called " + name);
        }
        return id;
    }

    Body body(String name, String shortName, BodyKind kind, Layer layer, Classification classification,
              String... themes) {
        List<Long> themeIds = new ArrayList<>();
        for (String theme : themes) {
            themeIds.add(id(theme));
        }
        Body body = new Body(model.newId(), name, shortName, kind, layer, themeIds, classification, null);
        add(name, body);
        return body;
    }

    /** The body of that name as it now stands. */
    Body named(String name) {
        long wanted = id(name);
        return (Body) entities.stream().filter(e -> e instanceof Body && e.id() == wanted).findFirst().orElseThrow();
    }

    /** Sets governance details on a body already added, whichever version of it the caller holds. */
    void govern(Body body, Object... fieldValuePairs) {
        Body current = named(body.name());
        Body governed = current;
        for (int i = 0; i < fieldValuePairs.length; i += 2) {
            BodyField field = (BodyField) fieldValuePairs[i];
            Object value = fieldValuePairs[i + 1];
            if (value instanceof String text && (field.type() == org.partnershipatlas.model.FieldType.PERSON
                    || field.type() == org.partnershipatlas.model.FieldType.ORGANISATION)) {
                value = id(text);
            }
            if (value instanceof Integer pounds) {
                value = Money.ofPounds(pounds);
            }
            governed = governed.with(field, value);
        }
        entities.set(entities.indexOf(current), governed);
    }

    void judge(String body, SignificanceCriterion... criteria) {
        entities.add(new SignificanceJudgement(model.newId(), id(body), java.util.Set.of(criteria)));
    }

    void line(String from, String to, LineKind kind) {
        entities.add(new AccountabilityLine(model.newId(), id(from), id(to), kind));
    }

    void seat(String body, String holder, SeatRole role) {
        long holderId = id(holder);
        boolean isPerson = entities.stream().anyMatch(e -> e instanceof Person && e.id() == holderId);
        Long orgId = isPerson ? personOrganisation(holderId) : Long.valueOf(holderId);
        entities.add(new Seat(model.newId(), id(body), orgId, isPerson ? holderId : null, role));
    }

    private Long personOrganisation(long personId) {
        return entities.stream().filter(e -> e instanceof Person && e.id() == personId)
                .map(e -> ((Person) e).organisationId()).findFirst().orElse(null);
    }

    private void org(String name, String shortName, Sector sector) {
        add(name, new Organisation(model.newId(), name, shortName, sector));
    }

    private void person(String name, PersonKind kind, String title, String organisation) {
        String email = kind == PersonKind.COUNCILLOR || kind == PersonKind.OFFICER
                ? name.replace("Cllr ", "").toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@northmoor.example"
                : null;
        add(name, new Person(model.newId(), name, kind, title, id(organisation), email, null));
    }

    private void committee(String person, String committee) {
        entities.add(new CommitteeMembership(model.newId(), id(person), committee));
    }

    private void add(String name, Entity entity) {
        if (ids.putIfAbsent(name, entity.id()) != null && !(entity instanceof Organisation)) {
            throw new IllegalStateException("sample: two things called " + name);
        }
        entities.add(entity);
    }
}
