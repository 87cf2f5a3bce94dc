package org.partnershipatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Export > Cabinet appendices driven as a person would: tick, type a folder, export, find the files. */
class PackWindowTest extends WindowTestSupport {
    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    @Test
    void theDialogExportsTheChosenFilesIntoTheFolderAndOpensIt(FxRobot robot) throws Exception {
        openSampleCopy(robot, "Cabinet.atlas.mv.db");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#pack-dialog").tryQuery().isPresent());
        Button export = robot.lookup("#pack-export").queryAs(Button.class);
        assertFalse(export.isDisabled(), "everything is ticked at first");

        for (int n = 1; n <= 6; n++) {
            robot.clickOn("#pack-appendix-" + n);
        }
        assertTrue(export.isDisabled(), "no appendix: nothing to export");
        assertEquals("Choose at least one appendix.", robot.lookup("#pack-problem").queryLabeled().getText());
        robot.clickOn("#pack-appendix-2").clickOn("#pack-appendix-3");
        for (String format : List.of("svg", "png", "xlsx", "csv")) {
            robot.clickOn("#pack-format-" + format);
        }
        Path folder = dir.resolve("Cabinet pack");
        TextField field = robot.lookup("#pack-folder").queryAs(TextField.class);
        robot.doubleClickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(folder.toString());
        assertFalse(export.isDisabled());
        robot.clickOn(export);

        waitUntil(() -> openedFolders.contains(folder));
        List<String> names;
        try (var files = Files.list(folder)) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("Northmoor District Council cabinet appendices 2026-11-25.docx",
                "Northmoor District Council cabinet appendices 2026-11-25.pdf",
                "Northmoor District Council structure diagram.pdf"), names);
        assertEquals(List.of(), dialogs.errors);
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        closeDocument(robot);
    }
}
