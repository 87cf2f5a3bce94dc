package org.partnershipatlas.ui.pack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.report.RegisterColumn;
import org.partnershipatlas.report.pack.PackExporter;
import org.partnershipatlas.report.pack.PackOptions;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;
import org.partnershipatlas.ui.settings.AppSettings;
import org.partnershipatlas.ui.task.TaskRunner;

/**
 * Export > Cabinet appendices: what goes in the pack (appendices, themes, files, paper, confidential
 * fields, folder), remembered per authority file, and the export itself as a background task with
 * progress and cancel. When it is done the folder is opened so the files can be attached at once.
 */
public final class PackViewModel {
    private final DocumentContext main;
    private final org.partnershipatlas.ui.dialog.CommonDialogs dialogs;
    private final PackDialogs packDialogs;
    private final org.partnershipatlas.ui.settings.KeptSettings settings;
    private final Consumer<Path> openFolder;
    private final Map<Integer, BooleanProperty> appendices = new TreeMap<>();
    /** The appendices' codes in the order they will be numbered; the dialog moves them up and down. */
    private final ObservableList<Integer> order = FXCollections.observableArrayList();
    private final javafx.beans.property.StringProperty committee = new javafx.beans.property.SimpleStringProperty(this, "committee", "");
    private final ObjectProperty<java.time.LocalDate> meetingDate = new SimpleObjectProperty<>(this, "meetingDate");
    private final javafx.beans.property.StringProperty reference = new javafx.beans.property.SimpleStringProperty(this, "reference", "");
    private final javafx.beans.property.StringProperty reportOf = new javafx.beans.property.SimpleStringProperty(this, "reportOf", "");
    private final javafx.beans.property.StringProperty contactOfficer = new javafx.beans.property.SimpleStringProperty(this, "contactOfficer", "");
    private final javafx.beans.property.StringProperty contactDetails = new javafx.beans.property.SimpleStringProperty(this, "contactDetails", "");
    private final Map<PackOptions.Format, BooleanProperty> formats = new EnumMap<>(PackOptions.Format.class);
    private final ObservableList<Theme> themes = FXCollections.observableArrayList();
    private final ObservableList<Theme> chosenThemes = FXCollections.observableArrayList();
    private final ObjectProperty<PackOptions.Paper> paper = new SimpleObjectProperty<>(this, "paper", PackOptions.Paper.A4);
    private final BooleanProperty confidential = new SimpleBooleanProperty(this, "confidential");
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper unplanned = new ReadOnlyStringWrapper(this, "unplanned", "");
    private TaskRunner.Handle running;

    public PackViewModel(DocumentContext main, org.partnershipatlas.ui.dialog.CommonDialogs dialogs, PackDialogs packDialogs, org.partnershipatlas.ui.settings.KeptSettings settings, Consumer<Path> openFolder) {
        this.main = main;
        this.dialogs = dialogs;
        this.packDialogs = packDialogs;
        this.settings = settings;
        this.openFolder = openFolder;
        for (int code : PackOptions.ALL_APPENDICES) {
            appendices.put(code, new SimpleBooleanProperty(true));
        }
        order.setAll(PackOptions.ALL_APPENDICES);
        for (PackOptions.Format format : PackOptions.Format.values()) {
            formats.put(format, new SimpleBooleanProperty(true));
        }
    }

    public BooleanProperty appendix(int number) {
        return appendices.get(number);
    }

    /** The appendices by code, in the order they will be numbered. */
    public ObservableList<Integer> order() {
        return order;
    }

    /** "Appendix 2: The action plan" for a ticked appendix, by its place among the ticked ones; else its name. */
    public String appendixLabel(int code) {
        int number = 0;
        for (int c : order) {
            if (appendices.get(c).get()) {
                number++;
            }
            if (c == code) {
                return (appendices.get(c).get() ? "Appendix " + number + ": " : "Not included: ") + PackOptions.title(code);
            }
        }
        return PackOptions.title(code);
    }

    /** Moves an appendix one place earlier (up) or later (down) in the pack; false at either end. */
    public boolean move(int code, boolean up) {
        int at = order.indexOf(code);
        int to = up ? at - 1 : at + 1;
        if (at < 0 || to < 0 || to >= order.size()) {
            return false;
        }
        order.remove(at);
        order.add(to, code);
        return true;
    }

    public javafx.beans.property.StringProperty committeeProperty() {
        return committee;
    }

    public ObjectProperty<java.time.LocalDate> meetingDateProperty() {
        return meetingDate;
    }

