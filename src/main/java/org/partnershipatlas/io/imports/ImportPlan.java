package org.partnershipatlas.io.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partnershipatlas.io.imports.ImportDraft.DraftBody;
import org.partnershipatlas.io.imports.ImportDraft.DraftLine;
import org.partnershipatlas.io.imports.ImportDraft.DraftSeat;
import org.partnershipatlas.io.imports.ImportDraft.Origin;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Layer;

/**
 * What an import would do to the map, worked out before anything changes: which rows are left out and
 * why (including rows whose parent is itself left out), which bodies are new, which existing bodies
 * (matched by name, ignoring case) change and how, and the single edit that does it all, so the
 * import is one step to undo. Nothing here touches the model.
 */
public final class ImportPlan {
    /** What happens to one body of the source. */
    public enum Status {
        NEW, CHANGED, UNCHANGED, LEFT_OUT
    }

    /** One body of the source and what the import does to it; {@code changes} reads "Lead officer: A → B". */
    /**
     * What one body of the source becomes. A new body's kind and layer are proposed (from where it
     * reports, or its name) and {@code placedBecause} says why, so the preview can offer to change them.
     *
     * @param seats the seats the import gives the body, described as the preview shows them
     */
    public record Outcome(String name, Origin origin, Status status, List<String> changes, BodyKind kind, Layer layer,
                          String placedBecause, List<String> seats) {
        public Outcome {
            changes = List.copyOf(changes);
            seats = List.copyOf(seats);
        }

        public Outcome(String name, Origin origin, Status status, List<String> changes) {
            this(name, origin, status, changes, null, null, null, List.of());
        }

        Outcome withSeats(List<String> more) {
            return more == null ? this : new Outcome(name, origin, status, changes, kind, layer, placedBecause, more);
        }
    }

    private final String source;
    private final Edit edit;
    private final List<Outcome> outcomes;
    private final List<ImportIssue> issues;
    private final int newLines;
    private final int newSeats;

    ImportPlan(String source, Edit edit, List<Outcome> outcomes, List<ImportIssue> issues, int newLines,
               int newSeats) {
        this.source = source;
        this.edit = edit;
        this.outcomes = List.copyOf(outcomes);
        this.issues = List.copyOf(issues);
        this.newLines = newLines;
        this.newSeats = newSeats;
    }

    /** Plans bringing {@code draft} into {@code model}. */
    public static ImportPlan of(AuthorityModel model, ImportDraft source) {
        ImportDraft draft = DraftText.clean(source);
        List<ImportIssue> issues = new ArrayList<>(draft.issues());
        Set<Origin> refused = new HashSet<>();
        for (ImportIssue issue : issues) {
            if (issue.refused() && issue.row() > 0) {
                refused.add(new Origin(issue.sheet(), issue.row()));
            }
        }
        Map<String, Body> existing = new HashMap<>();
        for (Body body : model.bodies()) {
            existing.putIfAbsent(lower(body.name()), body);
        }
        Map<String, DraftBody> accepted = acceptBodies(draft, refused, issues);
        Map<String, Origin> leftOutNames = new HashMap<>();
        List<DraftLine> lines = resolveLines(draft, existing, accepted, refused, issues, leftOutNames);
        List<DraftSeat> seats = new ArrayList<>();
        for (DraftSeat seat : draft.seats()) {
            if (refused.contains(seat.origin())) {
                continue;
            }
            String body = lower(seat.body());
            if (!accepted.containsKey(body) && !existing.containsKey(body)) {
                issues.add(ImportIssue.refused(seat.origin().sheet(), seat.origin().row(), "", seat.body(),
                        leftOutNames.containsKey(body) || draft.bodies().stream().anyMatch(b -> lower(b.name()).equals(body))
                                ? "sits on a body that is left out of this import"
                                : "sits on a body that is neither in this file nor on the map"));
                refused.add(seat.origin());
                continue;
            }
            seats.add(seat);
        }
        warnNearDuplicates(model, accepted, issues);
        boolean wholeRefused = issues.stream().anyMatch(i -> i.refused() && i.row() == 0);
        PlannedChanges planned = wholeRefused ? PlannedChanges.NONE
                : new ChangeMaker(model, existing).make(accepted.values(), draft.organisations(), lines, seats);
        List<Outcome> outcomes = new ArrayList<>();
        for (DraftBody body : draft.bodies()) {
            if (refused.contains(body.origin()) || accepted.get(lower(body.name())) != body) {
                outcomes.add(new Outcome(body.name(), body.origin(), Status.LEFT_OUT, reasons(issues, body.origin())));
            } else {
                outcomes.add(planned.outcomes().getOrDefault(lower(body.name()),
                        new Outcome(body.name(), body.origin(), Status.LEFT_OUT, List.of()))
                        .withSeats(planned.seatsByBody().get(lower(body.name()))));
            }
        }
        issues.sort(java.util.Comparator.comparing(ImportIssue::sheet).thenComparingInt(ImportIssue::row));
        return new ImportPlan(draft.source(), new Edit("Import from " + draft.source(), planned.changes()), outcomes,
                issues, planned.lines(), planned.seats());
    }

