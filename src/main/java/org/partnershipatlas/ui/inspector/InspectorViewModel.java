package org.partnershipatlas.ui.inspector;

import org.partnershipatlas.ui.common.Choice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.partnershipatlas.analysis.ClassificationAssistant;
import org.partnershipatlas.analysis.Oversight;
import org.partnershipatlas.analysis.SignificanceAssessment;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.SignificanceCriterion;
import org.partnershipatlas.model.SignificanceJudgement;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Labelled;
import org.partnershipatlas.model.ModelException;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;

/**
 * The selected body's fields for the inspector: their values, the choices each drop-down offers,
 * and edits that either go into the file or come back as a message shown beside the field.
 */
public final class InspectorViewModel {
    /** How far ahead "Record a review today" sets the next review. */
    static final int REVIEW_CYCLE_MONTHS = 12;

    private final DocumentContext main;
    private final ReadOnlyObjectWrapper<Body> body = new ReadOnlyObjectWrapper<>(this, "body");
    private final Map<BodyField, StringProperty> errors = new EnumMap<>(BodyField.class);
    private final javafx.beans.property.ReadOnlyStringWrapper workshop = new javafx.beans.property.ReadOnlyStringWrapper(
            this, "workshop", "");

    private final org.partnershipatlas.ui.dialog.CommonDialogs dialogs;

