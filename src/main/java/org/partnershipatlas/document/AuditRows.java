package org.partnershipatlas.document;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.AuditEntry;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.ClassificationDecision;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Entity;
import org.partnershipatlas.model.How;
import org.partnershipatlas.model.Labelled;
import org.partnershipatlas.model.MapPosition;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.SignificanceJudgement;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.model.WorkshopNote;

/**
 * Turns an applied edit into the lines of history written with it: a line per field changed on a
 * body ("Chair: Cllr A → Cllr B", names rather than ids), a line per other thing created, changed
 * or deleted, and for a move or tidy-up of the map one line in all, so dragging boxes does not bury
 * the edits. Worked out on the model as the edit leaves it, before the write, so names are the
 * ones the user saw.
 */
final class AuditRows {
    /** The kind of entity a line about the map's boxes carries; the history hides these unless asked. */
    static final String MAP = "Map";

    private AuditRows() {
    }

    static List<AuditEntry> of(AuthorityModel model, Edit applied, How how, String author, LocalDateTime at,
                               String source) {
        List<AuditEntry> rows = new ArrayList<>();
        List<Change> positions = new ArrayList<>();
        java.util.Map<Long, Body> named = new java.util.HashMap<>();
        for (Change change : applied.changes()) {
            if (change.subject() instanceof Body body) {
                named.put(body.id(), body);
            }
        }
        java.util.function.LongFunction<Body> bodies = id -> model.body(id) != null ? model.body(id) : named.get(id);
        for (Change change : applied.changes()) {
            if (change.subject() instanceof MapPosition) {
                positions.add(change);
            } else if (change.subject() instanceof Body) {
                body(model, change, rows, applied.label(), how, author, at, source);
            } else {
                other(model, bodies, change, rows, applied.label(), how, author, at, source);
            }
        }
        if (rows.isEmpty() && !positions.isEmpty()) {
            Long bodyId = positions.size() == 1 ? ((MapPosition) positions.get(0).subject()).bodyId() : null;
            Body body = bodyId == null ? null : bodies.apply(bodyId);
            rows.add(new AuditEntry(0, at, author, how, source, applied.label(), MAP, null, bodyId,
                    body != null ? body.name() : positions.size() + " bodies", null, null, null));
        }
        if (rows.isEmpty()) {
            rows.add(new AuditEntry(0, at, author, how, source, applied.label(), null, null, null, null, null, null,
                    null));
        }
        return rows;
    }

    private static void body(AuthorityModel model, Change change, List<AuditEntry> rows, String label, How how,
                             String author, LocalDateTime at, String source) {
        Body before = (Body) change.before();
        Body after = (Body) change.after();
        Body subject = after != null ? after : before;
        if (before == null || after == null) {
            rows.add(new AuditEntry(0, at, author, how, source, label, "Body", subject.id(), subject.id(),
                    subject.name(), null, before == null ? null : before.name(), after == null ? null : after.name()));
            return;
        }
        for (BodyField field : BodyField.values()) {
            if (!Objects.equals(field.read(before), field.read(after))) {
                rows.add(new AuditEntry(0, at, author, how, source, label, "Body", subject.id(), subject.id(),
                        after.name(), field.label(), field.text(model, before, DateTimeFormatter.ISO_LOCAL_DATE),
                        field.text(model, after, DateTimeFormatter.ISO_LOCAL_DATE)));
            }
        }
    }

