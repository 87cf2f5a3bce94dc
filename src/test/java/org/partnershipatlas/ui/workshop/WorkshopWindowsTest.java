package org.partnershipatlas.ui.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkshopWindowsTest {
    @Test
    void theProjectorIsTheScreenThatIsNotTheLaptopsOwnAndTheLaptopWhenAlone() {
        assertEquals("projector", WorkshopWindows.projectorScreen(List.of("laptop", "projector"), "laptop"));
        assertEquals("projector", WorkshopWindows.projectorScreen(List.of("projector", "laptop"), "laptop"),
                "whichever order the system lists them in");
        assertEquals("laptop", WorkshopWindows.projectorScreen(List.of("laptop"), "laptop"));
    }
}
