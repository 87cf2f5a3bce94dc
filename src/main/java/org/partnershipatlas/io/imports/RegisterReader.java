package org.partnershipatlas.io.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipatlas.io.imports.ImportDraft.DraftBody;
import org.partnershipatlas.io.imports.ImportDraft.DraftLine;
import org.partnershipatlas.io.imports.ImportDraft.DraftSeat;
import org.partnershipatlas.io.imports.ImportDraft.Origin;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.FieldType;
import org.partnershipatlas.model.LineKind;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.Sector;

/**
 * Reads the sheets of a register through a column mapping into a draft: a sheet with a name column
 * gives bodies (and, through "Reports to", lines); a sheet with organisation or person columns gives
 * seats. Every cell that cannot be read becomes a problem naming its row, column, value and reason;
 * deciding what to leave out is {@link ImportPlan}'s.
 */
public final class RegisterReader {
    private RegisterReader() {
    }

    public static ImportDraft read(SpreadsheetReader.Spreadsheet spreadsheet, ColumnMapping mapping) {
        ImportDraft.Builder draft = new ImportDraft.Builder(spreadsheet.fileName()).issues(spreadsheet.issues());
        boolean anyBodies = false;
        for (SheetTable sheet : spreadsheet.sheets()) {
            Map<ColumnTarget, Integer> columns = columns(sheet, mapping, draft);
            boolean members = columns.keySet().stream().anyMatch(t -> t.equals(ColumnTarget.SEAT_ORGANISATION)
                    || t.equals(ColumnTarget.SEAT_PERSON));
            Integer name = columns.get(ColumnTarget.of(BodyField.NAME));
            if (name == null) {
                draft.issue(ImportIssue.warning(sheet.name(), 0, "", "", "no column holds the names of bodies ("
                        + "headers: " + String.join(", ", sheet.header()) + "), so this sheet was left out"));
            } else if (members) {
                readMembers(sheet, columns, draft);
            } else {
                readBodies(sheet, columns, draft);
                anyBodies = true;
            }
        }
        if (!anyBodies && draft.seats.isEmpty()) {
            draft.issue(ImportIssue.refused("", 0, "", "", "no column is the name of a partnership or group; choose "
                    + "which column holds the names (for example \"Name of partnership\")"));
        }
        return draft.build();
    }

