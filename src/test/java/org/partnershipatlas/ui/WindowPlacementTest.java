package org.partnershipatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    @Test
    void theDefaultSizeOnA1280By720ScreenFitsTheScreenAndIsOnIt() {
        // the old behaviour: 1400 x 880 at -60,-53, menu bar and status bar off the screen
        assertEquals(new WindowPlacement(0, 0, 1280, 720), WindowPlacement.fit(-60.0, -53.0, 1400, 880, 0, 0, 1280, 720));
        assertEquals(new WindowPlacement(0, 0, 1280, 720), WindowPlacement.fit(null, null, 1400, 880, 0, 0, 1280, 720));
    }

    @Test
    void aRememberedPlaceOnTheScreenIsKeptAndOneOffItIsCentred() {
        assertEquals(new WindowPlacement(100, 50, 1000, 600), WindowPlacement.fit(100.0, 50.0, 1000, 600, 0, 0, 1366, 728));
        assertEquals(new WindowPlacement(183, 64, 1000, 600), WindowPlacement.fit(3000.0, 50.0, 1000, 600, 0, 0, 1366, 728));
    }

    @Test
    void aTaskBarAtTheTopIsRespected() {
        WindowPlacement placed = WindowPlacement.fit(0.0, 0.0, 1366, 768, 0, 32, 1366, 736);
        assertEquals(new WindowPlacement(0, 32, 1366, 736), placed);
    }
}
