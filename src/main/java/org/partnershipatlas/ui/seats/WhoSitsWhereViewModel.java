package org.partnershipatlas.ui.seats;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.partnershipatlas.layout.SeatMatrix;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.map.SeatsOnMap;

/**
 * The Who sits where grid's state: the grid for the chosen theme (or every body), and what a click on
 * an organisation's row, a body's column or a cell selects. The selected organisation is the map's
 * too, so switching tabs keeps it; a selected body fills the inspector as everywhere else.
 */
public final class WhoSitsWhereViewModel {
    private final DocumentContext main;
    private final SeatsOnMap seats;
    private final SeatDialogs dialogs;
    private final ReadOnlyObjectWrapper<SeatMatrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");

    public WhoSitsWhereViewModel(DocumentContext main, SeatsOnMap seats, SeatDialogs dialogs) {
        this.main = main;
        this.seats = seats;
        this.dialogs = dialogs;
        main.sessionProperty().addListener((o, was, now) -> {
            theme.set(null);
            refresh();
        });
        main.modelChangesProperty().addListener((o, was, now) -> refresh());
        theme.addListener((o, was, now) -> refresh());
        refresh();
    }

    public ReadOnlyObjectProperty<SeatMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /** Only the bodies with this theme among theirs; null shows every body. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Long> selectedOrganisationProperty() {
        return seats.selectedOrganisationProperty();
    }

    public ObjectProperty<Long> selectedBodyProperty() {
        return main.selectedBodyIdProperty();
    }

    /** The selected organisation's name and seat count, e.g. "Northmoor CVS: 12 seats on 12 bodies". */
    public ReadOnlyStringProperty summaryProperty() {
        return seats.summaryProperty();
    }

    public List<Theme> themes() {
        AuthorityModel model = model();
        return model == null ? List.of() : List.copyOf(model.themes());
    }

    /**
     * A click on the grid: {@code row} is an organisation's index or -1 (the column headings),
     * {@code column} a body's index or -1 (the row headings). A cell selects both.
     */
    public void click(int row, int column) {
        SeatMatrix current = matrix.get();
        if (current == null) {
            return;
        }
        if (row >= 0 && row < current.rows().size()) {
            seats.selectedOrganisationProperty().set(current.rows().get(row).organisationId());
        }
        if (column >= 0 && column < current.columns().size()) {
            main.selectedBodyIdProperty().set(current.columns().get(column).bodyId());
        }
    }

    /**
     * Enter or a double-click on the selected cell: gives the organisation a seat on the body when it
     * has none (the seat dialog, with the organisation filled in), or changes the seat it has.
     *
     * @return true when a seat was saved
     */
    public boolean editSelectedCell() {
        AuthorityModel model = model();
        Long organisation = seats.selectedOrganisationProperty().get();
        Long bodyId = main.selectedBodyIdProperty().get();
        if (model == null || main.isReadOnly() || organisation == null || bodyId == null
                || model.body(bodyId) == null || model.organisation(organisation) == null) {
            return false;
        }
        List<org.partnershipatlas.model.Seat> held = seatsIn(model, organisation, bodyId);
        SeatDraft draft = new SeatDraft(model, model.body(bodyId), held.isEmpty() ? null : held.get(0));
        if (held.isEmpty()) {
            draft.organisationProperty().set(organisation);
        }
        if (!dialogs.editSeat(draft)) {
            return false;
        }
        org.partnershipatlas.model.Edit edit = draft.toEdit();
        return edit != null && main.perform(edit);
    }

    /** Delete on the selected cell: the organisation's seats on the body go, people's seats for it too. */
    public boolean removeSelectedCell() {
        AuthorityModel model = model();
        Long organisation = seats.selectedOrganisationProperty().get();
        Long bodyId = main.selectedBodyIdProperty().get();
        if (model == null || main.isReadOnly() || organisation == null || bodyId == null) {
            return false;
        }
        List<org.partnershipatlas.model.Seat> held = seatsIn(model, organisation, bodyId);
        if (held.isEmpty()) {
            return false;
        }
        return main.perform(new org.partnershipatlas.model.Edit("Remove " + model.organisation(organisation).name()
                + " from " + model.body(bodyId).name(), held.stream().map(org.partnershipatlas.model.Change::delete)
                .toList()));
    }

    /** Arrow keys: moves the selected cell by rows and columns, staying inside the grid. */
    public void move(int rows, int columns) {
        SeatMatrix current = matrix.get();
        if (current == null || current.rows().isEmpty() || current.columns().isEmpty()) {
            return;
        }
        int row = Math.max(0, Math.min(current.rows().size() - 1, Math.max(rowOf(seats.selectedOrganisationProperty()
                .get()), 0) + rows));
        int column = Math.max(0, Math.min(current.columns().size() - 1,
                Math.max(columnOf(main.selectedBodyIdProperty().get()), 0) + columns));
        click(row, column);
    }

    private static List<org.partnershipatlas.model.Seat> seatsIn(AuthorityModel model, long organisation, long bodyId) {
        return model.seatsOn(bodyId).stream().filter(s -> s.organisationId() != null
                && s.organisationId() == organisation).sorted(java.util.Comparator.comparing(s -> s.role().ordinal()))
                .toList();
    }

    /** The row of an organisation, or -1 when it holds no seat on the bodies shown. */
    public int rowOf(Long organisationId) {
        SeatMatrix current = matrix.get();
        if (current == null || organisationId == null) {
            return -1;
        }
        for (int i = 0; i < current.rows().size(); i++) {
            if (current.rows().get(i).organisationId() == organisationId) {
                return i;
            }
        }
        return -1;
    }

    /** The column of a body, or -1 when it is not shown. */
    public int columnOf(Long bodyId) {
        SeatMatrix current = matrix.get();
        if (current == null || bodyId == null) {
            return -1;
        }
        for (int i = 0; i < current.columns().size(); i++) {
            if (current.columns().get(i).bodyId() == bodyId) {
                return i;
            }
        }
        return -1;
    }

    private void refresh() {
        AuthorityModel model = model();
        Theme chosen = theme.get();
        matrix.set(model == null ? null
                : SeatMatrix.of(model, chosen == null ? null : b -> b.themeIds().contains(chosen.id())));
    }

    private AuthorityModel model() {
        var session = main.sessionProperty().get();
        return session == null ? null : session.model();
    }
}
