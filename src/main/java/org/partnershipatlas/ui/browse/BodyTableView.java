package org.partnershipatlas.ui.browse;

import java.util.Comparator;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;

/**
 * The centre of the window until the map arrives: every body in a sortable table, its selection
 * shared with the tree and the inspector.
 */
public final class BodyTableView extends BorderPane {
    private final DocumentContext main;
    private final TableView<Body> table = new TableView<>();
    private final ObservableList<Body> rows = FXCollections.observableArrayList();
    private boolean syncing;

    public BodyTableView(DocumentContext main) {
        this.main = main;
        table.setId("body-table");
        table.setAccessibleText("All bodies");
        table.setItems(new javafx.collections.transformation.SortedList<>(rows));
        ((javafx.collections.transformation.SortedList<Body>) table.getItems()).comparatorProperty()
                .bind(table.comparatorProperty());
        table.setPlaceholder(new Label("No bodies yet. Use Edit > Add body to add the first."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Name", 260, Body::name));
        table.getColumns().add(column("Kind", 130, b -> b.kind().label()));
        table.getColumns().add(column("Layer", 90, b -> b.layer().label()));
        table.getColumns().add(column("Classification", 120, b -> b.classification().label()));
        table.getColumns().add(column("Themes", 180, this::themes));
        table.getColumns().add(column("Chair", 150, b -> person(b.governance().chairId())));
        table.getColumns().add(column("Next review", 100, b -> b.governance().nextReviewDue() == null ? ""
                : org.partnershipatlas.ui.common.Formats.date(b.governance().nextReviewDue())));
        table.getSortOrder().add(table.getColumns().get(0));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Body item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("highlighted");
                if (!empty && item != null && main.highlightedBodyIdsProperty().get().contains(item.id())) {
                    getStyleClass().add("highlighted");
                }
            }
        });
        main.highlightedBodyIdsProperty().addListener((o, was, now) -> table.refresh());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                main.selectedBodyIdProperty().set(now.id());
            }
        });
        main.sessionProperty().addListener((o, was, now) -> reload());
        main.modelChangesProperty().addListener((o, was, now) -> reload());
        main.selectedBodyIdProperty().addListener((o, was, now) -> select(now));
        setCenter(table);
        reload();
    }

    private TableColumn<Body, String> column(String title, double width, java.util.function.Function<Body, String> value) {
        TableColumn<Body, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
        return column;
    }

    private void reload() {
        syncing = true;
        try {
            DocumentSession session = main.sessionProperty().get();
            rows.setAll(session == null ? java.util.List.of() : session.model().bodies());
            table.sort();
        } finally {
            syncing = false;
        }
        select(main.selectedBodyIdProperty().get());
    }

    private void select(Long id) {
        syncing = true;
        try {
            if (id == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (Body body : table.getItems()) {
                if (body.id() == id) {
                    table.getSelectionModel().select(body);
                    table.scrollTo(Math.max(0, table.getItems().indexOf(body) - 3));
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    private String themes(Body body) {
        AuthorityModel model = model();
        return model == null ? "" : body.themeIds().stream().map(id -> model.theme(id).name())
                .collect(Collectors.joining(", "));
    }

    private String person(Long id) {
        AuthorityModel model = model();
        if (model == null || id == null) {
            return "";
        }
        Person person = model.person(id);
        return person == null ? "" : person.name();
    }

    private AuthorityModel model() {
        DocumentSession session = main.sessionProperty().get();
        return session == null ? null : session.model();
    }
}
