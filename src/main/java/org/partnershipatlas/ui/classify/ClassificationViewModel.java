package org.partnershipatlas.ui.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.partnershipatlas.analysis.ClassificationAssistant;
import org.partnershipatlas.model.Answer;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.ClassificationDecision;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.ModelException;
import org.partnershipatlas.model.PartnershipTest;
import org.partnershipatlas.ui.common.Formats;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;

/**
 * The classification assistant for the selected body: the six tests answered, the proposal and its
 * reason worked out as the answers change, the decision with its rationale, and every earlier
 * decision. Recording a decision keeps it for good and sets the body's classification, as one step.
 */
public final class ClassificationViewModel {
    private final DocumentContext main;
    private final org.partnershipatlas.ui.dialog.CommonDialogs dialogs;
    private final org.partnershipatlas.ui.settings.KeptSettings settings;
    private final ReadOnlyObjectWrapper<Body> body = new ReadOnlyObjectWrapper<>(this, "body");
    private final Map<PartnershipTest, ObjectProperty<Answer>> answers = new EnumMap<>(PartnershipTest.class);
    private final Map<PartnershipTest, StringProperty> notes = new EnumMap<>(PartnershipTest.class);
    private final ReadOnlyObjectWrapper<Classification> proposed = new ReadOnlyObjectWrapper<>(this, "proposed");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason", "");
    private final ObjectProperty<Classification> decision = new SimpleObjectProperty<>(this, "decision");
    private final StringProperty rationale = new SimpleStringProperty(this, "rationale", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private boolean loading;

    public ClassificationViewModel(DocumentContext main, org.partnershipatlas.ui.dialog.CommonDialogs dialogs, org.partnershipatlas.ui.settings.KeptSettings settings) {
        this.main = main;
        this.dialogs = dialogs;
        this.settings = settings;
        for (PartnershipTest test : PartnershipTest.values()) {
            ObjectProperty<Answer> answer = new SimpleObjectProperty<>(this, test.name(), Answer.NOT_KNOWN);
            answer.addListener((o, was, now) -> repropose());
            answers.put(test, answer);
            notes.put(test, new SimpleStringProperty(this, test.name() + "Note", ""));
        }
        main.selectedBodyIdProperty().addListener((o, was, now) -> load());
        main.sessionProperty().addListener((o, was, now) -> load());
        main.modelChangesProperty().addListener((o, was, now) -> refreshHistory());
        load();
    }

    public ReadOnlyObjectProperty<Body> bodyProperty() {
        return body.getReadOnlyProperty();
    }

    public ObjectProperty<Answer> answerProperty(PartnershipTest test) {
        return answers.get(test);
    }

    public StringProperty noteProperty(PartnershipTest test) {
        return notes.get(test);
    }

    public ReadOnlyObjectProperty<Classification> proposedProperty() {
        return proposed.getReadOnlyProperty();
    }

    /** One sentence: which tests decided the proposal. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** What will be recorded; follows the proposal until the user chooses otherwise. */
    public ObjectProperty<Classification> decisionProperty() {
        return decision;
    }

    public StringProperty rationaleProperty() {
        return rationale;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Earlier decisions, newest first: "02/10/2026 Nadia Sharif: Partnership (proposed Partnership). Why...". */
    public ObservableList<String> history() {
        return history;
    }

    /**
     * Records the decision with its answers, rationale, the user's name (asked once) and today's date.
     *
     * @return true when recorded; otherwise {@link #errorProperty()} says what is missing
     */
    public boolean record() {
        DocumentSession session = main.sessionProperty().get();
        Body current = main.selectedBody();
        if (session == null || current == null) {
            return false;
        }
        if (decision.get() == null || decision.get() == Classification.UNCLASSIFIED) {
            error.set("Choose partnership, network or working group.");
            return false;
        }
        if (rationale.get() == null || rationale.get().isBlank()) {
            error.set("Write down why: a rationale is needed whether or not you accept the proposal.");
            return false;
        }
        String who = settings.settings().userName;
        if (who == null || who.isBlank()) {
            who = dialogs.askUserName().orElse(null);
            if (who == null || who.isBlank()) {
                error.set("Your name is recorded with each decision; it was not given.");
                return false;
            }
            settings.settings().userName = who.strip();
            settings.saveSettings();
        }
        Map<PartnershipTest, Answer> given = new EnumMap<>(PartnershipTest.class);
        Map<PartnershipTest, String> written = new EnumMap<>(PartnershipTest.class);
        for (PartnershipTest test : PartnershipTest.values()) {
            given.put(test, answers.get(test).get());
            written.put(test, notes.get(test).get());
        }
        ClassificationDecision recorded = new ClassificationDecision(session.model().newId(), current.id(), given,
                written, proposed.get(), decision.get(), rationale.get(), settings.settings().userName, main.today());
        List<Change> changes = new ArrayList<>();
        changes.add(Change.create(recorded));
        if (current.classification() != decision.get()) {
            changes.add(Change.update(current, current.with(BodyField.CLASSIFICATION, decision.get())));
        }
        try {
            session.perform(new Edit("Classify " + current.name(), changes));
        } catch (ModelException e) {
            error.set(e.getMessage());
            return false;
        }
        error.set("");
        rationale.set("");
        return true;
    }

    private void load() {
        loading = true;
        try {
            Body current = main.selectedBody();
            body.set(current);
            error.set("");
            rationale.set("");
            DocumentSession session = main.sessionProperty().get();
            List<ClassificationDecision> past = current == null || session == null ? List.of()
                    : session.model().decisionsFor(current.id());
            ClassificationDecision latest = past.isEmpty() ? null : past.get(past.size() - 1);
            for (PartnershipTest test : PartnershipTest.values()) {
                answers.get(test).set(latest == null ? Answer.NOT_KNOWN : latest.answers().get(test));
                notes.get(test).set(latest == null ? "" : latest.notes().getOrDefault(test, ""));
            }
        } finally {
            loading = false;
        }
        repropose();
        refreshHistory();
    }

    private void repropose() {
        Map<PartnershipTest, Answer> given = new EnumMap<>(PartnershipTest.class);
        answers.forEach((test, answer) -> given.put(test, answer.get()));
        ClassificationAssistant.Proposal proposal = ClassificationAssistant.propose(given);
        Classification before = proposed.get();
        proposed.set(proposal.classification());
        reason.set(proposal.reason());
        if (loading || decision.get() == null || decision.get() == before) {
            decision.set(proposal.classification());
        }
    }

    private void refreshHistory() {
        Body current = main.selectedBody();
        DocumentSession session = main.sessionProperty().get();
        body.set(current);
        List<String> lines = new ArrayList<>();
        if (current != null && session != null) {
            for (ClassificationDecision d : session.model().decisionsFor(current.id())) {
                lines.add(0, Formats.date(d.decidedOn()) + " " + d.decidedBy() + ": " + d.decided().label()
                        + (d.proposed() == null ? "" : " (proposed " + d.proposed().label() + ")") + ". " + d.rationale()
                        + " Answers: " + summary(d));
            }
        }
        history.setAll(lines);
    }

    private static String summary(ClassificationDecision decision) {
        List<String> parts = new ArrayList<>();
        decision.answers().forEach((test, answer) -> parts.add((test.ordinal() + 1) + " " + answer.label()
                .toLowerCase(java.util.Locale.ROOT) + (decision.notes().containsKey(test)
                ? " (" + decision.notes().get(test) + ")" : "")));
        return String.join("; ", parts) + ".";
    }
}
