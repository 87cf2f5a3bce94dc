package org.partnershipatlas.ui.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.partnershipatlas.analysis.StructureComparison;
import org.partnershipatlas.analysis.StructureComparison.Difference;
import org.partnershipatlas.document.Reviews;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Review;
import org.partnershipatlas.report.ChangesExport;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;
import org.partnershipatlas.ui.document.ReviewOpener;

/**
 * The annual review: recording this year's, the list of those recorded, and what changed between two
 * of them or since one. The comparison runs in the background on copies; with "now" as its end it
 * follows the edits while the Changes tab is shown.
 */
public final class ReviewsViewModel {
    private final DocumentContext main;
    private final ReviewDialogs dialogs;
    private final ReviewOpener opener;
    private final String appVersion;
    private final Supplier<String> author;
    private final ObservableList<Review> reviews = FXCollections.observableArrayList();
    private final ObjectProperty<Review> from = new SimpleObjectProperty<>(this, "from");
    /** The end of the comparison; null is now. */
    private final ObjectProperty<Review> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<StructureComparison.Kind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<StructureComparison.Result> result = new SimpleObjectProperty<>(this, "result");
    private final ObservableList<Difference> differences = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final BooleanProperty onMap = new SimpleBooleanProperty(this, "onMap");
    private final ObjectProperty<org.partnershipatlas.ui.map.CompareMarks> marks =
            new SimpleObjectProperty<>(this, "marks");
    private int asked;

    public ReviewsViewModel(DocumentContext main, ReviewDialogs dialogs, ReviewOpener opener, String appVersion,
                            Supplier<String> author) {
        this.main = main;
        this.dialogs = dialogs;
        this.opener = opener;
        this.appVersion = appVersion;
        this.author = author;
        main.sessionProperty().addListener((o, was, now) -> {
            reviews.clear();
            from.set(null);
            to.set(null);
            result.set(null);
            if (active.get() || onMap.get()) {
                reload();
            }
        });
        main.modelChangesProperty().addListener((o, was, now) -> {
            if ((active.get() || onMap.get()) && to.get() == null) {
                compare();
            }
        });
        active.addListener((o, was, now) -> {
            if (now) {
                reload();
            }
        });
        onMap.addListener((o, was, now) -> {
            if (now && result.get() == null) {
                reload();
            }
            mark();
        });
        result.addListener((o, was, now) -> mark());
        from.addListener((o, was, now) -> compare());
        to.addListener((o, was, now) -> compare());
        kind.addListener((o, was, now) -> filter());
        result.addListener((o, was, now) -> filter());
    }

    /** Reads the list of reviews from the file again, then compares the latest with now. */
    public void reload() {
        DocumentSession session = main.sessionProperty().get();
        if (session == null) {
            return;
        }
        AuthorityStore store = session.store();
        main.runner().run("Reading the reviews", progress -> store.reviews(), list -> {
            if (main.sessionProperty().get() != session) {
                return;
            }
            Review keptFrom = from.get();
            Review keptTo = to.get();
            if (!reviews.equals(list)) {
                reviews.setAll(list); // a list shown in a drop-down may let go of its choice when replaced
            }
            if (list.isEmpty()) {
                summary.set(session.isReadOnly() ? "This file has no recorded review."
                        : "No review is recorded yet. Record this year's review to compare with it next year.");
                result.set(null);
                return;
            }
            Review start = keptFrom == null ? null : list.stream().filter(r -> r.id() == keptFrom.id()).findFirst()
                    .orElse(null);
            Review end = keptTo == null ? null : list.stream().filter(r -> r.id() == keptTo.id()).findFirst()
                    .orElse(null);
            to.set(end);
            if (start == null) {
                start = list.get(list.size() - 1);
            }
            if (from.get() != start) {
                from.set(start);
            } else {
                compare();
            }
        }, failure -> summary.set("The reviews could not be read: " + failure.getMessage()));
    }

    /** Compares the chosen points in the background; the newest request wins. */
    public void compare() {
        DocumentSession session = main.sessionProperty().get();
        Review start = from.get();
        if (session == null || start == null) {
            return;
        }
        Review end = to.get();
        AuthorityModel now = end == null ? session.model().copy() : null;
        LocalDate today = main.today();
        AuthorityStore store = session.store();
        int mine = ++asked;
        summary.set("Comparing " + start.name() + " with " + (end == null ? "now" : end.name()) + "…");
        main.runner().run("Comparing " + start.name(), progress -> Reviews.compare(store, start, end, now, today),
                compared -> {
                    if (mine == asked && main.sessionProperty().get() == session) {
                        result.set(compared);
                    }
                }, failure -> summary.set("Could not compare: " + failure.getMessage()));
    }

