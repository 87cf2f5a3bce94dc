package org.partnershipatlas.ui.task;

import java.util.function.Consumer;

/**
 * The one way background work is started, so that the FX thread never waits on the file, a layout
 * or an export. The app runs work in javafx.concurrent.Tasks; tests run it on the calling thread.
 * Callbacks always arrive on the thread that owns the UI.
 */
public interface TaskRunner {

    /** Work to run away from the UI; it may report progress and should stop when cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** What running work can tell and ask. */
    interface Progress {
        void update(double fraction, String message);

        boolean isCancelled();
    }

    /** A started piece of work. */
    interface Handle {
        void cancel();
    }

    <T> Handle run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