    private static Map<ColumnTarget, Integer> columns(SheetTable sheet, ColumnMapping mapping,
                                                      ImportDraft.Builder draft) {
        Map<ColumnTarget, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < sheet.header().size(); i++) {
            String header = sheet.header().get(i);
            ColumnTarget target = mapping.target(header);
            if (target.equals(ColumnTarget.IGNORE)) {
                draft.issue(ImportIssue.warning(sheet.name(), 1, header, "", holdsReferences(sheet, i)
                        ? "holds reference numbers such as \u201c" + sheet.rows().get(0).cell(i) + "\u201d, not a "
                        + "field, so it is left out" : "this column is not one this recognises, so it is left out; "
                        + "map it to a field to bring it in"));
                continue;
            }
            Integer earlier = columns.putIfAbsent(target, i);
            if (earlier != null) {
                draft.issue(ImportIssue.warning(sheet.name(), 1, header, "", "\"" + sheet.header().get(earlier)
                        + "\" is already " + target.label() + ", so this column is left out"));
            }
        }
        return columns;
    }

    /** A register's own numbering: "(a)", "b)", "1.3.2", "12", "B4"; not words such as "Yes" or "TBC". */
    private static boolean holdsReferences(SheetTable sheet, int column) {
        List<String> values = sheet.rows().stream().map(r -> r.cell(column)).filter(v -> !v.isEmpty()).toList();
        return !values.isEmpty() && !sheet.rows().get(0).cell(column).isEmpty() && values.stream().allMatch(v ->
                v.matches("\\([A-Za-z0-9]{1,3}\\)|[A-Za-z0-9]{1,2}\\)|\\d+(\\.\\d+)+\\.?|[A-Za-z]?\\d{1,4}[a-z]?\\.?"));
    }

    private static void readBodies(SheetTable sheet, Map<ColumnTarget, Integer> columns, ImportDraft.Builder draft) {
        int nameColumn = columns.get(ColumnTarget.of(BodyField.NAME));
        Set<String> named = new HashSet<>();
        String previous = null;
        for (SheetTable.Row row : sheet.rows()) {
            Origin origin = new Origin(sheet.name(), row.number());
            String name = row.cell(nameColumn);
            if (name.isEmpty() && previous != null && !CouncilAppointments.isEmpty(sheet, row, columns)) {
                // An outside-bodies list gives a body's further appointments on the rows below its name.
                CouncilAppointments.read(sheet, row, columns, previous, draft);
                continue;
            }
            if (name.isEmpty()) {
                draft.issue(ImportIssue.refused(sheet.name(), row.number(), sheet.header().get(nameColumn), "",
                        "the name is empty; every body needs a name"));
                continue;
            }
            previous = name;
            CouncilAppointments.read(sheet, row, columns, name, draft);
            if (!named.add(ImportPlan.lower(name)) && !CouncilAppointments.isEmpty(sheet, row, columns)
                    && onlyAppointments(row, columns)) {
                continue;
            }
            draft.body(body(sheet, row, columns, origin, name, draft));
        }
    }

    /** Whether a row repeating a body's name says nothing of the body but its appointments. */
    private static boolean onlyAppointments(SheetTable.Row row, Map<ColumnTarget, Integer> columns) {
        return columns.entrySet().stream().filter(c -> c.getKey().field() != null
                        && c.getKey().field() != BodyField.NAME || c.getKey().equals(ColumnTarget.REPORTS_TO))
                .allMatch(c -> row.cell(c.getValue()).isEmpty());
    }

    private static DraftBody body(SheetTable sheet, SheetTable.Row row, Map<ColumnTarget, Integer> columns,
                                  Origin origin, String name, ImportDraft.Builder draft) {
        Map<BodyField, Object> values = new HashMap<>();
        Map<BodyField, String> parties = new HashMap<>();
        List<String> themes = null;
        for (Map.Entry<ColumnTarget, Integer> column : columns.entrySet()) {
            ColumnTarget target = column.getKey();
            String header = sheet.header().get(column.getValue());
            String text = row.cell(column.getValue());
            if (text.isEmpty() || target.field() == BodyField.NAME) {
                continue;
            }
            if (target.equals(ColumnTarget.REPORTS_TO)) {
                for (String parent : text.split("[;\\n]")) {
                    if (!parent.isBlank()) {
                        draft.line(new DraftLine(origin, name, parent.strip(), LineKind.REPORTS_TO, header));
                    }
                }
                continue;
            }
            BodyField field = target.field();
            if (field == null) {
                continue;
            }
            if (field.type() == FieldType.PERSON || field.type() == FieldType.ORGANISATION) {
                parties.put(field, text);
            } else if (field.type() == FieldType.THEMES) {
                themes = new ArrayList<>();
                for (String theme : text.split("[,;/\\n]")) {
                    if (!theme.isBlank()) {
                        themes.add(theme.strip());
                    }
                }
            } else if (field == BodyField.STATUTORY_BASIS && CellValues.saysNotStatutory(text)) {
                // "Non-statutory" in a statutory column is an answer, not a statutory basis.
                draft.issue(ImportIssue.warning(sheet.name(), row.number(), header, text, "read as not set up "
                        + "under a statutory duty, so no statutory basis is recorded"));
            } else {
                try {
                    values.put(field, CellValues.parse(field, text));
                } catch (IllegalArgumentException e) {
                    BodyWords.Reading words = field == BodyField.KIND ? BodyWords.read(text) : null;
                    if (words != null) {
                        // "Charitable trust", "Statutory partnership": a register's own words for a kind.
                        values.put(field, words.kind());
                        draft.issue(ImportIssue.warning(sheet.name(), row.number(), header, text, "read as "
                                + words.kind().label() + " from \u201c" + words.word() + "\u201d"));
                    } else {
                        draft.issue(ImportIssue.refused(sheet.name(), row.number(), header, text, e.getMessage()));
                    }
                }
            }
        }
        return new DraftBody(origin, name, values, parties, themes);
    }

    private static void readMembers(SheetTable sheet, Map<ColumnTarget, Integer> columns, ImportDraft.Builder draft) {
        int bodyColumn = columns.get(ColumnTarget.of(BodyField.NAME));
        for (SheetTable.Row row : sheet.rows()) {
            String body = row.cell(bodyColumn);
            String organisation = cell(row, columns.get(ColumnTarget.SEAT_ORGANISATION));
            String person = cell(row, columns.get(ColumnTarget.SEAT_PERSON));
            String roleText = cell(row, columns.get(ColumnTarget.SEAT_ROLE));
            String sectorText = cell(row, columns.get(ColumnTarget.SEAT_SECTOR));
            if (body.isEmpty()) {
                draft.issue(ImportIssue.refused(sheet.name(), row.number(), sheet.header().get(bodyColumn), "",
                        "the body this member sits on is empty"));
                continue;
            }
            if (organisation.isEmpty() && person.isEmpty()) {
                draft.issue(ImportIssue.refused(sheet.name(), row.number(), "", "", "neither an organisation nor a "
                        + "person is given, so there is no one to seat on \"" + body + "\""));
                continue;
            }
            SeatRole role = SeatRole.MEMBER;
            Sector sector = null;
            boolean readable = true;
            try {
                role = roleText.isEmpty() ? SeatRole.MEMBER : (SeatRole) CellValues.choice(SeatRole.class, roleText);
            } catch (IllegalArgumentException e) {
                readable = false;
                draft.issue(ImportIssue.refused(sheet.name(), row.number(),
                        sheet.header().get(columns.get(ColumnTarget.SEAT_ROLE)), roleText, e.getMessage()));
            }
            try {
                sector = sectorText.isEmpty() ? null : (Sector) CellValues.choice(Sector.class, sectorText);
            } catch (IllegalArgumentException e) {
                readable = false;
                draft.issue(ImportIssue.refused(sheet.name(), row.number(),
                        sheet.header().get(columns.get(ColumnTarget.SEAT_SECTOR)), sectorText, e.getMessage()));
            }
            if (readable) {
                draft.seat(new DraftSeat(new Origin(sheet.name(), row.number()), body,
                        organisation.isEmpty() ? null : organisation, sector, person.isEmpty() ? null : person, role));
            }
        }
    }

    private static String cell(SheetTable.Row row, Integer column) {
        return column == null ? "" : row.cell(column);
    }
}
