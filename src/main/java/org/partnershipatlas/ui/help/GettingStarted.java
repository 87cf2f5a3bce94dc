package org.partnershipatlas.ui.help;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Where a head of policy starts with a council's own, empty authority: shown where the map will be
 * until the first body is added, and in full from Help > Getting started (F1), in a window of its own
 * that can stay open beside the work.
 */
public final class GettingStarted {
    /** Each step: what to do, and where in the app it is. */
    static final List<String[]> STEPS = List.of(
            new String[] {"Start with your partnership board",
                    "Edit > Add body (Ctrl+Shift+N). The first body of a file is proposed as the board at the top."},
            new String[] {"Or bring in the register you have",
                    "File > Import (Ctrl+I): a spreadsheet or outside-bodies list, a Kumu workbook, GraphML or JSON."},
            new String[] {"Add the partnerships and groups under it",
                    "Each new body asks what it answers to; its layer follows its kind until you choose one."},
            new String[] {"Record who sits where",
                    "Organisations (Ctrl+9) and People (Ctrl+8), then seats from a body's People section or in Who "
                            + "sits where (Ctrl+7). A chair or lead member is a seat too."},
            new String[] {"Classify each group", "Classify (Ctrl+K) asks the six questions and keeps your rationale."},
            new String[] {"Find the gaps", "Run the health check (F7) and put what needs doing on the action plan "
                    + "(Ctrl+5), or use \"Add action for this body\"."},
            new String[] {"Report it", "Export > Cabinet appendices (Ctrl+E), or Workshop > Start the presentation (F5)."});

    private GettingStarted() {
    }

    /** The short guide on an empty map, with its two ways in as buttons. */
    public static Node onTheMap(Runnable addBody, Runnable importRegister) {
        Label title = new Label("This authority has no bodies yet");
        title.getStyleClass().add("welcome-title");
        title.setWrapText(true);
        Label text = new Label("Start with your partnership board, then add the partnerships and groups under it; "
                + "or import the register you already have. Help > Getting started (F1) has every step.");
        text.setWrapText(true);
        Button add = new Button("Add your board…");
        add.setId("guide-add-body");
        add.setDefaultButton(true);
        add.setOnAction(e -> addBody.run());
        Button importer = new Button("Import a register…");
        importer.setId("guide-import");
        importer.setOnAction(e -> importRegister.run());
        VBox box = new VBox(12, title, text, new HBox(10, add, importer));
        box.setId("map-guide");
        box.setMaxSize(560, javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setPadding(new Insets(24));
        box.setStyle("-fx-background-color: white; -fx-border-color: #888888; -fx-border-radius: 4;"
                + " -fx-background-radius: 4;");
        return box;
    }

    /** Help > Getting started: every step, in a window that stays open until closed (Escape closes it). */
    public static Stage show(Window owner) {
        VBox steps = new VBox(14);
        steps.setPadding(new Insets(20));
        steps.setId("getting-started");
        Label heading = new Label("Getting started with your own authority");
        heading.getStyleClass().add("welcome-title");
        heading.setWrapText(true);
        steps.getChildren().add(heading);
        int number = 1;
        for (String[] step : STEPS) {
            Label what = new Label(number++ + ". " + step[0]);
            what.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em");
            Label where = new Label(step[1]);
            where.setWrapText(true);
            steps.getChildren().add(new VBox(4, what, where));
        }
        Button close = new Button("Close");
        close.setId("getting-started-close");
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        steps.getChildren().add(buttons);
        ScrollPane scroll = new ScrollPane(steps);
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Getting started – Partnership Atlas");
        Scene scene = new Scene(scroll, 560, 620);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        close.setOnAction(e -> stage.close());
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
