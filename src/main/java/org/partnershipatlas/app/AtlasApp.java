package org.partnershipatlas.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.partnershipatlas.ui.MainView;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.FxDialogService;
import org.partnershipatlas.ui.document.PreparedDocument;
import org.partnershipatlas.ui.settings.AppSettings;
import org.partnershipatlas.ui.settings.SettingsFile;
import org.partnershipatlas.ui.task.FxTaskRunner;

/**
 * The JavaFX application: wires the window together in one place. Started through {@link Main},
 * since an Application subclass cannot be the main class on a plain class path.
 */
public final class AtlasApp extends Application {
    /**
     * The sample the launcher started writing before the toolkit came up. JavaFX constructs the
     * Application itself, so this one hand-over from {@link Main} has to be static; nothing else is.
     */
    private static java.util.concurrent.Future<PreparedDocument> preparedSample;
    private FxTaskRunner runner;
    private MainViewModel viewModel;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        runner = new FxTaskRunner();
        Window window = Window.open(stage, runner, new SettingsFile(SettingsFile.defaultLocation()),
                Clock.systemDefaultZone(), folder -> getHostServices().showDocument(folder.toUri().toString()));
        viewModel = window.viewModel();
        if (args.isEmpty() && preparedSample != null) {
            viewModel.openPrepared(preparedSample);
        } else if (args.isEmpty()) {
            viewModel.openSample();
        } else {
            viewModel.openFile(Path.of(args.get(0)));
        }
    }

    /** Starts the window; with no file, the sample is written in parallel with the toolkit's start. */
    static void startWindow(String[] args) {
        if (args.length == 0) {
            java.util.concurrent.FutureTask<PreparedDocument> sample = new java.util.concurrent.FutureTask<>(
                    () -> PreparedDocument.sample(Clock.systemDefaultZone(), Version.current(),
                            new SettingsFile(SettingsFile.defaultLocation()).cacheFolder()));
            Thread writer = new Thread(sample, "atlas-sample");
            writer.setDaemon(true);
            writer.start();
            preparedSample = sample;
        }
        Application.launch(AtlasApp.class, args);
    }

    @Override
    public void stop() {
        runner.shutdown();
    }

    /** The main window built and shown; also used by the UI tests so they run what users run. */
    public record Window(Stage stage, MainViewModel viewModel, MainView view) {

        public static Window open(Stage stage, FxTaskRunner runner, SettingsFile settingsFile, Clock clock,
                                  java.util.function.Consumer<Path> openFolder) {
            FxDialogService dialogs = new FxDialogService(stage);
            MainViewModel viewModel = new MainViewModel(runner, dialogs, settingsFile, clock, Version.current());
            return open(stage, runner, viewModel, dialogs, clock, openFolder);
        }

        /** {@code openFolder} shows a folder of exported files (the desktop's file manager in the app). */
        public static Window open(Stage stage, FxTaskRunner runner, MainViewModel viewModel,
                                  org.partnershipatlas.ui.WindowDialogs dialogs, Clock clock,
                                  java.util.function.Consumer<Path> openFolder) {
            MainView view = new MainView(viewModel, dialogs, runner, clock, () -> closeWindow(stage),
                    () -> about(stage), openFolder);
            AppSettings settings = viewModel.settings();
            javafx.geometry.Rectangle2D screen = screenFor(settings).getVisualBounds();
            org.partnershipatlas.ui.WindowPlacement place = org.partnershipatlas.ui.WindowPlacement.fit(settings.windowX,
                    settings.windowY, settings.windowWidth, settings.windowHeight, screen.getMinX(), screen.getMinY(),
                    screen.getWidth(), screen.getHeight());
            Scene scene = new Scene(view, place.width(), place.height());
            scene.getStylesheets().add(AtlasApp.class.getResource("/org/partnershipatlas/ui/atlas.css")
                    .toExternalForm());
            stage.setScene(scene);
            stage.titleProperty().bind(viewModel.title());
            stage.setX(place.x());
            stage.setY(place.y());
            stage.setMaximized(settings.maximised);
            stage.setMinWidth(Math.min(900, screen.getWidth()));
            stage.setMinHeight(Math.min(600, screen.getHeight()));
            stage.setOnCloseRequest(e -> {
                e.consume();
                closeWindow(stage);
            });
            stage.setUserData(viewModel);
            stage.show();
            return new Window(stage, viewModel, view);
        }

        /** The screen the remembered window was on, or the primary screen. */
        private static javafx.stage.Screen screenFor(AppSettings settings) {
            if (settings.windowX != null && settings.windowY != null) {
                var screens = javafx.stage.Screen.getScreensForRectangle(settings.windowX, settings.windowY,
                        Math.max(1, settings.windowWidth), Math.max(1, settings.windowHeight));
                if (!screens.isEmpty()) {
                    return screens.get(0);
                }
            }
            return javafx.stage.Screen.getPrimary();
        }

        private static void closeWindow(Stage stage) {
            MainViewModel viewModel = (MainViewModel) stage.getUserData();
            viewModel.rememberWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized());
            viewModel.shutdown(() -> {
                stage.hide();
                if (javafx.stage.Window.getWindows().isEmpty()) {
                    Platform.exit();
                }
            });
        }

        private static void about(Stage owner) {
            Alert about = new Alert(Alert.AlertType.INFORMATION);
            about.initOwner(owner);
            about.setTitle("About Partnership Atlas");
            about.setHeaderText("Partnership Atlas " + Version.current());
            about.setContentText("Maps a council's partnerships, classifies them and reviews their governance.");
            javafx.scene.control.TextArea licences = new javafx.scene.control.TextArea(licenceText());
            licences.setId("about-licences");
            licences.setEditable(false);
            licences.setWrapText(true);
            licences.setPrefRowCount(14);
            licences.setAccessibleText("Licences of Partnership Atlas and the libraries it uses");
            about.getDialogPane().setExpandableContent(licences);
            about.getDialogPane().setExpanded(true);
            about.getDialogPane().setPrefWidth(640);
            about.showAndWait();
        }

        /** The licence text packaged from installer/LICENSE.txt: the app's and every library's. */
        static String licenceText() {
            try (var in = AtlasApp.class.getResourceAsStream("LICENSE.txt")) {
                return in == null ? "Licence text not packaged." : new String(in.readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return "Licence text could not be read: " + e.getMessage();
            }
        }
    }
}
