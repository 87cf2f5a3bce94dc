package org.partnershipatlas.model;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Every field of a body as data: label, group, type, how to read it and how to change it. The
 * inspector, the register, imports and exports all work from this one list, so a field added here
 * shows up everywhere rather than being forgotten in one of them.
 */
public enum BodyField implements Labelled {
    NAME("Name", FieldGroup.BODY, FieldType.TEXT, Body::name,
            (b, v) -> new Body(b.id(), (String) v, b.shortName(), b.kind(), b.layer(), b.themeIds(),
                    b.classification(), b.governance())),
    SHORT_NAME("Short name", FieldGroup.BODY, FieldType.TEXT, Body::shortName,
            (b, v) -> new Body(b.id(), b.name(), (String) v, b.kind(), b.layer(), b.themeIds(),
                    b.classification(), b.governance())),
    KIND("Kind of body", FieldGroup.BODY, BodyKind.class, Body::kind,
            (b, v) -> new Body(b.id(), b.name(), b.shortName(), (BodyKind) v, b.layer(), b.themeIds(),
                    b.classification(), b.governance())),
    LAYER("Layer", FieldGroup.BODY, Layer.class, Body::layer,
            (b, v) -> new Body(b.id(), b.name(), b.shortName(), b.kind(), (Layer) v, b.themeIds(),
                    b.classification(), b.governance())),
    THEMES("Themes", FieldGroup.BODY, FieldType.THEMES, Body::themeIds,
            (b, v) -> new Body(b.id(), b.name(), b.shortName(), b.kind(), b.layer(), asIds(v),
                    b.classification(), b.governance())),
    CLASSIFICATION("Classification", FieldGroup.BODY, Classification.class, Body::classification,
            (b, v) -> new Body(b.id(), b.name(), b.shortName(), b.kind(), b.layer(), b.themeIds(),
                    (Classification) v, b.governance())),
    PURPOSE("Purpose", FieldGroup.BODY, FieldType.LONG_TEXT, Governance::purpose, (g, v) -> g.purpose = (String) v),

    CHAIR("Chair", FieldGroup.PEOPLE, FieldType.PERSON, Governance::chairId, (g, v) -> g.chairId = (Long) v),
    VICE_CHAIR("Vice chair", FieldGroup.PEOPLE, FieldType.PERSON, Governance::viceChairId,
            (g, v) -> g.viceChairId = (Long) v),
    LEAD_OFFICER("Lead officer", FieldGroup.PEOPLE, FieldType.PERSON, Governance::leadOfficerId,
            (g, v) -> g.leadOfficerId = (Long) v),
    LEAD_MEMBER("Lead member", FieldGroup.PEOPLE, FieldType.PERSON, Governance::leadMemberId,
            (g, v) -> g.leadMemberId = (Long) v),
    ACCOUNTABLE_BODY("Accountable body", FieldGroup.PEOPLE, FieldType.ORGANISATION, Governance::accountableBodyId,
            (g, v) -> g.accountableBodyId = (Long) v),

    TERMS_OF_REFERENCE("Terms of reference", FieldGroup.STRUCTURE, FieldType.TEXT, Governance::termsOfReference,
            (g, v) -> g.termsOfReference = (String) v),
    TERMS_AGREED("Terms agreed on", FieldGroup.STRUCTURE, FieldType.DATE, Governance::termsAgreed,
            (g, v) -> g.termsAgreed = (LocalDate) v),
    LEGAL_STATUS("Legal status", FieldGroup.STRUCTURE, LegalStatus.class, Governance::legalStatus,
            (g, v) -> g.legalStatus = (LegalStatus) v),
    STATUTORY_BASIS("Statutory basis", FieldGroup.STRUCTURE, FieldType.TEXT, Governance::statutoryBasis,
            (g, v) -> g.statutoryBasis = (String) v),
    MEETING_FREQUENCY("Meets", FieldGroup.STRUCTURE, Frequency.class, Governance::meetingFrequency,
            (g, v) -> g.meetingFrequency = (Frequency) v),
    REPORTING_CYCLE("Reports", FieldGroup.STRUCTURE, Frequency.class, Governance::reportingCycle,
            (g, v) -> g.reportingCycle = (Frequency) v),
    LIFECYCLE_STAGE("Life-cycle stage", FieldGroup.STRUCTURE, LifecycleStage.class, Governance::lifecycleStage,
            (g, v) -> g.lifecycleStage = (LifecycleStage) v),

    COUNCIL_CONTRIBUTION("Council contribution (a year)", FieldGroup.MONEY, FieldType.MONEY,
            Governance::councilContribution, (g, v) -> g.councilContribution = (Money) v),
    POOLED_BUDGET("Pooled budget", FieldGroup.MONEY, FieldType.MONEY, Governance::pooledBudget,
            (g, v) -> g.pooledBudget = (Money) v),

    RISK_RATING("Risk rating", FieldGroup.RISK, RiskRating.class, Governance::riskRating,
            (g, v) -> g.riskRating = (RiskRating) v),
    INFORMATION_SHARING("Information-sharing protocol", FieldGroup.RISK, FieldType.YES_NO,
            Governance::informationSharingProtocol, (g, v) -> g.informationSharingProtocol = (Boolean) v),
    INFORMATION_SHARING_AGREED("Protocol agreed on", FieldGroup.RISK, FieldType.DATE,
            Governance::informationSharingAgreed, (g, v) -> g.informationSharingAgreed = (LocalDate) v),
    EXIT_STRATEGY("Exit strategy", FieldGroup.RISK, FieldType.LONG_TEXT, Governance::exitStrategy,
            (g, v) -> g.exitStrategy = (String) v),

