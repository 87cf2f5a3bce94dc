package org.partnershipatlas.ui.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.settings.SettingsFile;

class BodyTreeViewModelTest {
    @TempDir
    Path dir;
    MainViewModel main;
    BodyTreeViewModel tree;

    @BeforeEach
    void openSample() {
        main = new MainViewModel(new SameThreadTaskRunner(), new ScriptedDialogs(),
                new SettingsFile(dir.resolve("s.json")), TestClock.CLOCK, "t");
        main.openSample();
        tree = new BodyTreeViewModel(main);
    }

    @Test
    void byLayerShowsTheThreeLayersInOrderWithEveryBodyOnce() {
        List<BodyTreeViewModel.Group> groups = tree.groupsProperty().get();
        assertEquals(List.of("Strategic (2)", "Executive (8)", "Operational (60)"),
                groups.stream().map(BodyTreeViewModel.Group::heading).toList());
        assertEquals("Northmoor Health and Wellbeing Partnership", groups.get(0).bodies().get(0).name());
    }

    @Test
    void byThemeListsABodyUnderEachOfItsThemes() {
        tree.groupingProperty().set(BodyTreeViewModel.Grouping.BY_THEME);
        List<BodyTreeViewModel.Group> groups = tree.groupsProperty().get();
        assertEquals("Community safety", groups.get(0).label());
        assertEquals(List.of("Community safety", "Economy and skills"), groups.stream()
                .filter(g -> g.bodies().stream().anyMatch(b -> b.name().equals("Night-time Economy Task Group")))
                .map(BodyTreeViewModel.Group::label).toList());
        assertEquals("No theme (5)", groups.get(groups.size() - 1).heading(), "the LSP board, its executive and its three groups");
    }

    @Test
    void theFilterMatchesNameOrShortNameAndHidesEmptyGroups() {
        tree.filterProperty().set("csp");
        assertEquals(List.of("Executive (1)"), tree.groupsProperty().get().stream()
                .map(BodyTreeViewModel.Group::heading).toList());
        tree.filterProperty().set("network");
        List<String> names = tree.groupsProperty().get().stream().flatMap(g -> g.bodies().stream())
                .map(Body::name).toList();
        assertEquals(12, names.size(), names.toString());
        assertEquals("Ageing Well Network", names.get(0));
    }

    @Test
    void choosingABodySelectsItForEveryPanel() {
        Body body = tree.groupsProperty().get().get(1).bodies().get(0);
        tree.select(body);
        assertEquals(body, main.selectedBody());
    }
}
