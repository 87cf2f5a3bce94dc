package org.partnershipatlas.ui.browse;

import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.ui.document.DocumentContext;

/** The left panel: a filter box, a layer/theme switch and the tree of bodies. Binds only. */
public final class BodyTreeView extends VBox {
    private final BodyTreeViewModel viewModel;
    private final DocumentContext main;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("Bodies"));
    private final TextField filter = TextFields.createClearableTextField();
    private boolean syncing;

    public BodyTreeView(BodyTreeViewModel viewModel, DocumentContext main) {
        this.viewModel = viewModel;
        this.main = main;
        getStyleClass().add("body-tree");
        setSpacing(6);
        setPadding(new Insets(8));

        filter.setId("body-filter");
        filter.setPromptText("Filter bodies");
        filter.setAccessibleText("Filter bodies by name");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());

        ToggleGroup group = new ToggleGroup();
        ToggleButton byLayer = new ToggleButton("By layer");
        ToggleButton byTheme = new ToggleButton("By theme");
        byLayer.setId("group-by-layer");
        byTheme.setId("group-by-theme");
        byLayer.setToggleGroup(group);
        byTheme.setToggleGroup(group);
        byLayer.setSelected(viewModel.groupingProperty().get() == BodyTreeViewModel.Grouping.BY_LAYER);
        byTheme.setSelected(!byLayer.isSelected());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
                return;
            }
            viewModel.groupingProperty().set(now == byLayer ? BodyTreeViewModel.Grouping.BY_LAYER
                    : BodyTreeViewModel.Grouping.BY_THEME);
        });
        viewModel.groupingProperty().addListener((o, was, now) ->
                (now == BodyTreeViewModel.Grouping.BY_LAYER ? byLayer : byTheme).setSelected(true));
        HBox switcher = new HBox(4, new Label("Group:"), byLayer, byTheme);
        switcher.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        tree.setId("body-tree");
        tree.setShowRoot(false);
        tree.setAccessibleRole(AccessibleRole.TREE_VIEW);
        tree.setAccessibleText("Bodies grouped by " + "layer or theme");
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("group-heading", "highlighted");
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof Body body) {
                    setText(body.name());
                    if (main.highlightedBodyIdsProperty().get().contains(body.id())) {
                        getStyleClass().add("highlighted");
                    }
                } else {
                    setText(((BodyTreeViewModel.Group) item).heading());
                    getStyleClass().add("group-heading");
                }
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null && now.getValue() instanceof Body body) {
                viewModel.select(body);
            }
        });
        viewModel.groupsProperty().addListener((o, was, now) -> rebuild());
        main.highlightedBodyIdsProperty().addListener((o, was, now) -> tree.refresh());
        main.selectedBodyIdProperty().addListener((o, was, now) -> selectInTree(now));
        rebuild();
        getChildren().addAll(filter, switcher, tree);
    }

    /** Puts the keyboard focus in the filter box (View > Find). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private void rebuild() {
        syncing = true;
        try {
            TreeItem<Object> root = tree.getRoot();
            root.getChildren().clear();
            boolean filtering = !viewModel.filterProperty().get().isBlank();
            for (BodyTreeViewModel.Group group : viewModel.groupsProperty().get()) {
                TreeItem<Object> heading = new TreeItem<>(group);
                heading.setExpanded(true);
                for (Body body : group.bodies()) {
                    heading.getChildren().add(new TreeItem<>(body));
                }
                heading.setExpanded(filtering || root.getChildren().size() < 8);
                root.getChildren().add(heading);
            }
        } finally {
            syncing = false;
        }
        selectInTree(main.selectedBodyIdProperty().get());
    }

    private void selectInTree(Long bodyId) {
        syncing = true;
        try {
            if (bodyId == null) {
                tree.getSelectionModel().clearSelection();
                return;
            }
            for (TreeItem<Object> heading : tree.getRoot().getChildren()) {
                for (TreeItem<Object> item : heading.getChildren()) {
                    if (item.getValue() instanceof Body body && body.id() == bodyId) {
                        heading.setExpanded(true);
                        tree.getSelectionModel().select(item);
                        int row = tree.getRow(item);
                        if (row >= 0) {
                            tree.scrollTo(Math.max(0, row - 3));
                        }
                        return;
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }
}
