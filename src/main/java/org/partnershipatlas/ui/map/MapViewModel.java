package org.partnershipatlas.ui.map;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.partnershipatlas.analysis.Oversight;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.MapDiagram;
import org.partnershipatlas.layout.Point;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.MapPosition;
import org.partnershipatlas.model.Sector;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;

/**
 * The map's state: the diagram to draw, where the view looks (screen = map x scale + pan), which
 * bodies are selected, filtered or found, and the commands that move bodies and tidy the layout.
 * A document opened without positions is laid out in the background and the positions kept.
 */
public final class MapViewModel {
    /** How a body is shown under the current filters. */
    private final javafx.beans.property.ObjectProperty<CompareMarks> compare =
            new javafx.beans.property.SimpleObjectProperty<>(this, "compare");

    /** What compare mode marks on the map; null when the map is not comparing. */
    public javafx.beans.property.ObjectProperty<CompareMarks> compareProperty() {
        return compare;
    }

    public enum Visibility { SHOWN, FADED, HIDDEN }

    static final long LAYOUT_SEED = 1L;
    static final double MIN_SCALE = 0.05;
    static final double MAX_SCALE = 4;
    /** Room at the left for the band labels, so they never sit under a box. */
    static final double LABEL_GUTTER = 120;

    private final DocumentContext main;
    private final org.partnershipatlas.ui.dialog.CommonDialogs dialogs;
    private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram");
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
    private final DoubleProperty panX = new SimpleDoubleProperty(this, "panX", 20);
    private final DoubleProperty panY = new SimpleDoubleProperty(this, "panY", 20);
    private final ObjectProperty<Set<Long>> selection = new SimpleObjectProperty<>(this, "selection", Set.of());
    private final ObjectProperty<Theme> themeFilter = new SimpleObjectProperty<>(this, "themeFilter");
    private final ObjectProperty<Layer> layerFilter = new SimpleObjectProperty<>(this, "layerFilter");
    private final ObjectProperty<Classification> classificationFilter = new SimpleObjectProperty<>(this, "classificationFilter");
    private final ObjectProperty<Sector> sectorFilter = new SimpleObjectProperty<>(this, "sectorFilter");
    private final BooleanProperty oversightOnly = new SimpleBooleanProperty(this, "oversightOnly");
    private final BooleanProperty fadeFiltered = new SimpleBooleanProperty(this, "fadeFiltered", true);
    private final ReadOnlyBooleanWrapper layingOut = new ReadOnlyBooleanWrapper(this, "layingOut");
    private final javafx.beans.property.IntegerProperty focusSteps = new javafx.beans.property.SimpleIntegerProperty(
            this, "focusSteps", 0);
    private final SeatsOnMap seats;
    private Set<Long> focus = null;
    private TaskHandleHolder layout = new TaskHandleHolder();
    private double viewWidth = 800;
    private double viewHeight = 600;
    private boolean fitWhenLaidOut = true;

    public MapViewModel(DocumentContext main, org.partnershipatlas.ui.dialog.CommonDialogs dialogs) {
        this.main = main;
        this.dialogs = dialogs;
        this.seats = new SeatsOnMap(main, diagram.getReadOnlyProperty());
        main.sessionProperty().addListener((o, was, now) -> {
            fitWhenLaidOut = true;
            selection.set(Set.of());
            refresh(true);
        });
        // an edit places the bodies it creates itself (EditPath), so a change only redraws: writing from
        // inside the model's notice of a change would put a second edit in the middle of the first
        main.modelChangesProperty().addListener((o, was, now) -> refresh(false));
        compare.addListener((o, was, now) -> {
            if (was == null && now != null) {
                zoomToFit();
            }
        });
        focusSteps.addListener((o, was, now) -> refocus());
        main.selectedBodyIdProperty().addListener((o, was, now) -> refocus());
        main.selectedBodyIdProperty().addListener((o, was, now) -> {
            if (now != null && !selection.get().contains(now)) {
                selection.set(Set.of(now));
                centreOn(now);
            } else if (now == null) {
                selection.set(Set.of());
            }
        });
        refresh(true);
    }

