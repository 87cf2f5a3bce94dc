package org.partnershipatlas.io.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partnershipatlas.io.KumuExport;
import org.partnershipatlas.io.imports.ImportDraft.DraftBody;
import org.partnershipatlas.io.imports.ImportDraft.DraftLine;
import org.partnershipatlas.io.imports.ImportDraft.DraftOrganisation;
import org.partnershipatlas.io.imports.ImportDraft.DraftSeat;
import org.partnershipatlas.io.imports.ImportDraft.Origin;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.FieldType;
import org.partnershipatlas.model.LineKind;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.Sector;

/**
 * A Kumu workbook (an "Elements" and a "Connections" sheet) as a draft: elements of type
 * "Organisation" are organisations, others bodies (their Type read as the kind of body where it is
 * one), Description is the purpose, Tags the themes, other columns the fields whose labels they carry;
 * a connection from an organisation is a seat, any other a line.
 */
public final class KumuDraft {
    private KumuDraft() {
    }

    /** True for a workbook with both Kumu sheets. */
    public static boolean isKumu(SpreadsheetReader.Spreadsheet spreadsheet) {
        return sheet(spreadsheet, KumuExport.ELEMENTS) != null && sheet(spreadsheet, KumuExport.CONNECTIONS) != null;
    }

    public static ImportDraft of(SpreadsheetReader.Spreadsheet spreadsheet) {
        ImportDraft.Builder draft = new ImportDraft.Builder(spreadsheet.fileName()).issues(spreadsheet.issues());
        SheetTable elements = sheet(spreadsheet, KumuExport.ELEMENTS);
        SheetTable connections = sheet(spreadsheet, KumuExport.CONNECTIONS);
        int label = elements.column("Label");
        if (label < 0) {
            draft.issue(ImportIssue.refused(elements.name(), 0, "", "", "the Elements sheet has no \"Label\" column"));
            return draft.build();
        }
        Set<String> organisations = new HashSet<>();
        Set<String> people = new HashSet<>();
        for (SheetTable.Row row : elements.rows()) {
            Origin origin = new Origin(elements.name(), row.number());
            String name = row.cell(label);
            String type = cell(elements, row, "Type");
            if (name.isEmpty()) {
                draft.issue(ImportIssue.refused(origin.sheet(), origin.row(), "Label", "", "the label is empty"));
            } else if (type.equalsIgnoreCase(KumuExport.PERSON)) {
                people.add(name.toLowerCase(Locale.ROOT));
            } else if (type.toLowerCase(Locale.ROOT).startsWith("organi")) {
                Sector sector = null;
                String sectorText = cell(elements, row, "Sector");
                if (!sectorText.isEmpty()) {
                    try {
                        sector = (Sector) CellValues.choice(Sector.class, sectorText);
                    } catch (IllegalArgumentException e) {
                        draft.issue(ImportIssue.warning(origin.sheet(), origin.row(), "Sector", sectorText,
                                e.getMessage() + "; the organisation is put under Other"));
                    }
                }
                draft.organisation(new DraftOrganisation(origin, name, emptyToNull(cell(elements, row, "Short name")),
                        sector));
                organisations.add(name.toLowerCase(Locale.ROOT));
            } else {
                draft.body(body(elements, row, origin, name, type, draft));
            }
        }
        int from = connections.column("From");
        int to = connections.column("To");
        if (from < 0 || to < 0) {
            draft.issue(ImportIssue.refused(connections.name(), 0, "", "", "the Connections sheet needs a \"From\" "
                    + "and a \"To\" column"));
            return draft.build();
        }
        for (SheetTable.Row row : connections.rows()) {
            Origin origin = new Origin(connections.name(), row.number());
            String source = row.cell(from);
            String target = row.cell(to);
            String type = cell(connections, row, "Type");
            if (source.isEmpty() || target.isEmpty()) {
                draft.issue(ImportIssue.refused(origin.sheet(), origin.row(), source.isEmpty() ? "From" : "To", "",
                        "a connection needs both ends"));
            } else if (organisations.contains(source.toLowerCase(Locale.ROOT))
                    || people.contains(source.toLowerCase(Locale.ROOT))) {
                boolean alone = people.contains(source.toLowerCase(Locale.ROOT));
                SeatRole role = SeatRole.MEMBER;
                String roleText = cell(connections, row, "Role");
                try {
                    role = roleText.isEmpty() ? role : (SeatRole) CellValues.choice(SeatRole.class, roleText);
                } catch (IllegalArgumentException e) {
                    draft.issue(ImportIssue.refused(origin.sheet(), origin.row(), "Role", roleText, e.getMessage()));
                }
                draft.seat(alone ? new DraftSeat(origin, target, null, null, source, role)
                        : new DraftSeat(origin, target, source, null, emptyToNull(cell(connections, row, "Person")),
                        role));
            } else {
                LineKind kind = LineKind.REPORTS_TO;
                try {
                    kind = type.isEmpty() ? kind : (LineKind) CellValues.choice(LineKind.class, type);
                } catch (IllegalArgumentException ignored) {
                    // a connection of another kind in Kumu is still a line between the two
                }
                draft.line(new DraftLine(origin, source, target, kind, "To"));
            }
        }
        return draft.build();
    }

    private static DraftBody body(SheetTable sheet, SheetTable.Row row, Origin origin, String name, String type,
                                  ImportDraft.Builder draft) {
        Map<BodyField, Object> values = new HashMap<>();
        Map<BodyField, String> parties = new HashMap<>();
        if (!type.isEmpty()) {
            try {
                values.put(BodyField.KIND, CellValues.choice(BodyKind.class, type));
            } catch (IllegalArgumentException e) {
                draft.issue(ImportIssue.warning(origin.sheet(), origin.row(), "Type", type, e.getMessage()
                        + "; the kind of body is guessed from where it sits"));
            }
        }
        String tags = cell(sheet, row, "Tags");
        List<String> themes = tags.isEmpty() ? null : List.of(tags.split("\\s*\\|\\s*"));
        for (int c = 0; c < sheet.header().size(); c++) {
            String header = sheet.header().get(c);
            String text = row.cell(c);
            BodyField field = header.equalsIgnoreCase("Description") ? BodyField.PURPOSE : fieldFor(header);
            if (text.isEmpty() || field == null || field == BodyField.NAME || field == BodyField.KIND
                    || field.type() == FieldType.THEMES || header.equalsIgnoreCase("Type")) {
                continue;
            }
            if (field.type() == FieldType.PERSON || field.type() == FieldType.ORGANISATION) {
                parties.put(field, text);
            } else {
                try {
                    values.put(field, CellValues.parse(field, text));
                } catch (IllegalArgumentException e) {
                    draft.issue(ImportIssue.refused(origin.sheet(), origin.row(), header, text, e.getMessage()));
                }
            }
        }
        return new DraftBody(origin, name, values, parties, themes);
    }

    private static BodyField fieldFor(String header) {
        for (BodyField field : BodyField.values()) {
            if (field.label().equalsIgnoreCase(header)) {
                return field;
            }
        }
        return ColumnMapping.guess(header).field();
    }

    private static String cell(SheetTable sheet, SheetTable.Row row, String header) {
        int column = sheet.column(header);
        return column < 0 ? "" : row.cell(column);
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static SheetTable sheet(SpreadsheetReader.Spreadsheet spreadsheet, String name) {
        return spreadsheet.sheets().stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }
}
