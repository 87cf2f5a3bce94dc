package org.partnershipatlas.ui.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.partnershipatlas.analysis.StructureComparison;
import org.partnershipatlas.analysis.StructureComparison.Difference;
import org.partnershipatlas.model.Review;
import org.partnershipatlas.ui.common.Choice;

/**
 * The Changes tab: what changed between two recorded reviews, or since one, grouped by body and
 * filtered by kind of change. Binds only; {@link ReviewsViewModel} does the work.
 */
public final class ChangesView extends BorderPane {
    /** Stands for "now" in the To list. */
    static final Review NOW = new Review(-1, "Now (the file as it stands)", java.time.LocalDate.MAX, null, "", null, 0);
    private static final Choice ALL = new Choice(null, "All changes");

    private final TreeTableView<Row> table = new TreeTableView<>();

    /** A line of the table: a body heading its changes, or one change. */
    record Row(String body, String change, String what, String before, String after) {
    }

    public ChangesView(ReviewsViewModel model) {
        getStyleClass().add("changes-view");
        ComboBox<Review> from = new ComboBox<>(model.reviews());
        from.setId("changes-from");
        from.setAccessibleText("Compare from this review");
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.setConverter(names());
        ComboBox<Review> to = new ComboBox<>();
        to.setId("changes-to");
        to.setAccessibleText("Compare to this review, or now");
        to.setConverter(names());
        Runnable fillTo = () -> {
            List<Review> ends = new ArrayList<>();
            ends.add(NOW);
            ends.addAll(model.reviews());
            to.getItems().setAll(ends);
            to.setValue(model.toProperty().get() == null ? NOW : model.toProperty().get());
        };
        model.reviews().addListener((ListChangeListener<Review>) c -> fillTo.run());
        fillTo.run();
        to.valueProperty().addListener((o, was, now) -> model.toProperty().set(now == null || now == NOW ? null : now));
        model.toProperty().addListener((o, was, now) -> to.setValue(now == null ? NOW : now));
        ComboBox<Choice> kind = new ComboBox<>();
        kind.setId("changes-kind");
        kind.setAccessibleText("Show one kind of change");
        kind.getItems().add(ALL);
        for (StructureComparison.Kind k : StructureComparison.Kind.values()) {
            kind.getItems().add(new Choice(k, k.label()));
        }
        kind.setValue(ALL);
        kind.valueProperty().addListener((o, was, now) -> model.kindProperty().set(
                now == null ? null : (StructureComparison.Kind) now.value()));

        Button record = new Button("Record this year's review…");
        record.setId("changes-record");
        record.setOnAction(e -> model.recordReview());
        record.setDisable(!model.canRecord());
        model.reviews().addListener((ListChangeListener<Review>) c -> record.setDisable(!model.canRecord()));
        Button open = new Button("Open the review read-only");
        open.setId("changes-open");
        open.setOnAction(e -> model.open(model.fromProperty().get()));
        open.disableProperty().bind(model.fromProperty().isNull());
        Button csv = new Button("Export CSV…");
        csv.setId("changes-csv");
        csv.setOnAction(e -> model.export("csv"));
        Button xlsx = new Button("Export XLSX…");
        xlsx.setId("changes-xlsx");
        xlsx.setOnAction(e -> model.export("xlsx"));
        csv.disableProperty().bind(model.resultProperty().isNull());
        xlsx.disableProperty().bind(model.resultProperty().isNull());

        FlowPane bar = new FlowPane(8, 6, new Label("From"), from, new Label("to"), to, new Label("Show"), kind);
        bar.setPadding(new Insets(8, 8, 0, 8));
        javafx.scene.control.ToggleButton onMap = new javafx.scene.control.ToggleButton("Mark on the map");
        onMap.setId("changes-on-map");
        onMap.setAccessibleText("Mark the new, changed and closed bodies on the map");
        onMap.selectedProperty().bindBidirectional(model.onMapProperty());
        FlowPane buttons = new FlowPane(8, 6, record, open, onMap, csv, xlsx);
        buttons.setPadding(new Insets(6, 8, 6, 8));
        Label summary = new Label();
        summary.setId("changes-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        summary.setPadding(new Insets(0, 8, 6, 8));
        setTop(new VBox(bar, buttons, summary));

        table.setId("changes-table");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Body and change", 240, r -> r.body() != null ? r.body() : r.change()));
        table.getColumns().add(column("What", 200, Row::what));
        table.getColumns().add(column("Before", 200, Row::before));
        table.getColumns().add(column("After", 320, Row::after));
        table.setPlaceholder(new Label("No changes to show."));
        model.differences().addListener((ListChangeListener<Difference>) c -> fill(model.differences()));
        fill(model.differences());
        setCenter(table);
        Label detail = new Label();
        detail.setId("changes-detail");
        detail.setWrapText(true);
        detail.setPadding(new Insets(6, 8, 6, 8));
        detail.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            TreeItem<Row> item = table.getSelectionModel().getSelectedItem();
            Row row = item == null ? null : item.getValue();
            if (row == null || row.change() == null) {
                return "Choose a change to read it in full.";
            }
            String body = item.getParent() == null || item.getParent().getValue() == null ? ""
                    : item.getParent().getValue().body().replaceAll(" \\(\\d+\\)$", "") + ": ";
            return body + row.change() + ". " + row.what() + (row.before().isEmpty() ? "" : "\nBefore: " + row.before())
                    + (row.after().isEmpty() ? "" : "\nAfter: " + row.after());
        }, table.getSelectionModel().selectedItemProperty()));
        setBottom(detail);
    }

    private static javafx.util.StringConverter<Review> names() {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(Review review) {
                return review == null ? "" : review == NOW ? review.name()
                        : review.name() + " (" + org.partnershipatlas.ui.common.Formats.date(review.takenOn()) + ")";
            }

            @Override
            public Review fromString(String text) {
                return null;
            }
        };
    }

    private static TreeTableColumn<Row, String> column(String title, double width,
                                                      java.util.function.Function<Row, String> text) {
        TreeTableColumn<Row, String> column = new TreeTableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue() == null ? ""
                : text.apply(c.getValue().getValue())));
        return column;
    }

    /** One heading row per body, its changes under it; changes about the whole authority last. */
    private void fill(List<Difference> differences) {
        Map<String, List<Difference>> byBody = new LinkedHashMap<>();
        for (Difference d : differences) {
            String body = d.bodyName() == null || d.bodyName().isEmpty() ? "The authority as a whole" : d.bodyName();
            byBody.computeIfAbsent(body, k -> new ArrayList<>()).add(d);
        }
        TreeItem<Row> root = new TreeItem<>();
        byBody.entrySet().stream().sorted(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER)).forEach(entry -> {
            TreeItem<Row> body = new TreeItem<>(new Row(entry.getKey() + " (" + entry.getValue().size() + ")", null, "",
                    "", ""));
            for (Difference d : entry.getValue()) {
                body.getChildren().add(new TreeItem<>(new Row(null, d.kind().label(), d.what(), d.before(),
                        d.after())));
            }
            body.setExpanded(true);
            root.getChildren().add(body);
        });
        table.setRoot(root);
    }

    /** The rows shown, headings and changes, for tests that read the table as a person would. */
    List<Row> shownRows() {
        List<Row> rows = new ArrayList<>();
        if (table.getRoot() != null) {
            for (TreeItem<Row> body : table.getRoot().getChildren()) {
                rows.add(body.getValue());
                body.getChildren().forEach(c -> rows.add(c.getValue()));
            }
        }
        return rows;
    }
}
