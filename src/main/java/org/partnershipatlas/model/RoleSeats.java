package org.partnershipatlas.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One truth for a body's named roles. A body's chair, vice chair, lead officer, lead member and
 * accountable body are both fields (what the inspector, register and health check read) and seats
 * (what Who sits where and the seat list show). After every edit this makes the two agree, by
 * whichever side the edit changed: setting the chair field moves the chair's seat to the new chair;
 * adding, changing or removing a chair's seat sets the field. A body where neither side was touched
 * but they disagree (a file from before this rule) keeps its field and the seat's old holder stays on
 * as a member, so nobody is dropped by the upgrade.
 */
public final class RoleSeats {
    private static final SeatRole[] NAMED = {SeatRole.CHAIR, SeatRole.VICE_CHAIR, SeatRole.LEAD_OFFICER,
            SeatRole.LEAD_MEMBER, SeatRole.ACCOUNTABLE_BODY};

    private final AuthorityModel model;
    private final Consumer<Change> write;
    private final List<Change> made = new ArrayList<>();

    private RoleSeats(AuthorityModel model, Consumer<Change> write) {
        this.model = model;
        this.write = change -> {
            write.accept(change);
            made.add(change);
        };
    }

    /**
     * The changes that make fields and seats agree on every body {@code changes} touched, already
     * written into the model through {@code write}; empty when they agree.
     */
    static List<Change> reconcile(AuthorityModel model, List<Change> changes, Consumer<Change> write) {
        RoleSeats seats = new RoleSeats(model, write);
        Map<Long, List<Change>> byBody = byBody(changes);
        for (Map.Entry<Long, List<Change>> touched : byBody.entrySet()) {
            if (model.body(touched.getKey()) != null) {
                for (SeatRole role : NAMED) {
                    seats.reconcile(touched.getKey(), role, touched.getValue());
                }
            }
        }
        return seats.made;
    }

    /**
     * What an upgrade or a sample would change to make every body's fields and seats agree, one
     * sentence per change for the user, and the changes themselves.
     */
    public static Reconciled reconcileAll(AuthorityModel model) {
        AuthorityModel trial = model.copy();
        List<Change> changes = new ArrayList<>();
        RoleSeats seats = new RoleSeats(trial, trial::writeUnchecked);
        for (Body body : List.copyOf(trial.bodies())) {
            for (SeatRole role : NAMED) {
                seats.reconcile(body.id(), role, List.of());
            }
        }
        changes.addAll(seats.made);
        List<String> report = new ArrayList<>();
        for (Change change : changes) {
            report.add(seats.explain(change));
        }
        return new Reconciled(new Edit("Make roles and seats agree", changes), report);
    }

    /** The edit that makes fields and seats agree, and what it does in words. */
    public record Reconciled(Edit edit, List<String> report) {
    }

    /** Refuses a state the reconciling cannot produce: a named role held twice, or held by nobody. */
    static void check(AuthorityModel model, List<Change> changes) {
        for (Long bodyId : byBody(changes).keySet()) {
            Body body = model.body(bodyId);
            if (body == null) {
                continue;
            }
            for (SeatRole role : NAMED) {
                List<Seat> held = roleSeats(model, bodyId, role);
                Object field = role.field().read(body);
                if (held.size() > 1) {
                    throw new ModelException(body.describe() + " has " + held.size() + " seats as "
                            + role.label().toLowerCase(Locale.ROOT) + "; it can have one");
                }
                for (Seat seat : held) {
                    if (holder(seat, role) == null) {
                        throw new ModelException("The " + role.label().toLowerCase(Locale.ROOT) + " of "
                                + body.describe() + " must be " + (role.heldByOrganisation()
                                ? "an organisation" : "a person"));
                    }
                }
                Object seated = held.isEmpty() ? null : holder(held.get(0), role);
                if (!Objects.equals(field, seated)) {
                    throw new ModelException(body.describe() + ": the " + role.label().toLowerCase(Locale.ROOT)
                            + " and the seats say different things");
                }
            }
        }
    }

    private void reconcile(long bodyId, SeatRole role, List<Change> changes) {
        Body body = model.body(bodyId);
        Long field = (Long) role.field().read(body);
        boolean fieldChanged = false;
        boolean seatsChanged = false;
        Seat lastTouched = null;
        for (Change change : changes) {
            if (change.subject() instanceof Body) {
                Body before = (Body) change.before();
                fieldChanged |= before == null ? field != null : !Objects.equals(role.field().read(before), field);
            } else if (change.subject() instanceof Seat) {
                Seat before = (Seat) change.before();
                Seat after = (Seat) change.after();
                if (before != null && before.bodyId() == bodyId && before.role() == role) {
                    seatsChanged = true;
                }
                if (after != null && after.bodyId() == bodyId && after.role() == role) {
                    seatsChanged = true;
                    lastTouched = after;
                }
            }
        }
        List<Seat> held = roleSeats(model, bodyId, role);
        if (fieldChanged) {
            seatsFollowField(body, role, field, held, true);
        } else if (seatsChanged || field == null) {
            fieldFollowsSeats(body, role, held, lastTouched);
        } else {
            seatsFollowField(body, role, field, held, false);
        }
    }

