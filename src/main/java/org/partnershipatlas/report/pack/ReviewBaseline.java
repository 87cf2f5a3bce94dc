package org.partnershipatlas.report.pack;

import java.time.LocalDate;
import org.partnershipatlas.analysis.StructureComparison;

/**
 * The recorded review the pack's review report looks back to (its name and day) and what has changed
 * since; the caller reads it from the file in the background, so the pack itself stays pure.
 */
public record ReviewBaseline(String name, LocalDate takenOn, StructureComparison.Result changes) {
}
