package org.partnershipatlas.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.partnershipatlas.model.Authority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Entity;
import org.partnershipatlas.model.Text;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.ModelException;
import org.partnershipatlas.model.ModelListener;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityFiles;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.ui.dialog.DialogService;
import org.partnershipatlas.ui.document.DocumentSession;
import org.partnershipatlas.ui.document.PreparedDocument;
import org.partnershipatlas.ui.settings.AppSettings;
import org.partnershipatlas.ui.settings.SettingsFile;
import org.partnershipatlas.ui.task.TaskRunner;

/**
 * The window's state and commands: which authority is open, the selection every panel follows,
 * undo and redo, and the File menu's documents. All file work goes through the TaskRunner.
 */
public final class MainViewModel implements org.partnershipatlas.ui.document.DocumentContext,
        org.partnershipatlas.ui.settings.KeptSettings, org.partnershipatlas.ui.document.ReviewOpener {
    /** Themes a new authority starts with; the user can change the list. */
    static final List<String> STARTING_THEMES = List.of("Community safety", "Children and young people",
            "Health and wellbeing", "Economy and skills", "Environment and climate", "Housing",
            "Culture and leisure", "Stronger communities");

    /** What an upgrade changed, for the user to check: the first ten in full, then how many more. */
    static String upgradeChanges(List<String> report) {
        if (report.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n\nSo that each body's chair, vice chair, lead officer, lead member and "
                + "accountable body say the same as its seats, " + Text.count(report.size(), "change was", "changes were")
                + " made:");
        report.stream().limit(10).forEach(line -> text.append("\n• ").append(line));
        if (report.size() > 10) {
            text.append("\n… and ").append(report.size() - 10).append(" more.");
        }
        return text.toString();
    }

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final SettingsFile settingsFile;
    private final AppSettings settings;
    private final Clock clock;
    private final String appVersion;
    private final ObjectProperty<DocumentSession> session = new SimpleObjectProperty<>(this, "session");
    private final ObjectProperty<Long> selectedBodyId = new SimpleObjectProperty<>(this, "selectedBodyId");
    private final IntegerProperty modelChanges = new SimpleIntegerProperty(this, "modelChanges");
    private final ObjectProperty<java.util.Set<Long>> highlighted = new SimpleObjectProperty<>(this, "highlighted",
            java.util.Set.of());
    private final StringProperty busyMessage = new SimpleStringProperty(this, "busyMessage", "");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ModelListener modelListener = edit -> modelChanged(edit);

    public MainViewModel(TaskRunner runner, DialogService dialogs, SettingsFile settingsFile, Clock clock,
                         String appVersion) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.settingsFile = settingsFile;
        this.settings = settingsFile.load();
        this.clock = clock;
        this.appVersion = appVersion;
        settings.recentFiles.stream().map(Path::of).forEach(recentFiles::add);
    }

    // ---- documents ----

    /** Opens a fresh copy of the bundled sample in a temporary file. */
    public void openSample() {
        busy("Opening the sample authority…");
        runner.run("Opening the sample", progress -> PreparedDocument.sample(clock, appVersion, settingsFile.cacheFolder()), this::show,
                this::openFailed);
    }

    /**
     * Shows a document being prepared elsewhere, e.g. the sample the launcher starts writing while the
     * window toolkit starts up; waits for it in the background.
     */
    public void openPrepared(java.util.concurrent.Future<PreparedDocument> prepared) {
        busy("Opening the sample authority…");
        runner.run("Opening the sample", progress -> prepared.get(), this::show, this::openFailed);
    }

    /** File > Open: asks for a file, then opens it. */
    public void open() {
        dialogs.chooseFileToOpen("Open an authority file").ifPresent(this::openFile);
    }

    /** Opens one file, offering a read-only copy when another program has it open. */
    public void openFile(Path file) {
        if (session.get() != null && session.get().file().equals(file.toAbsolutePath())) {
            return;
        }
        busy("Opening " + file.getFileName() + "…");
        runner.run("Opening " + file.getFileName(), progress -> {
            AuthorityStore store = AuthorityStore.open(file, appVersion);
            try {
                return new PreparedDocument(store, store.load(), false, false);
            } catch (AuthorityFileException e) {
                store.close();
                throw e;
            }
        }, opened -> {
            show(opened);
            if (opened.store().upgradedFrom() >= 0) {
                dialogs.showInformation("File upgraded", file.getFileName() + " was made by an older Partnership "
                        + "Atlas and has been upgraded. A copy of it as it was is kept beside it."
                        + upgradeChanges(opened.store().upgradeReport()));
            }
        }, failure -> {
            if (failure instanceof AuthorityFileException e && (e.reason() == AuthorityFileException.Reason.LOCKED
                    || e.reason() == AuthorityFileException.Reason.DAMAGED_BUT_READABLE)) {
                String title = e.reason() == AuthorityFileException.Reason.LOCKED ? "File already open" : "File damaged";
                if (dialogs.confirm(title, e.getMessage(), "Open a read-only copy")) {
                    openCopy(file);
                    return;
                }
                busy("");
                return;
            }
            if (failure instanceof AuthorityFileException e && e.reason() == AuthorityFileException.Reason.MISSING) {
                forgetRecent(file);
            }
            openFailed(failure);
        });
    }

    @Override
    public void openReview(org.partnershipatlas.model.Review review) {
        DocumentSession current = session.get();
        if (current == null) {
            return;
        }
        PreparedDocument.Origin origin = current.reviewOrigin() != null ? current.reviewOrigin()
                : new PreparedDocument.Origin(current.file(), current.isSample());
        busy("Opening " + review.name() + "…");
        current.whenSaved(() -> runner.run("Opening " + review.name(), progress -> {
            AuthorityStore copy = AuthorityStore.openCopyOf(origin.file(), appVersion);
            try {
                return new PreparedDocument(copy, org.partnershipatlas.document.Reviews.open(copy, review), true,
                        false, review, origin);
            } catch (AuthorityFileException e) {
                copy.close();
                throw e;
            }
        }, this::show, this::openFailed));
    }

    @Override
    public void leaveReview() {
        DocumentSession current = session.get();
        if (current == null || current.reviewOrigin() == null) {
            return;
        }
        PreparedDocument.Origin origin = current.reviewOrigin();
        busy("Opening " + origin.file().getFileName() + "…");
        runner.run("Opening " + origin.file().getFileName(), progress -> {
            AuthorityStore store = AuthorityStore.open(origin.file(), appVersion);
            return new PreparedDocument(store, store.load(), false, origin.sample());
        }, this::show, this::openFailed);
    }

    /** File > New: asks for the authority's name and where to keep the file, then creates it. */
    public void newFile() {
        Optional<DialogService.NewAuthority> details = dialogs.askNewAuthority();
        if (details.isEmpty()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToSave("Create an authority file", details.get().name());
        if (chosen.isEmpty()) {
            return;
        }
        Path file = AuthorityFiles.withExtension(chosen.get());
        busy("Creating " + file.getFileName() + "…");
        runner.run("Creating " + file.getFileName(), progress -> {
            AuthorityModel model = new AuthorityModel(new Authority(details.get().name(), details.get().kind(),
                    null, null));
            model.load(STARTING_THEMES.stream().map(name -> (Entity) new Theme(model.newId(), name)).toList());
            AuthorityStore store = AuthorityStore.create(file, model, appVersion);
            return new PreparedDocument(store, store.load(), false, false);
        }, this::show, this::openFailed);
    }

    /** File > Save As: writes a copy, which then becomes the open file. */
    public void saveAs() {
        DocumentSession current = session.get();
        if (current == null) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToSave("Save a copy as", current.model().authority().name());
        if (chosen.isEmpty()) {
            return;
        }
        Path file = AuthorityFiles.withExtension(chosen.get()).toAbsolutePath();
        if (file.equals(current.file())) {
            return;
        }
        busy("Saving a copy as " + file.getFileName() + "…");
        current.whenSaved(() -> {
            // the background task writes a copy taken now, while edits may go on in the window
            AuthorityModel copy = current.model().copy();
            AuthorityStore from = current.store();
            org.partnershipatlas.model.AuditEntry saved = new org.partnershipatlas.model.AuditEntry(0,
                    java.time.LocalDateTime.now(clock), author(), org.partnershipatlas.model.How.EDIT, null,
                    "Saved as " + file.getFileName() + (current.isSample() ? " from the sample"
                            : " from " + current.file().getFileName()), null, null, null, null, null, null, null);
            saveCopy(current, file, copy, from, saved, modelChanges.get());
        });
    }

    private void saveCopy(DocumentSession current, Path file, AuthorityModel copy, AuthorityStore from,
                          org.partnershipatlas.model.AuditEntry saved, int changesAtCopy) {
        runner.run("Saving as " + file.getFileName(),
                progress -> AuthorityStore.create(file, copy, appVersion, from, saved),
                store -> {
                    if (current.isReadOnly() || current.isSample() || modelChanges.get() != changesAtCopy) {
                        // an edit made while the copy was written stays in the old file, not in this one
                        show(new PreparedDocument(store, copy, false, false));
                    } else {
                        current.switchTo(store);
                        session.set(null);
                        session.set(current);
                        remember(file);
                        busy("");
                    }
                }, this::openFailed);
    }

    /**
     * Before the first change on this computer, asks once for the name the file's history records;
     * given or not, it is not asked again (the computer's user name stands in).
     */
    private void askAuthorOnce(DocumentSession current) {
        if (current.isReadOnly() || settings.userName != null && !settings.userName.isBlank()
                || settings.userNameAsked) {
            return;
        }
        settings.userNameAsked = true;
        dialogs.askUserName().ifPresent(name -> settings.userName = name.strip());
        saveSettings();
    }

    /** Who the file's history names: the name given in the app, else the computer's user name. */
    public String author() {
        String name = settings.userName;
        return name != null && !name.isBlank() ? name.strip() : System.getProperty("user.name", "unknown");
    }

    /** File > Close: closes the open file once every edit is written. */
    public void close() {
        DocumentSession current = session.get();
        if (current == null) {
            return;
        }
        current.model().removeListener(modelListener);
        selectedBodyId.set(null);
        session.set(null);
        current.close(() -> { });
    }

    /** Saves what must be remembered; called when the window closes. */
    public void shutdown(Runnable then) {
        settingsFile.save(settings);
        DocumentSession current = session.get();
        if (current == null) {
            then.run();
        } else {
            current.close(then);
        }
    }

    public void rememberWindow(double x, double y, double width, double height, boolean maximised) {
        settings.windowX = x;
        settings.windowY = y;
        settings.windowWidth = width;
        settings.windowHeight = height;
        settings.maximised = maximised;
        settingsFile.save(settings);
    }

    @Override
    public AppSettings settings() {
        return settings;
    }

    /** Writes the per-user settings now (column choices, the user's name...). */
    @Override
    public void saveSettings() {
        settingsFile.save(settings);
    }

    // ---- edits ----

    /** Applies an edit, telling the user in plain words when the model refuses it. Returns true if applied. */
    @Override
    public boolean perform(Edit edit) {
        return perform(edit, org.partnershipatlas.model.How.EDIT, null);
    }

    @Override
    public boolean perform(Edit edit, org.partnershipatlas.model.How how, String source) {
        DocumentSession current = session.get();
        if (current == null) {
            return false;
        }
        askAuthorOnce(current);
        try {
            current.perform(edit, how, source);
            return true;
        } catch (ModelException e) {
            dialogs.showError("Cannot make that change", e.getMessage());
            return false;
        }
    }

    @Override
    public String attempt(Edit edit) {
        DocumentSession current = session.get();
        if (current == null) {
            return "No authority is open";
        }
        try {
            current.perform(edit);
            return null;
        } catch (ModelException e) {
            return e.getMessage();
        }
    }

    public void undo() {
        runEdit(DocumentSession::undo, "Cannot undo");
    }

    public void redo() {
        runEdit(DocumentSession::redo, "Cannot redo");
    }

    /** Edit > Add body: asks for the essentials and selects the new body. */
    public void addBody() {
        DocumentSession current = session.get();
        if (current == null || current.isReadOnly()) {
            return;
        }
        AuthorityModel model = current.model();
        dialogs.askNewBody(List.copyOf(model.bodies()), model.bodies().isEmpty()).ifPresent(details -> {
            Body body = Body.create(model.newId(), details.name(), details.kind(), details.layer());
            if (perform(new Edit("Add " + body.name(), details.changes(model, body)))) {
                selectedBodyId.set(body.id());
            }
        });
    }

    /** Edit > Delete body: removes the selected body with its lines and seats, after asking. */
    public void deleteSelectedBody() {
        DocumentSession current = session.get();
        Body body = selectedBody();
        if (current == null || body == null || current.isReadOnly()) {
            return;
        }
        long lines = current.model().linesOf(body.id()).size();
        long seats = current.model().seatsOn(body.id()).size();
        String detail = lines + seats == 0 ? "" : " Its " + (lines == 0 ? "" : Text.count(lines, "line", "lines"))
                + (lines > 0 && seats > 0 ? " and " : "") + (seats == 0 ? "" : Text.count(seats, "seat", "seats"))
                + (lines + seats == 1 ? " goes" : " go") + " with it.";
        if (!dialogs.confirm("Delete body", "Delete " + body.describe() + "?" + detail
                + " You can undo this.", "Delete")) {
            return;
        }
        if (perform(new Edit("Delete " + body.name(), current.model().deletionOf(body)))) {
            selectedBodyId.set(null);
        }
    }

    /** Asks for new thresholds and rates and applies them as one undoable step. */
    public void editSettings() {
        DocumentSession current = session.get();
        if (current == null || current.isReadOnly()) {
            return;
        }
        var before = current.model().settings();
        dialogs.editSettings(before).ifPresent(after ->
                perform(Edit.of("Change thresholds", Change.update(before, after))));
    }

    /** Asks for new significance criteria and applies them as one undoable step; every band follows. */
    public void editScheme() {
        DocumentSession current = session.get();
        if (current == null || current.isReadOnly()) {
            return;
        }
        var before = current.model().significanceScheme();
        dialogs.editScheme(before).ifPresent(after ->
                perform(Edit.of("Change significance criteria", Change.update(before, after))));
    }

    // ---- state for the views ----

    @Override
    public ObjectProperty<DocumentSession> sessionProperty() {
        return session;
    }

    @Override
    public ObjectProperty<Long> selectedBodyIdProperty() {
        return selectedBodyId;
    }

    /** Goes up by one on every change to the open model, so views know to refresh. */
    @Override
    public IntegerProperty modelChangesProperty() {
        return modelChanges;
    }

    /** Bodies to mark in every list, e.g. those a selected finding is about. */
    @Override
    public ObjectProperty<java.util.Set<Long>> highlightedBodyIdsProperty() {
        return highlighted;
    }

    /** Today, by the app's clock. */
    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The version written into files and exports. */
    public String appVersion() {
        return appVersion;
    }

    @Override
    public TaskRunner runner() {
        return runner;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    @Override
    public StringProperty busyMessageProperty() {
        return busyMessage;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }


    public BooleanBinding documentOpen() {
        return session.isNotNull();
    }

    /** "Northmoor District Council – Northmoor.atlas.mv.db – Partnership Atlas". */
    public StringBinding title() {
        return Bindings.createStringBinding(() -> {
            DocumentSession current = session.get();
            if (current == null) {
                return "Partnership Atlas";
            }
            String what = current.isSample() ? "sample (Save As to keep your changes)"
                    : current.file().getFileName().toString();
            String readOnly = current.review() != null ? " – " + current.review().name() + " (a recorded review, read-only)"
                    : current.isReadOnly() ? " (read-only copy)" : "";
            return current.model().authority().name() + " – " + what + readOnly + " – Partnership Atlas";
        }, session, modelChanges);
    }

    /** The status bar's counts: "70 bodies (4 strategic, 9 executive, 57 operational) · 45 organisations…". */
    public StringBinding counts() {
        return Bindings.createStringBinding(() -> {
            DocumentSession current = session.get();
            if (current == null) {
                return "No authority open";
            }
            AuthorityModel model = current.model();
            Map<Layer, Integer> byLayer = new EnumMap<>(Layer.class);
            int partnerships = 0;
            for (Body body : model.bodies()) {
                byLayer.merge(body.layer(), 1, Integer::sum);
                partnerships += body.classification() == Classification.PARTNERSHIP ? 1 : 0;
            }
            return Text.count(model.bodies().size(), "body", "bodies") + " (" + byLayer.getOrDefault(Layer.STRATEGIC, 0)
                    + " strategic, " + byLayer.getOrDefault(Layer.EXECUTIVE, 0) + " executive, "
                    + byLayer.getOrDefault(Layer.OPERATIONAL, 0) + " operational) · "
                    + Text.count(partnerships, "partnership", "partnerships") + " · "
                    + Text.count(model.organisations().size(), "organisation", "organisations") + " · "
                    + Text.count(model.people().size(), "person", "people") + " · "
                    + Text.count(model.lines().size(), "line", "lines") + " · "
                    + Text.count(model.seats().size(), "seat", "seats");
        }, session, modelChanges);
    }

    // ---- internals ----


    private void openCopy(Path file) {
        runner.run("Opening a copy of " + file.getFileName(), progress -> {
            AuthorityStore store = AuthorityStore.openCopyOf(file, appVersion);
            return new PreparedDocument(store, store.load(), true, false);
        }, this::show, this::openFailed);
    }

    private void show(PreparedDocument opened) {
        DocumentSession previous = session.get();
        if (previous != null) {
            previous.model().removeListener(modelListener);
            if (previous.store() != opened.store()) {
                previous.close(() -> { });
            }
        }
        DocumentSession next = new DocumentSession(new org.partnershipatlas.document.EditPath(opened.model(),
                opened.store(), this::author, clock), runner, opened.readOnly(), opened.sample(),
                message -> dialogs.showError("Change not saved", message));
        if (opened.review() != null) {
            next.showsReview(opened.review(), opened.origin());
        }
        opened.model().addListener(modelListener);
        selectedBodyId.set(null);
        highlighted.set(java.util.Set.of());
        session.set(next);
        if (!opened.sample() && !opened.readOnly()) {
            remember(opened.store().file());
        }
        busy("");
    }

    private void openFailed(Throwable failure) {
        busy("");
        String message = failure instanceof AuthorityFileException ? failure.getMessage()
                : failure instanceof IOException ? "The file could not be read or written: " + failure.getMessage()
                : "Something went wrong: " + failure;
        dialogs.showError("Cannot open or save the file", message);
    }

    private void runEdit(java.util.function.Consumer<DocumentSession> action, String title) {
        DocumentSession current = session.get();
        if (current == null) {
            return;
        }
        try {
            action.accept(current);
        } catch (ModelException e) {
            dialogs.showError(title, e.getMessage());
        }
    }

    private void modelChanged(Edit edit) {
        modelChanges.set(modelChanges.get() + 1);
        Long selected = selectedBodyId.get();
        if (selected != null && session.get() != null && session.get().model().body(selected) == null) {
            selectedBodyId.set(null);
        }
    }

    private void remember(Path file) {
        Path absolute = file.toAbsolutePath();
        settings.remember(absolute.toString());
        settingsFile.save(settings);
        recentFiles.setAll(settings.recentFiles.stream().map(Path::of).toList());
    }

    private void forgetRecent(Path file) {
        settings.recentFiles.remove(file.toAbsolutePath().toString());
        settingsFile.save(settings);
        recentFiles.setAll(settings.recentFiles.stream().map(Path::of).toList());
    }

    private void busy(String message) {
        busyMessage.set(message);
    }
}
