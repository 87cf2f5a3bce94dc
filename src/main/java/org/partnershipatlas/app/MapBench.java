package org.partnershipatlas.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.partnershipatlas.io.DotExport;
import org.partnershipatlas.layout.MapDiagram;
import org.partnershipatlas.layout.Point;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.MapPosition;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.ui.map.MapView;
import org.partnershipatlas.ui.map.MapViewModel;
import org.partnershipatlas.ui.settings.AppSettings;
import org.partnershipatlas.ui.settings.SettingsFile;
import org.partnershipatlas.ui.task.FxTaskRunner;

/**
 * The map's figures in {@code atlas bench}: the layered layout against Graphviz {@code dot} on the
 * same hierarchy, and, in a real window (under Xvfb on a machine without a screen), the time from
 * opening a laid-out file to the map drawn, and the time of one frame while panning and zooming.
 * Without a display or without {@code dot}, those figures are printed as "n/a" with the reason.
 */
final class MapBench {
    private static final int FRAMES = 60;
    private static final int PAINTS = 10;
    private static final long DOT_TIMEOUT_MINUTES = 15;
    private static boolean fxStarted;
    private static String fxProblem;

    private MapBench() {
    }

    static void measure(int size, AuthorityModel model, Path folder, PrintStream out)
            throws IOException, AuthorityFileException, CommandException {
        // the layout is the positions and every line routed around the boxes: what dot's time also covers
        long start = System.nanoTime();
        Map<Long, Point> positions = MapDiagram.layout(model, 1);
        List<Change> changes = new ArrayList<>();
        positions.forEach((id, p) -> changes.add(Change.create(new MapPosition(model.newId(), id, p.x(), p.y(), false))));
        model.apply(new Edit("Lay out", changes));
        org.partnershipatlas.layout.Diagram diagram = MapDiagram.of(model);
        long cold = System.nanoTime() - start;
        start = System.nanoTime();
        MapDiagram.layout(model, 1);
        MapDiagram.of(model);
        long layout = System.nanoTime() - start;
        out.printf("layout-%d-cold-ms %d ms%n", size, cold / 1_000_000);
        out.printf("layout-%d-ms %d ms%n", size, layout / 1_000_000);
        if (positions.size() != model.bodies().size()) {
            throw new CommandException("the layout placed " + positions.size() + " of " + model.bodies().size());
        }
        DiagramBench.truth(String.valueOf(size), diagram, out);
        dot(size, model, folder, layout, out);
        DiagramBench.dotCrossings(size, folder.resolve("map-" + size + ".plain"), out);
        Path file = folder.resolve("map-" + size + ".atlas.mv.db");
        AuthorityStore.create(file, model, Version.current()).close();
        onScreen(size, file, folder, out);
    }

