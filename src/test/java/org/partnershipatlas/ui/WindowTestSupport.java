package org.partnershipatlas.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.app.AtlasApp;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.ui.settings.AppSettings;
import org.partnershipatlas.ui.settings.SettingsFile;
import org.partnershipatlas.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window for TestFX flows: the app's own wiring with the real background runner,
 * scripted dialogs (native file choosers cannot be driven), settings in a temporary folder, and a
 * window that fits Monocle's screen.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTestSupport {
    @TempDir
    static Path dir;
    protected final ScriptedDialogs dialogs = new ScriptedDialogs();
    protected MainViewModel viewModel;
    protected Stage stage;
    /** Folders the app opened for the user after an export. */
    protected final java.util.List<Path> openedFolders = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Opens the window; each test class calls it from its own {@code @Start} (TestFX finds only declared ones). */
    protected void openWindow(Stage stage) throws Exception {
        this.stage = stage;
        SettingsFile settingsFile = new SettingsFile(Files.createTempDirectory(dir, "settings").resolve("s.json"));
        AppSettings settings = new AppSettings();
        settings.windowWidth = 1260;
        settings.windowHeight = 780;
        settings.windowX = 0.0;
        settings.windowY = 0.0;
        settingsFile.save(settings);
        viewModel = new MainViewModel(new FxTaskRunner(), dialogs, settingsFile, TestClock.CLOCK, "test");
        AtlasApp.Window.open(stage, new FxTaskRunner(), viewModel, dialogs, TestClock.CLOCK, openedFolders::add);
    }

    /** Writes a copy of the sample to {@code name} and opens it with File > Open (Ctrl+O). */
    protected Path openSampleCopy(FxRobot robot, String name) throws Exception {
        Path file = dir.resolve(name);
        AuthorityStore.create(file, SampleAuthority.build(LocalDate.of(2026, 11, 25)), "test").close();
        dialogs.filesToOpen.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> stage.getTitle().contains(name));
        return file;
    }

    /** File > Close (Ctrl+W), waiting until the window shows no document. */
    protected void closeDocument(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> stage.getTitle().equals("Partnership Atlas"));
    }

    protected static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
