package org.partnershipatlas.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open authority in memory: every entity by id (kept in id order, which is creation order), changed only through {@link #apply(Edit)},
 * which checks the rules and either applies the whole edit or nothing. It knows nothing of files or
 * screens, so the store, the analyses and the UI can all share it.
 */
public final class AuthorityModel {
    private Authority authority;
    private final Map<Long, Theme> themes = new TreeMap<>();
    private final Map<Long, Body> bodies = new TreeMap<>();
    private final Map<Long, Organisation> organisations = new TreeMap<>();
    private final Map<Long, Person> people = new TreeMap<>();
    private final Map<Long, AccountabilityLine> lines = new TreeMap<>();
    private final Map<Long, Seat> seats = new TreeMap<>();
    private final Map<Long, Action> actions = new TreeMap<>();
    private final Map<Long, CommitteeMembership> memberships = new TreeMap<>();
    private final Map<Long, ClassificationDecision> decisions = new TreeMap<>();
    private final Map<Long, SignificanceJudgement> judgements = new TreeMap<>();
    private final Map<Long, MapPosition> positions = new TreeMap<>();
    private final Map<Long, MapPosition> positionByBody = new java.util.HashMap<>();
    private final Map<Long, java.util.SortedSet<Long>> seatsByBody = new java.util.HashMap<>();
    private AuthoritySettings settings = AuthoritySettings.DEFAULTS;
    private SignificanceScheme scheme = SignificanceScheme.DEFAULTS;
    private WorkshopPlan workshopPlan = WorkshopPlan.NONE;
    private CabinetPapers cabinetPapers = CabinetPapers.NONE;
    private final Map<Long, WorkshopNote> workshopNotes = new TreeMap<>();
    private final List<ModelListener> listeners = new CopyOnWriteArrayList<>();
    private long nextId = 1;

    public AuthorityModel(Authority authority) {
        this.authority = Objects.requireNonNull(authority, "authority");
    }

    /**
     * Puts entities in without checks or listeners: for loading what a store or import already
     * holds. Everything else goes through {@link #apply(Edit)}.
     */
    public void load(Collection<? extends Entity> entities) {
        for (Entity entity : entities) {
            put(entity);
        }
    }

    /**
     * A copy holding the same (immutable) entities, for work in the background while the original
     * goes on being edited. Copying the maps is quick; the entities themselves are shared. The copy
     * hands out the ids the original would, so changes planned on it fit the original.
     */
    public AuthorityModel copy() {
        AuthorityModel copy = new AuthorityModel(authority);
        copy.load(entities());
        copy.nextId = nextId;
        return copy;
    }

    /**
     * What breaks the model's rules in a model put together with {@link #load}, such as one read from
     * a file another program wrote: one sentence per entity at fault, naming it; empty when all is well.
     */
    public List<String> problems() {
        List<String> found = new ArrayList<>();
        for (Entity entity : entities()) {
            try {
                ModelRules.check(this, Edit.of("Check", Change.create(entity)));
            } catch (ModelException e) {
                found.add(e.getMessage());
            }
        }
        java.util.Set<String> lineKeys = new java.util.HashSet<>();
        for (AccountabilityLine line : lines.values()) {
            if (!lineKeys.add(line.fromBodyId() + ">" + line.toBodyId() + ":" + line.kind())
                    && body(line.fromBodyId()) != null && body(line.toBodyId()) != null) {
                found.add("There are two \"" + line.kind().label().toLowerCase(java.util.Locale.ROOT) + "\" lines from "
                        + body(line.fromBodyId()).describe() + " to " + body(line.toBodyId()).describe());
            }
        }
        return found;
    }

    /** A fresh id, unique across every kind of entity in this authority. */
    public long newId() {
        return nextId++;
    }

    /**
     * Applies every change of the edit, or none: a change whose "before" no longer matches the model,
     * or a result that breaks a rule, leaves the model as it was and throws. The edit applied is the
     * one given plus what keeps a body's named roles and its seats as one ({@link RoleSeats}); that is
     * the edit to save and to undo.
     *
     * @return the edit as applied
     * @throws ModelException naming the entity and the rule
     */
    public Edit apply(Edit edit) {
        List<Change> done = new ArrayList<>(edit.changes().size());
        Edit applied;
        try {
            for (Change change : edit.changes()) {
                writeChecked(change);
                done.add(change);
            }
            List<Change> agreeing = RoleSeats.reconcile(this, edit.changes(), change -> {
                writeChecked(change);
                done.add(change);
            });
            applied = agreeing.isEmpty() ? edit : new Edit(edit.label(), done);
            ModelRules.check(this, applied);
            RoleSeats.check(this, applied.changes());
        } catch (RuntimeException e) {
            for (int i = done.size() - 1; i >= 0; i--) {
                write(done.get(i).inverse());
            }
            throw e;
        }
        for (ModelListener listener : listeners) {
            listener.applied(applied);
        }
        return applied;
    }

    private void writeChecked(Change change) {
        Entity current = find(change.subject());
        if (!Objects.equals(current, change.before())) {
            throw new ModelException(change.before() == null
                    ? change.after().describe() + " already exists"
                    : change.before().describe() + " was changed or removed in the meantime");
        }
        write(change);
    }

    /** For planning on a copy: writes a change with no rules, checks or listeners. */
    void writeUnchecked(Change change) {
        write(change);
    }

    public void addListener(ModelListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ModelListener listener) {
        listeners.remove(listener);
    }

    public Authority authority() {
        return authority;
    }

    public Collection<Theme> themes() {
        return Collections.unmodifiableCollection(themes.values());
    }

    public Collection<Body> bodies() {
        return Collections.unmodifiableCollection(bodies.values());
    }

    public Collection<Organisation> organisations() {
        return Collections.unmodifiableCollection(organisations.values());
    }

    public Collection<Person> people() {
        return Collections.unmodifiableCollection(people.values());
    }

    public Collection<AccountabilityLine> lines() {
        return Collections.unmodifiableCollection(lines.values());
    }

    public Collection<Seat> seats() {
        return Collections.unmodifiableCollection(seats.values());
    }

    public AuthoritySettings settings() {
        return settings;
    }

    public SignificanceScheme significanceScheme() {
        return scheme;
    }

    /** The cabinet papers' meeting details and the officer's own words; {@link CabinetPapers#NONE} at first. */
    public CabinetPapers cabinetPapers() {
        return cabinetPapers;
    }

    /** The workshop plan kept in the file; empty when none has been made. */
    public WorkshopPlan workshopPlan() {
        return workshopPlan;
    }

    public Collection<WorkshopNote> workshopNotes() {
        return Collections.unmodifiableCollection(workshopNotes.values());
    }

    /** The workshop notes on one body, oldest first. */
    public List<WorkshopNote> workshopNotesOn(long bodyId) {
        return workshopNotes.values().stream().filter(n -> n.bodyId() == bodyId).toList();
    }

    public Collection<ClassificationDecision> decisions() {
        return Collections.unmodifiableCollection(decisions.values());
    }

    /** One body's classification decisions, oldest first. */
    public List<ClassificationDecision> decisionsFor(long bodyId) {
        List<ClassificationDecision> result = new ArrayList<>();
        for (ClassificationDecision decision : decisions.values()) {
            if (decision.bodyId() == bodyId) {
                result.add(decision);
            }
        }
        return result;
    }

    /** The judged significance criteria recorded for a body, or null when none are. */
    public SignificanceJudgement judgementFor(long bodyId) {
        for (SignificanceJudgement judgement : judgements.values()) {
            if (judgement.bodyId() == bodyId) {
                return judgement;
            }
        }
        return null;
    }

    /** Where the body sits on the map, or null when it has never been laid out. */
    public MapPosition positionOf(long bodyId) {
        return positionByBody.get(bodyId);
    }

    public Collection<MapPosition> positions() {
        return Collections.unmodifiableCollection(positions.values());
    }

    public Collection<SignificanceJudgement> judgements() {
        return Collections.unmodifiableCollection(judgements.values());
    }

    public Collection<Action> actions() {
        return Collections.unmodifiableCollection(actions.values());
    }

    public Collection<CommitteeMembership> memberships() {
        return Collections.unmodifiableCollection(memberships.values());
    }

    public Action action(long id) {
        return actions.get(id);
    }

    public Theme theme(long id) {
        return themes.get(id);
    }

    public Body body(long id) {
        return bodies.get(id);
    }

    public Organisation organisation(long id) {
        return organisations.get(id);
    }

    public Person person(long id) {
        return people.get(id);
    }

    public AccountabilityLine line(long id) {
        return lines.get(id);
    }

    public Seat seat(long id) {
        return seats.get(id);
    }

    /**
     * Every entity, in an order that can be loaded or created front to back: authority and settings,
     * themes, organisations, people, bodies, lines, seats, committee places and actions.
     */
    public List<Entity> entities() {
        List<Entity> all = new ArrayList<>(3 + positions.size() + decisions.size() + judgements.size() + themes.size() + organisations.size() + people.size()
                + bodies.size() + lines.size() + seats.size() + actions.size() + memberships.size());
        all.add(authority);
        all.add(settings);
        all.add(scheme);
        all.add(workshopPlan);
        all.add(cabinetPapers);
        all.addAll(themes.values());
        all.addAll(organisations.values());
        all.addAll(people.values());
        all.addAll(bodies.values());
        all.addAll(lines.values());
        all.addAll(seats.values());
        all.addAll(memberships.values());
        all.addAll(actions.values());
        all.addAll(judgements.values());
        all.addAll(decisions.values());
        all.addAll(positions.values());
        all.addAll(workshopNotes.values());
        return all;
    }

    /** The lines, seats, classification decisions and significance judgement that go with a deleted body. */
    public List<Entity> dependentsOf(Body body) {
        List<Entity> dependents = new ArrayList<>();
        for (AccountabilityLine line : lines.values()) {
            if (line.fromBodyId() == body.id() || line.toBodyId() == body.id()) {
                dependents.add(line);
            }
        }
        dependents.addAll(seatsOn(body.id()));
        dependents.addAll(decisionsFor(body.id()));
        SignificanceJudgement judgement = judgementFor(body.id());
        if (judgement != null) {
            dependents.add(judgement);
        }
        MapPosition position = positionOf(body.id());
        if (position != null) {
            dependents.add(position);
        }
        dependents.addAll(workshopNotesOn(body.id()));
        return dependents;
    }

    /**
     * Everything deleting a body involves, as one edit's changes: its lines and seats go, actions
     * that name it stop naming it (an action it owned passes to the council), then the body goes.
     */
    public List<Change> deletionOf(Body body) {
        List<Change> changes = new ArrayList<>();
        for (Entity dependent : dependentsOf(body)) {
            changes.add(Change.delete(dependent));
        }
        for (Action action : actions.values()) {
            boolean owned = action.owner() == ActionOwner.BODY && Long.valueOf(body.id()).equals(action.ownerId());
            if (owned || action.bodyIds().contains(body.id())) {
                List<Long> rest = action.bodyIds().stream().filter(id -> id != body.id()).toList();
                changes.add(Change.update(action, action.withBodies(rest,
                        owned ? ActionOwner.COUNCIL : action.owner(), owned ? null : action.ownerId())));
            }
        }
        if (settings.topBodyIds().contains(body.id())) {
            List<Long> tops = settings.topBodyIds().stream().filter(id -> id != body.id()).toList();
            changes.add(Change.update(settings, new AuthoritySettings(settings.reviewDueSoonDays(), settings.maxSeats(),
                    settings.maxChairs(), tops, settings.meetingMinutes(), settings.preparationMinutes(),
                    settings.officerHourlyRate(), settings.councillorHourlyRate(), settings.partnerHourlyRate())));
        }
        changes.add(Change.delete(body));
        return changes;
    }

    /** The seats on one body, in the order they were added. */
    public List<Seat> seatsOn(long bodyId) {
        java.util.SortedSet<Long> ids = seatsByBody.get(bodyId);
        if (ids == null) {
            return new ArrayList<>();
        }
        List<Seat> result = new ArrayList<>(ids.size());
        for (Long id : ids) {
            result.add(seats.get(id));
        }
        return result;
    }

    /** The seats a person holds, on any body, in the order they were added. */
    public List<Seat> seatsOf(Person person) {
        return seats.values().stream().filter(s -> Long.valueOf(person.id()).equals(s.personId())).toList();
    }

    /** The seats held by an organisation or by its people on its behalf. */
    public List<Seat> seatsOf(Organisation organisation) {
        return seats.values().stream().filter(s -> Long.valueOf(organisation.id()).equals(s.organisationId()))
                .toList();
    }

    /** The lines leaving (fromBody == id) or entering (toBody == id) one body. */
    public List<AccountabilityLine> linesOf(long bodyId) {
        List<AccountabilityLine> result = new ArrayList<>();
        for (AccountabilityLine line : lines.values()) {
            if (line.fromBodyId() == bodyId || line.toBodyId() == bodyId) {
                result.add(line);
            }
        }
        return result;
    }

    Entity find(Entity like) {
        if (like instanceof Authority) {
            return authority;
        }
        if (like instanceof AuthoritySettings) {
            return settings;
        }
        if (like instanceof WorkshopPlan) {
            return workshopPlan;
        }
        if (like instanceof CabinetPapers) {
            return cabinetPapers;
        }
        if (like instanceof SignificanceScheme) {
            return scheme;
        }
        return mapFor(like).get(like.id());
    }

    private void write(Change change) {
        if (change.isDelete()) {
            Entity gone = change.before();
            if (gone instanceof Authority || gone instanceof AuthoritySettings || gone instanceof SignificanceScheme
                    || gone instanceof WorkshopPlan || gone instanceof CabinetPapers) {
                throw new ModelException(gone.describe() + " cannot be deleted");
            }
            mapFor(gone).remove(gone.id());
            if (gone instanceof MapPosition p) {
                positionByBody.remove(p.bodyId());
            }
            if (gone instanceof Seat seat) {
                unindex(seat);
            }
        } else {
            put(change.after());
        }
    }

    private void put(Entity entity) {
        if (entity instanceof Authority a) {
            authority = a;
            return;
        }
        if (entity instanceof AuthoritySettings s) {
            settings = s;
            return;
        }
        if (entity instanceof SignificanceScheme s) {
            scheme = s;
            return;
        }
        if (entity instanceof WorkshopPlan p) {
            workshopPlan = p;
            return;
        }
        if (entity instanceof CabinetPapers p) {
            cabinetPapers = p;
            return;
        }
        Entity old = mapFor(entity).put(entity.id(), entity);
        if (entity instanceof MapPosition p) {
            positionByBody.put(p.bodyId(), p);
        }
        if (entity instanceof Seat seat) {
            if (old instanceof Seat was) {
                unindex(was);
            }
            seatsByBody.computeIfAbsent(seat.bodyId(), id -> new java.util.TreeSet<>()).add(seat.id());
        }
        nextId = Math.max(nextId, entity.id() + 1);
    }

    private void unindex(Seat seat) {
        java.util.SortedSet<Long> ids = seatsByBody.get(seat.bodyId());
        if (ids != null) {
            ids.remove(seat.id());
            if (ids.isEmpty()) {
                seatsByBody.remove(seat.bodyId());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Entity> mapFor(Entity entity) {
        Map<Long, ? extends Entity> map;
        if (entity instanceof Body) {
            map = bodies;
        } else if (entity instanceof Seat) {
            map = seats;
        } else if (entity instanceof AccountabilityLine) {
            map = lines;
        } else if (entity instanceof Organisation) {
            map = organisations;
        } else if (entity instanceof Person) {
            map = people;
        } else if (entity instanceof Theme) {
            map = themes;
        } else if (entity instanceof Action) {
            map = actions;
        } else if (entity instanceof CommitteeMembership) {
            map = memberships;
        } else if (entity instanceof ClassificationDecision) {
            map = decisions;
        } else if (entity instanceof SignificanceJudgement) {
            map = judgements;
        } else if (entity instanceof MapPosition) {
            map = positions;
        } else if (entity instanceof WorkshopNote) {
            map = workshopNotes;
        } else {
            throw new IllegalArgumentException("no map for " + entity.getClass().getSimpleName());
        }
        return (Map<Long, Entity>) map;
    }
}