    private static void other(AuthorityModel model, java.util.function.LongFunction<Body> bodies, Change change,
                              List<AuditEntry> rows, String label, How how, String author, LocalDateTime at,
                              String source) {
        Entity subject = change.subject();
        String kind = kind(subject);
        Long bodyId = bodyOf(subject);
        String name = name(model, bodies, subject);
        if (change.before() == null || change.after() == null) {
            rows.add(new AuditEntry(0, at, author, how, source, label, kind, subject.id(), bodyId, name, null,
                    change.before() == null ? null : name, change.after() == null ? null : name));
            return;
        }
        for (RecordComponent component : subject.getClass().getRecordComponents()) {
            Object was = read(component, change.before());
            Object now = read(component, change.after());
            if (was instanceof java.util.Map<?, ?> before && now instanceof java.util.Map<?, ?> after) {
                // one line per section of text changed, named by the section (the cabinet papers' words)
                java.util.Set<Object> keys = new java.util.LinkedHashSet<>(before.keySet());
                keys.addAll(after.keySet());
                for (Object key : keys) {
                    if (!Objects.equals(before.get(key), after.get(key))) {
                        rows.add(new AuditEntry(0, at, author, how, source, label, kind, subject.id(), bodyId, name,
                                key instanceof Labelled l ? l.label() : String.valueOf(key),
                                text(model, bodies, "", before.get(key)), text(model, bodies, "", after.get(key))));
                    }
                }
            } else if (!Objects.equals(was, now)) {
                rows.add(new AuditEntry(0, at, author, how, source, label, kind, subject.id(), bodyId, name,
                        words(component.getName()), text(model, bodies, component.getName(), was),
                        text(model, bodies, component.getName(), now)));
            }
        }
    }

    private static Object read(RecordComponent component, Entity entity) {
        try {
            return component.getAccessor().invoke(entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    static Long bodyOf(Entity entity) {
        if (entity instanceof Body body) {
            return body.id();
        } else if (entity instanceof Seat seat) {
            return seat.bodyId();
        } else if (entity instanceof AccountabilityLine line) {
            return line.fromBodyId();
        } else if (entity instanceof ClassificationDecision decision) {
            return decision.bodyId();
        } else if (entity instanceof SignificanceJudgement judgement) {
            return judgement.bodyId();
        } else if (entity instanceof MapPosition position) {
            return position.bodyId();
        } else if (entity instanceof WorkshopNote note) {
            return note.bodyId();
        } else if (entity instanceof Action action && !action.bodyIds().isEmpty()) {
            return action.bodyIds().get(0);
        }
        return null;
    }

    private static String kind(Entity entity) {
        if (entity instanceof AccountabilityLine) {
            return "Line";
        }
        return words(entity.getClass().getSimpleName());
    }

    private static String name(AuthorityModel model, java.util.function.LongFunction<Body> bodies, Entity entity) {
        if (entity instanceof Seat seat) {
            Body body = bodies.apply(seat.bodyId());
            return seat.role().label() + " on " + (body == null ? "a body" : body.name());
        } else if (entity instanceof AccountabilityLine line) {
            Body from = bodies.apply(line.fromBodyId());
            Body to = bodies.apply(line.toBodyId());
            return (from == null ? "?" : from.name()) + " " + line.kind().label().toLowerCase(java.util.Locale.ROOT)
                    + " " + (to == null ? "?" : to.name());
        } else if (entity instanceof Person person) {
            return person.name();
        } else if (entity instanceof Organisation organisation) {
            return organisation.name();
        } else if (entity instanceof Theme theme) {
            return theme.name();
        } else if (entity instanceof Action action) {
            return action.description();
        }
        Long bodyId = bodyOf(entity);
        Body body = bodyId == null ? null : bodies.apply(bodyId);
        return body != null ? words(entity.getClass().getSimpleName()) + " of " + body.name() : entity.describe();
    }

    private static String text(AuthorityModel model, java.util.function.LongFunction<Body> bodies, String component,
                               Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Long id && component.endsWith("Id")) {
            Person person = model.person(id);
            if (person != null) {
                return person.name();
            }
            Organisation organisation = model.organisation(id);
            if (organisation != null) {
                return organisation.name();
            }
            Body body = bodies.apply(id);
            if (body != null) {
                return body.name();
            }
            Theme theme = model.theme(id);
            return theme != null ? theme.name() : id.toString();
        }
        if (value instanceof Money money) {
            return money.format();
        }
        if (value instanceof Labelled labelled) {
            return labelled.label();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        return value.toString();
    }

    /** "leadMemberId" → "Lead member", "ClassificationDecision" → "Classification decision". */
    static String words(String name) {
        String plain = name.endsWith("Id") && name.length() > 2 ? name.substring(0, name.length() - 2) : name;
        plain = plain.endsWith("Ids") ? plain.substring(0, plain.length() - 3) + "s" : plain;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append(' ').append(Character.toLowerCase(c));
            } else {
                out.append(i == 0 ? Character.toUpperCase(c) : c);
            }
        }
        return out.toString();
    }
}