    public javafx.beans.property.StringProperty referenceProperty() {
        return reference;
    }

    public javafx.beans.property.StringProperty reportOfProperty() {
        return reportOf;
    }

    public javafx.beans.property.StringProperty contactOfficerProperty() {
        return contactOfficer;
    }

    public javafx.beans.property.StringProperty contactDetailsProperty() {
        return contactDetails;
    }

    public BooleanProperty format(PackOptions.Format format) {
        return formats.get(format);
    }

    /** Every theme of the authority, to choose from. */
    public ObservableList<Theme> themes() {
        return themes;
    }

    /** The themes chosen; none chosen means the whole map. */
    public ObservableList<Theme> chosenThemes() {
        return chosenThemes;
    }

    public ObjectProperty<PackOptions.Paper> paperProperty() {
        return paper;
    }

    public BooleanProperty confidentialProperty() {
        return confidential;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** What stops the export, in a sentence, or empty when it can go ahead. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Fills the choices for the open authority: those used last time for it, or everything. */
    public void prepare() {
        AuthorityModel model = model();
        countUnplanned(model);
        themes.setAll(model == null ? List.of() : new ArrayList<>(model.themes()));
        AppSettings.PackChoices saved = settings.settings().packChoices.get(key());
        // choices saved before the review report existed (no order kept) take it in
        appendices.forEach((n, p) -> p.set(saved == null || saved.appendices.contains(n)
                || saved.order == null && n == 7));
        List<Integer> ordered = new ArrayList<>();
        if (saved != null && saved.order != null) {
            saved.order.stream().filter(appendices::containsKey).distinct().forEach(ordered::add);
        }
        PackOptions.ALL_APPENDICES.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        order.setAll(ordered);
        org.partnershipatlas.model.CabinetPapers papers = model == null
                ? org.partnershipatlas.model.CabinetPapers.NONE : model.cabinetPapers();
        committee.set(papers.committee());
        meetingDate.set(papers.meetingDate());
        reference.set(orEmpty(papers.reference()));
        reportOf.set(orEmpty(papers.reportOf()));
        contactOfficer.set(orEmpty(papers.contactOfficer()));
        contactDetails.set(orEmpty(papers.contactDetails()));
        formats.forEach((f, p) -> p.set(saved == null || saved.formats.contains(f.name())));
        chosenThemes.setAll(saved == null ? List.of() : themes.stream().filter(t -> saved.themes.contains(t.name())).toList());
        paper.set(saved == null || saved.paper == null ? PackOptions.Paper.A4 : PackOptions.Paper.valueOf(saved.paper));
        confidential.set(saved != null && saved.confidential);
        Path base = session() == null ? null : session().isSample() ? Path.of(System.getProperty("user.home"))
                : session().file().toAbsolutePath().getParent();
        Path suggested = base == null ? null : base.resolve(model.authority().name() + " cabinet appendices");
        folder.set(saved != null && saved.folder != null ? Path.of(saved.folder) : suggested);
        check();
    }

    /** Re-reads what would stop an export; the dialog's Export button follows it. */
    public String check() {
        String why = "";
        if (session() == null) {
            why = "Open an authority first.";
        } else if (appendices.values().stream().noneMatch(BooleanProperty::get)) {
            why = "Choose at least one appendix.";
        } else if (formats.values().stream().noneMatch(BooleanProperty::get)) {
            why = "Choose at least one kind of file.";
        } else if (folder.get() == null) {
            why = "Choose a folder for the files.";
        }
        problem.set(why);
        return why;
    }

    public BooleanBinding canExport() {
        return Bindings.createBooleanBinding(() -> problem.get().isEmpty() && !exporting.get(), problem, exporting);
    }

    /** The options the choices stand for. */
    public PackOptions options() {
        Set<Integer> chosen = new LinkedHashSet<>();
        order.forEach(n -> {
            if (appendices.get(n).get()) {
                chosen.add(n);
            }
        });
        Set<PackOptions.Format> files = new LinkedHashSet<>();
        formats.forEach((f, p) -> {
            if (p.get()) {
                files.add(f);
            }
        });
        Set<Long> themeIds = new LinkedHashSet<>();
        chosenThemes.forEach(t -> themeIds.add(t.id()));
        return new PackOptions(chosen, themeIds, registerColumns(), files, paper.get(), confidential.get());
    }

    /** Export > Cabinet appendices: the dialog on the remembered choices, then the export if asked. */
    public void askAndExport() {
        prepare();
        if (packDialogs.editPack(this)) {
            export();
        }
    }

    /** How many findings have no action on the plan, counted in the background on a copy. */
    private void countUnplanned(AuthorityModel model) {
        unplanned.set("");
        if (model == null) {
            return;
        }
        AuthorityModel copy = model.copy();
        java.time.LocalDate today = main.today();
        main.runner().run("Checking the action plan", progress -> HealthCheck.run(copy, today).stream()
                .filter(f -> !HealthCheck.hasOpenAction(copy, f)).count(), count -> unplanned.set(count == 0
                        ? "Every finding of the health check has an action on the plan."
                        : count + (count == 1 ? " finding has" : " findings have") + " no action on the plan yet: "
                        + "Health check > Adopt every suggested action puts them on it, for cabinet to approve."),
                failure -> unplanned.set(""));
    }

    /** What the pack dialog says of findings still without an action on the plan; "" when not known. */
    public ReadOnlyStringProperty unplannedProperty() {
        return unplanned.getReadOnlyProperty();
    }

    /** Writes the pack in the background; remembers the choices; opens the folder when done. */
    public boolean export() {
        if (!check().isEmpty() || exporting.get()) {
            return false;
        }
        DocumentSession session = session();
        keepMeeting(session);
        AuthorityModel snapshot = session.model().copy();
        PackOptions options = options();
        Path target = folder.get();
        remember(options, target);
        exporting.set(true);
        java.time.LocalDate today = main.today();
        org.partnershipatlas.store.AuthorityStore store = session.store();
        org.partnershipatlas.model.Review viewing = session.review();
        running = main.runner().run("Exporting the cabinet appendices", progress -> PackExporter.export(snapshot,
                options, HealthCheck.run(snapshot, today), today,
                store == null ? null : org.partnershipatlas.document.Reviews.latest(store, snapshot, today, viewing),
                target,
                progress::update, progress::isCancelled),
                files -> {
                    exporting.set(false);
                    main.busyMessageProperty().set("");
                    openFolder.accept(target);
                }, failure -> {
                    exporting.set(false);
                    main.busyMessageProperty().set("");
                    if (failure instanceof java.util.concurrent.CancellationException) {
                        return;
                    }
                    dialogs.showError("Cannot export the cabinet appendices", "Could not write the pack into "
                            + target + ": " + failure.getMessage());
                });
        main.busyMessageProperty().set("Exporting the cabinet appendices…");
        return true;
    }

    /**
     * The meeting, reference and contact officer as typed, kept in the file (one undoable edit, only
     * when they changed), so the next pack of this authority starts from them.
     */
    private void keepMeeting(DocumentSession session) {
        if (session.isReadOnly()) {
            return;
        }
        org.partnershipatlas.model.CabinetPapers current = session.model().cabinetPapers();
        org.partnershipatlas.model.CabinetPapers typed = current.withMeeting(committee.get(), meetingDate.get(),
                reference.get(), reportOf.get(), contactOfficer.get(), contactDetails.get());
        if (!typed.equals(current)) {
            main.perform(org.partnershipatlas.model.Edit.of("Change the cabinet meeting details",
                    org.partnershipatlas.model.Change.update(current, typed)));
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public void cancel() {
        if (running != null && exporting.get()) {
            running.cancel();
        }
    }

    private void remember(PackOptions options, Path target) {
        AppSettings.PackChoices choices = new AppSettings.PackChoices();
        choices.appendices = new ArrayList<>(options.appendices());
        choices.order = new ArrayList<>(order);
        choices.formats = options.formats().stream().map(Enum::name).toList();
        choices.themes = chosenThemes.stream().map(Theme::name).toList();
        choices.paper = options.paper().name();
        choices.confidential = options.confidential();
        choices.folder = target.toString();
        settings.settings().packChoices.put(key(), choices);
        settings.saveSettings();
    }

    /** The register's columns as the user last arranged them, else all but the risk rating. */
    private List<RegisterColumn> registerColumns() {
        List<RegisterColumn> columns = new ArrayList<>();
        for (String name : settings.settings().registerColumns) {
            try {
                columns.add(RegisterColumn.valueOf(name));
            } catch (IllegalArgumentException ignored) {
                // a column this version no longer has
            }
        }
        return columns.isEmpty() ? PackOptions.defaults().columns() : columns;
    }

    private String key() {
        DocumentSession session = session();
        return session == null ? "" : session.file().toAbsolutePath().toString();
    }

    private DocumentSession session() {
        return main.sessionProperty().get();
    }

    private AuthorityModel model() {
        DocumentSession session = session();
        return session == null ? null : session.model();
    }
}
