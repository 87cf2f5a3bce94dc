package org.partnershipatlas.ui.workshop;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * Puts a workshop on the screens: with two screens, the presentation full screen on the second (the
 * projector) and the presenter view on the laptop's own; with one screen, the presentation alone. The
 * windows close when the presentation ends, and Esc is the presentation's own (it closes a spotlight
 * before it ends anything), so full screen's usual Esc is turned off.
 */
public final class WorkshopWindows {
    private final WorkshopViewModel viewModel;
    private Stage projector;
    private Stage presenter;
    private Window owner;

    public WorkshopWindows(WorkshopViewModel viewModel) {
        this.viewModel = viewModel;
        viewModel.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                close();
            }
        });
    }

    /** Which screen is the projector: the first that is not the main one, or the main one when alone. */
    static <S> S projectorScreen(List<S> screens, S primary) {
        return screens.stream().filter(s -> !s.equals(primary)).findFirst().orElse(primary);
    }

    /** F5: starts the presentation on the plan kept in the file. */
    public void start(Window owner) {
        if (projector != null || !viewModel.start()) {
            return;
        }
        this.owner = owner;
        List<Screen> screens = Screen.getScreens();
        Screen primary = Screen.getPrimary();
        Screen screen = projectorScreen(screens, primary);
        viewModel.twoScreensProperty().set(screens.size() > 1);
        WorkshopKeys keys = new WorkshopKeys(viewModel);
        PresentationView presentation = new PresentationView(viewModel);
        Rectangle2D bounds = screen.getBounds();
        projector = new Stage(StageStyle.UNDECORATED);
        projector.setTitle("Partnership workshop");
        projector.setX(bounds.getMinX());
        projector.setY(bounds.getMinY());
        Scene scene = new Scene(presentation, bounds.getWidth(), bounds.getHeight(), Color.BLACK);
        scene.addEventFilter(KeyEvent.ANY, keys);
        projector.setScene(scene);
        projector.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        projector.setFullScreenExitHint("");
        projector.setFullScreen(true);
        projector.setOnCloseRequest(e -> viewModel.end());
        if (screens.size() > 1) {
            presenter = new Stage();
            presenter.setTitle("Presenter view");
            if (owner instanceof Stage stage) {
                presenter.getIcons().setAll(stage.getIcons());
            }
            Rectangle2D own = primary.getVisualBounds();
            Scene presenterScene = new Scene(new PresenterView(viewModel), own.getWidth(), own.getHeight());
            presenterScene.addEventFilter(KeyEvent.ANY, keys);
            presenter.setScene(presenterScene);
            presenter.setX(own.getMinX());
            presenter.setY(own.getMinY());
            presenter.setOnCloseRequest(e -> viewModel.end());
            presenter.show();
        }
        projector.show();
        projector.toFront();
        projector.requestFocus();
    }

    private void close() {
        if (projector != null) {
            projector.close();
            projector = null;
        }
        if (presenter != null) {
            presenter.close();
            presenter = null;
        }
        if (owner instanceof Stage stage) {
            stage.toFront();
            stage.requestFocus();
        }
    }
}
