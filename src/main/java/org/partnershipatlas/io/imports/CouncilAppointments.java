package org.partnershipatlas.io.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.io.imports.Appointments.Appointment;
import org.partnershipatlas.io.imports.Appointments.Terms;
import org.partnershipatlas.io.imports.ImportDraft.DraftSeat;
import org.partnershipatlas.io.imports.ImportDraft.Origin;
import org.partnershipatlas.model.PersonKind;
import org.partnershipatlas.model.SeatRole;

/**
 * The appointment columns of a register row ("Representative(s)", "Term", "Appointed by", "Places")
 * made into the council's seats on the row's body. A "Places" number larger than the people named
 * is kept as that many places with no one in them, so a register's vacancies are not lost.
 */
final class CouncilAppointments {
    private CouncilAppointments() {
    }

    /** Whether the row has nothing in any appointment column. */
    static boolean isEmpty(SheetTable sheet, SheetTable.Row row, Map<ColumnTarget, Integer> columns) {
        return columns.entrySet().stream().filter(c -> c.getKey().isAppointmentPart())
                .allMatch(c -> row.cell(c.getValue()).isEmpty());
    }

    static void read(SheetTable sheet, SheetTable.Row row, Map<ColumnTarget, Integer> columns, String body,
                     ImportDraft.Builder draft) {
        if (columns.keySet().stream().noneMatch(ColumnTarget::isAppointmentPart)) {
            return;
        }
        Origin origin = new Origin(sheet.name(), row.number());
        String header = header(sheet, columns, ColumnTarget.APPOINTMENTS);
        PersonKind usual = header.toLowerCase(java.util.Locale.ROOT).contains("councillor") ? PersonKind.COUNCILLOR
                : null;
        List<Appointment> found = new ArrayList<>(Appointments.read(cell(row, columns, ColumnTarget.APPOINTMENTS),
                usual));
        for (Appointment deputy : Appointments.read(cell(row, columns, ColumnTarget.SUBSTITUTES), usual)) {
            found.add(new Appointment(deputy.person(), deputy.kind(), SeatRole.SUBSTITUTE, deputy.place(),
                    deputy.terms()));
        }
        String places = cell(row, columns, ColumnTarget.PLACES);
        if (places.matches("\\d{1,2}")) {
            int wanted = Integer.parseInt(places);
            long held = found.stream().filter(a -> a.role() != SeatRole.SUBSTITUTE).count();
            for (long i = held + 1; i <= wanted; i++) {
                found.add(new Appointment(null, null, SeatRole.MEMBER, held == 0 && wanted == 1 ? "Council place"
                        : "Council place " + i + " of " + wanted + " (no one named)", Terms.NONE));
            }
        } else if (!places.isEmpty()) {
            found.addAll(Appointments.read(places, usual));
        }
        if (found.isEmpty()) {
            String term = cell(row, columns, ColumnTarget.TERM);
            if (!term.isEmpty()) {
                draft.issue(ImportIssue.warning(sheet.name(), row.number(), header(sheet, columns, ColumnTarget.TERM),
                        term, "names no appointment to go with this term, so it is left out"));
            }
            return;
        }
        Terms terms = Appointments.terms(cell(row, columns, ColumnTarget.TERM));
        String appointedBy = cell(row, columns, ColumnTarget.APPOINTED_BY);
        for (Appointment appointment : found) {
            Appointment seat = appointment.withTerms(terms);
            draft.seat(new DraftSeat(origin, body, null, null, seat.person(), seat.role(), seat.kind(), seat.place(),
                    appointedBy.isEmpty() ? null : appointedBy, seat.terms(), true));
        }
    }

    private static String cell(SheetTable.Row row, Map<ColumnTarget, Integer> columns, ColumnTarget target) {
        Integer column = columns.get(target);
        return column == null ? "" : row.cell(column);
    }

    private static String header(SheetTable sheet, Map<ColumnTarget, Integer> columns, ColumnTarget target) {
        Integer column = columns.get(target);
        return column == null ? "" : sheet.header().get(column);
    }
}
