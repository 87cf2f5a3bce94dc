package org.partnershipatlas.ui.seats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.ui.common.Formats;
import org.partnershipatlas.ui.document.DocumentContext;

/**
 * The seats of the selected body, as its People section lists them, with adding, changing and
 * removing a seat; each is one undoable step. The named roles (chair, lead member...) are seats too,
 * so setting them here and in the fields above is the same thing.
 */
public final class BodySeatsViewModel {
    /** A seat as the list shows it. */
    public record Row(Seat seat, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final DocumentContext document;
    private final SeatDialogs dialogs;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public BodySeatsViewModel(DocumentContext document, SeatDialogs dialogs) {
        this.document = document;
        this.dialogs = dialogs;
        document.sessionProperty().addListener((o, was, now) -> refresh());
        document.modelChangesProperty().addListener((o, was, now) -> refresh());
        document.selectedBodyIdProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    /** The selected body's seats: named roles first, then members, observers and substitutes, by name. */
    public ObservableList<Row> rows() {
        return rows;
    }

    public boolean canEdit() {
        return document.selectedBody() != null && !document.isReadOnly();
    }

    /** Asks for a new seat on the selected body and adds it, with a new person if the name is new. */
    public boolean add() {
        Body body = document.selectedBody();
        return body != null && !document.isReadOnly() && save(new SeatDraft(document.model(), body, null));
    }

    /** Asks for changes to a seat and saves them. */
    public boolean edit(Seat seat) {
        Body body = document.selectedBody();
        if (body == null || seat == null || document.isReadOnly()) {
            return false;
        }
        return save(new SeatDraft(document.model(), body, document.model().seat(seat.id())));
    }

    /** Removes a seat; Undo puts it back. */
    public boolean remove(Seat seat) {
        AuthorityModel model = document.model();
        if (model == null || seat == null || document.isReadOnly() || model.seat(seat.id()) == null) {
            return false;
        }
        return document.perform(SeatDraft.removal(model, model.seat(seat.id())));
    }

    private boolean save(SeatDraft draft) {
        if (!dialogs.editSeat(draft)) {
            return false;
        }
        Edit edit = draft.toEdit();
        return edit != null && document.perform(edit);
    }

    /**
     * "Cllr Jane Smith, Eastvale District Council: member (Northgate Ward Member), appointed by Full
     * Council, until 20/05/2027; four-year term".
     */
    public static String describe(AuthorityModel model, Seat seat, LocalDate today) {
        Person person = seat.personId() == null ? null : model.person(seat.personId());
        Organisation organisation = seat.organisationId() == null ? null : model.organisation(seat.organisationId());
        StringBuilder text = new StringBuilder();
        text.append(person != null ? person.name() : "");
        if (organisation != null) {
            text.append(person != null ? ", " : "").append(organisation.name());
        }
        text.append(": ").append(seat.role().label().toLowerCase(Locale.ROOT));
        if (seat.place() != null) {
            text.append(" (").append(seat.place()).append(')');
        }
        if (seat.appointedBy() != null) {
            text.append(", appointed by ").append(seat.appointedBy());
        }
        if (seat.from() != null) {
            text.append(", from ").append(Formats.date(seat.from()));
        }
        if (seat.until() != null) {
            text.append(seat.endedBy(today) ? ", ended " : ", until ").append(Formats.date(seat.until()));
        }
        if (seat.notes() != null) {
            text.append("; ").append(seat.notes());
        }
        return text.toString();
    }

    private void refresh() {
        Body body = document.selectedBody();
        AuthorityModel model = document.model();
        if (body == null || model == null) {
            rows.clear();
            return;
        }
        List<Row> result = new ArrayList<>();
        for (Seat seat : model.seatsOn(body.id())) {
            result.add(new Row(seat, describe(model, seat, document.today())));
        }
        result.sort(Comparator.comparing((Row r) -> !r.seat().role().isNamedRole())
                .thenComparing(r -> r.seat().role().ordinal()).thenComparing(Row::text, String.CASE_INSENSITIVE_ORDER));
        if (!result.equals(rows)) {
            rows.setAll(result);
        }
    }
}
