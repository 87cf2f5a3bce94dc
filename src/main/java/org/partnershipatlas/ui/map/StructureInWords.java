package org.partnershipatlas.ui.map;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.report.pack.PackContent;
import org.partnershipatlas.report.pack.PackDocument;

/**
 * The structure in words, as the cabinet pack gives it: every body under the body it answers to, with
 * its classification, in a tree a screen reader and the keyboard can go through. It is the map's text
 * alternative in the application, as the nested lists are on paper.
 */
final class StructureInWords {
    private StructureInWords() {
    }

    /** The tree of the whole structure, every branch open. */
    static TreeView<String> tree(AuthorityModel model) {
        TreeItem<String> root = new TreeItem<>(model.authority().name());
        add(root, PackContent.outline(model, model.bodies().stream().sorted(java.util.Comparator.comparing(
                (org.partnershipatlas.model.Body b) -> b.layer()).thenComparing(org.partnershipatlas.model.Body::name,
                String.CASE_INSENSITIVE_ORDER)).toList()));
        TreeView<String> tree = new TreeView<>(root);
        tree.setId("structure-in-words");
        tree.setShowRoot(false);
        tree.setAccessibleText("The structure in words: each body is listed under the body it answers to");
        return tree;
    }

    private static void add(TreeItem<String> parent, List<PackDocument.Item> items) {
        for (PackDocument.Item item : items) {
            TreeItem<String> node = new TreeItem<>(item.text());
            node.setExpanded(true);
            parent.getChildren().add(node);
            add(node, item.children());
        }
    }

    /** A window beside the map with the structure in words; it stays open while the user works. */
    static void show(Window owner, AuthorityModel model) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("The structure in words \u00b7 " + model.authority().name());
        Label intro = new Label("Each body is listed under the body it answers to. Use the arrow keys to move through "
                + "it; Left and Right close and open a branch.");
        intro.setWrapText(true);
        BorderPane pane = new BorderPane(tree(model), intro, null, null, null);
        intro.setPadding(new javafx.geometry.Insets(8));
        stage.setScene(new Scene(pane, 560, 640));
        stage.show();
    }
}
