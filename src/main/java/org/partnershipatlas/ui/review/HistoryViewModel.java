package org.partnershipatlas.ui.review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.partnershipatlas.model.AuditEntry;
import org.partnershipatlas.report.HistoryExport;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.store.HistoryFilter;
import org.partnershipatlas.ui.dialog.CommonDialogs;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;

/**
 * The file's history, latest first, a page at a time: filtered by person, by days, and to one body
 * (the selected one, in the inspector); map moves only when asked for. Read from the file in the
 * background, after the edits made so far are written, so it never misses the last change.
 */
public final class HistoryViewModel {
    /** Entries read at a time; Show more reads the next page. */
    public static final int PAGE = 200;

    private final DocumentContext main;
    private final CommonDialogs dialogs;
    private final boolean selectedBodyOnly;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<String> authors = FXCollections.observableArrayList();
    private final ObjectProperty<String> author = new SimpleObjectProperty<>(this, "author");
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>(this, "since");
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>(this, "until");
    private final BooleanProperty mapMoves = new SimpleBooleanProperty(this, "mapMoves");
    /** In the whole file's history: only the body selected in the window. */
    private final BooleanProperty selectedOnly = new SimpleBooleanProperty(this, "selectedOnly");
    private final IntegerProperty total = new SimpleIntegerProperty(this, "total");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private int asked;

    /**
     * @param selectedBodyOnly true for the inspector's History: only the selected body's entries
     */
    public HistoryViewModel(DocumentContext main, CommonDialogs dialogs, boolean selectedBodyOnly) {
        this.main = main;
        this.dialogs = dialogs;
        this.selectedBodyOnly = selectedBodyOnly;
        Runnable reload = () -> {
            if (active.get()) {
                load();
            }
        };
        javafx.beans.value.ChangeListener<Number> written = (o, was, now) -> reload.run();
        main.sessionProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.savedProperty().removeListener(written);
            }
            if (now != null) {
                now.savedProperty().addListener(written);
            }
            entries.clear();
            reload.run();
        });
        main.selectedBodyIdProperty().addListener((o, was, now) -> {
            if (bodyOnly()) {
                reload.run();
            }
        });
        selectedOnly.addListener((o, was, now) -> reload.run());
        author.addListener((o, was, now) -> reload.run());
        since.addListener((o, was, now) -> reload.run());
        until.addListener((o, was, now) -> reload.run());
        mapMoves.addListener((o, was, now) -> reload.run());
        active.addListener((o, was, now) -> reload.run());
    }

    private boolean bodyOnly() {
        return selectedBodyOnly || selectedOnly.get();
    }

    private HistoryFilter filter() {
        Long body = bodyOnly() ? main.selectedBodyIdProperty().get() : null;
        return new HistoryFilter(body, author.get(), since.get(), until.get(), mapMoves.get());
    }

    /** Reads the first page again, once every edit made so far is written. */
    public void load() {
        read(0);
    }

    /** Reads the next page after those shown. */
    public void more() {
        read(entries.size());
    }

    private void read(int offset) {
        DocumentSession session = main.sessionProperty().get();
        if (session == null || bodyOnly() && main.selectedBodyIdProperty().get() == null) {
            entries.clear();
            total.set(0);
            summary.set(session == null ? "" : "Choose a body to see who changed it.");
            return;
        }
        HistoryFilter filter = filter();
        int mine = ++asked;
        session.whenSaved(() -> {
            AuthorityStore store = session.store();
            main.runner().run("Reading the history", progress -> new Page(store.history(filter, offset, PAGE),
                    store.historySize(filter), offset == 0 ? store.historyAuthors() : null), page -> {
                        if (mine != asked || main.sessionProperty().get() != session) {
                            return;
                        }
                        if (offset == 0) {
                            entries.setAll(page.entries());
                        } else {
                            entries.addAll(page.entries());
                        }
                        if (page.authors() != null) {
                            String kept = author.get();
                            authors.setAll(page.authors());
                            author.set(kept != null && page.authors().contains(kept) ? kept : null);
                        }
                        total.set(page.total());
                        summary.set(page.total() == 0 ? "Nothing recorded" + (selectedBodyOnly ? " for this body yet."
                                : " that matches.") : "Showing " + entries.size() + " of " + page.total()
                                + (page.total() == 1 ? " entry" : " entries") + ", latest first.");
                    }, failure -> summary.set("The history could not be read: " + failure.getMessage()));
        });
    }

    private record Page(List<AuditEntry> entries, int total, List<String> authors) {
    }

    /** Writes every entry matching the filters as CSV; false when cancelled. */
    public boolean exportCsv() {
        DocumentSession session = main.sessionProperty().get();
        if (session == null) {
            return false;
        }
        var target = dialogs.chooseExportFile("Export the history", "History of "
                + session.file().getFileName().toString().replace(".atlas.mv.db", ""), "csv");
        if (target.isEmpty()) {
            return false;
        }
        HistoryFilter filter = filter();
        AuthorityStore store = session.store();
        Path file = target.get();
        main.runner().run("Exporting the history", progress -> {
            HistoryExport.csv(store.history(filter, 0, Integer.MAX_VALUE), file);
            return file;
        }, written -> dialogs.showInformation("History exported", "Wrote " + written.getFileName() + "."),
                failure -> dialogs.showError("History not exported", "Could not write " + file.getFileName() + ": "
                        + failure.getMessage()));
        return true;
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public ObservableList<String> authors() {
        return authors;
    }

    /** One person's changes only; null is everyone. */
    public ObjectProperty<String> authorProperty() {
        return author;
    }

    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }

    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    /** Only the selected body's entries (its seats, lines and decisions included). */
    public BooleanProperty selectedOnlyProperty() {
        return selectedOnly;
    }

    public BooleanProperty mapMovesProperty() {
        return mapMoves;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** True while the history is on screen: only then is it read. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public boolean hasMore() {
        return entries.size() < total.get();
    }
}