    LAST_REVIEWED("Last reviewed", FieldGroup.REVIEW_AND_SCRUTINY, FieldType.DATE, Governance::lastReviewed,
            (g, v) -> g.lastReviewed = (LocalDate) v),
    NEXT_REVIEW_DUE("Next review due", FieldGroup.REVIEW_AND_SCRUTINY, FieldType.DATE, Governance::nextReviewDue,
            (g, v) -> g.nextReviewDue = (LocalDate) v),
    SCRUTINY_COMMITTEE("Scrutiny committee", FieldGroup.REVIEW_AND_SCRUTINY, FieldType.TEXT,
            Governance::scrutinyCommittee, (g, v) -> g.scrutinyCommittee = (String) v),
    LAST_SCRUTINISED("Last scrutinised", FieldGroup.REVIEW_AND_SCRUTINY, FieldType.DATE,
            Governance::lastScrutinised, (g, v) -> g.lastScrutinised = (LocalDate) v),
    NOTES("Notes", FieldGroup.REVIEW_AND_SCRUTINY, FieldType.LONG_TEXT, Governance::notes,
            (g, v) -> g.notes = (String) v);

    private final String label;
    private final FieldGroup group;
    private final FieldType type;
    private final Class<? extends Enum<?>> choices;
    private final Function<Body, Object> reader;
    private final BiFunction<Body, Object, Body> bodyWriter;
    private final BiConsumer<Governance.Builder, Object> governanceWriter;

    BodyField(String label, FieldGroup group, FieldType type, Function<Body, Object> reader,
              BiFunction<Body, Object, Body> writer) {
        this(label, group, type, null, reader, writer, null);
    }

    BodyField(String label, FieldGroup group, Class<? extends Enum<?>> choices, Function<Body, Object> reader,
              BiFunction<Body, Object, Body> writer) {
        this(label, group, FieldType.CHOICE, choices, reader, writer, null);
    }

    BodyField(String label, FieldGroup group, FieldType type, Function<Governance, Object> reader,
              BiConsumer<Governance.Builder, Object> writer) {
        this(label, group, type, null, body -> reader.apply(body.governance()), null, writer);
    }

    BodyField(String label, FieldGroup group, Class<? extends Enum<?>> choices, Function<Governance, Object> reader,
              BiConsumer<Governance.Builder, Object> writer) {
        this(label, group, FieldType.CHOICE, choices, body -> reader.apply(body.governance()), null, writer);
    }

    BodyField(String label, FieldGroup group, FieldType type, Class<? extends Enum<?>> choices,
              Function<Body, Object> reader, BiFunction<Body, Object, Body> bodyWriter,
              BiConsumer<Governance.Builder, Object> governanceWriter) {
        this.label = label;
        this.group = group;
        this.type = type;
        this.choices = choices;
        this.reader = reader;
        this.bodyWriter = bodyWriter;
        this.governanceWriter = governanceWriter;
    }

    @Override
    public String label() {
        return label;
    }

    public FieldGroup group() {
        return group;
    }

    public FieldType type() {
        return type;
    }

    /** The enum whose constants are the choices, for {@link FieldType#CHOICE} fields; else null. */
    public Class<? extends Enum<?>> choices() {
        return choices;
    }

    public Object read(Body body) {
        return reader.apply(body);
    }

    /**
     * The field's value on {@code body} as a person reads it: names for people, organisations and
     * themes, money with its £, dates in {@code dates}, the labels of choices, Yes or No; "" when empty.
     */
    public String text(AuthorityModel model, Body body, java.time.format.DateTimeFormatter dates) {
        Object value = read(body);
        if (value == null) {
            return "";
        }
        return switch (type) {
            case PERSON -> {
                Person person = model.person((Long) value);
                yield person == null ? "" : person.name();
            }
            case ORGANISATION -> {
                Organisation organisation = model.organisation((Long) value);
                yield organisation == null ? "" : organisation.name();
            }
            case MONEY -> ((Money) value).format();
            case DATE -> dates.format((LocalDate) value);
            case CHOICE -> ((Labelled) value).label();
            case YES_NO -> Boolean.TRUE.equals(value) ? "Yes" : "No";
            case THEMES -> String.join(", ", ((List<?>) value).stream().map(id -> model.theme((Long) id).name()).toList());
            default -> value.toString();
        };
    }

    /** True when the field must hold a value: a body always has a name, kind, layer and classification. */
    public boolean required() {
        return this == NAME || this == KIND || this == LAYER || this == CLASSIFICATION;
    }

    /** True for a field kept in the body's {@link Governance}, false for one of the body's own (name, kind...). */
    public boolean isGovernance() {
        return governanceWriter != null;
    }

    Body apply(Body body, Object value) {
        checkType(value);
        if (bodyWriter != null) {
            return bodyWriter.apply(body, value);
        }
        return body.withGovernance(body.governance().toBuilder().set(this, value).build());
    }

    void write(Governance.Builder builder, Object value) {
        if (governanceWriter == null) {
            throw new IllegalArgumentException(label + " is not a governance field");
        }
        checkType(value);
        governanceWriter.accept(builder, value);
    }

    private void checkType(Object value) {
        if (value == null) {
            return;
        }
        Class<?> expected = switch (type) {
            case TEXT, LONG_TEXT -> String.class;
            case DATE -> LocalDate.class;
            case MONEY -> Money.class;
            case PERSON, ORGANISATION -> Long.class;
            case CHOICE -> choices;
            case YES_NO -> Boolean.class;
            case THEMES -> List.class;
        };
        if (!expected.isInstance(value)) {
            throw new IllegalArgumentException(label + " takes " + expected.getSimpleName() + ", not "
                    + value.getClass().getSimpleName());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Long> asIds(Object value) {
        return value == null ? List.of() : (List<Long>) value;
    }
}
