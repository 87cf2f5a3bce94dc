package org.partnershipatlas.ui.map;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.partnershipatlas.layout.MapNavigation;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.Sector;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.ui.common.Converters;
import org.partnershipatlas.ui.common.FilterBoxes;

/**
 * The partnership map: a canvas the {@link FxMapPainter} draws, with gestures (click, shift-click,
 * shift-drag to select an area, drag a body to pin it, Ctrl-drag to draw a line, drag the background
 * to pan, wheel or pinch to zoom, arrow keys to pan), context menus, a hover card, search, filters
 * and a legend.
 */
public final class MapView extends BorderPane {
    private final MapViewModel viewModel;
    private final Canvas canvas = new Canvas(800, 600);
    private final Pane overlay = new Pane();
    private final HoverCard card;
    private final TextField search = new TextField();
    private final MapGestures gestures;
    private final double[] viewSize = {800, 600};
    private MapPictures pictures;
    private boolean dirty;

    private FlowPane bar;
    private VBox toolbarRows;

    /** Adds a control at the end of the map's toolbar (the workshop's Present button). */
    public void addToToolbar(javafx.scene.Node control) {
        bar.getChildren().add(control);
    }

    /** Shows {@code guide} over the middle of the map while {@code when} holds (an authority with no bodies). */
    public void showOverTheMap(javafx.scene.Node guide, javafx.beans.value.ObservableBooleanValue when) {
        guide.visibleProperty().bind(when);
        guide.managedProperty().bind(when);
        stack.getChildren().add(guide);
        StackPane.setAlignment(guide, Pos.CENTER);
    }

    private StackPane stack;

    private Runnable onOpenDetails = () -> { };
    private final org.partnershipatlas.ui.document.DocumentContext main;

