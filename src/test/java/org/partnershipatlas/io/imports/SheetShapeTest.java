package org.partnershipatlas.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetShapeTest {
    private static SheetTable sheet(Object... numbersAndNames) {
        List<SheetTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < numbersAndNames.length; i += 2) {
            rows.add(new SheetTable.Row((Integer) numbersAndNames[i], List.of((String) numbersAndNames[i + 1])));
        }
        return new SheetTable("", List.of("Outside body", "Representative"), rows);
    }

    private static List<String> kept(SheetTable sheet, List<ImportIssue> issues) {
        return SheetShape.withoutNotes(sheet, issues).rows().stream().map(r -> r.cell(0)).toList();
    }

    @Test
    void notesUnderTheTableAreLeftOutAndNamedInAWarning() {
        List<ImportIssue> issues = new ArrayList<>();
        assertEquals(List.of("Northmoor Leisure Trust"), kept(sheet(2, "Northmoor Leisure Trust", 4,
                "* denotes an appointment made by Cabinet", 5, "Source: Democratic Services"), issues));
        assertEquals(2, issues.size());
        assertEquals(5, issues.get(1).row());
        assertEquals(List.of("Northmoor Leisure Trust"), kept(sheet(2, "Northmoor Leisure Trust", 4,
                "Appointments are made by Full Council at its annual meeting"), new ArrayList<>()),
                "a sentence set apart by an empty row");
    }

    @Test
    void aLastBodyWhoseNameStartsLikeANoteIsKept() {
        for (String name : List.of("Contact Centre Board", "Notebook Network", "Key Stage Partnership",
                "Source Water Group", "Youth Forum")) {
            assertEquals(List.of("Northmoor Leisure Trust", name), kept(sheet(2, "Northmoor Leisure Trust", 3, name),
                    new ArrayList<>()), name);
        }
    }
}
