package org.partnershipatlas.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.partnershipatlas.ui.actions.ActionPlanView;
import org.partnershipatlas.ui.actions.ActionPlanViewModel;
import org.partnershipatlas.ui.browse.BodyTableView;
import org.partnershipatlas.ui.classify.ClassificationView;
import org.partnershipatlas.ui.classify.ClassificationViewModel;
import org.partnershipatlas.ui.register.RegisterView;
import org.partnershipatlas.ui.register.RegisterViewModel;
import org.partnershipatlas.ui.cost.CostView;
import org.partnershipatlas.ui.health.HealthCheckView;
import org.partnershipatlas.ui.health.HealthCheckViewModel;
import org.partnershipatlas.ui.browse.BodyTreeView;
import org.partnershipatlas.ui.browse.BodyTreeViewModel;
import org.partnershipatlas.ui.inspector.InspectorView;
import org.partnershipatlas.ui.inspector.InspectorViewModel;
import org.partnershipatlas.ui.map.HoverCard;
import org.partnershipatlas.ui.map.MapEdits;
import org.partnershipatlas.ui.map.MapView;
import org.partnershipatlas.ui.map.MapViewModel;
import org.partnershipatlas.ui.pack.PackViewModel;
import org.partnershipatlas.ui.seats.WhoSitsWhereView;
import org.partnershipatlas.ui.seats.WhoSitsWhereViewModel;
import org.partnershipatlas.ui.task.FxTaskRunner;

/**
 * The main window's layout: menus, the body tree on the left, the centre area, the inspector on the
 * right and a status bar with counts and progress. It binds to the view models and holds no state.
 */
public final class MainView extends BorderPane {
    private final MainViewModel viewModel;
    private final BodyTreeView tree;
    private final Menu recentMenu = new Menu("Open _Recent");
    private final TabPane tabs = new TabPane();
    private final WindowDialogs dialogs;
    private HealthCheckViewModel health;
    private MapView map;
    private MapViewModel mapModel;
    private PackViewModel pack;
    private org.partnershipatlas.ui.exchange.ImportViewModel importer;
    private org.partnershipatlas.ui.exchange.ExchangeExportViewModel exchange;
    private org.partnershipatlas.ui.workshop.WorkshopViewModel workshop;
    private org.partnershipatlas.ui.workshop.WorkshopWindows workshopWindows;
    private org.partnershipatlas.ui.review.ReviewScreens review;

