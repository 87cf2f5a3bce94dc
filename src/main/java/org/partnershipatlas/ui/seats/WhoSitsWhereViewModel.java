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
    private final ReadOnlyObjectWrapper<SeatMatrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");

    public WhoSitsWhereViewModel(DocumentContext main, SeatsOnMap seats) {
        this.main = main;
        this.seats = seats;
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
