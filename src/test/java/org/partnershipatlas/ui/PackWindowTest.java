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

        for (int n = 1; n <= 7; n++) {
            robot.clickOn("#pack-appendix-" + n);
        }
        assertTrue(export.isDisabled(), "no appendix: nothing to export");
        assertEquals("Choose at least one appendix.", robot.lookup("#pack-problem").queryLabeled().getText());
        robot.clickOn("#pack-appendix-2").clickOn("#pack-appendix-3");
        javafx.scene.control.CheckBox plan = robot.lookup("#pack-appendix-3").queryAs(javafx.scene.control.CheckBox.class);
        assertEquals("Appendix 1: The action plan", plan.getText());
        // the register before the plan: two clicks move it up past the plan
        robot.clickOn("#pack-up-2");
        robot.clickOn("#pack-up-2");
        assertEquals("Appendix 2: The action plan", robot.lookup("#pack-appendix-3")
                .queryAs(javafx.scene.control.CheckBox.class).getText());
        for (String format : List.of("pdf", "svg", "png", "xlsx", "csv")) {
            robot.clickOn("#pack-format-" + format);
        }
        robot.clickOn("#pack-reference").write("CAB3012");
        robot.clickOn("#pack-contact-officer").write("Jen Anderson (Head of Policy)");
        robot.clickOn("#pack-meeting-date").write("22/03/2027");
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
                "Northmoor District Council cabinet report 2026-11-25.docx"), names);
        try (var in = Files.newInputStream(folder.resolve("Northmoor District Council cabinet report 2026-11-25.docx"));
             var report = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            String text = String.join("\n", report.getParagraphs().stream()
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList());
            assertTrue(text.contains("That Cabinet approves the Action Plan at Appendix 2 of the report."), text);
            assertTrue(text.contains("22 MARCH 2027") && text.contains("Report reference: CAB3012")
                    && text.contains("Contact officer: Jen Anderson (Head of Policy)"), text);
        }
        // the meeting is kept in the file, and offered again next time
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#pack-dialog").tryQuery().isPresent());
        assertEquals("CAB3012", robot.lookup("#pack-reference").queryAs(TextField.class).getText());
        assertEquals("Appendix 1: The partnership register", robot.lookup("#pack-appendix-2")
                .queryAs(javafx.scene.control.CheckBox.class).getText());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#pack-dialog").tryQuery().isEmpty());
        assertEquals(List.of(), dialogs.errors);
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        closeDocument(robot);
    }
}
