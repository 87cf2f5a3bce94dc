package org.partnershipatlas.ui.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.analysis.PartnershipCost;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.settings.SettingsFile;

class CostViewModelTest {
    @TempDir
    Path dir;

    @Test
    void everyCostedBodyIsARowWithItsMoneyAndTheTotalsAndAssumptionsAreSaid() {
        MainViewModel main = new MainViewModel(new SameThreadTaskRunner(), new ScriptedDialogs(),
                new SettingsFile(dir.resolve("s.json")), TestClock.CLOCK, "t");
        CostViewModel cost = new CostViewModel(main);
        assertTrue(cost.rows().isEmpty());
        assertEquals("", cost.totalsProperty().get());
        main.openSample();
        var estimate = PartnershipCost.of(main.sessionProperty().get().model());
        assertEquals(estimate.bodies().size(), cost.rows().size());
        assertTrue(cost.totalsProperty().get().startsWith("Partnership working costs about "
                + estimate.total().format() + " a year"), cost.totalsProperty().get());
        assertTrue(cost.assumptionsProperty().get().contains(estimate.notEstimated().size() == 1 ? "1 body" : estimate
                .notEstimated().size() + " bodies"), cost.assumptionsProperty().get());
        var first = estimate.bodies().get(0);
        assertEquals(first.total(), cost.rows().get(0).cost(), "rows keep the money itself, so the table sorts amounts");
        main.close();
        assertTrue(cost.rows().isEmpty(), "closing the file clears the table");
    }
}
