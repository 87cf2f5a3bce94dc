package org.partnershipatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.layout.SeatMatrix;
import org.partnershipatlas.layout.SeatOverlay;
import org.partnershipatlas.ui.map.MapView;
import org.partnershipatlas.ui.map.MapViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Who sits where on the map and in its own grid, and the map's view exported as PNG and SVG. */
class SeatsAndPicturesWindowTest extends WindowTestSupport {
    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    @Test
    void organisationsOnTheMapAClickCountsTheirSeatsAndTheGridAgrees(FxRobot robot) throws Exception {
        openSampleCopy(robot, "Seats.atlas.mv.db");
        MapViewModel map = robot.lookup("#map").queryAs(MapView.class).viewModel();
        waitUntil(() -> viewModel.sessionProperty().get().model().positions().size() == 70);
        robot.clickOn("#map-seats");
        waitUntil(() -> map.seats().overlayProperty().get() != null);
        robot.clickOn("#map-fit");
        SeatOverlay overlay = map.seats().overlayProperty().get();
        SeatOverlay.Org busiest = overlay.organisations().stream()
                .max(java.util.Comparator.comparingInt(SeatOverlay.Org::seatCount)).orElseThrow();
        robot.interact(() -> map.zoomAt(2.5, map.toScreenX(busiest.rect().centreX()),
                map.toScreenY(busiest.rect().centreY())));
        Canvas canvas = robot.lookup("#map-canvas").queryAs(Canvas.class);
        robot.clickOn(canvas.localToScreen(map.toScreenX(busiest.rect().centreX()),
                map.toScreenY(busiest.rect().centreY())));
        String name = viewModel.sessionProperty().get().model().organisation(busiest.organisationId()).name();
        Label summary = robot.lookup("#map-seat-summary").queryAs(Label.class);
        waitUntil(() -> summary.getText().startsWith(name + ": " + busiest.seatCount() + " seats"));
        assertTrue(summary.isVisible());

        robot.clickOn("Who sits where");
        Canvas grid = robot.lookup("#seat-grid").queryAs(Canvas.class);
        Label gridSummary = robot.lookup("#seat-grid-summary").queryAs(Label.class);
        assertEquals(summary.getText(), gridSummary.getText(), "the same organisation is selected in both views");
        double gridTop = grid.localToScreen(0, 0).getY();
        // The first line is the first sector's heading; the organisation under it is row 0.
        robot.clickOn(grid.localToScreen(60, 190 + 24 * 1.5));
        var rows = viewModel.sessionProperty().get().model();
        waitUntil(() -> gridSummary.getText().startsWith(rows.organisation(
                map.seats().selectedOrganisationProperty().get()).name()));
        assertEquals(gridTop, grid.localToScreen(0, 0).getY(), 0.5, "selecting does not move the grid");
        // A cell in the first column selects that body for the inspector too.
        robot.clickOn(grid.localToScreen(300 + 12, 190 + 24 * 1.5));
        waitUntil(() -> viewModel.selectedBodyIdProperty().get() != null);
        assertEquals(viewModel.sessionProperty().get().model().body(viewModel.selectedBodyIdProperty().get()).name(),
                robot.lookup("#inspector .inspector-heading").queryLabeled().getText());
        closeDocument(robot);
    }

    @Test
    void theViewIsExportedAsAPngAndAnSvgWithTheNamesInIt(FxRobot robot) throws Exception {
        openSampleCopy(robot, "Pictures.atlas.mv.db");
        waitUntil(() -> viewModel.sessionProperty().get().model().positions().size() == 70);
        robot.clickOn("#map-fit");
        Path png = dir.resolve("Northmoor map.png");
        dialogs.exportFiles.add(png);
        robot.clickOn("#map-picture").clickOn("PNG picture…");
        waitUntil(() -> Files.exists(png));
        BufferedImage image = ImageIO.read(png.toFile());
        Canvas canvas = robot.lookup("#map-canvas").queryAs(Canvas.class);
        assertEquals(Math.ceil(canvas.getWidth() * 2), image.getWidth(), 2, "twice the view's size");
        Path svg = dir.resolve("Northmoor map.svg");
        dialogs.exportFiles.add(svg);
        robot.clickOn("#map-picture").clickOn("SVG drawing…");
        waitUntil(() -> Files.exists(svg));
        String text = Files.readString(svg);
        assertTrue(text.contains(">STRATEGIC<") && text.contains("Partnership map of Northmoor"), "labelled drawing");
        assertEquals(java.util.List.of(), dialogs.errors);
        closeDocument(robot);
    }
}
