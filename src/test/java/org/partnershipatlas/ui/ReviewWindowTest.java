package org.partnershipatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.partnershipatlas.document.SampleFile;
import org.partnershipatlas.model.AuditEntry;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Review;
import org.partnershipatlas.ui.review.ReviewDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The annual review as a head of policy works it: record, change, compare, look back, and see who did what. */
@Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
class ReviewWindowTest extends WindowTestSupport {
    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    private Path openSampleFile(FxRobot robot, String name) throws Exception {
        Path file = dir.resolve(name);
        SampleFile.create(file, TestClock.CLOCK.instant().atZone(TestClock.CLOCK.getZone()).toLocalDate(), "test")
                .close();
        robot.interact(() -> viewModel.openFile(file));
        waitUntil(() -> stage.getTitle().contains(name));
        return file;
    }

    private void select(FxRobot robot, String name) throws Exception {
        robot.clickOn("#body-filter");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(name);
        Node cell = robot.lookup("#body-tree .tree-cell").match((TreeCell<?> c) -> name.equals(c.getText()))
                .queryAs(Node.class);
        robot.clickOn(cell);
        waitUntil(() -> viewModel.selectedBody() != null && viewModel.selectedBody().name().equals(name));
    }

    private void rename(FxRobot robot, String newName) throws Exception {
        TextInputControl field = robot.lookup("#field-NAME").queryTextInputControl();
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(newName).type(KeyCode.ENTER);
        waitUntil(() -> viewModel.selectedBody().name().equals(newName));
    }