    /** The field wins: {@code move} hands the role's seat to the new holder, else the old holder stays as a member. */
    private void seatsFollowField(Body body, SeatRole role, Long field, List<Seat> held, boolean move) {
        if (field == null) {
            for (Seat seat : held) {
                write.accept(Change.delete(seat));
            }
            return;
        }
        Seat already = held.stream().filter(s -> field.equals(holder(s, role))).findFirst().orElse(null);
        if (already != null) {
            for (Seat other : held) {
                if (other != already) {
                    write.accept(Change.update(other, other.withRole(SeatRole.MEMBER)));
                }
            }
            return;
        }
        Seat member = plainSeatOf(body.id(), role, field);
        if (member != null) {
            write.accept(Change.update(member, member.withRole(role)));
            for (Seat old : held) {
                write.accept(move ? Change.delete(old) : Change.update(old, old.withRole(SeatRole.MEMBER)));
            }
            return;
        }
        if (move && !held.isEmpty()) {
            Seat moved = held.get(0);
            write.accept(Change.update(moved, holding(moved, role, field)));
            for (Seat other : held.subList(1, held.size())) {
                write.accept(Change.update(other, other.withRole(SeatRole.MEMBER)));
            }
            return;
        }
        for (Seat old : held) {
            write.accept(Change.update(old, old.withRole(SeatRole.MEMBER)));
        }
        Seat fresh = role.heldByOrganisation()
                ? new Seat(model.newId(), body.id(), field, null, role)
                : new Seat(model.newId(), body.id(), organisationOf(field), field, role);
        write.accept(Change.create(fresh));
    }

    /** The seats win: the field names the holder of the role's seat; a second one becomes a member. */
    private void fieldFollowsSeats(Body body, SeatRole role, List<Seat> held, Seat lastTouched) {
        Seat winner = held.isEmpty() ? null : held.get(0);
        if (lastTouched != null && held.contains(lastTouched)) {
            winner = lastTouched;
        }
        for (Seat other : held) {
            if (other != winner) {
                write.accept(Change.update(other, other.withRole(SeatRole.MEMBER)));
            }
        }
        Long holder = winner == null ? null : holder(winner, role);
        if (winner != null && holder == null) {
            return; // the rules refuse a named role held by nobody, with a message saying so
        }
        if (!Objects.equals(holder, role.field().read(body))) {
            write.accept(Change.update(body, body.with(role.field(), holder)));
        }
    }

    private Seat holding(Seat seat, SeatRole role, Long holder) {
        return role.heldByOrganisation() ? seat.heldBy(holder, null) : seat.heldBy(organisationOf(holder), holder);
    }

    private Long organisationOf(Long personId) {
        Person person = model.person(personId);
        return person == null ? null : person.organisationId();
    }

    /** A seat the would-be holder already has as a member, observer or substitute, to become the role. */
    private Seat plainSeatOf(long bodyId, SeatRole role, Long holder) {
        for (Seat seat : model.seatsOn(bodyId)) {
            boolean same = role.heldByOrganisation()
                    ? holder.equals(seat.organisationId()) && seat.personId() == null
                    : holder.equals(seat.personId());
            if (same && seat.role() == SeatRole.MEMBER) {
                return seat;
            }
        }
        return null;
    }

    private String explain(Change change) {
        if (change.subject() instanceof Body body) {
            return body.name() + ": " + describeFieldChange((Body) change.before(), body);
        }
        Seat before = (Seat) change.before();
        Seat after = (Seat) change.after();
        Seat seat = after != null ? after : before;
        String on = nameOfBody(seat.bodyId()) + ": ";
        if (before == null) {
            return on + "a seat as " + after.role().label().toLowerCase(Locale.ROOT) + " for " + who(after)
                    + " was added, as its field said";
        }
        if (after == null) {
            return on + "the seat of " + who(before) + " was removed";
        }
        return on + who(before) + " now sits as " + after.role().label().toLowerCase(Locale.ROOT) + " (was "
                + before.role().label().toLowerCase(Locale.ROOT) + ")";
    }

    private String describeFieldChange(Body before, Body after) {
        for (SeatRole role : NAMED) {
            Object was = role.field().read(before);
            Object now = role.field().read(after);
            if (!Objects.equals(was, now)) {
                return "the " + role.label().toLowerCase(Locale.ROOT) + " is now " + nameOf(role, now)
                        + ", as its seats said";
            }
        }
        return "updated";
    }

    private String nameOf(SeatRole role, Object id) {
        if (id == null) {
            return "not recorded";
        }
        if (role.heldByOrganisation()) {
            Organisation o = model.organisation((Long) id);
            return o == null ? "unknown" : o.name();
        }
        Person p = model.person((Long) id);
        return p == null ? "unknown" : p.name();
    }

    private String nameOfBody(long bodyId) {
        Body body = model.body(bodyId);
        return body == null ? "a body" : body.name();
    }

    private String who(Seat seat) {
        if (seat.personId() != null && model.person(seat.personId()) != null) {
            return model.person(seat.personId()).name();
        }
        if (seat.organisationId() != null && model.organisation(seat.organisationId()) != null) {
            return model.organisation(seat.organisationId()).name();
        }
        return "nobody";
    }

    private static List<Seat> roleSeats(AuthorityModel model, long bodyId, SeatRole role) {
        List<Seat> held = new ArrayList<>();
        for (Seat seat : model.seatsOn(bodyId)) {
            if (seat.role() == role) {
                held.add(seat);
            }
        }
        return held;
    }

    private static Long holder(Seat seat, SeatRole role) {
        return role.heldByOrganisation() ? seat.organisationId() : seat.personId();
    }

    private static Map<Long, List<Change>> byBody(List<Change> changes) {
        Map<Long, List<Change>> byBody = new HashMap<>();
        for (Change change : changes) {
            Set<Long> bodies = new LinkedHashSet<>();
            for (Entity side : new Entity[] {change.before(), change.after()}) {
                if (side instanceof Body body) {
                    bodies.add(body.id());
                } else if (side instanceof Seat seat) {
                    bodies.add(seat.bodyId());
                }
            }
            for (Long body : bodies) {
                byBody.computeIfAbsent(body, id -> new ArrayList<>()).add(change);
            }
        }
        return byBody;
    }
}
