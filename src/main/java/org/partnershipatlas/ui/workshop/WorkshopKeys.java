package org.partnershipatlas.ui.workshop;

import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of a presentation, as keyboards and presentation clickers send them: Right, Down, Page
 * Down, Space and Enter go forward; Left, Up, Page Up and Backspace go back; B or the full stop
 * blanks the screen; Home and End go to the first and last step; a number then Enter jumps; Tab and
 * Enter spotlight a body; N and A capture a note or an action on it; C shows confidential details
 * after a confirmation; Esc closes what is open, and then ends. While a note is being typed, keys go to
 * the text, except Esc.
 */
final class WorkshopKeys implements EventHandler<KeyEvent> {
    private final WorkshopViewModel viewModel;
    /** The letter typed by the N or A that opened the note field must not land in it. */
    private boolean swallowTyped;

    WorkshopKeys(WorkshopViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @Override
    public void handle(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_TYPED) {
            if (swallowTyped) {
                swallowTyped = false;
                event.consume();
            }
            return;
        }
        if (event.getEventType() != KeyEvent.KEY_PRESSED) {
            return;
        }
        boolean wasTyping = viewModel.capturingProperty().get() != WorkshopViewModel.Capture.NONE;
        if (handled(event.getCode(), event.isShiftDown(), event.isShortcutDown())) {
            event.consume();
            swallowTyped = !wasTyping && viewModel.capturingProperty().get() != WorkshopViewModel.Capture.NONE;
        }
    }

    boolean handled(KeyCode code, boolean shift, boolean shortcut) {
        if (viewModel.capturingProperty().get() != WorkshopViewModel.Capture.NONE) {
            if (code == KeyCode.ESCAPE) {
                viewModel.cancelCapture();
                return true;
            }
            return false;
        }
        if (shortcut) {
            return false;
        }
        if (code.isDigitKey()) {
            viewModel.digit(digit(code));
            return true;
        }
        switch (code) {
            case RIGHT, DOWN, PAGE_DOWN, SPACE -> viewModel.next();
            case LEFT, UP, PAGE_UP, BACK_SPACE -> viewModel.previous();
            case ENTER -> viewModel.enter();
            case HOME -> viewModel.first();
            case END -> viewModel.last();
            case B, PERIOD -> viewModel.toggleBlank();
            case TAB -> viewModel.tab(shift);
            case ESCAPE -> viewModel.escape();
            case N -> viewModel.beginCapture(WorkshopViewModel.Capture.NOTE);
            case A -> viewModel.beginCapture(WorkshopViewModel.Capture.ACTION);
            case C -> viewModel.toggleConfidential();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return name.charAt(name.length() - 1) - '0';
    }
}