    public MainView(MainViewModel viewModel, WindowDialogs dialogs, FxTaskRunner runner, java.time.Clock clock, Runnable quit,
                    Runnable about, java.util.function.Consumer<Path> openFolder) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        getStyleClass().add("main-view");
        BodyTreeViewModel treeModel = new BodyTreeViewModel(viewModel);
        tree = new BodyTreeView(treeModel, viewModel);
        ActionPlanView actionPlan = new ActionPlanView(new ActionPlanViewModel(viewModel));
        java.util.function.LongConsumer addActionFor = bodyId -> {
            showTab("tab-actions");
            actionPlan.addAndEdit(bodyId);
        };
        InspectorView inspector = new InspectorView(new InspectorViewModel(viewModel, dialogs),
                new org.partnershipatlas.ui.seats.BodySeatsViewModel(viewModel, dialogs), addActionFor, clock);
        BodyTableView table = new BodyTableView(viewModel);
        HealthCheckViewModel health = new HealthCheckViewModel(viewModel);
        MapViewModel mapModel = new MapViewModel(viewModel, dialogs);
        map = new MapView(mapModel, new org.partnershipatlas.ui.map.MapKeyboard(mapModel, viewModel),
                new MapEdits(viewModel, dialogs, viewModel::deleteSelectedBody, addActionFor), new HoverCard(viewModel),
                viewModel, dialogs);
        map.setOnOpenDetails(inspector::focusFirstField);
        this.mapModel = mapModel;
        org.partnershipatlas.ui.people.PeopleViewModel peopleModel =
                new org.partnershipatlas.ui.people.PeopleViewModel(viewModel, dialogs, dialogs);
        var people = new org.partnershipatlas.ui.people.PartyListView<>(peopleModel,
                org.partnershipatlas.model.PartyFields.PersonField.class, "people", "person",
                "No people yet. Type a name above and press Add person, or import a register.",
                peopleModel::seatLines);
        var organisations = new org.partnershipatlas.ui.people.PartyListView<>(
                new org.partnershipatlas.ui.people.OrganisationsViewModel(viewModel, dialogs, dialogs),
                org.partnershipatlas.model.PartyFields.OrganisationField.class, "organisations", "organisation",
                "No organisations yet. Type a name above and press Add organisation, or import a register.", null);
        tabs.getTabs().addAll(tab("Map", "tab-map", map),
                tab("Who sits where", "tab-seats", new WhoSitsWhereView(new WhoSitsWhereViewModel(viewModel,
                        mapModel.seats(), dialogs))),
                tab("Bodies", "tab-bodies", table),
                tab("Register", "tab-register", new RegisterView(new RegisterViewModel(viewModel, viewModel), viewModel,
                        dialogs)),
                tab("Classify", "tab-classify", new ClassificationView(new ClassificationViewModel(viewModel, dialogs, viewModel))),
                tab("Health check", "tab-health", new HealthCheckView(health, viewModel::editSettings)),
                tab("Action plan", "tab-actions", actionPlan),
                tab("Cost of partnership working", "tab-cost", new CostView(new org.partnershipatlas.ui.cost.CostViewModel(viewModel))),
                tab("People", "tab-people", people),
                tab("Organisations", "tab-organisations", organisations));
        this.review = new org.partnershipatlas.ui.review.ReviewScreens(viewModel, dialogs, viewModel,
                viewModel.appVersion(), viewModel::author, mapModel.compareProperty());
        tabs.getTabs().addAll(review.changesTab(), review.historyTab());
        inspector.addSection("History", "inspector-history", review.bodyHistory(), review.bodyHistoryOpen());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        this.health = health;
        this.pack = new PackViewModel(viewModel, dialogs, dialogs, viewModel, openFolder);
        this.importer = new org.partnershipatlas.ui.exchange.ImportViewModel(viewModel, dialogs, dialogs, viewModel);
        this.exchange = new org.partnershipatlas.ui.exchange.ExchangeExportViewModel(viewModel, dialogs, dialogs,
                viewModel.appVersion());
        this.workshop = new org.partnershipatlas.ui.workshop.WorkshopViewModel(viewModel, dialogs, clock);
        this.workshopWindows = new org.partnershipatlas.ui.workshop.WorkshopWindows(workshop);
        Button present = new Button("Present (F5)");
        present.setId("map-present");
        present.setAccessibleText("Start the workshop presentation, full screen");
        present.setOnAction(e -> present());
        map.addToToolbar(present);
        map.showOverTheMap(org.partnershipatlas.ui.help.GettingStarted.onTheMap(viewModel::addBody, importer::start),
                Bindings.createBooleanBinding(() -> viewModel.model() != null && viewModel.model().bodies().isEmpty()
                        && !viewModel.isReadOnly(), viewModel.sessionProperty(), viewModel.modelChangesProperty()));

