package org.partnershipatlas.ui.map;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.MapNavigation;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;

/**
 * The map for someone who cannot use a mouse or cannot see it (Public Sector Bodies Accessibility
 * Regulations; WCAG 2.1.1 and 4.1.2): arrow keys move the selection through the chart as
 * {@link MapNavigation} says, and the map's accessible text names the selected body, what it is and
 * where it stands, so a screen reader says it.
 */
public final class MapKeyboard {
    static final String NOTHING_SELECTED = "Partnership map. Press an arrow key to select the top body; then Up goes "
            + "to what it answers to, Down to what answers to it, Left and Right to its neighbours, Enter to its details.";

    private final MapViewModel map;
    private final DocumentContext main;
    private final ReadOnlyStringWrapper accessibleText = new ReadOnlyStringWrapper(this, "accessibleText",
            NOTHING_SELECTED);

    public MapKeyboard(MapViewModel map, DocumentContext main) {
        this.map = map;
        this.main = main;
        main.selectedBodyIdProperty().addListener((o, was, now) -> describe());
        main.modelChangesProperty().addListener((o, was, now) -> describe());
        main.sessionProperty().addListener((o, was, now) -> describe());
    }

    /** What a screen reader says for the map: the selected body, or how to start. */
    public ReadOnlyStringProperty accessibleTextProperty() {
        return accessibleText.getReadOnlyProperty();
    }

    /** An arrow key: selects the body it leads to and brings it into view. True when the selection moved. */
    public boolean step(MapNavigation.Step step) {
        Diagram diagram = map.diagramProperty().get();
        if (diagram == null) {
            return false;
        }
        Long from = main.selectedBodyIdProperty().get();
        Long to = MapNavigation.step(diagram, from, step, id -> map.visibility(id) != MapViewModel.Visibility.HIDDEN);
        if (to == null || to.equals(from)) {
            return false;
        }
        map.click(to, false);
        map.reveal(to);
        return true;
    }

    private void describe() {
        DocumentSession session = main.sessionProperty().get();
        Long id = main.selectedBodyIdProperty().get();
        AuthorityModel model = session == null ? null : session.model();
        Body body = model == null || id == null ? null : model.body(id);
        accessibleText.set(body == null ? NOTHING_SELECTED : describe(model, body));
    }

    /** "Safer Northmoor Partnership: themed partnership, a partnership, executive layer; reports to …; 9 answer to it." */
    static String describe(AuthorityModel model, Body body) {
        StringBuilder text = new StringBuilder(body.name()).append(": ").append(body.kind().label().toLowerCase(
                java.util.Locale.ROOT)).append(", ").append(body.classification().label().toLowerCase(java.util.Locale.ROOT))
                .append(", ").append(body.layer().label().toLowerCase(java.util.Locale.ROOT)).append(" layer");
        int below = 0;
        for (AccountabilityLine line : model.linesOf(body.id())) {
            if (line.fromBodyId() == body.id() && line.toBodyId() != body.id()) {
                text.append("; ").append(line.kind().label().toLowerCase(java.util.Locale.ROOT)).append(' ')
                        .append(model.body(line.toBodyId()).name());
            } else if (line.toBodyId() == body.id()) {
                below++;
            }
        }
        if (below > 0) {
            text.append("; ").append(org.partnershipatlas.model.Text.count(below, "body answers", "bodies answer"))
                    .append(" to it");
        }
        return text.append('.').toString();
    }
}