    public InspectorViewModel(DocumentContext main, org.partnershipatlas.ui.dialog.CommonDialogs dialogs) {
        this.main = main;
        this.dialogs = dialogs;
        for (BodyField field : BodyField.values()) {
            errors.put(field, new SimpleStringProperty(this, field.name() + "Error", ""));
        }
        main.selectedBodyIdProperty().addListener((o, was, now) -> refresh());
        main.modelChangesProperty().addListener((o, was, now) -> refresh());
        main.sessionProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    /** The body being inspected as it now stands, or null when nothing is selected. */
    public ReadOnlyObjectProperty<Body> bodyProperty() {
        return body.getReadOnlyProperty();
    }

    /** The message to show beside a field, "" when the field is fine. */
    public StringProperty errorProperty(BodyField field) {
        return errors.get(field);
    }

    public boolean isReadOnly() {
        DocumentSession session = main.sessionProperty().get();
        return session == null || session.isReadOnly();
    }

    /**
     * Changes one field of the selected body as one undoable step.
     *
     * @return true when the change was made; otherwise the field's error says why
     */
    public boolean set(BodyField field, Object value) {
        return set(main.selectedBody(), field, value);
    }

    /**
     * Saves what was typed into a text or money field of a body that may no longer be the one
     * shown: the inspector calls this for a field still being typed in when another body is chosen,
     * so the text goes to the body it was typed for and is not lost.
     *
     * @return true when saved (or nothing had changed); otherwise the field's error says why
     */
    public boolean setTyped(long bodyId, BodyField field, String typed) {
        DocumentSession session = main.sessionProperty().get();
        Body target = session == null ? null : session.model().body(bodyId);
        if (target == null) {
            return false;
        }
        boolean saved = takeTyped(target, field, typed);
        Body shown = body.get();
        if (!saved && (shown == null || shown.id() != bodyId)) {
            // The inspector already shows another body: the reason goes in a message naming the body it was for.
            String why = errors.get(field).get();
            errors.get(field).set("");
            dialogs.showError("Not saved", "What you typed as the " + field.label().toLowerCase(java.util.Locale.ROOT)
                    + " of \"" + target.name() + "\" was not saved: " + why);
        }
        return saved;
    }

    private boolean takeTyped(Body target, BodyField field, String typed) {
        String text = typed == null || typed.isBlank() ? null : typed.strip();
        if (field.type() != org.partnershipatlas.model.FieldType.MONEY) {
            return set(target, field, text);
        }
        try {
            return set(target, field, text == null ? null : Money.parse(text));
        } catch (IllegalArgumentException e) {
            errors.get(field).set(e.getMessage() + ". Type an amount such as £10,000 or 2500.50.");
            return false;
        }
    }

    private boolean set(Body current, BodyField field, Object value) {
        DocumentSession session = main.sessionProperty().get();
        if (current == null || session == null) {
            return false;
        }
        errors.get(field).set("");
        if (java.util.Objects.equals(field.read(current), value)) {
            return true;
        }
        try {
            Body changed = current.with(field, value);
            session.perform(Edit.of("Change " + field.label().toLowerCase(java.util.Locale.ROOT),
                    Change.update(current, changed)));
            return true;
        } catch (ModelException | IllegalArgumentException e) {
            errors.get(field).set(e.getMessage());
            return false;
        }
    }

    /** Takes what was typed into a money field: "£10,000", "2500.50"; refuses what is not money. */
    public boolean setMoney(BodyField field, String text) {
        try {
            return set(field, Money.parse(text));
        } catch (IllegalArgumentException e) {
            errors.get(field).set(e.getMessage() + ". Type an amount such as £10,000 or 2500.50.");
            return false;
        }
    }

    /** Records that the body was reviewed today and sets the next review a year on, as one step. */
    public boolean recordReview(LocalDate today) {
        Body current = main.selectedBody();
        DocumentSession session = main.sessionProperty().get();
        if (current == null || session == null) {
            return false;
        }
        Body reviewed = current.with(BodyField.LAST_REVIEWED, today)
                .with(BodyField.NEXT_REVIEW_DUE, today.plusMonths(REVIEW_CYCLE_MONTHS));
        try {
            session.perform(Edit.of("Record a review", Change.update(current, reviewed)));
            return true;
        } catch (ModelException e) {
            errors.get(BodyField.LAST_REVIEWED).set(e.getMessage());
            return false;
        }
    }

    /** Fields a partnership needing political oversight must have (shown as required). */
    public static final java.util.Set<BodyField> OVERSIGHT_FIELDS = java.util.EnumSet.of(BodyField.LEAD_MEMBER,
            BodyField.SCRUTINY_COMMITTEE, BodyField.ACCOUNTABLE_BODY, BodyField.TERMS_OF_REFERENCE);

    /** True when the selected body is a partnership significant under the authority's scheme. */
    public boolean oversightNeeded() {
        Body current = body.get();
        AuthorityModel model = model();
        return current != null && model != null && Oversight.needed(model, current);
    }

    /** "Significant (score 4, needs 2): council contribution at or above the threshold; ...". */
    public String significanceSummary() {
        Body current = body.get();
        AuthorityModel model = model();
        return current == null || model == null ? "" : SignificanceAssessment.of(model, current).summary();
    }

    /** A notice when recorded six-test answers contradict the classification; "" when they agree. */
    public String contradiction() {
        Body current = body.get();
        AuthorityModel model = model();
        String notice = current == null || model == null ? null : ClassificationAssistant.contradiction(model, current);
        return notice == null ? "" : notice;
    }

    /** True when the field is required (oversight) and empty. */
    public boolean requiredButMissing(BodyField field) {
        Body current = body.get();
        return OVERSIGHT_FIELDS.contains(field) && oversightNeeded() && field.read(current) == null;
    }

    public boolean judged(SignificanceCriterion criterion) {
        Body current = body.get();
        AuthorityModel model = model();
        SignificanceJudgement judgement = current == null || model == null ? null : model.judgementFor(current.id());
        return judgement != null && judgement.met().contains(criterion);
    }

    /** Records that the body meets, or does not meet, one judged criterion; one undoable step. */
    public boolean setJudged(SignificanceCriterion criterion, boolean met) {
        Body current = body.get();
        DocumentSession session = main.sessionProperty().get();
        if (current == null || session == null || judged(criterion) == met) {
            return false;
        }
        SignificanceJudgement before = session.model().judgementFor(current.id());
        java.util.Set<SignificanceCriterion> criteria = java.util.EnumSet.noneOf(SignificanceCriterion.class);
        if (before != null) {
            criteria.addAll(before.met());
        }
        if (met) {
            criteria.add(criterion);
        } else {
            criteria.remove(criterion);
        }
        SignificanceJudgement after = new SignificanceJudgement(before == null ? session.model().newId() : before.id(),
                current.id(), criteria);
        Change change = before == null ? Change.create(after)
                : criteria.isEmpty() ? Change.delete(before) : Change.update(before, after);
        return main.perform(Edit.of((met ? "Judge " : "Unjudge ") + criterion.label().toLowerCase(java.util.Locale.ROOT),
                change));
    }

    /** The choices a drop-down field offers, "not recorded" first where the field may be empty. */
    public List<Choice> choices(BodyField field) {
        List<Choice> choices = new ArrayList<>();
        if (!field.required()) {
            choices.add(Choice.NONE);
        }
        AuthorityModel model = model();
        switch (field.type()) {
            case PERSON -> {
                if (model != null) {
                    model.people().stream().sorted(Comparator.comparing(Person::name))
                            .forEach(p -> choices.add(new Choice(p.id(), personLabel(p))));
                }
            }
            case ORGANISATION -> {
                if (model != null) {
                    model.organisations().stream().sorted(Comparator.comparing(Organisation::name))
                            .forEach(o -> choices.add(new Choice(o.id(), o.name())));
                }
            }
            case YES_NO -> {
                choices.add(new Choice(Boolean.TRUE, "Yes"));
                choices.add(new Choice(Boolean.FALSE, "No"));
            }
            case CHOICE -> {
                for (Enum<?> constant : field.choices().getEnumConstants()) {
                    choices.add(new Choice(constant, ((Labelled) constant).label()));
                }
            }
            default -> throw new IllegalArgumentException(field + " is not a drop-down");
        }
        return choices;
    }

    /** The choice matching the body's current value of the field. */
    public Choice currentChoice(BodyField field) {
        Body current = body.get();
        Object value = current == null ? null : field.read(current);
        return choices(field).stream().filter(c -> java.util.Objects.equals(c.value(), value)).findFirst()
                .orElse(Choice.NONE);
    }

    /** The authority's themes, in their order. */
    public List<Theme> themes() {
        AuthorityModel model = model();
        return model == null ? List.of() : List.copyOf(model.themes());
    }

    /** Plain-text lines for the Structure group: what the body answers to and what answers to it. */
    public List<String> structureLines() {
        Body current = body.get();
        AuthorityModel model = model();
        List<String> lines = new ArrayList<>();
        if (current == null || model == null) {
            return lines;
        }
        for (AccountabilityLine line : model.linesOf(current.id())) {
            if (line.fromBodyId() == current.id()) {
                lines.add(line.kind().label() + " " + model.body(line.toBodyId()).name());
            } else {
                lines.add(model.body(line.fromBodyId()).name() + ": " + line.kind().label().toLowerCase(
                        java.util.Locale.ROOT) + " this body");
            }
        }
        return lines;
    }

    /** What workshops said of the body and agreed to do, dated; empty when nothing was captured. */
    public javafx.beans.property.ReadOnlyStringProperty workshopProperty() {
        return workshop.getReadOnlyProperty();
    }

    private String workshopText() {
        Body current = body.get();
        AuthorityModel model = model();
        if (current == null || model == null) {
            return "";
        }
        java.time.format.DateTimeFormatter date = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        List<String> lines = new ArrayList<>();
        for (var note : model.workshopNotesOn(current.id())) {
            lines.add("Note, workshop of " + date.format(note.taken()) + ": " + note.text());
        }
        for (var action : model.actions()) {
            if (action.source() == org.partnershipatlas.model.ActionSource.WORKSHOP
                    && action.bodyIds().contains(current.id())) {
                lines.add("Action, workshop of " + (action.raised() == null ? "?" : date.format(action.raised())) + ": "
                        + action.description() + " (" + action.status().label().toLowerCase(java.util.Locale.ROOT) + ")");
            }
        }
        return lines.isEmpty() ? "" : "From workshops:\n" + String.join("\n", lines);
    }

    private void refresh() {
        Body previous = body.get();
        Body now = main.selectedBody();
        if (now == null || previous == null || previous.id() != now.id()) {
            errors.values().forEach(e -> e.set(""));
        }
        body.set(now);
        workshop.set(workshopText());
    }

    private AuthorityModel model() {
        DocumentSession session = main.sessionProperty().get();
        return session == null ? null : session.model();
    }

    private String personLabel(Person person) {
        return person.title() == null ? person.name() : person.name() + " – " + person.title();
    }
}
