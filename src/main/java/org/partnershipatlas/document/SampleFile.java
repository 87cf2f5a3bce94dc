package org.partnershipatlas.document;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.layout.MapDiagram;
import org.partnershipatlas.model.AuditEntry;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Entity;
import org.partnershipatlas.model.How;
import org.partnershipatlas.model.MapPosition;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityStore;

/**
 * The bundled sample as a file with a year behind it: it starts as the structure stood at last year's
 * review, records that review, then makes the year's changes as edits by the people who made them,
 * on the days they made them. So a newcomer's first look at Changes, compare and History shows them
 * working on realistic differences, written through the same path as any edit.
 */
public final class SampleFile {
    private static final String HEAD_OF_POLICY = "Nadia Sharif";
    private static final List<String> EDITORS = List.of("Nadia Sharif", "Rob Kerr", "Aisha Begum");

    private SampleFile() {
    }

    /** Writes the sample as of {@code today} to {@code file} and returns it open. */
    public static AuthorityStore create(Path file, LocalDate today, String appVersion) throws AuthorityFileException {
        LocalDate reviewed = SampleAuthority.lastReviewDay(today);
        AuthorityModel then = MapDiagram.laidOut(SampleAuthority.lastYear(today));
        AuthorityStore store = AuthorityStore.create(file, then, appVersion, null, new AuditEntry(0,
                reviewed.minusDays(1).atTime(9, 0), HEAD_OF_POLICY, How.START, null,
                "History starts here (the bundled sample, as it stood before last year's review)", null, null, null,
                null, null, null, null));
        int year = then.authority().periodStart() == null ? reviewed.getYear() - 1
                : then.authority().periodStart().getYear() - 1;
        Reviews.record(store, then, "Review " + year + "/" + String.format("%02d", (year + 1) % 100), reviewed,
                "Annual review of partnership governance reported to cabinet; classifications agreed.",
                HEAD_OF_POLICY, reviewed.atTime(16, 30), appVersion);
        AuthorityModel model = store.load();
        List<Edit> year1 = changesSince(model, SampleAuthority.build(today));
        long days = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(reviewed, today) - 1);
        List<Dated> dated = new ArrayList<>();
        for (int i = 0; i < year1.size(); i++) {
            Edit edit = year1.get(i);
            LocalDateTime at = reviewed.plusDays(1 + days * (i + 1) / (year1.size() + 1)).atTime(10 + i % 6, 15);
            String author = EDITORS.get(i % EDITORS.size());
            // a classification is recorded on the day, and by the officer, its decision names
            for (Change change : edit.changes()) {
                if (change.before() == null
                        && change.after() instanceof org.partnershipatlas.model.ClassificationDecision decision) {
                    at = decision.decidedOn().atTime(11, 15);
                    author = decision.decidedBy().split(",")[0].strip();
                }
            }
            dated.add(new Dated(edit, at, author));
        }
        dated.sort(Comparator.comparing(Dated::at));
        for (Dated next : dated) {
            EditPath path = new EditPath(model, store, next::author,
                    Clock.fixed(next.at().atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
            path.perform(next.edit(), How.EDIT, null);
        }
        tidy(model, store, today);
        return store;
    }

    private record Dated(Edit edit, LocalDateTime at, String author) {
    }

    /** The map laid out again as the year ends, so the sample opens as a tidy chart (one line of history). */
    private static void tidy(AuthorityModel model, AuthorityStore store, LocalDate today) throws AuthorityFileException {
        List<Change> moves = new ArrayList<>();
        MapDiagram.layout(model, 0).forEach((id, at) -> {
            MapPosition was = model.positionOf(id);
            MapPosition now = new MapPosition(was == null ? model.newId() : was.id(), id, at.x(), at.y(), false);
            if (!now.equals(was)) {
                moves.add(was == null ? Change.create(now) : Change.update(was, now));
            }
        });
        if (moves.isEmpty()) {
            return;
        }
        LocalDateTime at = today.minusDays(1).atTime(17, 0);
        EditPath path = new EditPath(model, store, () -> HEAD_OF_POLICY,
                Clock.fixed(at.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        EditPath.Pending tidied = path.applyUnrecorded(new Edit("Tidy up the map", moves));
        path.write(tidied);
    }

    /**
     * The edits that take {@code from} to {@code to}, one per body changed (its seats, lines and
     * decisions with it), labelled as a user's would be; map places are left to the edits themselves.
     */
    static List<Edit> changesSince(AuthorityModel from, AuthorityModel to) {
        Map<Long, Entity> before = new LinkedHashMap<>();
        from.entities().stream().filter(e -> !(e instanceof MapPosition)).forEach(e -> before.put(e.id(), e));
        Map<Long, Entity> after = new LinkedHashMap<>();
        to.entities().stream().filter(e -> !(e instanceof MapPosition)).forEach(e -> after.put(e.id(), e));
        Map<Long, List<Change>> byBody = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(id -> !before.containsKey(id)).forEach(ids::add);
        ids.sort(Comparator.naturalOrder());
        for (long id : ids) {
            Entity was = before.get(id);
            Entity now = after.get(id);
            if (Objects.equals(was, now) || was != null && now != null && was.getClass() != now.getClass()) {
                continue;
            }
            Long body = AuditRows.bodyOf(now != null ? now : was);
            byBody.computeIfAbsent(body == null ? -1L : body, k -> new ArrayList<>()).add(new Change(was, now));
        }
        List<Edit> edits = new ArrayList<>();
        byBody.forEach((bodyId, changes) -> {
            changes.sort(Comparator.comparingInt(SampleFile::order));
            Body subject = bodyId < 0 ? null : to.body(bodyId) != null ? to.body(bodyId) : from.body(bodyId);
            if (bodyId >= 0 && from.body(bodyId) != null && to.body(bodyId) == null) {
                edits.add(new Edit("Close " + subject.name(), from.deletionOf(from.body(bodyId))));
            } else {
                edits.add(new Edit(label(from, to, subject, changes), changes));
            }
        });
        return edits;
    }

    private static int order(Change change) {
        boolean body = change.subject() instanceof Body;
        if (change.after() == null) {
            return body ? 1 : 0;
        }
        if (change.before() == null) {
            return body ? 2 : 3;
        }
        return 4;
    }

    private static String label(AuthorityModel from, AuthorityModel to, Body subject, List<Change> changes) {
        if (subject == null) {
            return "Update the action plan";
        }
        if (from.body(subject.id()) == null) {
            return "Add " + subject.name();
        }
        Body was = from.body(subject.id());
        Body now = to.body(subject.id());
        if (was.classification() != now.classification()) {
            return "Classify " + now.name();
        }
        List<String> fields = new ArrayList<>();
        for (BodyField field : BodyField.values()) {
            if (!Objects.equals(field.read(was), field.read(now))) {
                fields.add(field.label().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (!fields.isEmpty()) {
            return "Change " + String.join(" and ", fields) + " of " + now.name();
        }
        Entity first = changes.get(0).subject();
        if (first instanceof org.partnershipatlas.model.Action) {
            return changes.get(0).before() == null ? "Add an action for " + now.name() : "Update the action plan";
        }
        return (first instanceof org.partnershipatlas.model.AccountabilityLine ? "Change the lines of "
                : "Change the seats of ") + now.name();
    }
}
