package org.partnershipatlas.model;

import java.util.Locale;

/**
 * The fields of a person and of an organisation, what each accepts, and how a value typed as text is
 * read: one place, so the people and organisation screens and {@code atlas apply} set them alike and
 * refuse the same values with the same words.
 */
public final class PartyFields {
    /** A person's fields. */
    public enum PersonField implements Labelled {
        NAME("Name"), TITLE("Job title"), KIND("Kind"), ORGANISATION("Organisation"), PARTY("Party"),
        EMAIL("E-mail"), PHONE("Phone");

        private final String label;

        PersonField(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        /** Chosen from a list (a kind, a recorded organisation) rather than typed. */
        public boolean isChoice() {
            return this == KIND || this == ORGANISATION;
        }
    }

    /** An organisation's fields. */
    public enum OrganisationField implements Labelled {
        NAME("Name"), SHORT_NAME("Short name"), SECTOR("Sector"), COUNCIL("The council itself");

        private final String label;

        OrganisationField(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        /** Chosen from a list (a sector, yes or no) rather than typed. */
        public boolean isChoice() {
            return this == SECTOR || this == COUNCIL;
        }
    }

    private PartyFields() {
    }

    /**
     * The person with a field set: text for the typed fields, a {@link PersonKind} for the kind, an
     * organisation's id (or null) for the organisation.
     *
     * @throws IllegalArgumentException naming what is wrong with the value
     */
    public static Person with(Person p, PersonField field, Object value) {
        String text = value instanceof String s ? s.strip() : null;
        return switch (field) {
            case NAME -> {
                if (text == null || text.isEmpty()) {
                    throw new IllegalArgumentException("A person needs a name");
                }
                yield new Person(p.id(), text, p.kind(), p.title(), p.organisationId(), p.email(), p.phone(), p.party());
            }
            case TITLE -> new Person(p.id(), p.name(), p.kind(), text, p.organisationId(), p.email(), p.phone(), p.party());
            case KIND -> new Person(p.id(), p.name(), (PersonKind) value, p.title(), p.organisationId(), p.email(),
                    p.phone(), p.party());
            case ORGANISATION -> p.withOrganisation((Long) value);
            case PARTY -> new Person(p.id(), p.name(), p.kind(), p.title(), p.organisationId(), p.email(), p.phone(), text);
            case EMAIL -> {
                if (text != null && !text.isEmpty() && !text.matches("[^@\\s]+@[^@\\s]+")) {
                    throw new IllegalArgumentException("\"" + text + "\" is not an e-mail address (name@example.gov.uk)");
                }
                yield new Person(p.id(), p.name(), p.kind(), p.title(), p.organisationId(), text, p.phone(), p.party());
            }
            case PHONE -> {
                if (text != null && !text.isEmpty() && !text.matches("[0-9+()\\-. ]*[0-9][0-9+()\\-. x]*")) {
                    throw new IllegalArgumentException("\"" + text + "\" is not a phone number");
                }
                yield new Person(p.id(), p.name(), p.kind(), p.title(), p.organisationId(), p.email(), text, p.party());
            }
        };
    }

    /**
     * The organisation with a field set: text for the names, a {@link Sector}, or a Boolean for whether
     * it is the council itself (only one can be; the council's sector is local government).
     *
     * @throws IllegalArgumentException naming what is wrong with the value
     */
    public static Organisation with(AuthorityModel model, Organisation o, OrganisationField field, Object value) {
        String text = value instanceof String s ? s.strip() : null;
        return switch (field) {
            case NAME -> {
                if (text == null || text.isEmpty()) {
                    throw new IllegalArgumentException("An organisation needs a name");
                }
                yield new Organisation(o.id(), text, o.shortName(), o.sector(), o.council());
            }
            case SHORT_NAME -> new Organisation(o.id(), o.name(), text, o.sector(), o.council());
            case SECTOR -> new Organisation(o.id(), o.name(), o.shortName(), (Sector) value, o.council());
            case COUNCIL -> {
                boolean council = Boolean.TRUE.equals(value);
                if (council) {
                    for (Organisation other : model.organisations()) {
                        if (other.council() && other.id() != o.id()) {
                            throw new IllegalArgumentException(other.name() + " is already recorded as the council "
                                    + "itself; change that first");
                        }
                    }
                }
                yield new Organisation(o.id(), o.name(), o.shortName(), council ? Sector.LOCAL_GOVERNMENT : o.sector(),
                        council);
            }
        };
    }

    /** A person's field value as typed: the kind by its label, the organisation by its name ("" for none). */
    public static Object parse(AuthorityModel model, PersonField field, String text) {
        String typed = text == null ? "" : text.strip();
        return switch (field) {
            case KIND -> choice(PersonKind.class, typed, "kind of person");
            case ORGANISATION -> typed.isEmpty() ? null : organisationNamed(model, typed).id();
            default -> typed;
        };
    }

    /** An organisation's field value as typed: the sector by its label, the council itself as yes or no. */
    public static Object parse(AuthorityModel model, OrganisationField field, String text) {
        String typed = text == null ? "" : text.strip();
        return switch (field) {
            case SECTOR -> choice(Sector.class, typed, "sector");
            case COUNCIL -> {
                if (typed.equalsIgnoreCase("yes")) {
                    yield Boolean.TRUE;
                }
                if (typed.equalsIgnoreCase("no") || typed.isEmpty()) {
                    yield Boolean.FALSE;
                }
                throw new IllegalArgumentException("\"" + typed + "\" is not yes or no");
            }
            default -> typed;
        };
    }

    /** The organisation with this name or short name, whatever its case. */
    public static Organisation organisationNamed(AuthorityModel model, String name) {
        String wanted = name.strip();
        for (Organisation o : model.organisations()) {
            if (o.name().equalsIgnoreCase(wanted) || (o.shortName() != null && o.shortName().equalsIgnoreCase(wanted))) {
                return o;
            }
        }
        throw new IllegalArgumentException("there is no organisation called \"" + wanted + "\"");
    }

    /** The person with this name, whatever its case. */
    public static Person personNamed(AuthorityModel model, String name) {
        Person found = findPerson(model, name);
        if (found == null) {
            throw new IllegalArgumentException("there is no person called \"" + name.strip() + "\"");
        }
        return found;
    }

    /** The person with this name, whatever its case, or null when nobody of that name is recorded. */
    public static Person findPerson(AuthorityModel model, String name) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            return null;
        }
        for (Person p : model.people()) {
            if (p.name().equalsIgnoreCase(wanted)) {
                return p;
            }
        }
        return null;
    }

    /** "Cllr Jane Smith" and "Councillor Ahmed" are councillors; anyone else is a partner until said otherwise. */
    public static PersonKind guessKind(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("cllr ") || lower.startsWith("cllr. ") || lower.startsWith("councillor ")
                ? PersonKind.COUNCILLOR : PersonKind.PARTNER;
    }

    /** A labelled constant by its label or its name, whatever the case; refused naming the choices. */
    public static <E extends Enum<E> & Labelled> E choice(Class<E> type, String text, String what) {
        String wanted = text == null ? "" : text.strip();
        StringBuilder labels = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            if (Labels.matches(constant, wanted)) {
                return constant;
            }
            labels.append(labels.length() == 0 ? "" : ", ").append(constant.label());
        }
        throw new IllegalArgumentException("\"" + wanted + "\" is not a " + what.toLowerCase(Locale.ROOT)
                + "; use one of " + labels);
    }
}
