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
    static final String[] APPENDIX_TITLES = {"1. How the partnerships relate (structure diagram)",
        "2. The partnership register", "3. The action plan", "4. Governance findings",
        "5. Profiles of the partnerships needing oversight", "6. Questions for scrutiny"};

    private final DocumentContext main;
    private final org.partnershipatlas.ui.dialog.CommonDialogs dialogs;
    private final PackDialogs packDialogs;
    private final org.partnershipatlas.ui.settings.KeptSettings settings;
    private final Consumer<Path> openFolder;
    private final Map<Integer, BooleanProperty> appendices = new TreeMap<>();
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
        for (int n = 1; n <= 6; n++) {
            appendices.put(n, new SimpleBooleanProperty(true));
        }
        for (PackOptions.Format format : PackOptions.Format.values()) {
            formats.put(format, new SimpleBooleanProperty(true));
        }
    }

    public BooleanProperty appendix(int number) {
        return appendices.get(number);
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
        appendices.forEach((n, p) -> p.set(saved == null || saved.appendices.contains(n)));
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
        appendices.forEach((n, p) -> {
            if (p.get()) {
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
        AuthorityModel snapshot = session.model().copy();
        PackOptions options = options();
        Path target = folder.get();
        remember(options, target);
        exporting.set(true);
        java.time.LocalDate today = main.today();
        running = main.runner().run("Exporting the cabinet appendices", progress -> PackExporter.export(snapshot,
                options, HealthCheck.run(snapshot, today), today, target, progress::update, progress::isCancelled),
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

    public void cancel() {
        if (running != null && exporting.get()) {
            running.cancel();
        }
    }

    private void remember(PackOptions options, Path target) {
        AppSettings.PackChoices choices = new AppSettings.PackChoices();
        choices.appendices = new ArrayList<>(options.appendices());
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