    private static Map<String, DraftBody> acceptBodies(ImportDraft draft, Set<Origin> refused,
                                                       List<ImportIssue> issues) {
        Map<String, DraftBody> accepted = new LinkedHashMap<>();
        for (DraftBody body : draft.bodies()) {
            if (refused.contains(body.origin())) {
                continue;
            }
            DraftBody earlier = accepted.putIfAbsent(lower(body.name()), body);
            if (earlier != null) {
                issues.add(ImportIssue.refused(body.origin().sheet(), body.origin().row(), "", body.name(),
                        "the same name is already on " + (earlier.origin().row() > 0 ? "row " + earlier.origin().row()
                                : "an earlier entry") + "; a body can appear only once, so this row is left out"));
                refused.add(body.origin());
            }
        }
        return accepted;
    }

    /**
     * Lines whose both ends will exist. A line to a body that is nowhere, or to itself, refuses its
     * row; as that can leave out a body other rows report to, the lines are gone through again until a
     * pass refuses nothing more (one pass per level of a falling branch, not one per row).
     */
    private static List<DraftLine> resolveLines(ImportDraft draft, Map<String, Body> existing,
                                                Map<String, DraftBody> accepted, Set<Origin> refused,
                                                List<ImportIssue> issues, Map<String, Origin> leftOutNames) {
        Map<String, Origin> draftNames = new HashMap<>();
        draft.bodies().forEach(b -> draftNames.putIfAbsent(lower(b.name()), b.origin()));
        for (DraftLine line : draft.lines()) {
            String to = lower(line.to());
            String why = lower(line.from()).equals(to) ? "a body cannot report to itself"
                    : !draftNames.containsKey(to) && !existing.containsKey(to)
                    ? "names a parent that is neither in this file nor on the map" : null;
            if (why != null) {
                issues.add(ImportIssue.refused(line.origin().sheet(), line.origin().row(), line.column(), line.to(),
                        why));
                refused.add(line.origin());
            }
        }
        accepted.values().removeIf(body -> refused.contains(body.origin()));
        boolean changed = true;
        List<DraftLine> kept = new ArrayList<>();
        while (changed) {
            changed = false;
            kept.clear();
            for (DraftLine line : draft.lines()) {
                if (refused.contains(line.origin())) {
                    continue;
                }
                String from = lower(line.from());
                String to = lower(line.to());
                String why = null;
                if (!accepted.containsKey(to) && !existing.containsKey(to)) {
                    Origin parent = draftNames.get(to);
                    why = "names a parent that is left out of this import" + (parent != null && parent.row() > 0
                            ? " (row " + parent.row() + ")" : "");
                } else if (!accepted.containsKey(from) && !existing.containsKey(from)) {
                    why = "comes from a body that is neither in this file nor on the map";
                }
                if (why != null) {
                    issues.add(ImportIssue.refused(line.origin().sheet(), line.origin().row(), line.column(),
                            line.to(), why));
                    refused.add(line.origin());
                    DraftBody body = accepted.get(from);
                    if (body != null && body.origin().equals(line.origin())) {
                        accepted.remove(from);
                        leftOutNames.put(from, body.origin());
                    }
                    changed = true;
                    continue;
                }
                kept.add(line);
            }
        }
        return List.copyOf(kept);
    }

