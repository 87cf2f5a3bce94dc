package org.partnershipatlas.ui.review;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.partnershipatlas.model.AuditEntry;
import org.partnershipatlas.report.HistoryExport;

/**
 * The file's history as a table, latest first: the History tab with its filters, or, compact, the
 * inspector's History of the selected body. Binds only; {@link HistoryViewModel} reads the file.
 */
public final class HistoryView extends BorderPane {
    private static final String ANYONE = "Anyone";

    private final TableView<AuditEntry> table = new TableView<>();

    public HistoryView(HistoryViewModel model, boolean compact, String idPrefix) {
        getStyleClass().add("history-view");
        table.setId(idPrefix + "-table");
        table.setItems(model.entries());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // the table leaves out the source and the kind of thing, which the CSV keeps
        String[] titles = compact ? new String[] {"When", "Who", "How", "Change"}
                : new String[] {"When", "Who", "How", "Change made", "Body or thing", "Field", "Before", "After"};
        int[] fromCells = {0, 1, 2, 4, 6, 7, 8, 9};
        double[] widths = compact ? new double[] {110, 90, 60, 260} : new double[] {135, 110, 80, 190, 190, 110, 130, 130};
        for (int i = 0; i < titles.length; i++) {
            int index = i;
            TableColumn<AuditEntry, String> column = new TableColumn<>(titles[i]);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(compact ? compactCell(c.getValue(), index)
                    : HistoryExport.cells(c.getValue()).get(fromCells[index])));
            column.setPrefWidth(widths[i]);
            table.getColumns().add(column);
        }
        Label detail = new Label();
        detail.setId(idPrefix + "-detail");
        detail.setWrapText(true);
        detail.textProperty().bind(Bindings.createStringBinding(() -> {
            AuditEntry e = table.getSelectionModel().getSelectedItem();
            return e == null ? "" : java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").format(e.at())
                    + ", " + e.author() + " (" + e.how().label().toLowerCase(java.util.Locale.ROOT)
                    + (e.source() == null ? "" : ", " + e.source()) + "): " + e.editLabel()
                    + (e.entityName() == null ? "" : ". " + e.entityName() + ": " + e.what());
        }, table.getSelectionModel().selectedItemProperty()));
        table.setPlaceholder(new Label(compact ? "No change to this body is recorded." : "Nothing recorded."));
        Label summary = new Label();
        summary.setId(idPrefix + "-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Button more = new Button("Show more");
        more.setId(idPrefix + "-more");
        more.setOnAction(e -> model.more());
        more.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.hasMore(), model.entries(),
                model.totalProperty()));
        if (compact) {
            table.setPrefHeight(220);
            FlowPane foot = new FlowPane(8, 4, summary, more);
            foot.setPadding(new Insets(4, 0, 0, 0));
            setCenter(table);
            setBottom(new javafx.scene.layout.VBox(4, detail, foot));
            return;
        }
        ComboBox<String> who = new ComboBox<>();
        who.setId(idPrefix + "-author");
        who.setAccessibleText("Show one person's changes");
        Runnable fill = () -> {
            String kept = model.authorProperty().get();
            who.getItems().setAll(ANYONE);
            who.getItems().addAll(model.authors());
            who.setValue(kept == null ? ANYONE : kept);
        };
        model.authors().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        who.valueProperty().addListener((o, was, now) -> model.authorProperty().set(
                now == null || ANYONE.equals(now) ? null : now));
        DatePicker since = new DatePicker();
        since.setId(idPrefix + "-since");
        since.setPromptText("from any day");
        since.valueProperty().bindBidirectional(model.sinceProperty());
        DatePicker until = new DatePicker();
        until.setId(idPrefix + "-until");
        until.setPromptText("to any day");
        until.valueProperty().bindBidirectional(model.untilProperty());
        CheckBox body = new CheckBox("Selected body only");
        body.setId(idPrefix + "-body");
        body.selectedProperty().bindBidirectional(model.selectedOnlyProperty());
        CheckBox moves = new CheckBox("Map moves");
        moves.setId(idPrefix + "-moves");
        moves.selectedProperty().bindBidirectional(model.mapMovesProperty());
        Button export = new Button("Export CSV…");
        export.setId(idPrefix + "-export");
        export.setOnAction(e -> model.exportCsv());
        FlowPane bar = new FlowPane(8, 6, new Label("Who"), who, new Label("From"), since, new Label("to"), until,
                body, moves, export);
        bar.setPadding(new Insets(8));
        setTop(bar);
        setCenter(table);
        FlowPane foot = new FlowPane(8, 4, summary, more);
        foot.setPadding(new Insets(6, 8, 6, 8));
        detail.setPadding(new Insets(6, 8, 0, 8));
        setBottom(new javafx.scene.layout.VBox(detail, foot));
    }

    private static String compactCell(AuditEntry e, int index) {
        return switch (index) {
            case 0 -> java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(e.at());
            case 1 -> e.author();
            case 2 -> e.how().label();
            default -> e.editLabel() + (e.field() != null ? ": " + e.what() : "");
        };
    }
}
