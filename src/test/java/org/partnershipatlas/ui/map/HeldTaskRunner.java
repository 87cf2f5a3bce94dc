package org.partnershipatlas.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.partnershipatlas.ui.task.TaskRunner;

/** Holds background work until the test releases it, so tests can see what happens while it waits. */
public final class HeldTaskRunner implements TaskRunner {
    private final List<Runnable> queued = new ArrayList<>();
    private final List<boolean[]> cancels = new ArrayList<>();

    @Override
    public <T> Handle run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        boolean[] cancelled = {false};
        cancels.add(cancelled);
        queued.add(() -> {
            try {
                onSuccess.accept(work.call(new Progress() {
                    @Override
                    public void update(double fraction, String message) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled[0];
                    }
                }));
            } catch (Exception e) {
                onFailure.accept(e);
            }
        });
        return () -> cancelled[0] = true;
    }

    public int waiting() {
        return queued.size();
    }

    public boolean cancelled(int index) {
        return cancels.get(cancels.size() - queued.size() + index)[0];
    }

    /** Runs everything queued so far, in order (work queued meanwhile waits for the next call). */
    public void runAll() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }
}