    @Test
    void aReviewRecordedThenThreeEditsShowsExactlyThoseThreeChanges(FxRobot robot) throws Exception {
        openSampleFile(robot, "Recorded.atlas.mv.db");
        dialogs.newReviews.add(new ReviewDialogs.NewReview("Review 2026/27", viewModel.today(), "For cabinet"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn("#changes-record");
        waitUntil(() -> dialogs.information.stream().anyMatch(i -> i.startsWith("Review recorded")));
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);

        select(robot, "Northmoor Housing Partnership");
        rename(robot, "Northmoor Homes Partnership");
        select(robot, "Events Task Group");
        rename(robot, "Events and Festivals Group");
        select(robot, "Heritage Forum");
        rename(robot, "Heritage Network");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#changes-summary").queryLabeled().getText().startsWith("3 changes to 3 bodies"));
        TreeTableView<?> table = robot.lookup("#changes-table").queryAs(TreeTableView.class);
        List<String> bodies = table.getRoot().getChildren().stream().map(i -> String.valueOf(
                ((TreeItem<?>) i).getValue())).toList();
        assertEquals(3, bodies.size(), bodies.toString());
        assertTrue(bodies.stream().allMatch(b -> b.contains("(1)")), bodies.toString());
        closeDocument(robot);
    }

    /**
     * Review > Write the cabinet report: the facts from the record shown beside the box, words typed in
     * two sections kept while moving between them, saved in the file and taken back by one undo.
     */
    @Test
    void theOfficersWordsAreWrittenBesideTheFactsAndKeptInTheFile(FxRobot robot) throws Exception {
        Path file = openSampleFile(robot, "Words.atlas.mv.db");
        robot.clickOn("Review").clickOn("Write the cabinet report…");
        waitUntil(() -> robot.lookup("#cabinet-report-dialog").tryQuery().isPresent());
        javafx.scene.control.TextArea facts = robot.lookup("#report-facts").queryAs(javafx.scene.control.TextArea.class);
        waitUntil(() -> facts.getText().startsWith("This review covers"));
        assertTrue(facts.getText().contains("\"Review 2025/26\""), "compared with the file's review: " + facts.getText());
        robot.clickOn("#report-own-words").write("We met every partnership chair between May and July.");
        javafx.scene.control.ListView<?> sections = robot.lookup("#report-sections")
                .queryAs(javafx.scene.control.ListView.class);
        robot.clickOn(robot.lookup("#report-sections .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                "Review report: Recommendations".equals(c.getText())).queryAs(Node.class));
        waitUntil(() -> facts.getText().contains("recommendation"));
        robot.clickOn("#report-own-words").write("Start with the three high findings.");
        robot.clickOn(robot.lookup("#report-sections .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                "Review report: Scope and method".equals(c.getText())).queryAs(Node.class));
        assertEquals("We met every partnership chair between May and July.",
                robot.lookup("#report-own-words").queryTextInputControl().getText(), "kept while another was read");
        assertEquals(sections.getItems().size(), org.partnershipatlas.model.ReportText.values().length);
        robot.clickOn("#report-save");
        waitUntil(() -> robot.lookup("#cabinet-report-dialog").tryQuery().isEmpty());
        assertEquals("Start with the three high findings.", viewModel.model().cabinetPapers()
                .text(org.partnershipatlas.model.ReportText.RECOMMENDATIONS));
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        robot.clickOn("#body-tree");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> viewModel.model().cabinetPapers().texts().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitUntil(() -> viewModel.model().cabinetPapers().texts().size() == 2);
        closeDocument(robot);
        try (var store = org.partnershipatlas.store.AuthorityStore.openReadOnly(file, "t")) {
            assertEquals("We met every partnership chair between May and July.", store.load().cabinetPapers()
                    .text(org.partnershipatlas.model.ReportText.SCOPE));
        }
    }

    @Test
    void changesMarkedOnTheMapThenListedStillCompareWithLastYearsReview(FxRobot robot) throws Exception {
        openSampleFile(robot, "Marked.atlas.mv.db");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> viewModel.sessionProperty().get() != null && robot.lookup("#map-canvas").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#changes-summary").queryLabeled().getText().matches("\\d+ changes to \\d+ bodies .*"));
        assertEquals("Review 2025/26", ((Review) robot.lookup("#changes-from").queryAs(ComboBox.class).getValue())
                .name(), "the choice is kept when the list of reviews is read again");
        closeDocument(robot);
    }

    @Test
    void lastYearsReviewOpensWithNothingEditableAndTheWayBack(FxRobot robot) throws Exception {
        openSampleFile(robot, "LastYear.atlas.mv.db");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#changes-from").queryAs(ComboBox.class).getValue() != null);
        assertEquals("Review 2025/26", ((Review) robot.lookup("#changes-from").queryAs(ComboBox.class).getValue())
                .name());
        robot.clickOn("#changes-open");
        waitUntil(() -> stage.getTitle().contains("a recorded review"));
        assertTrue(robot.lookup("#review-banner").queryAs(Node.class).isVisible());
        assertTrue(robot.lookup("#review-banner-text").queryLabeled().getText().contains("nothing in it can be changed"));

        assertTrue(robot.lookup("#changes-record").queryButton().isDisabled(), "no review of a review");
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        select(robot, "Older People's Forum");
        Node name = robot.lookup("#field-NAME").queryAs(Node.class);
        assertTrue(name.isDisabled(), "the review's fields cannot be edited");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(viewModel.model().bodies().stream().anyMatch(b -> b.name().equals("Older People's Forum")));

        robot.clickOn("#review-banner-back");
        waitUntil(() -> !stage.getTitle().contains("recorded review") && stage.getTitle().contains("LastYear"));
        assertTrue(viewModel.model().bodies().stream().noneMatch(b -> b.name().equals("Older People's Forum")));
        closeDocument(robot);
    }

    @Test
    void aRenameItsUndoAndItsRedoAreThreeEntriesWithTheAuthorInTheBodysHistory(FxRobot robot) throws Exception {
        openSampleFile(robot, "Named.atlas.mv.db");
        select(robot, "Hate Crime Network");
        rename(robot, "Hate Crime Forum");
        robot.clickOn("#body-tree");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> viewModel.selectedBody().name().equals("Hate Crime Network"));
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitUntil(() -> viewModel.selectedBody().name().equals("Hate Crime Forum"));

        robot.interact(() -> robot.lookup("#inspector-history").queryAs(javafx.scene.control.TitledPane.class)
                .setExpanded(true));
        @SuppressWarnings("unchecked")
        TableView<AuditEntry> history = robot.lookup("#body-history-table").queryAs(TableView.class);
        waitUntil(() -> history.getItems().size() >= 3
                && history.getItems().get(0).how() == org.partnershipatlas.model.How.REDO);
        List<AuditEntry> latest = history.getItems().subList(0, 3);
        assertEquals(List.of("Redo", "Undo", "Edit"), latest.stream().map(e -> e.how().label()).toList());
        String me = System.getProperty("user.name");
        assertTrue(latest.stream().allMatch(e -> e.author().equals(me)), latest.toString());
        Body forum = viewModel.selectedBody();
        assertEquals("Hate Crime Forum", forum.name());
        closeDocument(robot);
    }
}
