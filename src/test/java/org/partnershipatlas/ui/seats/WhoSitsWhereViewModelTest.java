package org.partnershipatlas.ui.seats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.layout.SeatMatrix;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.map.MapViewModel;
import org.partnershipatlas.ui.settings.SettingsFile;

class WhoSitsWhereViewModelTest {
    @TempDir
    Path dir;
    MainViewModel main;
    MapViewModel map;
    WhoSitsWhereViewModel grid;
    ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void openSample() {
        main = new MainViewModel(new SameThreadTaskRunner(), dialogs,
                new SettingsFile(dir.resolve("s.json")), TestClock.CLOCK, "t");
        map = new MapViewModel(main, main.dialogs());
        grid = new WhoSitsWhereViewModel(main, map.seats(), dialogs);
        main.openSample();
    }

    private AuthorityModel model() {
        return main.sessionProperty().get().model();
    }

    @Test
    void clickingAnOrganisationsRowSelectsItHereAndOnTheMapAndCountsItsSeats() {
        SeatMatrix matrix = grid.matrixProperty().get();
        SeatMatrix.Row row = matrix.rows().get(2);
        grid.click(2, -1);
        assertEquals(row.organisationId(), map.seats().selectedOrganisationProperty().get());
        String name = model().organisation(row.organisationId()).name();
        assertEquals(name + ": " + row.seats() + (row.seats() == 1 ? " seat on 1 body" : " seats on " + row.seats()
                + " bodies"), grid.summaryProperty().get());
        assertEquals(row.seats(), map.seats().bodiesOfSelected().size());
    }

    @Test
    void clickingACellSelectsTheBodyForTheInspectorAndTheOrganisation() {
        grid.click(0, 5);
        SeatMatrix matrix = grid.matrixProperty().get();
        assertEquals(matrix.columns().get(5).bodyId(), main.selectedBodyIdProperty().get());
        assertEquals(matrix.rows().get(0).organisationId(), grid.selectedOrganisationProperty().get());
        assertEquals(0, grid.rowOf(grid.selectedOrganisationProperty().get()));
        assertEquals(5, grid.columnOf(main.selectedBodyIdProperty().get()));
    }

    @Test
    void choosingAThemeNarrowsTheGridAndAnotherDocumentResetsIt() {
        int all = grid.matrixProperty().get().columns().size();
        Theme theme = grid.themes().get(0);
        grid.themeProperty().set(theme);
        int themed = grid.matrixProperty().get().columns().size();
        assertTrue(themed > 0 && themed < all, themed + " of " + all);
        main.openSample();
        assertEquals(null, grid.themeProperty().get());
        assertEquals(all, grid.matrixProperty().get().columns().size());
    }

    @Test
    void aClickOutsideTheGridSelectsNothing() {
        grid.click(-1, -1);
        grid.click(10_000, 10_000);
        assertEquals(null, grid.selectedOrganisationProperty().get());
        assertEquals("", grid.summaryProperty().get());
    }

    @Test
    void aCellGivesAnOrganisationASeatChangesItAndTakesItAwayByKeyboard() {
        var matrix = grid.matrixProperty().get();
        // An empty cell: an organisation and a body it has no seat on.
        int row = -1;
        int column = -1;
        for (int r = 0; r < matrix.rows().size() && row < 0; r++) {
            for (int c = 0; c < matrix.columns().size(); c++) {
                if (matrix.role(matrix.rows().get(r).organisationId(), matrix.columns().get(c).bodyId()) == null) {
                    row = r;
                    column = c;
                    break;
                }
            }
        }
        grid.click(row, column);
        long organisation = matrix.rows().get(row).organisationId();
        long body = matrix.columns().get(column).bodyId();
        dialogs.seatAnswers.add(draft -> {
            assertEquals(organisation, draft.organisationProperty().get(), "the row's organisation is filled in");
            draft.roleProperty().set(org.partnershipatlas.model.SeatRole.OBSERVER);
            return true;
        });
        assertTrue(grid.editSelectedCell());
        assertEquals(org.partnershipatlas.model.SeatRole.OBSERVER,
                grid.matrixProperty().get().role(organisation, body));
        dialogs.seatAnswers.add(draft -> {
            assertEquals(org.partnershipatlas.model.SeatRole.OBSERVER, draft.roleProperty().get(), "the seat it has");
            draft.roleProperty().set(org.partnershipatlas.model.SeatRole.MEMBER);
            return true;
        });
        assertTrue(grid.editSelectedCell());
        assertEquals(org.partnershipatlas.model.SeatRole.MEMBER, grid.matrixProperty().get().role(organisation, body));
        assertTrue(grid.removeSelectedCell());
        assertEquals(null, grid.matrixProperty().get().role(organisation, body));
        main.undo();
        assertEquals(org.partnershipatlas.model.SeatRole.MEMBER, grid.matrixProperty().get().role(organisation, body));

        grid.move(1, 1);
        assertEquals(grid.matrixProperty().get().rows().get(row + 1).organisationId(),
                grid.selectedOrganisationProperty().get());
        grid.move(-1000, -1000);
        assertEquals(grid.matrixProperty().get().columns().get(0).bodyId(), main.selectedBodyIdProperty().get(),
                "the selection stays inside the grid");
    }
}