    private static void dot(int size, AuthorityModel model, Path folder, long ours, PrintStream out) throws IOException {
        Path graph = folder.resolve("map-" + size + ".dot");
        try (Writer writer = Files.newBufferedWriter(graph, StandardCharsets.UTF_8)) {
            DotExport.write(model, writer);
        }
        long start = System.nanoTime();
        Process dot;
        try {
            dot = new ProcessBuilder("dot", "-Tplain", "-o", folder.resolve("map-" + size + ".plain").toString(),
                    graph.toString()).redirectErrorStream(true).redirectOutput(folder.resolve("dot.log").toFile()).start();
        } catch (IOException e) {
            out.printf("dot-%d-ms n/a (Graphviz dot is not installed: apt-get install graphviz)%n", size);
            return;
        }
        try {
            if (!dot.waitFor(DOT_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                dot.destroyForcibly();
                out.printf("dot-%d-ms n/a (dot did not finish in %d minutes)%n", size, DOT_TIMEOUT_MINUTES);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long took = System.nanoTime() - start;
        if (dot.exitValue() != 0) {
            out.printf("dot-%d-ms n/a (dot failed: %s)%n", size, Files.readString(folder.resolve("dot.log")).strip());
            return;
        }
        out.printf("dot-%d-ms %d ms%n", size, took / 1_000_000);
        out.printf("layout-vs-dot-%d %.1f x%n", size, (double) took / ours);
    }

    private static void onScreen(int size, Path file, Path folder, PrintStream out) {
        if (!startFx()) {
            out.printf("open-to-map-%d-ms n/a (%s)%n", size, fxProblem);
            out.printf("frame-%d-ms n/a (%s)%n", size, fxProblem);
            return;
        }
        try {
            CompletableFuture<AtlasApp.Window> shown = new CompletableFuture<>();
            long[] opened = new long[2];
            CountDownLatch drawn = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    Path settingsPath = folder.resolve("settings-" + size + ".json");
                    SettingsFile settings = new SettingsFile(settingsPath);
                    AppSettings shape = new AppSettings();
                    shape.windowWidth = 1600;
                    shape.windowHeight = 1000;
                    settings.save(shape);
                    Stage stage = new Stage();
                    AtlasApp.Window window = AtlasApp.Window.open(stage, new FxTaskRunner(), settings,
                            Clock.systemDefaultZone(), exportFolder -> { });
                    MapViewModel map = window.view().mapView().viewModel();
                    map.diagramProperty().addListener((o, was, now) -> {
                        if (now != null && now.boxes().size() == size && opened[1] == 0) {
                            opened[1] = -1;
                            Platform.runLater(() -> {
                                stage.getScene().snapshot(null);
                                opened[1] = System.nanoTime();
                                drawn.countDown();
                            });
                        }
                    });
                    opened[0] = System.nanoTime();
                    shown.complete(window);
                    window.viewModel().openFile(file);
                } catch (RuntimeException e) {
                    shown.completeExceptionally(e);
                }
            });
            AtlasApp.Window window = shown.get(60, TimeUnit.SECONDS);
            long start = opened[0];
            if (!drawn.await(5, TimeUnit.MINUTES)) {
                out.printf("open-to-map-%d-ms n/a (the map did not appear in 5 minutes)%n", size);
                return;
            }
            out.printf("open-to-map-%d-ms %d ms%n", size, (opened[1] - start) / 1_000_000);
            CompletableFuture<long[]> timed = new CompletableFuture<>();
            Platform.runLater(() -> frames(window.view().mapView(), timed));
            long[] timings = timed.get(10, TimeUnit.MINUTES);
            long[] frames = Arrays.copyOfRange(timings, 1, timings.length);
            Arrays.sort(frames);
            out.printf("frame-%d-ms %.1f ms%n", size, frames[frames.length / 2] / 1e6);
            out.printf("frame-%d-p95-ms %.1f ms%n", size, frames[frames.length * 95 / 100] / 1e6);
            out.printf("paint-%d-ms %.1f ms%n", size, timings[0] / 1e6);
            CompletableFuture.runAsync(() -> {
                window.viewModel().close();
                window.stage().hide();
            }, Platform::runLater).get(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            out.printf("open-to-map-%d-ms n/a (%s)%n", size, e);
        }
    }

    /**
     * Pans and zooms the map once a frame, as a drag or the wheel does, half the frames at full view and
     * half at reading size, and times the gaps between frames. The window toolkit starts a frame only
     * when the one before has been drawn, so a gap is what one frame costs (16.7 ms is 60 a second).
     */
    private static void frames(MapView view, CompletableFuture<long[]> result) {
        MapViewModel map = view.viewModel();
        Canvas canvas = (Canvas) view.lookup("#map-canvas");
        long[] pulses = new long[FRAMES + 1];
        long[] paint = new long[1];
        map.zoomToFit();
        new AnimationTimer() {
            private int frame;

            @Override
            public void handle(long now) {
                pulses[frame] = System.nanoTime();
                if (frame == FRAMES) {
                    stop();
                    long paintStart = System.nanoTime();
                    for (int i = 0; i < PAINTS; i++) {
                        view.redraw();
                    }
                    paint[0] = (System.nanoTime() - paintStart) / PAINTS;
                    long[] gaps = new long[FRAMES];
                    for (int i = 0; i < FRAMES; i++) {
                        gaps[i] = pulses[i + 1] - pulses[i];
                    }
                    result.complete(java.util.stream.LongStream.concat(java.util.stream.LongStream.of(paint[0]),
                            java.util.stream.LongStream.of(gaps)).toArray());
                    return;
                }
                if (frame == FRAMES / 2) {
                    map.scaleProperty().set(1);
                }
                if (frame % 2 == 0) {
                    map.panBy(frame % 4 == 0 ? 40 : -40, 25);
                } else {
                    map.zoomAt(frame % 4 == 1 ? 1.1 : 1 / 1.1, canvas.getWidth() / 2, canvas.getHeight() / 2);
                }
                frame++;
            }
        }.start();
    }

    private static synchronized boolean startFx() {
        if (fxStarted || fxProblem != null) {
            return fxStarted;
        }
        if (System.getProperty("os.name").startsWith("Linux") && System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null) {
            fxProblem = "no display; run it under xvfb-run -a";
            return false;
        }
        try {
            CountDownLatch ready = new CountDownLatch(1);
            Platform.startup(ready::countDown);
            Platform.setImplicitExit(false);
            fxStarted = ready.await(60, TimeUnit.SECONDS);
            if (!fxStarted) {
                fxProblem = "the window toolkit did not start";
            }
        } catch (IllegalStateException alreadyRunning) {
            fxStarted = true;
        } catch (RuntimeException | InterruptedException | Error e) {
            fxProblem = "the window toolkit did not start: " + e.getMessage();
        }
        return fxStarted;
    }

    static void stopFx() {
        if (fxStarted) {
            Platform.exit();
        }
    }
}
