package org.partnershipatlas.ui.map;

import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.report.MapExport;
import org.partnershipatlas.ui.document.DocumentContext;

/** Exports the part of the map in view as PNG (at twice screen size, sharp on slides) or SVG, in the background. */
final class MapPictures {
    static final double PNG_SCALE = 2;

    private final MapViewModel view;
    private final DocumentContext main;
    private final org.partnershipatlas.ui.dialog.CommonDialogs dialogs;
    private final double[] size;

    MapPictures(MapViewModel view, DocumentContext main, org.partnershipatlas.ui.dialog.CommonDialogs dialogs, double[] size) {
        this.view = view;
        this.main = main;
        this.dialogs = dialogs;
        this.size = size;
    }

    void askAndExport(String format) {
        Diagram diagram = view.diagramProperty().get();
        org.partnershipatlas.layout.SeatOverlay seats = view.seats().overlayProperty().get();
        if (diagram == null) {
            return;
        }
        Rect area = new Rect(view.toMapX(0), view.toMapY(0), size[0] / view.scaleProperty().get(),
                size[1] / view.scaleProperty().get());
        String title = "Partnership map of " + main.sessionProperty().get().model().authority().name();
        dialogs.chooseExportFile("Export the map view as " + format.toUpperCase(), "Partnership map", format)
                .ifPresent(target -> main.runner().run("Exporting the map", progress -> {
                    if (format.equals("svg")) {
                        MapExport.svg(diagram, seats, area, title, target);
                    } else {
                        MapExport.png(diagram, seats, area, PNG_SCALE * view.scaleProperty().get(), target);
                    }
                    return target;
                }, done -> main.busyMessageProperty().set(""), failure -> dialogs.showError(
                        "Cannot export the map", "Could not write " + target.getFileName() + ": "
                                + failure.getMessage())));
    }
}
