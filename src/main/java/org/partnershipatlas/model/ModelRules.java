package org.partnershipatlas.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The rules an edit must keep: what cannot be true of a partnership structure. Only the entities an
 * edit touches are checked, so an edit stays cheap on a 10,000-body authority. A reporting loop
 * across several bodies is allowed on purpose: real structures have them, and the health check
 * reports them.
 */
final class ModelRules {
    /** A next review further than this after the last one is "decades away", not a review cycle. */
    static final int LONGEST_REVIEW_GAP_YEARS = 10;

    private ModelRules() {
    }

    static void check(AuthorityModel model, Edit edit) {
        for (Change change : edit.changes()) {
            if (change.isDelete()) {
                checkNothingRefersTo(model, change.before());
            } else {
                checkEntity(model, change.after());
            }
        }
    }

    private static void checkEntity(AuthorityModel model, Entity entity) {
        if (entity instanceof Body body) {
            checkBody(model, body);
        } else if (entity instanceof AccountabilityLine line) {
            checkLine(model, line);
        } else if (entity instanceof Seat seat) {
            checkSeat(model, seat);
        } else if (entity instanceof Person person) {
            requireName(person.name(), "A person");
            TextRules.check(person.describe() + ": the job title", person.title(), 500);
            TextRules.check(person.describe() + ": the e-mail address", person.email(), 500);
            TextRules.check(person.describe() + ": the phone number", person.phone(), 100);
            if (person.organisationId() != null && model.organisation(person.organisationId()) == null) {
                throw new ModelException(person.describe() + " belongs to an organisation that does not exist");
            }
        } else if (entity instanceof Organisation organisation) {
            requireName(organisation.name(), "An organisation");
            TextRules.check(organisation.describe() + ": the short name", organisation.shortName(),
                    TextRules.SHORT_NAME);
        } else if (entity instanceof Theme theme) {
            requireName(theme.name(), "A theme");
            for (Theme other : model.themes()) {
                if (other.id() != theme.id() && other.name().equalsIgnoreCase(theme.name())) {
                    throw new ModelException("There is already a theme called \"" + theme.name() + "\"");
                }
            }
        } else if (entity instanceof Action action) {
            checkAction(model, action);
        } else if (entity instanceof CommitteeMembership place) {
            if (model.person(place.personId()) == null) {
                throw new ModelException("A committee place must belong to a person who exists");
            }
            requireName(place.committee(), "A committee");
        } else if (entity instanceof ClassificationDecision decision) {
            Body body = model.body(decision.bodyId());
            if (body == null) {
                throw new ModelException("A classification decision must be about a body that exists");
            }
            TextRules.check("The rationale for " + body.describe(), decision.rationale(), 4000);
            TextRules.check("The name of who decided on " + body.describe(), decision.decidedBy(), 500);
            if (decision.rationale().isBlank()) {
                throw new ModelException("The decision on " + body.describe() + " needs a rationale: say why it is a "
                        + decision.decided().label().toLowerCase(Locale.ROOT));
            }
            if (decision.decidedBy().isBlank() || decision.decidedOn() == null) {
                throw new ModelException("The decision on " + body.describe() + " must say who decided and when");
            }
        } else if (entity instanceof SignificanceJudgement judgement) {
            if (model.body(judgement.bodyId()) == null) {
                throw new ModelException("A significance judgement must be about a body that exists");
            }
            for (SignificanceJudgement other : model.judgements()) {
                if (other.id() != judgement.id() && other.bodyId() == judgement.bodyId()) {
                    throw new ModelException(model.body(judgement.bodyId()).describe()
                            + " already has a significance judgement");
                }
            }
        } else if (entity instanceof MapPosition position) {
            if (model.body(position.bodyId()) == null) {
                throw new ModelException("A map position must belong to a body that exists");
            }
            MapPosition other = model.positionOf(position.bodyId());
            if (other != null && other.id() != position.id()) {
                throw new ModelException(model.body(position.bodyId()).describe() + " already has a map position");
            }
            if (!Double.isFinite(position.x()) || !Double.isFinite(position.y())) {
                throw new ModelException("A map position must be a real place on the map");
            }
        } else if (entity instanceof SignificanceScheme scheme) {
            if (scheme.passMark() < 1 || scheme.weights().values().stream().anyMatch(w -> w < 0)
                    || scheme.contributionThreshold() == null || scheme.contributionThreshold().isNegative()) {
                throw new ModelException("Significance weights cannot be negative, the pass mark must be at least 1 "
                        + "and the contribution threshold cannot be negative");
            }
        } else if (entity instanceof AuthoritySettings settings) {
            checkSettings(model, settings);
        } else if (entity instanceof WorkshopNote note) {
            if (model.body(note.bodyId()) == null) {
                throw new ModelException("A workshop note must be about a body that exists");
            }
            if (TextRules.isInvisible(note.text())) {
                throw new ModelException("A workshop note needs some text");
            }
            TextRules.check("A workshop note", note.text(), 4000);
            checkDate(note.describe(), "date", note.taken());
        } else if (entity instanceof WorkshopPlan plan) {
            for (WorkshopStep step : plan.steps()) {
                if (step.themeId() != null && model.theme(step.themeId()) == null) {
                    throw new ModelException("The workshop plan has a step for a theme that does not exist");
                }
            }
        } else if (entity instanceof CabinetPapers papers) {
            checkDate(papers.describe(), "meeting date", papers.meetingDate());
            TextRules.check("The committee", papers.committee(), 200);
            TextRules.check("The report reference", papers.reference(), 200);
            TextRules.check("\"Report of\"", papers.reportOf(), 500);
            TextRules.check("The contact officer", papers.contactOfficer(), 500);
            TextRules.check("The contact details", papers.contactDetails(), 500);
            papers.texts().forEach((section, text) -> TextRules.check("The text of \"" + section.label() + "\"",
                    text, 20000));
        } else if (entity instanceof Authority authority) {
            requireName(authority.name(), "The authority");
            checkDate(authority.describe(), "period start", authority.periodStart());
            checkDate(authority.describe(), "period end", authority.periodEnd());
            if (authority.periodStart() != null && authority.periodEnd() != null
                    && authority.periodEnd().isBefore(authority.periodStart())) {
                throw new ModelException("The period of " + authority.describe() + " ends before it starts");
            }
        }
    }

