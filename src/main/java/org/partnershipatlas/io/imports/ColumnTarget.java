package org.partnershipatlas.io.imports;

import java.util.ArrayList;
import java.util.List;
import org.partnershipatlas.model.BodyField;

/**
 * What a spreadsheet column becomes: a body's field, the body it reports to, one of the parts of a
 * seat on a members sheet, or nothing. The key is what a saved mapping holds, so labels can change
 * without breaking one.
 *
 * @param field the body field, for a field target; else null
 */
public record ColumnTarget(String key, String label, BodyField field) {
    public static final ColumnTarget IGNORE = new ColumnTarget("IGNORE", "(leave out)", null);
    public static final ColumnTarget REPORTS_TO = new ColumnTarget("REPORTS_TO", "Reports to (parent body)", null);
    public static final ColumnTarget SEAT_ORGANISATION = new ColumnTarget("SEAT_ORGANISATION",
            "Members: organisation", null);
    public static final ColumnTarget SEAT_PERSON = new ColumnTarget("SEAT_PERSON", "Members: person", null);
    public static final ColumnTarget SEAT_ROLE = new ColumnTarget("SEAT_ROLE", "Members: role", null);
    public static final ColumnTarget SEAT_SECTOR = new ColumnTarget("SEAT_SECTOR", "Members: sector", null);
    public static final ColumnTarget APPOINTMENTS = new ColumnTarget("APPOINTMENTS",
            "Council's appointments (people and places)", null);
    public static final ColumnTarget SUBSTITUTES = new ColumnTarget("SUBSTITUTES",
            "Council's appointments: substitutes", null);
    public static final ColumnTarget TERM = new ColumnTarget("TERM", "Council's appointments: term", null);
    public static final ColumnTarget APPOINTED_BY = new ColumnTarget("APPOINTED_BY",
            "Council's appointments: appointed by", null);
    public static final ColumnTarget PLACES = new ColumnTarget("PLACES", "Council's appointments: number of places",
            null);

    public static ColumnTarget of(BodyField field) {
        return new ColumnTarget(field.name(), field.label(), field);
    }

    /** Every target, in the order a mapping list offers them. */
    public static List<ColumnTarget> all() {
        List<ColumnTarget> all = new ArrayList<>();
        all.add(IGNORE);
        for (BodyField field : BodyField.values()) {
            all.add(of(field));
        }
        all.addAll(List.of(REPORTS_TO, SEAT_ORGANISATION, SEAT_PERSON, SEAT_ROLE, SEAT_SECTOR, APPOINTMENTS, SUBSTITUTES,
                TERM, APPOINTED_BY, PLACES));
        return all;
    }

    /** The target with this key or label (ignoring case), or null. */
    public static ColumnTarget find(String keyOrLabel) {
        String wanted = keyOrLabel == null ? "" : keyOrLabel.strip();
        for (ColumnTarget target : all()) {
            if (target.key.equalsIgnoreCase(wanted) || target.label.equalsIgnoreCase(wanted)) {
                return target;
            }
        }
        return null;
    }

    /** True for the columns of a council's appointments, which make seats beside a body's own fields. */
    public boolean isAppointmentPart() {
        return this.equals(APPOINTMENTS) || this.equals(SUBSTITUTES) || this.equals(TERM) || this.equals(APPOINTED_BY) || this.equals(PLACES);
    }

    /** True for the parts of a members sheet, which make seats rather than fill in bodies. */
    public boolean isSeatPart() {
        return this.equals(SEAT_ORGANISATION) || this.equals(SEAT_PERSON) || this.equals(SEAT_ROLE)
                || this.equals(SEAT_SECTOR);
    }

    @Override
    public String toString() {
        return label;
    }
}
