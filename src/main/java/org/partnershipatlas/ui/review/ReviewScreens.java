package org.partnershipatlas.ui.review;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;
import org.partnershipatlas.ui.document.ReviewOpener;

/**
 * The annual review's place in the window: the Changes and History tabs, the Review menu, the
 * inspector's History of the selected body, and the banner over a recorded review opened read-only.
 * Put together here so the main window only places them.
 */
public final class ReviewScreens {
    private final DocumentContext main;
    private final ReviewOpener opener;
    private final ReviewsViewModel reviews;
    private final HistoryViewModel history;
    private final HistoryViewModel bodyHistory;
    private final CabinetReportViewModel report;
    private final ReviewDialogs dialogs;

    public ReviewScreens(DocumentContext main, ReviewDialogs dialogs, ReviewOpener opener, String appVersion,
                         Supplier<String> author,
                         javafx.beans.property.ObjectProperty<org.partnershipatlas.ui.map.CompareMarks> mapMarks) {
        this.main = main;
        this.opener = opener;
        this.reviews = new ReviewsViewModel(main, dialogs, opener, appVersion, author);
        this.history = new HistoryViewModel(main, dialogs, false);
        this.bodyHistory = new HistoryViewModel(main, dialogs, true);
        this.report = new CabinetReportViewModel(main);
        this.dialogs = dialogs;
        mapMarks.bind(reviews.marksProperty());
    }

    public Tab changesTab() {
        Tab tab = new Tab("Changes", new ChangesView(reviews));
        tab.setId("tab-changes");
        reviews.activeProperty().bind(tab.selectedProperty());
        return tab;
    }

    public Tab historyTab() {
        Tab tab = new Tab("History", new HistoryView(history, false, "history"));
        tab.setId("tab-history");
        history.activeProperty().bind(tab.selectedProperty());
        return tab;
    }

    /** The selected body's history, for the inspector; read only while {@code open} is true. */
    public Node bodyHistory() {
        return new HistoryView(bodyHistory, true, "body-history");
    }

    public javafx.beans.property.BooleanProperty bodyHistoryOpen() {
        return bodyHistory.activeProperty();
    }

    /** Review: record this year's review, see what changed, the history. */
    public Menu menu(Consumer<String> showTab) {
        MenuItem record = new MenuItem("_Record this year's review…");
        record.setId("menu-review-record");
        record.setOnAction(e -> reviews.recordReview());
        record.disableProperty().bind(Bindings.createBooleanBinding(main::isReadOnly, main.sessionProperty()));
        MenuItem changes = new MenuItem("What _changed");
        changes.setId("menu-review-changes");
        changes.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        changes.setOnAction(e -> showTab.accept("tab-changes"));
        MenuItem all = new MenuItem("_History of the file");
        all.setId("menu-review-history");
        all.setAccelerator(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        all.setOnAction(e -> showTab.accept("tab-history"));
        javafx.scene.control.CheckMenuItem onMap = new javafx.scene.control.CheckMenuItem("_Mark the changes on the map");
        onMap.setId("menu-review-on-map");
        onMap.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        onMap.selectedProperty().bindBidirectional(reviews.onMapProperty());
        onMap.setOnAction(e -> {
            if (onMap.isSelected()) {
                showTab.accept("tab-map");
            }
        });
        MenuItem write = new MenuItem("_Write the cabinet report…");
        write.setId("menu-review-write-report");
        write.setOnAction(e -> {
            report.prepare();
            dialogs.editCabinetReport(report);
        });
        write.disableProperty().bind(Bindings.createBooleanBinding(main::isReadOnly, main.sessionProperty()));
        MenuItem back = new MenuItem("_Back to the file as it stands");
        back.setId("menu-review-back");
        back.setOnAction(e -> opener.leaveReview());
        back.disableProperty().bind(Bindings.createBooleanBinding(() -> main.sessionProperty().get() == null
                || main.sessionProperty().get().review() == null, main.sessionProperty()));
        for (MenuItem item : java.util.List.of(changes, all)) {
            item.disableProperty().bind(main.sessionProperty().isNull());
        }
        onMap.disableProperty().bind(main.sessionProperty().isNull());
        return new Menu("_Review", null, record, write, new SeparatorMenuItem(), changes, onMap, all,
                new SeparatorMenuItem(), back);
    }

    /** Over a recorded review: which review it is, that it cannot be edited, and the way back. */
    public Node banner() {
        Label text = new Label();
        text.setId("review-banner-text");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            DocumentSession session = main.sessionProperty().get();
            if (session == null || session.review() == null) {
                return "";
            }
            return "You are looking at " + session.review().name() + ", the structure as it stood on "
                    + org.partnershipatlas.ui.common.Formats.date(session.review().takenOn())
                    + ". It is a recorded review: nothing in it can be changed.";
        }, main.sessionProperty()));
        Button back = new Button("Back to the file as it stands");
        back.setId("review-banner-back");
        back.setOnAction(e -> opener.leaveReview());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(text, Priority.SOMETIMES);
        HBox banner = new HBox(12, text, gap, back);
        banner.setId("review-banner");
        banner.getStyleClass().add("review-banner");
        banner.setPadding(new Insets(8, 12, 8, 12));
        banner.setStyle("-fx-background-color: #fff4c2; -fx-border-color: #8a6d00; -fx-border-width: 0 0 2 0;");
        text.setStyle("-fx-font-weight: bold; -fx-text-fill: #1f1f1f;");
        banner.managedProperty().bind(text.textProperty().isNotEmpty());
        banner.visibleProperty().bind(banner.managedProperty());
        return banner;
    }

    public ReviewsViewModel reviews() {
        return reviews;
    }
}
