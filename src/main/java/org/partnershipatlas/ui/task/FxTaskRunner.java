package org.partnershipatlas.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * Runs work as javafx.concurrent.Tasks on daemon threads with deep stacks (layout engines recurse
 * deeply), and exposes what is running so the status bar can show progress.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final long STACK_SIZE = 64L * 1024 * 1024;
    private final ExecutorService executor;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);
    private final ReadOnlyObjectWrapper<Task<?>> latest = new ReadOnlyObjectWrapper<>(this, "latest");

    public FxTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(null, work, "atlas-background-" + count.incrementAndGet(), STACK_SIZE);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> Handle run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                Task<T> self = this;
                return work.call(new Progress() {
                    @Override
                    public void update(double fraction, String message) {
                        updateProgress(fraction, 1.0);
                        updateMessage(message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> finished());
        running.set(running.get() + 1);
        latest.set(task);
        executor.execute(task);
        return () -> task.cancel(true);
    }

    private void finished() {
        running.set(running.get() - 1);
    }

    /** How many tasks are running now; 0 when the app is idle. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The most recently started task, for a progress bar to follow. */
    public ReadOnlyObjectProperty<Task<?>> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    public void shutdown() {
        executor.shutdown();
    }
}