        SplitPane split = new SplitPane(tree, tabs, inspector);
        split.setDividerPositions(0.19, 0.71);
        SplitPane.setResizableWithParent(tree, false);
        SplitPane.setResizableWithParent(inspector, false);
        hideInspectorOn(split, inspector, java.util.Set.of("tab-people", "tab-organisations", "tab-changes",
                "tab-history"));
        BorderPane centre = new BorderPane();
        centre.setTop(review.banner());
        centre.centerProperty().bind(Bindings.when(viewModel.documentOpen())
                .then((javafx.scene.Node) split).otherwise(welcome()));
        setCenter(centre);
        setTop(menus(treeModel, quit, about));
        setBottom(statusBar(runner));
        keepTypedText(() -> {
            inspector.saveTyped();
            actionPlan.saveTyped();
            people.saveTyped();
            organisations.saveTyped();
        });
    }

    /**
     * Text typed in the inspector is saved when the user goes elsewhere by any route: another tab, a
     * menu, a shortcut, or closing the window (another body chosen is the inspector's own business).
     */
    private void keepTypedText(Runnable saveTyped) {
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> saveTyped.run());
        sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                return;
            }
            scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
                boolean textEditing = key.getTarget() instanceof javafx.scene.control.TextInputControl
                        && TEXT_KEYS.contains(key.getCode());
                if (!textEditing && scene.getAccelerators().keySet().stream().anyMatch(k -> k.match(key))) {
                    saveTyped.run();
                }
            });
            scene.windowProperty().addListener((w, before, window) -> {
                if (window != null) {
                    window.addEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, e -> saveTyped.run());
                }
            });
        });
        if (getTop() instanceof MenuBar bar) {
            bar.getMenus().forEach(menu -> menu.addEventHandler(Menu.ON_SHOWING, e -> saveTyped.run()));
        }
    }

    /**
     * The inspector is about bodies: on screens about people and organisations it makes way for their
     * own form, and comes back where it was when the user returns to a screen about bodies.
     */
    private void hideInspectorOn(SplitPane split, InspectorView inspector, java.util.Set<String> tabIds) {
        double[] kept = {0.71};
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            boolean hide = now != null && tabIds.contains(now.getId());
            boolean shown = split.getItems().contains(inspector);
            if (hide && shown) {
                kept[0] = split.getDividerPositions()[1];
                split.getItems().remove(inspector);
            } else if (!hide && !shown) {
                double first = split.getDividerPositions()[0];
                split.getItems().add(inspector);
                split.setDividerPositions(first, kept[0]);
            }
        });
    }

    /** Shortcuts a text field keeps for itself (its own undo, copy and paste), which do not leave it. */
    private static final java.util.Set<KeyCode> TEXT_KEYS = java.util.EnumSet.of(KeyCode.Z, KeyCode.Y, KeyCode.A,
            KeyCode.C, KeyCode.V, KeyCode.X);

    /** F5: the workshop presentation, on the second screen when there is one. */
    private void present() {
        if (viewModel.sessionProperty().get() != null && getScene() != null) {
            workshopWindows.start(getScene().getWindow());
        }
    }

    /** The map, for the benchmark that times it in a real window. */
    public MapView mapView() {
        return map;
    }

    private MenuBar menus(BodyTreeViewModel treeModel, Runnable quit, Runnable about) {
        var noDocument = viewModel.documentOpen().not();

        MenuItem newFile = item("_New…", "menu-new", shortcut(KeyCode.N), viewModel::newFile);
        MenuItem open = item("_Open…", "menu-open", shortcut(KeyCode.O), viewModel::open);
        MenuItem sample = item("Open the _Sample", "menu-sample",
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                viewModel::openSample);
        MenuItem saveAs = item("Save _As…", "menu-save-as",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                viewModel::saveAs);
        saveAs.disableProperty().bind(noDocument);
        MenuItem close = item("_Close", "menu-close", shortcut(KeyCode.W), viewModel::close);
        close.disableProperty().bind(noDocument);
        MenuItem importItem = item("_Import…", "menu-import", shortcut(KeyCode.I), () -> importer.start());
        MenuItem exportItem = item("_Export for another tool…", "menu-export",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> exchange.start());
        importItem.disableProperty().bind(viewModel.documentOpen().not());
        exportItem.disableProperty().bind(viewModel.documentOpen().not());
        MenuItem exit = item("_Quit", "menu-quit", shortcut(KeyCode.Q), quit);
        recentMenu.setId("menu-recent");
        viewModel.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecent());
        rebuildRecent();
        Menu file = new Menu("_File", null, newFile, open, recentMenu, sample, new SeparatorMenuItem(), saveAs, close,
                new SeparatorMenuItem(), importItem, exportItem, new SeparatorMenuItem(), exit);

        MenuItem undo = item("_Undo", "menu-undo", shortcut(KeyCode.Z), viewModel::undo);
        MenuItem redo = item("_Redo", "menu-redo", shortcut(KeyCode.Y), viewModel::redo);
        viewModel.sessionProperty().addListener((o, was, now) -> {
            undo.textProperty().unbind();
            redo.textProperty().unbind();
            undo.disableProperty().unbind();
            redo.disableProperty().unbind();
            if (now == null) {
                undo.setText("Undo");
                redo.setText("Redo");
                undo.setDisable(true);
                redo.setDisable(true);
            } else {
                undo.textProperty().bind(now.undoLabelProperty());
                redo.textProperty().bind(now.redoLabelProperty());
                undo.disableProperty().bind(now.canUndoProperty().not());
                redo.disableProperty().bind(now.canRedoProperty().not());
            }
        });
        undo.setDisable(true);
        redo.setDisable(true);
        MenuItem add = item("_Add body…", "menu-add-body",
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                viewModel::addBody);
        add.disableProperty().bind(noDocument);
        MenuItem delete = item("_Delete body…", "menu-delete-body", shortcut(KeyCode.DELETE),
                viewModel::deleteSelectedBody);
        delete.disableProperty().bind(viewModel.selectedBodyIdProperty().isNull());
        MenuItem find = item("_Find body", "menu-find", shortcut(KeyCode.F), () -> {
            if ("tab-map".equals(tabs.getSelectionModel().getSelectedItem().getId())) {
                map.focusSearch();
            } else {
                tree.focusFilter();
            }
        });
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), add, delete, new SeparatorMenuItem(),
                find);

        MenuItem byLayer = item("Group by _layer", "menu-by-layer", shortcut(KeyCode.DIGIT1),
                () -> treeModel.groupingProperty().set(BodyTreeViewModel.Grouping.BY_LAYER));
        MenuItem byTheme = item("Group by _theme", "menu-by-theme", shortcut(KeyCode.DIGIT2),
                () -> treeModel.groupingProperty().set(BodyTreeViewModel.Grouping.BY_THEME));
        MenuItem showMap = item("_Map", "menu-map", shortcut(KeyCode.M), () -> showTab("tab-map"));
        MenuItem zoomIn = item("Zoom _in", "menu-zoom-in", shortcut(KeyCode.EQUALS), () -> mapModel.zoomIn());
        MenuItem zoomOut = item("Zoom _out", "menu-zoom-out", shortcut(KeyCode.MINUS), () -> mapModel.zoomOut());
        MenuItem zoomFit = item("Zoom to _fit", "menu-zoom-fit", shortcut(KeyCode.DIGIT0), () -> mapModel.zoomToFit());
        MenuItem tidy = item("_Tidy up the map", "menu-tidy",
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> mapModel.tidyUp());
        tidy.disableProperty().bind(noDocument);
        MenuItem organisations = item("Show _organisations on the map", "menu-seats-overlay",
                new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> {
                    showTab("tab-map");
                    mapModel.seats().shownProperty().set(!mapModel.seats().shownProperty().get());
                });
        MenuItem seats = item("_Who sits where", "menu-seats", shortcut(KeyCode.DIGIT7), () -> showTab("tab-seats"));
        MenuItem bodies = item("_Bodies", "menu-bodies", shortcut(KeyCode.DIGIT3), () -> showTab("tab-bodies"));
        MenuItem register = item("_Register", "menu-register", shortcut(KeyCode.DIGIT4),
                () -> showTab("tab-register"));
        MenuItem classify = item("Cla_ssify the selected body", "menu-classify", shortcut(KeyCode.K),
                () -> showTab("tab-classify"));
        MenuItem check = item("Run _health check", "menu-health", new KeyCodeCombination(KeyCode.F7), () -> {
            showTab("tab-health");
            health.refresh();
        });
        check.disableProperty().bind(noDocument);
        MenuItem actions = item("_Action plan", "menu-actions", shortcut(KeyCode.DIGIT5), () -> showTab("tab-actions"));
        MenuItem cost = item("_Cost of partnership working", "menu-cost", shortcut(KeyCode.DIGIT6),
                () -> showTab("tab-cost"));
        MenuItem peopleItem = item("_People", "menu-people", shortcut(KeyCode.DIGIT8), () -> showTab("tab-people"));
        MenuItem organisationsItem = item("Organisatio_ns", "menu-organisations", shortcut(KeyCode.DIGIT9),
                () -> showTab("tab-organisations"));
        MenuItem thresholds = item("Health check _thresholds…", "menu-thresholds", shortcut(KeyCode.T),
                viewModel::editSettings);
        thresholds.disableProperty().bind(noDocument);
        MenuItem scheme = item("Si_gnificance criteria…", "menu-significance", shortcut(KeyCode.G),
                viewModel::editScheme);
        scheme.disableProperty().bind(noDocument);
        Menu view = new Menu("_View", null, showMap, zoomIn, zoomOut, zoomFit, tidy, organisations, seats,
                new SeparatorMenuItem(), byLayer,
                byTheme, new SeparatorMenuItem(), bodies, register, classify,
                check, actions, cost, peopleItem, organisationsItem, new SeparatorMenuItem(), thresholds, scheme);

        MenuItem appendices = item("_Cabinet appendices…", "menu-pack", shortcut(KeyCode.E), () -> pack.askAndExport());
        appendices.disableProperty().bind(noDocument.or(pack.exportingProperty()));
        Menu export = new Menu("E_xport", null, appendices);

        var planModel = new org.partnershipatlas.ui.workshop.WorkshopPlanViewModel(viewModel, dialogs, dialogs);
        var record = new org.partnershipatlas.ui.workshop.WorkshopRecordExport(viewModel, dialogs);
        MenuItem presentItem = item("_Start the presentation", "menu-present", new KeyCodeCombination(KeyCode.F5),
                this::present);
        MenuItem planItem = item("_Plan the workshop…", "menu-workshop-plan", null, planModel::askAndSave);
        MenuItem recordWord = item("Workshop record (_Word)…", "menu-workshop-record-docx", null,
                () -> record.askAndExport("docx"));
        MenuItem recordCsv = item("Workshop record (_CSV)…", "menu-workshop-record-csv", null,
                () -> record.askAndExport("csv"));
        for (MenuItem needsFile : java.util.List.of(presentItem, planItem, recordWord, recordCsv)) {
            needsFile.disableProperty().bind(viewModel.documentOpen().not());
        }
        Menu workshopMenu = new Menu("_Workshop", null, presentItem, planItem, new SeparatorMenuItem(), recordWord,
                recordCsv);
        MenuItem started = item("_Getting started", "menu-getting-started", new KeyCodeCombination(KeyCode.F1),
                () -> org.partnershipatlas.ui.help.GettingStarted.show(getScene() == null ? null : getScene().getWindow()));
        MenuItem aboutItem = item("_About Partnership Atlas", "menu-about", null, about);
        Menu help = new Menu("_Help", null, started, new SeparatorMenuItem(), aboutItem);

        MenuBar bar = new MenuBar(file, edit, view, review.menu(this::showTab), export, workshopMenu, help);
        bar.setUseSystemMenuBar(true);
        // The second redo shortcut most people know (Ctrl+Shift+Z), beside the menu's Ctrl+Y.
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), viewModel::redo);
            }
        });
        return bar;
    }

    private void showTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        int index = 1;
        for (Path path : viewModel.recentFiles()) {
            String name = path.getFileName().toString() + (Files.exists(path) ? "" : " (not found)");
            MenuItem item = new MenuItem((index <= 9 ? "_" + index + " " : "") + name);
            item.setId("recent-" + index++);
            item.setOnAction(e -> viewModel.openFile(path));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private VBox welcome() {
        Label title = new Label("Partnership Atlas");
        title.getStyleClass().add("welcome-title");
        Label text = new Label("Map your council's partnerships, classify them and review their governance.\n"
                + "Open an authority file, start a new one, or look around the Northmoor sample.");
        text.setWrapText(true);
        Button sample = new Button("Open the sample");
        sample.setId("welcome-sample");
        sample.setOnAction(e -> viewModel.openSample());
        Button open = new Button("Open a file…");
        open.setOnAction(e -> viewModel.open());
        Button create = new Button("New authority file…");
        create.setOnAction(e -> viewModel.newFile());
        VBox box = new VBox(14, title, text, new javafx.scene.layout.HBox(10, open, create, sample));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(60));
        box.setId("welcome");
        return box;
    }

    private StatusBar statusBar(FxTaskRunner runner) {
        StatusBar status = new StatusBar();
        status.setId("status-bar");
        status.textProperty().bind(Bindings.when(viewModel.busyMessageProperty().isEmpty())
                .then(viewModel.counts()).otherwise(viewModel.busyMessageProperty()));
        runner.runningProperty().addListener((o, was, now) -> {
            if (now.intValue() > 0 && runner.latestProperty().get() != null) {
                status.progressProperty().bind(runner.latestProperty().get().progressProperty());
            } else {
                status.progressProperty().unbind();
                status.setProgress(0);
            }
        });
        Label saved = new Label();
        saved.setId("save-state");
        viewModel.sessionProperty().addListener((o, was, now) -> {
            saved.textProperty().unbind();
            if (now == null) {
                saved.setText("");
            } else if (now.isReadOnly()) {
                saved.setText("Read-only copy");
            } else {
                saved.textProperty().bind(Bindings.when(now.savingProperty()).then("Saving…").otherwise(
                        now.isSample() ? "Sample: Save As to keep changes" : "All changes saved"));
            }
        });
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-export");
        cancel.visibleProperty().bind(pack.exportingProperty().or(exchange.exportingProperty())
                .or(importer.workingProperty()));
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> {
            pack.cancel();
            exchange.cancel();
            importer.cancel();
        });
        status.getRightItems().addAll(cancel, saved);
        return status;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String text, String id, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