    public ReadOnlyObjectProperty<Diagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    /** Who sits where: the organisations overlay and the selected organisation. */
    public SeatsOnMap seats() {
        return seats;
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public DoubleProperty panXProperty() {
        return panX;
    }

    public DoubleProperty panYProperty() {
        return panY;
    }

    public ObjectProperty<Set<Long>> selectionProperty() {
        return selection;
    }

    /** Bodies marked elsewhere (a selected health-check finding's), drawn with a mark on the map too. */
    public ObjectProperty<Set<Long>> highlightedProperty() {
        return main.highlightedBodyIdsProperty();
    }

    public ObjectProperty<Theme> themeFilterProperty() {
        return themeFilter;
    }

    public ObjectProperty<Layer> layerFilterProperty() {
        return layerFilter;
    }

    public ObjectProperty<Classification> classificationFilterProperty() {
        return classificationFilter;
    }

    public ObjectProperty<Sector> sectorFilterProperty() {
        return sectorFilter;
    }

    public BooleanProperty oversightOnlyProperty() {
        return oversightOnly;
    }

    /** True: filtered-out bodies fade; false: they disappear. */
    public BooleanProperty fadeFilteredProperty() {
        return fadeFiltered;
    }

    /** Focus mode: 0 shows everything; N shows the selected body and what lies within N lines of it. */
    public javafx.beans.property.IntegerProperty focusStepsProperty() {
        return focusSteps;
    }

    public ReadOnlyBooleanProperty layingOutProperty() {
        return layingOut.getReadOnlyProperty();
    }

    public List<Theme> themes() {
        AuthorityModel model = model();
        return model == null ? List.of() : List.copyOf(model.themes());
    }

    /** The view's size in pixels, so zoom-to-fit and centring know what "the middle" is. */
    public void setViewSize(double width, double height) {
        viewWidth = width;
        viewHeight = height;
    }

    // ---- looking around ----

    public double toScreenX(double mapX) {
        return mapX * scale.get() + panX.get();
    }

    public double toScreenY(double mapY) {
        return mapY * scale.get() + panY.get();
    }

    public double toMapX(double screenX) {
        return (screenX - panX.get()) / scale.get();
    }

    public double toMapY(double screenY) {
        return (screenY - panY.get()) / scale.get();
    }

    /** Zooms by {@code factor}, keeping the map point under ({@code sx}, {@code sy}) where it is. */
    public void zoomAt(double factor, double sx, double sy) {
        double mx = toMapX(sx);
        double my = toMapY(sy);
        scale.set(Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale.get() * factor)));
        panX.set(sx - mx * scale.get());
        panY.set(sy - my * scale.get());
    }

    public void zoomIn() {
        zoomAt(1.25, viewWidth / 2, viewHeight / 2);
    }

    public void zoomOut() {
        zoomAt(0.8, viewWidth / 2, viewHeight / 2);
    }

    public void panBy(double dx, double dy) {
        panX.set(panX.get() + dx);
        panY.set(panY.get() + dy);
    }

    /** Fits the whole map in the view. */
    public void zoomToFit() {
        Diagram d = diagram.get();
        if (d == null || d.boxes().isEmpty() || viewWidth <= 0 || viewHeight <= 0) {
            return;
        }
        Rect bounds = seats.overlayProperty().get() == null ? shownBounds(d) : seats.overlayProperty().get().bounds();
        if (compare.get() != null && !compare.get().closed().isEmpty()) {
            // the row of bodies closed since the review, under the map
            bounds = new Rect(bounds.x(), bounds.y(), bounds.width(), Math.max(bounds.maxY(), d.bounds().maxY()
                    + ComparePainter.CLOSED_GAP + 110) - bounds.y());
        }
        double margin = 20;
        double fit = Math.min((viewWidth - LABEL_GUTTER - 2 * margin) / Math.max(1, bounds.width()),
                (viewHeight - 2 * margin) / Math.max(1, bounds.height()));
        scale.set(Math.max(MIN_SCALE, Math.min(1.5, fit)));
        panX.set(LABEL_GUTTER + margin - bounds.x() * scale.get());
        panY.set(margin - bounds.y() * scale.get());
    }

    /** The boxes the filters show (the whole diagram when they show none, or every box). */
    private Rect shownBounds(Diagram d) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Diagram.Box box : d.boxes()) {
            if (visibility(box.bodyId()) == Visibility.SHOWN) {
                minX = Math.min(minX, box.rect().x());
                minY = Math.min(minY, box.rect().y());
                maxX = Math.max(maxX, box.rect().maxX());
                maxY = Math.max(maxY, box.rect().maxY());
            }
        }
        return minX > maxX ? d.bounds() : new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    /** Moves the view so the body is in the middle; zooms in if it would be too small to read. */
    public void centreOn(long bodyId) {
        Diagram.Box box = box(bodyId);
        if (box == null) {
            return;
        }
        if (scale.get() < 0.6) {
            scale.set(0.8);
        }
        panX.set(viewWidth / 2 - box.rect().centreX() * scale.get());
        panY.set(viewHeight / 2 - box.rect().centreY() * scale.get());
    }

    /** Brings a body into view when any of it is outside the view, keeping the zoom where it can. */
    public void reveal(long bodyId) {
        Diagram.Box box = box(bodyId);
        if (box == null) {
            return;
        }
        Rect r = box.rect();
        boolean inside = toScreenX(r.x()) >= 0 && toScreenY(r.y()) >= 0 && toScreenX(r.maxX()) <= viewWidth
                && toScreenY(r.maxY()) <= viewHeight;
        if (!inside) {
            centreOn(bodyId);
        }
    }

    // ---- selecting and finding ----

    /** The body under a map point, or null; a hidden body cannot be hit. */
    public Long bodyAt(double mapX, double mapY) {
        Diagram d = diagram.get();
        if (d == null) {
            return null;
        }
        for (int i = d.boxes().size() - 1; i >= 0; i--) {
            Diagram.Box box = d.boxes().get(i);
            if (box.rect().contains(mapX, mapY) && visibility(box.bodyId()) != Visibility.HIDDEN) {
                return box.bodyId();
            }
        }
        return null;
    }

    /** Click: select one body (and show it in the inspector); shift-click adds or removes it. */
    public void click(Long bodyId, boolean extend) {
        if (bodyId == null) {
            if (!extend) {
                selection.set(Set.of());
                main.selectedBodyIdProperty().set(null);
            }
            return;
        }
        Set<Long> chosen = new LinkedHashSet<>(extend ? selection.get() : Set.of());
        if (extend && chosen.contains(bodyId)) {
            chosen.remove(bodyId);
        } else {
            chosen.add(bodyId);
        }
        selection.set(Set.copyOf(chosen));
        main.selectedBodyIdProperty().set(chosen.contains(bodyId) ? bodyId : null);
    }

    /** Selects every shown body inside a rectangle drawn on the map. */
    public void selectWithin(Rect area) {
        Diagram d = diagram.get();
        if (d == null) {
            return;
        }
        Set<Long> chosen = new LinkedHashSet<>();
        for (Diagram.Box box : d.boxes()) {
            if (area.intersects(box.rect()) && visibility(box.bodyId()) != Visibility.HIDDEN) {
                chosen.add(box.bodyId());
            }
        }
        selection.set(Set.copyOf(chosen));
        if (!chosen.isEmpty()) {
            main.selectedBodyIdProperty().set(chosen.iterator().next());
        }
    }

    /** Finds the first body (by name) whose name or short name contains the text, selects it and centres it. */
    public boolean find(String text) {
        List<Body> matches = matches(text);
        if (matches.isEmpty()) {
            return false;
        }
        show(matches.get(0));
        return true;
    }

    /**
     * Goes to the next match after the selected body (Enter, F3), or the one before it (Shift+Enter,
     * Shift+F3), round from the last to the first.
     */
    public boolean findNext(String text, boolean forward) {
        List<Body> matches = matches(text);
        if (matches.isEmpty()) {
            return false;
        }
        Long selected = main.selectedBodyIdProperty().get();
        int at = -1;
        for (int i = 0; i < matches.size(); i++) {
            if (Long.valueOf(matches.get(i).id()).equals(selected)) {
                at = i;
            }
        }
        int next = at < 0 ? (forward ? 0 : matches.size() - 1)
                : Math.floorMod(at + (forward ? 1 : -1), matches.size());
        show(matches.get(next));
        return true;
    }

    private List<Body> matches(String text) {
        AuthorityModel model = model();
        if (model == null || text == null || text.isBlank()) {
            return List.of();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return model.bodies().stream().filter(body -> body.name().toLowerCase(Locale.ROOT).contains(wanted)
                        || (body.shortName() != null && body.shortName().toLowerCase(Locale.ROOT).contains(wanted)))
                .sorted(java.util.Comparator.comparing(Body::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private void show(Body body) {
        selection.set(Set.of(body.id()));
        main.selectedBodyIdProperty().set(body.id());
        centreOn(body.id());
    }

    /** Shown, faded or hidden, by the filters. */
    public Visibility visibility(long bodyId) {
        AuthorityModel model = model();
        Body body = model == null ? null : model.body(bodyId);
        if (body == null || (passes(model, body) && (focus == null || focus.contains(bodyId)))) {
            return Visibility.SHOWN;
        }
        return fadeFiltered.get() ? Visibility.FADED : Visibility.HIDDEN;
    }

    // ---- changing the map ----

    /** Puts a body where the user dropped it and pins it there; one undoable step. */
    public boolean move(long bodyId, double mapX, double mapY) {
        DocumentSession session = main.sessionProperty().get();
        if (session == null || session.isReadOnly()) {
            return false;
        }
        AuthorityModel model = session.model();
        MapPosition before = model.positionOf(bodyId);
        MapPosition after = new MapPosition(before == null ? model.newId() : before.id(), bodyId, mapX, mapY, true);
        Change change = before == null ? Change.create(after) : Change.update(before, after);
        return main.perform(Edit.of("Move " + model.body(bodyId).name(), change));
    }

    /** Lays out everything that is not pinned again, as one undoable step. */
    public void tidyUp() {
        layOut(true);
    }

    // ---- internals ----

    private void refocus() {
        AuthorityModel model = model();
        Long selected = main.selectedBodyIdProperty().get();
        focus = model == null || selected == null || focusSteps.get() <= 0 ? null
                : org.partnershipatlas.analysis.Neighbourhood.within(model, selected, focusSteps.get());
        // the diagram is not built again: focus only changes what is shown, and the view repaints on
        // the selection and the focus steps (routing every line again cost 0.7 s a click on 10,000 bodies)
    }

    /**
     * Draws the map again; {@code opened} (a document just shown) also gives places to bodies that have
     * none, as a file made elsewhere may hold: the whole chart when no body has a place yet.
     */
    private void refresh(boolean opened) {
        AuthorityModel model = model();
        if (focus != null) {
            Long selected = main.selectedBodyIdProperty().get();
            focus = model == null || selected == null ? null
                    : org.partnershipatlas.analysis.Neighbourhood.within(model, selected, focusSteps.get());
        }
        if (model == null) {
            diagram.set(null);
            return;
        }
        diagram.set(MapDiagram.of(model, diagram.get()));
        if (opened && !layingOut.get() && model.bodies().stream().anyMatch(b -> model.positionOf(b.id()) == null)) {
            boolean none = model.positions().isEmpty();
            if (none) {
                layOut(false);
            } else {
                placeNewBodies(model);
            }
        } else if (fitWhenLaidOut && !layingOut.get()) {
            fitWhenLaidOut = false;
            zoomToFit();
        }
    }

    private void placeNewBodies(AuthorityModel model) {
        List<Change> changes = new ArrayList<>();
        for (Body body : model.bodies()) {
            if (model.positionOf(body.id()) == null) {
                Point at = MapDiagram.placeNew(model, body);
                changes.add(Change.create(new MapPosition(model.newId(), body.id(), at.x(), at.y(), false)));
            }
        }
        main.sessionProperty().get().performUnrecorded(new Edit("Place new bodies", changes));
    }

    /** Starts a layout; one already running is cancelled and its result thrown away. */
    private void layOut(boolean recorded) {
        DocumentSession session = main.sessionProperty().get();
        if (session == null) {
            return;
        }
        layout.cancel();
        layingOut.set(true);
        AuthorityModel snapshot = session.model().copy();
        TaskHandleHolder mine = new TaskHandleHolder();
        layout = mine;
        mine.handle = main.runner().run("Laying out the map", progress -> MapDiagram.layout(snapshot, LAYOUT_SEED),
                positions -> {
                    if (mine.cancelled) {
                        return;
                    }
                    layingOut.set(false);
                    if (main.sessionProperty().get() == session) {
                        apply(session, positions, recorded);
                    }
                }, failure -> {
                    if (mine.cancelled) {
                        return;
                    }
                    layingOut.set(false);
                    dialogs.showError("Cannot lay out the map", String.valueOf(failure.getMessage()));
                });
    }

    /** The running layout, so a newer request can cancel it. */
    private static final class TaskHandleHolder {
        org.partnershipatlas.ui.task.TaskRunner.Handle handle;
        boolean cancelled;

        void cancel() {
            cancelled = true;
            if (handle != null) {
                handle.cancel();
            }
        }
    }

    private void apply(DocumentSession session, Map<Long, Point> positions, boolean recorded) {
        AuthorityModel model = session.model();
        List<Change> changes = new ArrayList<>();
        positions.forEach((bodyId, at) -> {
            if (model.body(bodyId) == null) {
                return;
            }
            MapPosition before = model.positionOf(bodyId);
            if (before != null && before.pinned()) {
                return;
            }
            MapPosition after = new MapPosition(before == null ? model.newId() : before.id(), bodyId, at.x(), at.y(),
                    false);
            if (!after.equals(before)) {
                changes.add(before == null ? Change.create(after) : Change.update(before, after));
            }
        });
        Edit edit = new Edit("Tidy up the map", changes);
        if (recorded) {
            main.perform(edit);
        } else {
            session.performUnrecorded(edit);
        }
        zoomToFit();
    }

    private boolean passes(AuthorityModel model, Body body) {
        if (themeFilter.get() != null && !body.themeIds().contains(themeFilter.get().id())) {
            return false;
        }
        if (layerFilter.get() != null && body.layer() != layerFilter.get()) {
            return false;
        }
        if (classificationFilter.get() != null && body.classification() != classificationFilter.get()) {
            return false;
        }
        if (oversightOnly.get() && !Oversight.needed(model, body)) {
            return false;
        }
        if (sectorFilter.get() != null) {
            for (Seat seat : model.seatsOn(body.id())) {
                if (seat.organisationId() != null && model.organisation(seat.organisationId()).sector() == sectorFilter.get()) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    Diagram.Box box(long bodyId) {
        Diagram d = diagram.get();
        if (d == null) {
            return null;
        }
        for (Diagram.Box box : d.boxes()) {
            if (box.bodyId() == bodyId) {
                return box;
            }
        }
        return null;
    }

    private AuthorityModel model() {
        DocumentSession session = main.sessionProperty().get();
        return session == null ? null : session.model();
    }
}
