package org.partnershipatlas.io.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.io.imports.ImportDraft.DraftBody;
import org.partnershipatlas.io.imports.ImportDraft.DraftLine;
import org.partnershipatlas.io.imports.ImportDraft.DraftOrganisation;
import org.partnershipatlas.io.imports.ImportDraft.DraftSeat;
import org.partnershipatlas.io.imports.ImportDraft.Origin;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.TextRules;

/**
 * The text of a draft made fit to store, before it is planned: control characters (a NUL, a form
 * feed) are taken out with a warning, since they would make the file's XML exports unreadable; a
 * name made only of invisible characters, and any text longer than its field holds, refuse the row,
 * naming the row, the column and the limit. Every reader's draft passes through here, so no source
 * can put into the file what the model would refuse.
 */
final class DraftText {
    private static final int QUOTED = 60;

    private DraftText() {
    }

    static ImportDraft clean(ImportDraft draft) {
        List<ImportIssue> issues = new ArrayList<>(draft.issues());
        ImportDraft.Builder clean = new ImportDraft.Builder(draft.source());
        for (DraftBody body : draft.bodies()) {
            Origin at = body.origin();
            String name = text(at, "Name", body.name(), TextRules.NAME, issues);
            if (name != null && TextRules.isInvisible(name) && !name.isEmpty()) {
                issues.add(ImportIssue.refused(at.sheet(), at.row(), "Name", quote(body.name()),
                        "the name is made only of invisible characters; a body needs a name people can read"));
            }
            Map<BodyField, Object> values = new LinkedHashMap<>();
            for (var entry : body.values().entrySet()) {
                Object value = entry.getValue();
                if (value instanceof String s) {
                    value = text(at, entry.getKey().label(), s, TextRules.limit(entry.getKey()), issues);
                }
                values.put(entry.getKey(), value);
            }
            Map<BodyField, String> parties = new LinkedHashMap<>();
            body.parties().forEach((field, who) ->
                    parties.put(field, text(at, field.label(), who, TextRules.NAME, issues)));
            List<String> themes = body.themes() == null ? null : body.themes().stream()
                    .map(t -> text(at, "Themes", t, TextRules.NAME, issues)).toList();
            clean.body(new DraftBody(at, name, values, parties, themes));
        }
        for (DraftOrganisation o : draft.organisations()) {
            clean.organisation(new DraftOrganisation(o.origin(),
                    text(o.origin(), "Organisation", o.name(), TextRules.NAME, issues),
                    text(o.origin(), "Short name", o.shortName(), TextRules.SHORT_NAME, issues), o.sector()));
        }
        for (DraftLine l : draft.lines()) {
            clean.line(new DraftLine(l.origin(), text(l.origin(), l.column(), l.from(), TextRules.NAME, issues),
                    text(l.origin(), l.column(), l.to(), TextRules.NAME, issues), l.kind(), l.column()));
        }
        for (DraftSeat s : draft.seats()) {
            Origin at = s.origin();
            clean.seat(new DraftSeat(at, text(at, "Body", s.body(), TextRules.NAME, issues),
                    text(at, "Organisation", s.organisation(), TextRules.NAME, issues), s.sector(),
                    text(at, "Person", s.person(), TextRules.NAME, issues), s.role(), s.kind(),
                    text(at, "Place", s.place(), 500, issues), text(at, "Appointed by", s.appointedBy(), 500, issues),
                    new Appointments.Terms(s.terms().from(), s.terms().until(),
                            text(at, "Term", s.terms().notes(), 2000, issues)), s.council()));
        }
        return clean.issues(issues).build();
    }

    /** The text cleaned of control characters; a refusal recorded when it is too long. */
    private static String text(Origin at, String column, String text, int limit, List<ImportIssue> issues) {
        if (text == null) {
            return null;
        }
        String clean = text;
        if (TextRules.hasControlCharacters(text)) {
            clean = TextRules.withoutControlCharacters(text);
            issues.add(ImportIssue.warning(at.sheet(), at.row(), column, quote(clean),
                    "held control characters (such as NUL) that cannot be stored; they were taken out"));
        }
        if (clean.length() > limit) {
            issues.add(ImportIssue.refused(at.sheet(), at.row(), column, quote(clean), String.format(
                    "is %,d characters long; this field holds at most %,d", clean.length(), limit)));
        }
        return clean;
    }

    private static String quote(String text) {
        return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
    }
}
