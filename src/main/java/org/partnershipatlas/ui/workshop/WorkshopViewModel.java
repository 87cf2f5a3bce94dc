package org.partnershipatlas.ui.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.partnershipatlas.analysis.Finding;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.layout.WorkshopScene;
import org.partnershipatlas.layout.WorkshopScenes;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.ActionOwner;
import org.partnershipatlas.model.ActionSource;
import org.partnershipatlas.model.ActionStatus;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.WorkshopNote;
import org.partnershipatlas.model.WorkshopPlan;
import org.partnershipatlas.model.WorkshopStep;
import org.partnershipatlas.ui.document.DocumentContext;

/**
 * A workshop in progress: the planned steps, which one is on the projector, whether the screen is
 * blanked, the body in the spotlight (and the one Tab has reached), whether confidential fields may
 * show on the projector, and what the facilitator is typing as a note or an action. Every key a
 * presentation clicker sends comes here as a command; the views only draw what this says.
 */
public final class WorkshopViewModel {
    /** What the facilitator is typing, if anything. */
    public enum Capture {
        NONE, NOTE, ACTION
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private final DocumentContext main;
    private final org.partnershipatlas.ui.dialog.CommonDialogs dialogs;
    private final Clock clock;
    private final List<WorkshopStep> steps = new ArrayList<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper blanked = new ReadOnlyBooleanWrapper(this, "blanked");
    private final ReadOnlyObjectWrapper<Long> spotlight = new ReadOnlyObjectWrapper<>(this, "spotlight");
    private final ReadOnlyObjectWrapper<Long> highlighted = new ReadOnlyObjectWrapper<>(this, "highlighted");
    private final ReadOnlyStringWrapper typedNumber = new ReadOnlyStringWrapper(this, "typedNumber", "");
    private final ReadOnlyBooleanWrapper confidentialShown = new ReadOnlyBooleanWrapper(this, "confidentialShown");
    private final ReadOnlyObjectWrapper<WorkshopScene> scene = new ReadOnlyObjectWrapper<>(this, "scene");
    private final ObjectProperty<Capture> capturing = new SimpleObjectProperty<>(this, "capturing", Capture.NONE);
    private final StringProperty captureText = new SimpleStringProperty(this, "captureText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty twoScreens = new SimpleBooleanProperty(this, "twoScreens");
    private Instant started;
    /** The health check's findings while the findings step is on, worked out once per change. */
    private List<String> findings = List.of();

    public WorkshopViewModel(DocumentContext main, org.partnershipatlas.ui.dialog.CommonDialogs dialogs, Clock clock) {
        this.main = main;
        this.dialogs = dialogs;
        this.clock = clock;
        main.modelChangesProperty().addListener(o -> {
            if (running.get()) {
                refresh();
            }
        });
    }

    /** F5: starts on the first step of the plan kept in the file (or the proposed plan). */
    public boolean start() {
        AuthorityModel model = model();
        if (model == null) {
            dialogs.showError("Cannot start the presentation", "Open an authority file first.");
            return false;
        }
        steps.clear();
        steps.addAll(WorkshopPlan.of(model).steps());
        if (steps.isEmpty()) {
            steps.add(WorkshopStep.overview());
        }
        index.set(0);
        blanked.set(false);
        spotlight.set(null);
        highlighted.set(null);
        typedNumber.set("");
        confidentialShown.set(false);
        capturing.set(Capture.NONE);
        captureText.set("");
        message.set("");
        started = clock.instant();
        running.set(true);
        refresh();
        return true;
    }

    /** Esc with nothing else to close, or the window closed: the presentation ends. */
    public void end() {
        running.set(false);
        spotlight.set(null);
        highlighted.set(null);
        capturing.set(Capture.NONE);
    }

    public void next() {
        go(index.get() + 1);
    }

    public void previous() {
        go(index.get() - 1);
    }

    public void first() {
        go(0);
    }

    public void last() {
        go(steps.size() - 1);
    }

    /** Goes to step {@code number} (counted from 1), as typed on the keyboard; out of range says so. */
    public void jumpTo(int number) {
        if (number < 1 || number > steps.size()) {
            message.set("There is no step " + number + "; the steps are 1 to " + steps.size() + ".");
            return;
        }
        go(number - 1);
    }

    private void go(int target) {
        int bounded = Math.max(0, Math.min(steps.size() - 1, target));
        typedNumber.set("");
        spotlight.set(null);
        highlighted.set(null);
        blanked.set(false);
        if (bounded != index.get()) {
            index.set(bounded);
            message.set("");
        }
        refresh();
    }

    /** B or the full stop: a black screen, so the room looks at the facilitator; again to come back. */
    public void toggleBlank() {
        blanked.set(!blanked.get());
    }

    /** A digit typed towards a step number (Enter then jumps). */
    public void digit(int digit) {
        if (typedNumber.get().length() < 3) {
            typedNumber.set(typedNumber.get() + digit);
        }
    }

    /** Enter: jumps to a typed number, spotlights the body Tab reached, or else goes forward. */
    public void enter() {
        if (!typedNumber.get().isEmpty()) {
            int number = Integer.parseInt(typedNumber.get());
            typedNumber.set("");
            jumpTo(number);
        } else if (highlighted.get() != null) {
            spotlight(highlighted.get());
        } else {
            next();
        }
    }

    /** Tab: the next body on the screen, in reading order (Shift+Tab the one before). */
    public void tab(boolean backwards) {
        WorkshopScene current = scene.get();
        if (current == null || spotlight.get() != null) {
            return;
        }
        List<Long> bodies = current.bodies();
        if (bodies.isEmpty()) {
            return;
        }
        int at = highlighted.get() == null ? -1 : bodies.indexOf(highlighted.get());
        int next = at < 0 ? (backwards ? bodies.size() - 1 : 0) : Math.floorMod(at + (backwards ? -1 : 1), bodies.size());
        highlighted.set(bodies.get(next));
    }

    /** Clicking a body, or Enter on the one Tab reached: it fills the screen with its connections and seats. */
    public void spotlight(long bodyId) {
        if (model() == null || model().body(bodyId) == null) {
            return;
        }
        blanked.set(false);
        highlighted.set(null);
        spotlight.set(bodyId);
        refresh();
    }

    /**
     * Esc: closes what is open, one thing at a time (the note being typed, a typed number, the
     * spotlight, the Tab highlight, the blank screen); with nothing open the presentation ends.
     *
     * @return true when the presentation has ended
     */
    public boolean escape() {
        if (capturing.get() != Capture.NONE) {
            cancelCapture();
        } else if (!typedNumber.get().isEmpty()) {
            typedNumber.set("");
        } else if (spotlight.get() != null) {
            spotlight.set(null);
            refresh();
        } else if (highlighted.get() != null) {
            highlighted.set(null);
        } else if (blanked.get()) {
            blanked.set(false);
        } else {
            end();
            return true;
        }
        return false;
    }

    /** C: shows confidential fields on the projector after the facilitator confirms; again to hide them. */
    public void toggleConfidential() {
        if (confidentialShown.get()) {
            confidentialShown.set(false);
        } else if (dialogs.confirm("Show confidential details on the projector?", "Funding, risk ratings and "
                + "the governance findings will be visible to everyone in the room until you press C again.",
                "Show them")) {
            confidentialShown.set(true);
        }
        refresh();
    }

    /** N or A: starts typing a note or an action on the body in the spotlight. */
    public void beginCapture(Capture kind) {
        if (spotlight.get() == null) {
            message.set("Spotlight a body first (click it, or Tab to it and press Enter), then press "
                    + (kind == Capture.NOTE ? "N" : "A") + ".");
            return;
        }
        captureText.set("");
        capturing.set(kind);
    }

    public void cancelCapture() {
        capturing.set(Capture.NONE);
        captureText.set("");
    }

    /** Saves what was typed to the file at once, marked as from the workshop and dated today. */
    public boolean saveCapture() {
        Capture kind = capturing.get();
        Long bodyId = spotlight.get();
        String text = captureText.get() == null ? "" : captureText.get().strip();
        if (kind == Capture.NONE || bodyId == null) {
            return false;
        }
        if (text.isEmpty()) {
            message.set("Type the " + (kind == Capture.NOTE ? "note" : "action") + " first, or press Esc.");
            return false;
        }
        AuthorityModel model = model();
        Body body = model.body(bodyId);
        java.time.LocalDate today = main.today();
        Edit edit = kind == Capture.NOTE
                ? Edit.of("Workshop note on " + body.name(), Change.create(new WorkshopNote(model.newId(), bodyId, text,
                today)))
                : Edit.of("Workshop action on " + body.name(), Change.create(new Action(model.newId(), text,
                ActionOwner.BODY, bodyId, null, ActionStatus.NOT_STARTED, ActionSource.WORKSHOP, List.of(bodyId), null,
                today)));
        if (!main.perform(edit, org.partnershipatlas.model.How.WORKSHOP, null)) {
            return false;
        }
        message.set((kind == Capture.NOTE ? "Note" : "Action") + " saved on " + body.name() + ".");
        capturing.set(Capture.NONE);
        captureText.set("");
        return true;
    }

    /** Works out what the projector shows now. */
    void refresh() {
        AuthorityModel model = model();
        if (model == null || steps.isEmpty()) {
            scene.set(null);
            return;
        }
        if (spotlight.get() != null && model.body(spotlight.get()) == null) {
            spotlight.set(null);
        }
        String subtitle = "Step " + (index.get() + 1) + " of " + steps.size();
        if (spotlight.get() != null) {
            scene.set(WorkshopScenes.spotlight(model, spotlight.get(), confidentialShown.get(), subtitle));
            return;
        }
        WorkshopStep step = steps.get(index.get());
        findings = step.kind() == WorkshopStep.Kind.FINDINGS ? findings(model) : List.of();
        scene.set(switch (step.kind()) {
            case OVERVIEW -> WorkshopScenes.overview(model, subtitle);
            case THEME -> model.theme(step.themeId()) == null ? WorkshopScenes.overview(model, subtitle)
                    : WorkshopScenes.theme(model, step.themeId(), subtitle);
            case FINDINGS -> WorkshopScenes.findings(findings, confidentialShown.get(), subtitle);
        });
    }

    /** The findings on the findings step, for the presenter view; empty on any other step. */
    public List<String> currentFindings() {
        return findings;
    }

    /** The findings as the presenter reads them: severity, then what is wrong. */
    private List<String> findings(AuthorityModel model) {
        List<String> lines = new ArrayList<>();
        for (Finding finding : HealthCheck.run(model, main.today())) {
            lines.add(finding.severity().label() + ": " + finding.message());
        }
        return lines;
    }

    /** A step's title as the presenter view lists it. */
    public String title(int stepIndex) {
        return stepIndex < 0 || stepIndex >= steps.size() || model() == null ? "" : title(model(), steps.get(stepIndex));
    }

    /** What a step is called on the presenter view and in the plan dialog. */
    static String title(AuthorityModel model, WorkshopStep step) {
        return switch (step.kind()) {
            case OVERVIEW -> "Overview of the whole structure";
            case THEME -> model.theme(step.themeId()) == null ? "Theme" : model.theme(step.themeId()).name();
            case FINDINGS -> "Governance findings";
        };
    }

    public String notes(int stepIndex) {
        return stepIndex < 0 || stepIndex >= steps.size() ? "" : steps.get(stepIndex).notes();
    }

    /** "00:12:05" since the presentation started. */
    public String elapsed() {
        Duration time = started == null ? Duration.ZERO : Duration.between(started, clock.instant());
        return String.format("%02d:%02d:%02d", time.toHours(), time.toMinutesPart(), time.toSecondsPart());
    }

    public String timeOfDay() {
        return LocalTime.now(clock).format(CLOCK);
    }

    public int stepCount() {
        return steps.size();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty blankedProperty() {
        return blanked.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> spotlightProperty() {
        return spotlight.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty typedNumberProperty() {
        return typedNumber.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty confidentialShownProperty() {
        return confidentialShown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkshopScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    public ObjectProperty<Capture> capturingProperty() {
        return capturing;
    }

    public StringProperty captureTextProperty() {
        return captureText;
    }

    /** A short word to the facilitator (a note saved, a step that does not exist). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when a presenter view is on its own screen beside the projector. */
    public BooleanProperty twoScreensProperty() {
        return twoScreens;
    }

    public DocumentContext main() {
        return main;
    }

    AuthorityModel model() {
        return main.sessionProperty().get() == null ? null : main.sessionProperty().get().model();
    }
}
