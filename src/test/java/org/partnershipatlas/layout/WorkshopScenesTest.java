package org.partnershipatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.io.GeneratedAuthority;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.layout.WorkshopScene.Item;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Theme;

class WorkshopScenesTest {
    private final AuthorityModel sample = SampleAuthority.build(LocalDate.of(2026, 12, 1));

    /** The overview, every theme and every body's spotlight: every scene a workshop can show. */
    static List<WorkshopScene> everyScene(AuthorityModel model) {
        List<WorkshopScene> scenes = new ArrayList<>();
        scenes.add(WorkshopScenes.overview(model, "Step 1"));
        for (Theme theme : model.themes()) {
            scenes.add(WorkshopScenes.theme(model, theme.id(), "Step"));
        }
        for (Body body : model.bodies()) {
            scenes.add(WorkshopScenes.spotlight(model, body.id(), true, "Step"));
        }
        return scenes;
    }

    @Test
    void everyLabelIsAtLeast28PixelsAndEveryBoxIsOnTheStageWithoutOverlapping() {
        List<WorkshopScene> scenes = everyScene(sample);
        scenes.addAll(everyScene(GeneratedAuthority.build(400, 120, 1200, 7L)).subList(0, 30));
        for (WorkshopScene scene : scenes) {
            List<Item> items = scene.items();
            for (Item item : items) {
                assertTrue(item.fontSize() >= WorkshopScene.MIN_FONT, scene.title() + ": " + item.label());
                assertTrue(item.rect().x() >= 0 && item.rect().maxX() <= WorkshopScene.WIDTH
                        && item.rect().y() >= 100 && item.rect().maxY() <= WorkshopScene.HEIGHT,
                        scene.title() + ": " + item.label() + " at " + item.rect());
                int chars = SceneRows.charsIn(item.rect().width(), item.fontSize());
                item.label().forEach(line -> assertTrue(line.length() <= chars + 1, line));
            }
            for (int a = 0; a < items.size(); a++) {
                for (int b = a + 1; b < items.size(); b++) {
                    assertFalse(items.get(a).rect().intersects(items.get(b).rect()),
                            scene.title() + ": " + items.get(a).label() + " overlaps " + items.get(b).label());
                }
            }
        }
    }

    @Test
    void aThemeShowsItsBodiesAndTheOrganisationsAtTheTableAndGathersWhatDoesNotFit() {
        Theme children = sample.themes().stream().filter(t -> t.name().equals("Children and young people")).findFirst()
                .orElseThrow();
        WorkshopScene scene = WorkshopScenes.theme(sample, children.id(), "Step 2 of 9");
        long inTheme = sample.bodies().stream().filter(b -> b.themeIds().contains(children.id())).count();
        assertEquals(inTheme, scene.items().stream().filter(i -> i.bodyId() != null).count(), "every body of the theme");
        assertTrue(scene.items().stream().anyMatch(i -> i.organisationId() != null));
        assertTrue(scene.items().stream().anyMatch(i -> i.shape() == WorkshopScene.Shape.MORE
                && String.join(" ", i.label()).matches("\\+ \\d+ more organisations")));
        assertEquals("Children and young people", scene.title());
    }

    @Test
    void theSpotlightKeepsMoneyAndRiskOffTheProjectorUnlessConfidentialIsShown() {
        Body funded = sample.bodies().stream().filter(b -> b.governance().councilContribution() != null
                && b.governance().riskRating() != null).findFirst().orElseThrow();
        String hidden = String.join("|", WorkshopScenes.spotlight(sample, funded.id(), false, "").itemFor(funded.id())
                .details());
        String shown = String.join("|", WorkshopScenes.spotlight(sample, funded.id(), true, "").itemFor(funded.id())
                .details());
        assertFalse(hidden.contains("£") || hidden.contains("Risk"), hidden);
        assertTrue(shown.contains(funded.governance().councilContribution().format()), shown);
        assertTrue(shown.contains("Risk " + funded.governance().riskRating().label().toLowerCase()), shown);
        assertTrue(WorkshopScenes.findings(List.of("High: a secret"), false, "").text().stream()
                .noneMatch(t -> t.contains("secret")), "findings stay off the projector");
        assertEquals(List.of("High: a secret"), WorkshopScenes.findings(List.of("High: a secret"), true, "").text());
    }

    @Test
    void theSameBodyKeepsItsKeyFromStepToStepSoTheViewCanMoveIt() {
        Body board = sample.bodies().stream().filter(b -> b.name().equals("Northmoor Together Board")).findFirst()
                .orElseThrow();
        assertEquals("b" + board.id(), WorkshopScenes.overview(sample, "").itemFor(board.id()).key());
        assertEquals("b" + board.id(), WorkshopScenes.spotlight(sample, board.id(), false, "").itemFor(board.id()).key());
        assertTrue(WorkshopScenes.spotlight(sample, board.id(), false, "").itemFor(board.id()).emphasis());
    }
}
