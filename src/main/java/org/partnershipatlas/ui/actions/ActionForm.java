package org.partnershipatlas.ui.actions;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.controlsfx.control.CheckComboBox;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.ActionSource;
import org.partnershipatlas.model.ActionStatus;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.ui.common.Choice;
import org.partnershipatlas.ui.common.Converters;

/**
 * Every field of the chosen action. The description is saved when it is left, to the action it was
 * typed for, also when another row has been chosen meanwhile; the other fields save when changed.
 */
final class ActionForm extends ScrollPane {
    private static final String SHOWN = "atlas.shown";
    private final ActionPlanViewModel viewModel;
    private final TextArea description = new TextArea();
    private final ComboBox<Choice> owner = new ComboBox<>();
    private final DatePicker target;
    private final ComboBox<ActionStatus> status = new ComboBox<>(FXCollections.observableArrayList(ActionStatus.values()));
    private final ComboBox<ActionSource> source = new ComboBox<>(FXCollections.observableArrayList(ActionSource.values()));
    private final CheckComboBox<Body> bodies = new CheckComboBox<>();
    private final Label heading = new Label();
    private Long shownId;
    private boolean updating;

    ActionForm(ActionPlanViewModel viewModel) {
        this.viewModel = viewModel;
        ActionEdits edits = viewModel.edits();
        target = org.partnershipatlas.ui.common.DatePickers.create("action-target", "dd/mm/yyyy",
                why -> edits.errorProperty().set(why));
        setId("action-form");
        setFitToWidth(true);
        description.setId("action-description");
        description.setAccessibleText("What is to be done");
        description.setWrapText(true);
        description.setPrefRowCount(2);
        description.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                saveTyped();
            }
        });
        owner.setId("action-owner");
        owner.setVisibleRowCount(14);
        owner.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null) {
                edits.setOwner((ActionEdits.Owner) now.value());
            }
        });
        target.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                edits.setTargetDate(now);
            }
        });
        target.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !updating) {
                org.partnershipatlas.ui.common.DatePickers.takeTyped(target);
            }
        });
        status.setId("action-status");
        status.setConverter(Converters.showing(ActionStatus::label));
        status.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                edits.setStatus(now);
            }
        });
        source.setId("action-source");
        source.setConverter(Converters.showing(ActionSource::label));
        source.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                edits.setSource(now);
            }
        });
        bodies.setId("action-bodies");
        bodies.setConverter(Converters.showing(Body::name));
        bodies.getCheckModel().getCheckedItems().addListener((ListChangeListener<Body>) change -> {
            if (!updating) {
                List<Long> ids = new ArrayList<>();
                for (Body body : bodies.getCheckModel().getCheckedItems()) {
                    if (body != null) {
                        ids.add(body.id());
                    }
                }
                edits.setBodies(ids);
            }
        });
        Label error = new Label();
        error.setId("action-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(edits.errorProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        heading.getStyleClass().add("inspector-heading");
        grid.add(heading, 0, 0, 2, 1);
        String[] names = {"Action", "Owner", "Target date", "Status", "Source", "About"};
        javafx.scene.control.Control[] fields = {description, owner, target, status, source, bodies};
        for (int i = 0; i < names.length; i++) {
            Label label = new Label(names[i]);
            label.setLabelFor(fields[i]);
            fields[i].setMaxWidth(Double.MAX_VALUE);
            grid.add(label, 0, i + 1);
            grid.add(fields[i], 1, i + 1);
        }
        grid.add(error, 1, names.length + 1);
        setContent(grid);
        viewModel.selectedProperty().addListener((o, was, now) -> {
            if (was != null && (now == null || was.id() != now.id())) {
                saveTyped();
            }
            show(now);
        });
        show(null);
    }

    void focusDescription() {
        description.requestFocus();
        description.selectAll();
    }

    /** Saves the description typed and not yet saved, to the action it was typed for. */
    void saveTyped() {
        if (updating || shownId == null || description.getText().equals(description.getProperties().get(SHOWN))) {
            return;
        }
        description.getProperties().put(SHOWN, description.getText());
        viewModel.edits().setDescriptionOf(shownId, description.getText());
    }

    private void show(Action action) {
        updating = true;
        try {
            boolean none = action == null;
            AuthorityModel model = viewModel.edits().model();
            heading.setText(none ? "Choose an action in the plan, or add one" : "Action");
            for (javafx.scene.Node field : List.of(description, owner, target, status, source, bodies)) {
                field.setDisable(none || viewModel.edits().isReadOnly());
            }
            boolean sameAction = !none && shownId != null && shownId == action.id();
            boolean refused = !viewModel.edits().errorProperty().get().isEmpty();
            if (!(sameAction && refused)) {
                description.setText(none ? "" : action.description());
                description.getProperties().put(SHOWN, description.getText());
            }
            shownId = none ? null : action.id();
            owner.getItems().setAll(viewModel.edits().owners());
            owner.setValue(none ? null : owner.getItems().stream().filter(c -> ActionEdits.owns(c, action)).findFirst()
                    .orElse(null));
            target.setValue(none ? null : action.targetDate());
            status.setValue(none ? null : action.status());
            source.setValue(none ? null : action.source());
            bodies.getCheckModel().clearChecks();
            if (model != null) {
                List<Body> all = new ArrayList<>(model.bodies());
                all.sort(java.util.Comparator.comparing(Body::name, String.CASE_INSENSITIVE_ORDER));
                if (!bodies.getItems().equals(all)) {
                    bodies.getItems().setAll(all);
                }
                if (!none) {
                    for (Body body : all) {
                        if (action.bodyIds().contains(body.id())) {
                            bodies.getCheckModel().check(body);
                        }
                    }
                }
            }
        } finally {
            updating = false;
        }
    }
}