    private static void checkBody(AuthorityModel model, Body body) {
        requireName(body.name(), "A body");
        String who = body.describe();
        for (Long themeId : body.themeIds()) {
            if (model.theme(themeId) == null) {
                throw new ModelException(who + " is given a theme that does not exist");
            }
        }
        Governance g = body.governance();
        for (BodyField field : BodyField.values()) {
            Object value = field.read(body);
            if (value == null) {
                continue;
            }
            switch (field.type()) {
                case PERSON -> {
                    if (model.person((Long) value) == null) {
                        throw new ModelException(who + ": the " + lower(field) + " is not a person on the map");
                    }
                }
                case ORGANISATION -> {
                    if (model.organisation((Long) value) == null) {
                        throw new ModelException(who + ": the " + lower(field)
                                + " is not an organisation on the map");
                    }
                }
                case MONEY -> {
                    if (((Money) value).isNegative()) {
                        throw new ModelException(who + " cannot have a negative " + lower(field) + " ("
                                + value + ")");
                    }
                }
                case DATE -> checkDate(who, lower(field), (LocalDate) value);
                case TEXT, LONG_TEXT -> TextRules.check(who + ": the " + lower(field), (String) value,
                        TextRules.limit(field));
                default -> {
                }
            }
        }
        if (g.lastReviewed() != null && g.nextReviewDue() != null) {
            if (g.nextReviewDue().isBefore(g.lastReviewed())) {
                throw new ModelException(who + ": the next review (" + g.nextReviewDue()
                        + ") is before the last review (" + g.lastReviewed() + ")");
            }
            if (g.nextReviewDue().isAfter(g.lastReviewed().plusYears(LONGEST_REVIEW_GAP_YEARS))) {
                throw new ModelException(who + ": the next review (" + g.nextReviewDue() + ") is more than "
                        + LONGEST_REVIEW_GAP_YEARS + " years after the last one");
            }
        }
    }

    private static void checkAction(AuthorityModel model, Action action) {
        if (TextRules.isInvisible(action.description())) {
            throw new ModelException("An action needs a description of what is to be done");
        }
        TextRules.check("The description of an action", action.description(), 4000);
        checkDate(action.describe(), "target date", action.targetDate());
        boolean ownerExists = switch (action.owner()) {
            case COUNCIL, LSP_BOARD -> true;
            case BODY -> action.ownerId() != null && model.body(action.ownerId()) != null;
            case PERSON -> action.ownerId() != null && model.person(action.ownerId()) != null;
            case ORGANISATION -> action.ownerId() != null && model.organisation(action.ownerId()) != null;
        };
        if (!ownerExists) {
            throw new ModelException(action.describe() + " is owned by a " + action.owner().label().toLowerCase(
                    Locale.ROOT) + " that is not on the map");
        }
        for (Long bodyId : action.bodyIds()) {
            if (model.body(bodyId) == null) {
                throw new ModelException(action.describe() + " concerns a body that does not exist");
            }
        }
    }

    private static void checkSettings(AuthorityModel model, AuthoritySettings s) {
        if (s.reviewDueSoonDays() < 0 || s.maxSeats() < 1 || s.maxChairs() < 1 || s.meetingMinutes() < 0
                || s.preparationMinutes() < 0) {
            throw new ModelException("Thresholds must be whole numbers above zero (days may be zero)");
        }
        for (Money rate : new Money[] {s.officerHourlyRate(), s.councillorHourlyRate(), s.partnerHourlyRate()}) {
            if (rate == null || rate.isNegative()) {
                throw new ModelException("An hourly rate cannot be empty or negative");
            }
        }
        for (Long top : s.topBodyIds()) {
            if (model.body(top) == null) {
                throw new ModelException("A body marked as a top of the structure does not exist");
            }
        }
    }

