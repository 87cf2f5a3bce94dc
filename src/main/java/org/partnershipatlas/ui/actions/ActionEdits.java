package org.partnershipatlas.ui.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.ActionOwner;
import org.partnershipatlas.model.ActionSource;
import org.partnershipatlas.model.ActionStatus;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.ui.common.Choice;
import org.partnershipatlas.ui.document.DocumentContext;

/**
 * Adding, changing and deleting actions of the plan. A change the model refuses (an empty
 * description, a date out of range) is said in {@link #errorProperty()} beside the form, and nothing
 * is saved; every change that is taken is one undoable step named after what it changed.
 */
public final class ActionEdits {
    /** Who an action belongs to, as one value of the owner picker. */
    public record Owner(ActionOwner kind, Long id) {
    }

    private final DocumentContext document;
    private final ObjectProperty<Action> selected;
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    ActionEdits(DocumentContext document, ObjectProperty<Action> selected) {
        this.document = document;
        this.selected = selected;
        selected.addListener((o, was, now) -> {
            if (was == null || now == null || was.id() != now.id()) {
                error.set("");
            }
        });
    }

    AuthorityModel model() {
        return document.model();
    }

    boolean isReadOnly() {
        return document.isReadOnly();
    }

    /** Why the last change was refused; "" when it was not. */
    public StringProperty errorProperty() {
        return error;
    }

    /** The council, the LSP board, then every body, person and organisation, each by name. */
    public List<Choice> owners() {
        AuthorityModel model = document.model();
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(new Owner(ActionOwner.COUNCIL, null), ActionOwner.COUNCIL.label()));
        choices.add(new Choice(new Owner(ActionOwner.LSP_BOARD, null), ActionOwner.LSP_BOARD.label()));
        if (model == null) {
            return choices;
        }
        model.bodies().stream().sorted(Comparator.comparing(Body::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(b -> choices.add(new Choice(new Owner(ActionOwner.BODY, b.id()), b.name())));
        model.people().stream().sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(p -> choices.add(new Choice(new Owner(ActionOwner.PERSON, p.id()), p.name() + " (person)")));
        model.organisations().stream().sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(o -> choices.add(new Choice(new Owner(ActionOwner.ORGANISATION, o.id()),
                        o.name() + " (organisation)")));
        return choices;
    }

    /** The owner picker's value for an action. */
    public static Owner ownerOf(Action action) {
        return new Owner(action.owner(), action.ownerId());
    }

    /**
     * Adds an action, about {@code bodyId} and owned by that body when one is given (the council's
     * otherwise), raised today from the annual review until the user says otherwise, and selects it.
     */
    public Action add(Long bodyId) {
        AuthorityModel model = document.model();
        if (model == null || document.isReadOnly()) {
            return null;
        }
        Body body = bodyId == null ? null : model.body(bodyId);
        String description = body == null ? "New action" : "New action for " + body.name();
        Action action = new Action(model.newId(), description, body == null ? ActionOwner.COUNCIL : ActionOwner.BODY,
                body == null ? null : body.id(), null, ActionStatus.NOT_STARTED, ActionSource.ANNUAL_REVIEW,
                body == null ? List.of() : List.of(body.id()), null, document.today());
        if (!document.perform(Edit.of(body == null ? "Add action" : "Add action for " + body.name(),
                Change.create(action)))) {
            return null;
        }
        selected.set(model.action(action.id()));
        return action;
    }

    /** Sets the description of the action with this id: the form's text, saved after another row was chosen. */
    public boolean setDescriptionOf(long id, String text) {
        return changeOf(id, labelled("description"), a -> new Action(a.id(), text == null ? "" : text, a.owner(), a.ownerId(),
                a.targetDate(), a.status(), a.source(), a.bodyIds(), a.findingKey(), a.raised()));
    }

    public boolean setOwner(Owner owner) {
        if (owner == null) {
            return false;
        }
        return change("owner", a -> a.withBodies(a.bodyIds(), owner.kind(), owner.id()));
    }

    public boolean setTargetDate(LocalDate date) {
        return change("target date", a -> new Action(a.id(), a.description(), a.owner(), a.ownerId(), date, a.status(),
                a.source(), a.bodyIds(), a.findingKey(), a.raised()));
    }

    public boolean setStatus(ActionStatus status) {
        Action chosen = current();
        return chosen != null && setStatusOf(chosen.id(), status);
    }

    /** Sets the status of the action with this id: the form's and the table's status, one edit, one wording. */
    public boolean setStatusOf(long id, ActionStatus status) {
        if (status == null) {
            return false;
        }
        return changeOf(id, a -> "Mark action " + status.label().toLowerCase(java.util.Locale.ROOT),
                a -> a.withStatus(status));
    }

    public boolean setSource(ActionSource source) {
        if (source == null) {
            return false;
        }
        return change("source", a -> new Action(a.id(), a.description(), a.owner(), a.ownerId(), a.targetDate(),
                a.status(), source, a.bodyIds(), a.findingKey(), a.raised()));
    }

    /** The bodies the action is about. */
    public boolean setBodies(List<Long> bodyIds) {
        return change("bodies", a -> a.withBodies(List.copyOf(bodyIds), a.owner(), a.ownerId()));
    }

    /** Deletes the selected action; Undo brings it back. */
    public boolean delete() {
        Action current = current();
        if (current == null || document.isReadOnly()) {
            return false;
        }
        if (!document.perform(Edit.of("Delete action " + shortly(current), Change.delete(current)))) {
            return false;
        }
        selected.set(null);
        return true;
    }

    private Action current() {
        AuthorityModel model = document.model();
        Action chosen = selected.get();
        return model == null || chosen == null ? null : model.action(chosen.id());
    }

    private boolean change(String what, java.util.function.UnaryOperator<Action> how) {
        Action chosen = current();
        return chosen != null && changeOf(chosen.id(), labelled(what), how);
    }

    /** "Change the owner of action "Agree the terms…"". */
    private static java.util.function.Function<Action, String> labelled(String what) {
        return a -> "Change the " + what + " of action " + shortly(a);
    }

    private boolean changeOf(long id, java.util.function.Function<Action, String> label,
                             java.util.function.UnaryOperator<Action> how) {
        AuthorityModel model = document.model();
        Action current = model == null ? null : model.action(id);
        if (current == null || document.isReadOnly()) {
            return false;
        }
        boolean shown = selected.get() != null && selected.get().id() == id;
        Action changed = how.apply(current);
        if (Objects.equals(changed, current)) {
            if (shown) {
                error.set("");
            }
            return true;
        }
        Edit edit = Edit.of(label.apply(current), Change.update(current, changed));
        if (!shown) {
            return document.perform(edit);
        }
        String refused = document.attempt(edit);
        error.set(refused == null ? "" : refused);
        return refused == null;
    }

    /** The first words of the description, for an undo label. */
    private static String shortly(Action action) {
        String text = action.description().strip();
        return "\"" + (text.length() > 40 ? text.substring(0, 40).strip() + "…" : text) + "\"";
    }

    /** Whether an owner choice names this action's owner. */
    static boolean owns(Choice choice, Action action) {
        return choice.value() instanceof Owner owner && owner.kind() == action.owner()
                && Objects.equals(owner.id(), action.ownerId());
    }
}
