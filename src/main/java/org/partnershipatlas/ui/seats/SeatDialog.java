package org.partnershipatlas.ui.seats;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.ui.common.Choice;
import org.partnershipatlas.ui.common.Converters;
import org.partnershipatlas.ui.common.DatePickers;

/**
 * The seat form: a person typed with suggestions from those recorded (a new name adds them), an
 * organisation, a role and the appointment. Save stays disabled, with the reason shown, until the
 * seat can be saved; dates typed without Enter are taken when Save is pressed.
 */
public final class SeatDialog extends Dialog<ButtonType> {
    public SeatDialog(Window owner, SeatDraft draft) {
        initOwner(owner);
        setTitle(draft.title());
        setHeaderText(draft.title());
        setResizable(true);

        TextField person = new TextField();
        person.setId("seat-person");
        person.setPromptText("Type a name: a new one is added");
        person.setAccessibleText("Person");
        person.textProperty().bindBidirectional(draft.personProperty());
        TextFields.bindAutoCompletion(person, draft.personNames());

        ComboBox<Choice> organisation = new ComboBox<>(FXCollections.observableArrayList(draft.organisations()));
        organisation.setId("seat-organisation");
        organisation.setAccessibleText("Organisation");
        organisation.setVisibleRowCount(14);
        organisation.setMaxWidth(Double.MAX_VALUE);
        organisation.setValue(organisation.getItems().stream()
                .filter(c -> Objects.equals(c.value(), draft.organisationProperty().get())).findFirst()
                .orElse(organisation.getItems().get(0)));
        organisation.valueProperty().addListener((o, was, now) ->
                draft.organisationProperty().set(now == null ? null : (Long) now.value()));
        draft.organisationProperty().addListener((o, was, now) -> organisation.getItems().stream()
                .filter(c -> Objects.equals(c.value(), now)).findFirst().ifPresent(organisation::setValue));

        ComboBox<SeatRole> role = new ComboBox<>(FXCollections.observableArrayList(SeatRole.values()));
        role.setId("seat-role");
        role.setAccessibleText("Role");
        role.setConverter(Converters.showing(SeatRole::label));
        role.valueProperty().bindBidirectional(draft.roleProperty());

        TextField appointedBy = new TextField();
        appointedBy.setId("seat-appointed-by");
        appointedBy.setPromptText("e.g. Full Council, Cabinet, the partnership");
        appointedBy.textProperty().bindBidirectional(draft.appointedByProperty());

        DatePicker from = DatePickers.create("seat-from", "dd/mm/yyyy", why -> { });
        from.valueProperty().bindBidirectional(draft.fromProperty());
        DatePicker until = DatePickers.create("seat-until", "dd/mm/yyyy, e.g. the next annual meeting", why -> { });
        until.valueProperty().bindBidirectional(draft.untilProperty());

        TextField place = new TextField();
        place.setId("seat-place");
        place.setPromptText("e.g. Northgate Ward Member, Cabinet Member for Housing");
        place.textProperty().bindBidirectional(draft.placeProperty());
        TextField notes = new TextField();
        notes.setId("seat-notes");
        notes.setPromptText("e.g. four-year term");
        notes.textProperty().bindBidirectional(draft.notesProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        String[] labels = {"Person", "Organisation", "Role", "Place", "Appointed by", "From", "Until", "Notes"};
        javafx.scene.Node[] fields = {person, organisation, role, place, appointedBy, from, until, notes};
        for (int i = 0; i < labels.length; i++) {
            Label label = new Label(labels[i]);
            label.setLabelFor(fields[i]);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(label, 0, i);
            grid.add(fields[i], 1, i);
        }
        person.setPrefColumnCount(28);
        Label note = new Label();
        note.setId("seat-note");
        note.setWrapText(true);
        note.textProperty().bind(draft.noteProperty());
        Label problem = new Label();
        problem.setId("seat-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(draft.problemProperty());
        VBox content = new VBox(10, grid, note, problem);
        content.setPadding(new Insets(10));
        content.setPrefWidth(520);
        getDialogPane().setContent(content);
        ButtonType save = new ButtonType("Save", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("seat-save");
        saveButton.disableProperty().bind(draft.problemProperty().isNotEmpty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            DatePickers.takeTyped(from);
            DatePickers.takeTyped(until);
            if (!draft.problemProperty().get().isEmpty()) {
                e.consume();
            }
        });
        setOnShown(e -> person.requestFocus());
    }

    /** Shows the dialog and says whether the user saved. */
    public boolean ask() {
        return showAndWait().filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .isPresent();
    }

}