    public MapView(MapViewModel viewModel, MapKeyboard keyboard, MapEdits edits, HoverCard card,
                   org.partnershipatlas.ui.document.DocumentContext main,
                   org.partnershipatlas.ui.dialog.CommonDialogs dialogs) {
        this.viewModel = viewModel;
        this.card = card;
        this.main = main;
        setId("map");
        canvas.setId("map-canvas");
        canvas.setFocusTraversable(true);
        canvas.setAccessibleRole(javafx.scene.AccessibleRole.NODE);
        canvas.accessibleTextProperty().bind(keyboard.accessibleTextProperty());
        Pane holder = new Pane(canvas);
        holder.setMinSize(200, 200);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener(o -> resized());
        canvas.heightProperty().addListener(o -> resized());
        overlay.setPickOnBounds(false);
        javafx.scene.control.Label summary = new javafx.scene.control.Label();
        summary.setId("map-seat-summary");
        summary.textProperty().bind(viewModel.seats().summaryProperty());
        summary.visibleProperty().bind(summary.textProperty().isNotEmpty());
        summary.setMouseTransparent(true);
        summary.setStyle("-fx-font-weight: bold; -fx-font-size: 14px; -fx-background-color: rgba(255,255,255,0.92);"
                + " -fx-border-color: #0b57d0; -fx-border-width: 2; -fx-padding: 4 8 4 8;");
        stack = new StackPane(holder, overlay, legend(), summary);
        StackPane.setAlignment(stack.getChildren().get(2), Pos.BOTTOM_RIGHT);
        StackPane.setAlignment(summary, Pos.TOP_RIGHT);
        StackPane.setMargin(summary, new Insets(8));
        gestures = new MapGestures(viewModel, edits, canvas, overlay, card, this::requestRedraw);
        new MapMenus(viewModel, edits, main, canvas, overlay);
        pictures = new MapPictures(viewModel, main, dialogs, viewSize);
        bar = toolbar();
        setTop(toolbarRows);
        setCenter(stack);
        setBottom(card);
        for (var property : List.of(viewModel.diagramProperty(), viewModel.scaleProperty(), viewModel.panXProperty(),
                viewModel.panYProperty(), viewModel.selectionProperty(), viewModel.highlightedProperty(),
                viewModel.themeFilterProperty(),
                viewModel.layerFilterProperty(), viewModel.classificationFilterProperty(),
                viewModel.sectorFilterProperty(), viewModel.oversightOnlyProperty(), viewModel.fadeFilteredProperty(),
                viewModel.seats().overlayProperty(), viewModel.seats().selectedOrganisationProperty(),
                viewModel.focusStepsProperty(), viewModel.compareProperty())) {
            property.addListener(o -> requestRedraw());
        }
        // One paint a frame, however many properties a pan or zoom changed: painted just before the
        // scene is laid out and rendered, so the frame shows it without a frame's delay.
        Runnable paintIfDirty = () -> {
            if (dirty) {
                redraw();
            }
        };
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePreLayoutPulseListener(paintIfDirty);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(paintIfDirty);
            }
        });
        // arrows move through the chart (MapKeyboard); with Ctrl or Shift they pan; Enter opens the details
        canvas.setOnKeyPressed(e -> {
            MapNavigation.Step step = switch (e.getCode()) {
                case LEFT -> MapNavigation.Step.LEFT;
                case RIGHT -> MapNavigation.Step.RIGHT;
                case UP -> MapNavigation.Step.UP;
                case DOWN -> MapNavigation.Step.DOWN;
                default -> null;
            };
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && main.selectedBodyIdProperty().get() != null) {
                onOpenDetails.run();
            } else if (step != null && (e.isShortcutDown() || e.isShiftDown())) {
                double pan = 60;
                viewModel.panBy(step == MapNavigation.Step.LEFT ? pan : step == MapNavigation.Step.RIGHT ? -pan : 0,
                        step == MapNavigation.Step.UP ? pan : step == MapNavigation.Step.DOWN ? -pan : 0);
            } else if (step != null) {
                keyboard.step(step);
            } else {
                return;
            }
            e.consume();
        });
    }

    /** What Enter on the map does with a body selected: the window puts the keyboard in the inspector. */
    public void setOnOpenDetails(Runnable action) {
        onOpenDetails = action == null ? () -> { } : action;
    }

    /** The view model behind this view (for the window's menus and for tests that click by position). */
    public MapViewModel viewModel() {
        return viewModel;
    }

    /** Puts the keyboard in the map's search box (Ctrl+F while the map is showing). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Asks for a paint in the next frame; several requests before it make one paint. */
    void requestRedraw() {
        if (!dirty) {
            dirty = true;
            javafx.application.Platform.requestNextPulse();
        }
    }

    /** Paints the diagram as the view model now sees it (a drag shows its preview). */
    public void redraw() {
        dirty = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        Diagram diagram = gestures.preview(viewModel.diagramProperty().get());
        FxMapPainter.paint(g, canvas.getWidth(), canvas.getHeight(), diagram, viewModel);
    }

    private void resized() {
        viewSize[0] = canvas.getWidth();
        viewSize[1] = canvas.getHeight();
        viewModel.setViewSize(canvas.getWidth(), canvas.getHeight());
        requestRedraw();
    }

    private FlowPane toolbar() {
        search.setId("map-search");
        search.setPromptText("Find (Ctrl+F, next F3)");
        search.setAccessibleText("Find a body on the map by name or short name");
        search.textProperty().addListener((o, was, now) -> viewModel.find(now));
        search.setOnAction(e -> viewModel.findNext(search.getText(), true));
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, k -> {
            boolean enter = k.getCode() == javafx.scene.input.KeyCode.ENTER;
            if (k.getCode() == javafx.scene.input.KeyCode.F3 || enter && k.isShiftDown()) {
                viewModel.findNext(search.getText(), !k.isShiftDown());
                k.consume();
            }
        });
        Button zoomIn = button("+", "map-zoom-in", "Zoom in (Ctrl+=)", viewModel::zoomIn);
        Button zoomOut = button("−", "map-zoom-out", "Zoom out (Ctrl+-)", viewModel::zoomOut);
        Button fit = button("Fit", "map-fit", "Zoom to fit (Ctrl+0)", viewModel::zoomToFit);
        Button tidy = button("Tidy up", "map-tidy", "Lay out again everything you have not moved", viewModel::tidyUp);
        Button inWords = button("In words", "map-in-words", "The structure in words: every body under the body it "
                + "answers to, for reading aloud or by keyboard", () -> {
                    if (main.sessionProperty().get() != null) {
                        StructureInWords.show(getScene().getWindow(), main.sessionProperty().get().model());
                    }
                });
        tidy.disableProperty().bind(viewModel.layingOutProperty());
        ComboBox<Theme> theme = FilterBoxes.themes("map-filter-theme", viewModel::themes,
                viewModel.themeFilterProperty());
        ComboBox<Layer> layer = FilterBoxes.choice("map-filter-layer", "All layers",
                FXCollections.observableArrayList(Layer.values()), Layer::label);
        layer.valueProperty().bindBidirectional(viewModel.layerFilterProperty());
        ComboBox<Classification> classification = FilterBoxes.choice("map-filter-classification", "All kinds",
                FXCollections.observableArrayList(Classification.values()), Classification::label);
        classification.valueProperty().bindBidirectional(viewModel.classificationFilterProperty());
        ComboBox<Sector> sector = FilterBoxes.choice("map-filter-sector", "All sectors",
                FXCollections.observableArrayList(Sector.values()), Sector::label);
        sector.valueProperty().bindBidirectional(viewModel.sectorFilterProperty());
        CheckBox oversight = new CheckBox("Needs oversight");
        oversight.setId("map-filter-oversight");
        oversight.selectedProperty().bindBidirectional(viewModel.oversightOnlyProperty());
        CheckBox fade = new CheckBox("Fade, don't hide");
        fade.setId("map-fade");
        fade.selectedProperty().bindBidirectional(viewModel.fadeFilteredProperty());
        javafx.scene.control.MenuItem png = new javafx.scene.control.MenuItem("PNG picture…");
        png.setId("map-export-png");
        png.setOnAction(e -> pictures.askAndExport("png"));
        javafx.scene.control.MenuItem svg = new javafx.scene.control.MenuItem("SVG drawing…");
        svg.setId("map-export-svg");
        svg.setOnAction(e -> pictures.askAndExport("svg"));
        javafx.scene.control.MenuButton picture = new javafx.scene.control.MenuButton("Picture", null, png, svg);
        picture.setId("map-picture");
        picture.setAccessibleText("Export the view as a PNG picture or an SVG drawing");
        ComboBox<Integer> focus = new ComboBox<>(FXCollections.observableArrayList(0, 1, 2, 3));
        focus.setId("map-focus");
        focus.setAccessibleText("Focus on the selected body and its neighbours");
        focus.setConverter(Converters.showing(n -> n == 0 ? "No focus" : "Focus: " + n + (n == 1 ? " step" : " steps")));
        focus.setValue(0);
        focus.valueProperty().addListener((o, was, now) -> viewModel.focusStepsProperty().set(now == null ? 0 : now));
        ToggleButton seats = new ToggleButton("Organisations");
        seats.setId("map-seats");
        seats.setAccessibleText("Show who sits where: organisations under the map, their seats as lines");
        seats.setTooltip(new javafx.scene.control.Tooltip("Show the organisations and their seats on the map"));
        seats.selectedProperty().bindBidirectional(viewModel.seats().shownProperty());
        FlowPane filters = new FlowPane(6, 6, theme, layer, classification, sector, oversight, fade, focus);
        filters.setId("map-filters-row");
        filters.setAlignment(Pos.CENTER_LEFT);
        ToggleButton showFilters = new ToggleButton();
        showFilters.setId("map-filters");
        showFilters.setAccessibleText("Show the map's filters");
        // Filters live on a row of their own that folds away, so a 1280x720 screen keeps the map its room;
        // the button says how many are on, so a folded filter is never a hidden one.
        showFilters.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int on = (theme.getValue() != null ? 1 : 0) + (layer.getValue() != null ? 1 : 0)
                    + (classification.getValue() != null ? 1 : 0) + (sector.getValue() != null ? 1 : 0)
                    + (oversight.isSelected() ? 1 : 0) + (focus.getValue() != null && focus.getValue() > 0 ? 1 : 0);
            return on == 0 ? "Filters" : "Filters (" + on + " on)";
        }, theme.valueProperty(), layer.valueProperty(), classification.valueProperty(), sector.valueProperty(),
                oversight.selectedProperty(), focus.valueProperty()));
        filters.visibleProperty().bind(showFilters.selectedProperty());
        filters.managedProperty().bind(showFilters.selectedProperty());
        search.setPrefColumnCount(13);
        FlowPane bar = new FlowPane(6, 6, search, zoomOut, zoomIn, fit, tidy, seats, showFilters, picture, inWords);
        bar.setAlignment(Pos.CENTER_LEFT);
        toolbarRows = new VBox(6, bar, filters);
        toolbarRows.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private VBox legend() {
        ToggleButton show = new ToggleButton("Legend");
        show.setId("map-legend-toggle");
        Canvas key = new Canvas(MapLegend.WIDTH, MapLegend.HEIGHT);
        key.setId("map-legend");
        MapLegend.paint(key.getGraphicsContext2D());
        key.visibleProperty().bind(show.selectedProperty());
        key.managedProperty().bind(show.selectedProperty());
        VBox box = new VBox(4, key, show);
        box.setAlignment(Pos.BOTTOM_RIGHT);
        box.setPadding(new Insets(8));
        box.setPickOnBounds(false);
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        return box;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(tip);
        button.setTooltip(new javafx.scene.control.Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** The rubber band's fill: translucent, so it reads on both band shades. */
    static final Color BAND_SELECT = Color.web("#0b57d0", 0.15);

    static Rect normalised(double x1, double y1, double x2, double y2) {
        return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    static boolean primary(MouseEvent e) {
        return e.getButton() == MouseButton.PRIMARY;
    }
}
