package org.partnershipatlas.ui.map;

import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.SeatOverlay;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.ui.document.DocumentContext;

/**
 * The "who sits where" state shared by the map's overlay and the Who sits where view: whether the
 * overlay is on, where its organisations are, and which organisation is selected, with a sentence
 * counting its seats. Selecting an organisation in either view selects it in both.
 */
public final class SeatsOnMap {
    private final DocumentContext main;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final ReadOnlyObjectWrapper<SeatOverlay> overlay = new ReadOnlyObjectWrapper<>(this, "overlay");
    private final ObjectProperty<Long> selectedOrganisation = new SimpleObjectProperty<>(this, "selectedOrganisation");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public SeatsOnMap(DocumentContext main, ReadOnlyObjectProperty<Diagram> diagram) {
        this.main = main;
        shown.addListener((o, was, now) -> rebuild(diagram.get()));
        diagram.addListener((o, was, now) -> rebuild(now));
        selectedOrganisation.addListener((o, was, now) -> summarise());
        main.modelChangesProperty().addListener((o, was, now) -> summarise());
        main.sessionProperty().addListener((o, was, now) -> selectedOrganisation.set(null));
    }

    /** True: organisations and their seats are drawn on the map. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Where the organisations and seats are drawn; null while the overlay is off. */
    public ReadOnlyObjectProperty<SeatOverlay> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    public ObjectProperty<Long> selectedOrganisationProperty() {
        return selectedOrganisation;
    }

    /** "NHS Northmoor Integrated Care Board: 9 seats on 8 bodies", or empty with nothing selected. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The bodies the selected organisation sits on (empty with none selected). */
    public Set<Long> bodiesOfSelected() {
        AuthorityModel model = model();
        Long chosen = selectedOrganisation.get();
        Set<Long> bodies = new TreeSet<>();
        if (model != null && chosen != null) {
            for (Seat seat : model.seats()) {
                if (chosen.equals(seat.organisationId())) {
                    bodies.add(seat.bodyId());
                }
            }
        }
        return bodies;
    }

    /** Selects the organisation drawn at a map point; true when there was one. */
    public boolean clickAt(double mapX, double mapY) {
        SeatOverlay current = overlay.get();
        SeatOverlay.Org org = current == null ? null : current.organisationAt(mapX, mapY);
        if (org == null) {
            return false;
        }
        selectedOrganisation.set(org.organisationId());
        return true;
    }

    private void rebuild(Diagram diagram) {
        AuthorityModel model = model();
        overlay.set(shown.get() && diagram != null && model != null ? SeatOverlay.of(model, diagram) : null);
    }

    private void summarise() {
        AuthorityModel model = model();
        Long chosen = selectedOrganisation.get();
        Organisation organisation = model == null || chosen == null ? null : model.organisation(chosen);
        if (organisation == null) {
            summary.set("");
            return;
        }
        long seats = model.seats().stream().filter(s -> chosen.equals(s.organisationId())).count();
        int bodies = bodiesOfSelected().size();
        summary.set(organisation.name() + ": " + seats + (seats == 1 ? " seat" : " seats") + " on " + bodies
                + (bodies == 1 ? " body" : " bodies"));
    }

    private AuthorityModel model() {
        var session = main.sessionProperty().get();
        return session == null ? null : session.model();
    }
}