    private static void warnNearDuplicates(AuthorityModel model, Map<String, DraftBody> accepted,
                                           List<ImportIssue> issues) {
        Map<String, DraftBody> byName = new HashMap<>();
        accepted.values().forEach(b -> byName.put(b.name(), b));
        List<String> others = model.bodies().stream().map(Body::name).toList();
        Set<String> onMap = new HashSet<>();
        others.forEach(n -> onMap.add(lower(n)));
        List<String> names = accepted.values().stream().map(DraftBody::name).filter(n -> !onMap.contains(lower(n)))
                .toList();
        for (NearDuplicates.Pair pair : NearDuplicates.among(names, others)) {
            DraftBody body = byName.get(pair.second());
            DraftBody first = byName.get(pair.first());
            String where = first == null ? "on the map" : first.origin().row() > 0 ? "on row " + first.origin().row()
                    : "earlier in the file";
            issues.add(ImportIssue.warning(body.origin().sheet(), body.origin().row(), "", body.name(),
                    "looks like \"" + pair.first() + "\" " + where + "; if they are the same body, use one name, "
                            + "or this becomes a second body"));
        }
    }

    private static List<String> reasons(List<ImportIssue> issues, Origin origin) {
        return issues.stream().filter(i -> i.refused() && i.row() == origin.row() && i.sheet().equals(origin.sheet()))
                .map(i -> (i.column().isEmpty() ? "" : i.column() + ": ") + i.reason()).toList();
    }

    static String lower(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The one edit that brings the source in; empty when nothing would change. */
    public Edit edit() {
        return edit;
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** Every problem, refused and warnings, in sheet and row order. */
    public List<ImportIssue> issues() {
        return issues;
    }

    public boolean hasRefusals() {
        return issues.stream().anyMatch(ImportIssue::refused);
    }

    /** True when the file as a whole cannot be brought in (nothing can be, even valid rows only). */
    public boolean refusedWhole() {
        return issues.stream().anyMatch(i -> i.refused() && i.row() == 0);
    }

    public long count(Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** Rows (of any sheet) left out, each counted once. */
    public long rowsLeftOut() {
        return issues.stream().filter(i -> i.refused() && i.row() > 0).map(i -> i.sheet() + "#" + i.row()).distinct()
                .count();
    }

    /**
     * "12 new bodies, 3 changed, 2 unchanged; 11 new lines and 40 new seats; 9 new people and 1 new
     * organisation; 2 rows left out".
     */
    public String summary() {
        String text = count(Status.NEW) + " new " + (count(Status.NEW) == 1 ? "body" : "bodies") + ", "
                + count(Status.CHANGED) + " changed, " + count(Status.UNCHANGED) + " unchanged; " + newLines
                + " new " + (newLines == 1 ? "line" : "lines") + " and " + newSeats + " new "
                + (newSeats == 1 ? "seat" : "seats");
        long people = created(org.partnershipatlas.model.Person.class);
        long organisations = created(org.partnershipatlas.model.Organisation.class);
        if (people + organisations > 0) {
            text += "; " + people + " new " + (people == 1 ? "person" : "people") + " and " + organisations + " new "
                    + (organisations == 1 ? "organisation" : "organisations");
        }
        long out = rowsLeftOut();
        return out == 0 ? text : text + "; " + out + (out == 1 ? " row" : " rows") + " left out";
    }

    public String source() {
        return source;
    }

    /** How many records of this type the import adds (people, organisations). */
    private long created(Class<?> type) {
        return edit.changes().stream().filter(c -> c.before() == null && type.isInstance(c.after())).count();
    }

    public int newLines() {
        return newLines;
    }

    public int newSeats() {
        return newSeats;
    }

    /** The model's changes and what each source body becomes; made by {@link ChangeMaker}. */
    record PlannedChanges(List<Change> changes, Map<String, Outcome> outcomes, int lines, int seats,
                          Map<String, List<String>> seatsByBody) {
        static final PlannedChanges NONE = new PlannedChanges(List.of(), Map.of(), 0, 0, Map.of());
    }
}
