package org.partnershipatlas.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.FieldType;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.Seat;

/**
 * The map as a Kumu workbook (Apache POI): an "Elements" sheet with a row per body and organisation
 * (Label, Type, Description, Tags, then a column per field) and a "Connections" sheet with a row per
 * line and seat (From, To, Type, Role, Person), as Kumu's spreadsheet import expects. Names are the
 * join between the sheets, as they are in Kumu.
 */
public final class KumuExport {
    public static final String ELEMENTS = "Elements";
    public static final String CONNECTIONS = "Connections";
    public static final String ORGANISATION = "Organisation";
    public static final String SEAT = "Seat";
    /** The element type of a person who sits on a body in their own right, not for an organisation. */
    public static final String PERSON = "Person";
    /** Kumu separates several values in one cell with a bar. */
    public static final String MANY = "|";
    private static final List<BodyField> FIELDS = fields();

    private KumuExport() {
    }

    public static void write(AuthorityModel model, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet elements = workbook.createSheet(ELEMENTS);
            List<String> header = new ArrayList<>(List.of("Label", "Type", "Description", "Tags", "Sector"));
            FIELDS.forEach(f -> header.add(f.label()));
            row(elements, 0, header);
            int r = 1;
            for (Body body : model.bodies()) {
                List<String> cells = new ArrayList<>(List.of(body.name(), body.kind().label(),
                        text(model, BodyField.PURPOSE, body), String.join(MANY, body.themeIds().stream()
                                .map(id -> model.theme(id).name()).toList()), ""));
                FIELDS.forEach(f -> cells.add(text(model, f, body)));
                row(elements, r++, cells);
            }
            for (Organisation organisation : model.organisations()) {
                row(elements, r++, List.of(organisation.name(), ORGANISATION, "", "", organisation.sector().label()));
            }
            java.util.Set<Long> alone = new java.util.TreeSet<>();
            model.seats().stream().filter(s -> s.organisationId() == null).forEach(s -> alone.add(s.personId()));
            for (Long id : alone) {
                row(elements, r++, List.of(model.person(id).name(), PERSON, "", "", ""));
            }
            Sheet connections = workbook.createSheet(CONNECTIONS);
            row(connections, 0, List.of("From", "To", "Type", "Role", "Person"));
            r = 1;
            for (AccountabilityLine line : model.lines()) {
                row(connections, r++, List.of(model.body(line.fromBodyId()).name(), model.body(line.toBodyId()).name(),
                        line.kind().label(), "", ""));
            }
            for (Seat seat : model.seats()) {
                Person person = seat.personId() == null ? null : model.person(seat.personId());
                String holder = seat.organisationId() == null ? person.name()
                        : model.organisation(seat.organisationId()).name();
                row(connections, r++, List.of(holder, model.body(seat.bodyId()).name(), SEAT, seat.role().label(),
                        person == null || seat.organisationId() == null ? "" : person.name()));
            }
            workbook.write(out);
        }
    }

    private static void row(Sheet sheet, int index, List<String> cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
    }

    /** A field as a person reads it, dates as 2026-03-31 (which Kumu and spreadsheets sort correctly). */
    static String text(AuthorityModel model, BodyField field, Body body) {
        return field.text(model, body, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private static List<BodyField> fields() {
        List<BodyField> fields = new ArrayList<>();
        for (BodyField field : BodyField.values()) {
            if (field != BodyField.NAME && field != BodyField.KIND && field != BodyField.PURPOSE
                    && field.type() != FieldType.THEMES) {
                fields.add(field);
            }
        }
        return fields;
    }
}