    private void mark() {
        StructureComparison.Result current = result.get();
        marks.set(onMap.get() && current != null && from.get() != null
                ? org.partnershipatlas.ui.map.CompareMarks.of(from.get().name(), current) : null);
    }

    private void filter() {
        StructureComparison.Result current = result.get();
        if (current == null) {
            differences.clear();
            return;
        }
        List<Difference> shown = kind.get() == null ? current.differences() : current.of(kind.get());
        differences.setAll(shown);
        long bodies = shown.stream().map(Difference::bodyId).filter(java.util.Objects::nonNull).distinct().count();
        summary.set(shown.size() + (shown.size() == 1 ? " change" : " changes") + " to " + bodies
                + (bodies == 1 ? " body" : " bodies") + " from " + from.get().name() + " to "
                + (to.get() == null ? "now" : to.get().name()) + ". Council contributions "
                + current.contributionsBefore().format() + " → " + current.contributionsAfter().format()
                + "; pooled budgets " + current.pooledBefore().format() + " → " + current.pooledAfter().format() + ".");
    }

    /** Review > Record this year's review: asks for its name, date and note, then freezes the authority. */
    public void recordReview() {
        DocumentSession session = main.sessionProperty().get();
        if (session == null || session.isReadOnly()) {
            return;
        }
        LocalDate today = main.today();
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        String suggested = "Review " + year + "/" + String.format("%02d", (year + 1) % 100);
        var answer = dialogs.askNewReview(suggested, today);
        if (answer.isEmpty()) {
            return;
        }
        String who = author.get();
        AuthorityModel copy = session.model().copy();
        session.whenSaved(() -> main.runner().run("Recording " + answer.get().name(),
                progress -> Reviews.record(session.store(), copy, answer.get().name(), answer.get().takenOn(),
                        answer.get().note(), who, java.time.LocalDateTime.now(), appVersion),
                review -> {
                    dialogs.showInformation("Review recorded", review.name() + " keeps the " + review.bodies()
                            + " bodies as they stand on " + review.takenOn() + ". Changes from now on are "
                            + "compared with it.");
                    reviews.add(review);
                    from.set(review);
                    to.set(null);
                },
                failure -> dialogs.showError("Review not recorded", failure instanceof IllegalArgumentException
                        || failure instanceof org.partnershipatlas.store.AuthorityFileException ? failure.getMessage()
                        : "Could not record the review: " + failure.getMessage())));
    }

    /** Opens a recorded review read-only in the window. */
    public void open(Review review) {
        if (review != null) {
            opener.openReview(review);
        }
    }

    /** Writes the differences shown as CSV or XLSX, as chosen; false when cancelled or it failed. */
    public boolean export(String extension) {
        StructureComparison.Result current = result.get();
        if (current == null || from.get() == null) {
            return false;
        }
        String title = "Changes from " + from.get().name() + " to " + (to.get() == null ? "now" : to.get().name());
        var target = dialogs.chooseExportFile("Export the changes", title.replace('/', '-'), extension);
        if (target.isEmpty()) {
            return false;
        }
        List<Difference> rows = List.copyOf(differences);
        Path file = target.get();
        main.runner().run("Exporting the changes", progress -> {
            if (extension.equals("xlsx")) {
                ChangesExport.xlsx(title, rows, current, file);
            } else {
                ChangesExport.csv(rows, file);
            }
            return file;
        }, written -> dialogs.showInformation("Changes exported", "Wrote " + written.getFileName() + "."),
                failure -> dialogs.showError("Changes not exported", failure instanceof IOException
                        ? "Could not write " + file.getFileName() + ": " + failure.getMessage() : String.valueOf(failure)));
        return true;
    }

    public ObservableList<Review> reviews() {
        return reviews;
    }

    public ObjectProperty<Review> fromProperty() {
        return from;
    }

    public ObjectProperty<Review> toProperty() {
        return to;
    }

    public ObjectProperty<StructureComparison.Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<StructureComparison.Result> resultProperty() {
        return result;
    }

    public ObservableList<Difference> differences() {
        return differences;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** True while the Changes tab is shown: only then does it follow the edits. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** True while the map marks what changed (compare mode). */
    public BooleanProperty onMapProperty() {
        return onMap;
    }

    /** What the map marks, or null when it is not comparing. */
    public ObjectProperty<org.partnershipatlas.ui.map.CompareMarks> marksProperty() {
        return marks;
    }

    public boolean canRecord() {
        return !main.isReadOnly();
    }
}
