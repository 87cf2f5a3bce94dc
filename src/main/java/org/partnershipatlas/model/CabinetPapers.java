package org.partnershipatlas.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the cabinet papers need that the structure does not hold: the meeting (committee and date),
 * the report's reference, whose report it is and the contact officer, and the officer's own words for
 * each section of the review report and the covering report. One per file with the fixed id
 * {@link #ID}, so the pack dialog's answers are remembered with the authority, changing them is an
 * undoable edit, and each recorded review keeps the words as they stood.
 */
public record CabinetPapers(String committee, LocalDate meetingDate, String reference, String reportOf,
                            String contactOfficer, String contactDetails, Map<ReportText, String> texts)
        implements Entity {
    public static final long ID = -4L;
    public static final CabinetPapers NONE = new CabinetPapers("Cabinet", null, null, null, null, null, Map.of());

    public CabinetPapers {
        // no committee named is cabinet: one spelling, so an unchanged dialog makes no edit
        committee = blankToNull(committee) == null ? "Cabinet" : committee.strip();
        reference = blankToNull(reference);
        reportOf = blankToNull(reportOf);
        contactOfficer = blankToNull(contactOfficer);
        contactDetails = blankToNull(contactDetails);
        EnumMap<ReportText, String> kept = new EnumMap<>(ReportText.class);
        if (texts != null) {
            texts.forEach((section, text) -> {
                if (section != null && text != null && !text.isBlank()) {
                    kept.put(section, text.strip());
                }
            });
        }
        texts = java.util.Collections.unmodifiableMap(kept);
    }

    @Override
    public long id() {
        return ID;
    }

    @Override
    public String describe() {
        return "the cabinet papers";
    }

    /** The officer's words for a section, or "" when none are written. */
    public String text(ReportText section) {
        return texts.getOrDefault(section, "");
    }

    public CabinetPapers withText(ReportText section, String text) {
        Map<ReportText, String> changed = new EnumMap<>(ReportText.class);
        changed.putAll(texts);
        changed.put(section, text);
        return new CabinetPapers(committee, meetingDate, reference, reportOf, contactOfficer, contactDetails, changed);
    }

    public CabinetPapers withTexts(Map<ReportText, String> replaced) {
        return new CabinetPapers(committee, meetingDate, reference, reportOf, contactOfficer, contactDetails, replaced);
    }

    public CabinetPapers withMeeting(String committee, LocalDate meetingDate, String reference, String reportOf,
                                     String contactOfficer, String contactDetails) {
        return new CabinetPapers(committee, meetingDate, reference, reportOf, contactOfficer, contactDetails, texts);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
