package org.partnershipatlas.ui.map;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.partnershipatlas.analysis.SignificanceAssessment;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.ui.common.Formats;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;

/** The card shown under the map for the body under the pointer: what it is and who leads it. */
public final class HoverCard extends VBox {
    private final DocumentContext main;
    private final Label title = new Label();
    private final Label details = new Label();

    public HoverCard(DocumentContext main) {
        this.main = main;
        setId("hover-card");
        getStyleClass().add("hover-card");
        setPadding(new Insets(6, 10, 6, 10));
        title.getStyleClass().add("hover-title");
        title.setWrapText(true);
        details.setWrapText(true);
        getChildren().addAll(title, details);
        show(null);
    }

    /** Shows the card for a body, or the hint when the pointer is over no body. */
    public void show(Long bodyId) {
        DocumentSession session = main.sessionProperty().get();
        Body body = session == null || bodyId == null ? null : session.model().body(bodyId);
        if (body == null) {
            title.setText("Point at a body for its details. Click selects, drag moves, Ctrl-drag draws a line, "
                    + "Shift-drag selects an area, right-click for more.");
            details.setText("");
            return;
        }
        AuthorityModel model = session.model();
        title.setText(body.name());
        details.setText(body.classification().label() + " · " + body.layer().label() + " layer · Chair: "
                + name(model, body.governance().chairId()) + " · Lead member: "
                + name(model, body.governance().leadMemberId()) + " · Next review: "
                + (body.governance().nextReviewDue() == null ? "not set" : Formats.date(body.governance().nextReviewDue()))
                + " · " + SignificanceAssessment.of(model, body).band().label());
    }

    private static String name(AuthorityModel model, Long personId) {
        Person person = personId == null ? null : model.person(personId);
        return person == null ? "none" : person.name();
    }
}