    private static void checkLine(AuthorityModel model, AccountabilityLine line) {
        Body from = model.body(line.fromBodyId());
        Body to = model.body(line.toBodyId());
        if (from == null || to == null) {
            throw new ModelException("A \"" + line.kind().label().toLowerCase(Locale.ROOT)
                    + "\" line must join two bodies that exist");
        }
        if (from.id() == to.id()) {
            throw new ModelException(from.describe() + " cannot " + verb(line.kind()) + " itself");
        }
    }

    private static void checkSeat(AuthorityModel model, Seat seat) {
        if (model.body(seat.bodyId()) == null) {
            throw new ModelException("A seat cannot be on a body that does not exist (id " + seat.bodyId() + ")");
        }
        if (seat.organisationId() == null && seat.personId() == null) {
            throw new ModelException("A seat on " + model.body(seat.bodyId()).describe()
                    + " must be held by an organisation or a person");
        }
        TextRules.check("The place of a seat on " + model.body(seat.bodyId()).describe(), seat.place(), 500);
        TextRules.check("The notes of a seat on " + model.body(seat.bodyId()).describe(), seat.notes(), 2000);
        TextRules.check("Who appointed to a seat on " + model.body(seat.bodyId()).describe(), seat.appointedBy(), 500);
        if (seat.organisationId() != null && model.organisation(seat.organisationId()) == null) {
            throw new ModelException("A seat on " + model.body(seat.bodyId()).describe()
                    + " is held by an organisation that does not exist");
        }
        if (seat.personId() != null && model.person(seat.personId()) == null) {
            throw new ModelException("A seat on " + model.body(seat.bodyId()).describe()
                    + " is held by a person who does not exist");
        }
    }

    private static void checkNothingRefersTo(AuthorityModel model, Entity gone) {
        if (gone instanceof Body body) {
            if (!model.dependentsOf(body).isEmpty()) {
                throw new ModelException(body.describe() + " still has lines, seats or decisions; delete them with it");
            }
            for (Action action : model.actions()) {
                if (action.bodyIds().contains(body.id())
                        || action.owner() == ActionOwner.BODY && Long.valueOf(body.id()).equals(action.ownerId())) {
                    throw new ModelException(body.describe() + " is still named in " + action.describe());
                }
            }
            if (model.settings().topBodyIds().contains(body.id())) {
                throw new ModelException(body.describe() + " is marked as a top of the structure");
            }
        } else if (gone instanceof Theme theme) {
            if (model.workshopPlan().steps().stream().anyMatch(step -> Long.valueOf(theme.id()).equals(step.themeId()))) {
                throw new ModelException(theme.describe() + " is a step of the workshop plan; take it out of the plan first");
            }
            for (Body body : model.bodies()) {
                if (body.themeIds().contains(theme.id())) {
                    throw new ModelException(theme.describe() + " is still used by " + body.describe());
                }
            }
        } else if (gone instanceof Organisation organisation) {
            refusePartyInUse(model, organisation, organisation.id(), FieldType.ORGANISATION);
            for (Person person : model.people()) {
                if (organisation.id() == orZero(person.organisationId())) {
                    throw new ModelException(organisation.describe() + " still has " + person.describe());
                }
            }
        } else if (gone instanceof Person person) {
            refusePartyInUse(model, person, person.id(), FieldType.PERSON);
            for (CommitteeMembership place : model.memberships()) {
                if (place.personId() == person.id()) {
                    throw new ModelException(person.describe() + " still has " + place.describe());
                }
            }
        }
    }

    private static void refusePartyInUse(AuthorityModel model, Entity party, long id, FieldType type) {
        for (Seat seat : model.seats()) {
            long holder = type == FieldType.PERSON ? orZero(seat.personId()) : orZero(seat.organisationId());
            if (holder == id) {
                throw new ModelException(party.describe() + " still sits on "
                        + model.body(seat.bodyId()).describe());
            }
        }
        for (Body body : model.bodies()) {
            for (BodyField field : BodyField.values()) {
                if (field.type() == type && Long.valueOf(id).equals(field.read(body))) {
                    throw new ModelException(party.describe() + " is still the " + lower(field) + " of "
                            + body.describe());
                }
            }
        }
    }

    private static void checkDate(String who, String what, LocalDate date) {
        if (date != null && !PlausibleDates.contains(date)) {
            throw new ModelException(who + ": " + date + " is not a believable date for the " + what);
        }
    }

    private static void requireName(String name, String what) {
        if (TextRules.isInvisible(name)) {
            throw new ModelException(what + " needs a name" + (name == null || name.isBlank() ? ""
                    : ": this one is made only of invisible characters"));
        }
        TextRules.check(what + "'s name", name, TextRules.NAME);
    }

    private static String verb(LineKind kind) {
        return switch (kind) {
            case REPORTS_TO -> "report to";
            case SUB_GROUP_OF -> "be a sub-group of";
            case ADVISES -> "advise";
            case COMMISSIONS -> "commission";
        };
    }

    private static String lower(BodyField field) {
        return field.label().toLowerCase(Locale.ROOT);
    }

    private static long orZero(Long id) {
        return id == null ? 0L : id;
    }
}
