package org.partnershipatlas.ui;

import java.util.function.Consumer;
import org.partnershipatlas.ui.task.TaskRunner;

/** Runs background work at once on the calling thread, so view-model tests see results straight away. */
public final class SameThreadTaskRunner implements TaskRunner {
    @Override
    public <T> Handle run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call(new Progress() {
                @Override
                public void update(double fraction, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }
}
