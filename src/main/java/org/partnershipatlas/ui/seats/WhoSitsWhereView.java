package org.partnershipatlas.ui.seats;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.partnershipatlas.layout.SeatMatrix;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.ui.common.FilterBoxes;

/**
 * Who sits where as a grid: organisations down the left, bodies across the top, the role in each
 * cell as a letter or dot. Click a name on the left to select the organisation (its row is outlined
 * and its seats counted), a name at the top to select the body, or a cell for both. Only the rows and
 * columns in view are drawn, so the grid of a large authority scrolls smoothly.
 */
public final class WhoSitsWhereView extends BorderPane {
    static final double CELL = 24;
    static final double ROW_HEADER = 300;
    static final double COLUMN_HEADER = 190;
    private static final Color INK = Color.web("#1b1b1b");
    private static final Color CHOSEN = Color.web("#0b57d0");

    private final WhoSitsWhereViewModel viewModel;
    private final Canvas canvas = new Canvas(800, 600);
    private final ScrollBar across = new ScrollBar();
    private final ScrollBar down = new ScrollBar();
    /** What each line of the grid shows: a sector's heading (a String) or an organisation's row (its index). */
    private List<Object> lines = List.of();

    public WhoSitsWhereView(WhoSitsWhereViewModel viewModel) {
        this.viewModel = viewModel;
        setId("who-sits-where");
        canvas.setId("seat-grid");
        canvas.setAccessibleText("Who sits where: organisations down the side, bodies across the top");
        down.setOrientation(Orientation.VERTICAL);
        Pane holder = new Pane(canvas);
        holder.setMinSize(100, 100);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        BorderPane grid = new BorderPane(holder);
        grid.setRight(down);
        grid.setBottom(across);
        setTop(toolbar());
        setCenter(grid);
        for (var property : List.of(canvas.widthProperty(), canvas.heightProperty(), viewModel.matrixProperty(),
                viewModel.selectedOrganisationProperty(), viewModel.selectedBodyProperty(), across.valueProperty(),
                down.valueProperty())) {
            property.addListener(o -> redraw());
        }
        canvas.setOnMouseClicked(e -> {
            int column = e.getX() > ROW_HEADER ? (int) ((e.getX() - ROW_HEADER + across.getValue()) / CELL) : -1;
            int line = e.getY() > COLUMN_HEADER ? (int) ((e.getY() - COLUMN_HEADER + down.getValue()) / CELL) : -1;
            int row = line >= 0 && line < lines.size() && lines.get(line) instanceof Integer index ? index
                    : line < 0 ? -1 : Integer.MAX_VALUE;
            canvas.requestFocus();
            viewModel.click(row, column);
            if (e.getClickCount() == 2 && row >= 0 && row != Integer.MAX_VALUE && column >= 0) {
                viewModel.editSelectedCell();
            }
        });
        canvas.setFocusTraversable(true);
        canvas.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case UP -> viewModel.move(-1, 0);
                case DOWN -> viewModel.move(1, 0);
                case LEFT -> viewModel.move(0, -1);
                case RIGHT -> viewModel.move(0, 1);
                case ENTER, F2 -> viewModel.editSelectedCell();
                case DELETE, BACK_SPACE -> viewModel.removeSelectedCell();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            down.setValue(clamp(down.getValue() - e.getDeltaY(), down.getMax()));
            across.setValue(clamp(across.getValue() - e.getDeltaX(), across.getMax()));
            e.consume();
        });
        viewModel.matrixProperty().addListener((o, was, now) -> lines = lines(now));
        lines = lines(viewModel.matrixProperty().get());
        viewModel.selectedOrganisationProperty().addListener((o, was, now) -> reveal(
                lines.indexOf(viewModel.rowOf(now)), down, canvas.getHeight() - COLUMN_HEADER));
        redraw();
    }

    private FlowPane toolbar() {
        ComboBox<Theme> theme = FilterBoxes.themes("seat-grid-theme", viewModel::themes, viewModel.themeProperty());
        Label key = new Label("C chair · V vice chair · A accountable body · L lead officer or member · ● member · ○ observer");
        Label summary = new Label();
        summary.setId("seat-grid-summary");
        summary.setStyle("-fx-font-weight: bold");
        summary.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.summaryProperty().isEmpty())
                .then("Click an organisation to count its seats, a body to see it in the inspector; double-click "
                        + "or Enter on a cell to give a seat, Delete to take it away")
                .otherwise(viewModel.summaryProperty()));
        key.setWrapText(true);
        summary.setWrapText(true);
        FlowPane bar = new FlowPane(12, 6, theme, key, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        // The words wrap within the pane rather than run off it on a 1280 or 1366 wide screen.
        key.maxWidthProperty().bind(widthProperty().subtract(30));
        summary.maxWidthProperty().bind(widthProperty().subtract(30));
        bar.prefWrapLengthProperty().bind(widthProperty().subtract(20));
        bar.setMinWidth(0);
        return bar;
    }

    private static List<Object> lines(SeatMatrix matrix) {
        List<Object> lines = new ArrayList<>();
        if (matrix != null) {
            for (int r = 0; r < matrix.rows().size(); r++) {
                String sector = matrix.rows().get(r).sector();
                if (r == 0 || !sector.equals(matrix.rows().get(r - 1).sector())) {
                    lines.add(sector);
                }
                lines.add(r);
            }
        }
        return lines;
    }

    private void redraw() {
        SeatMatrix matrix = viewModel.matrixProperty().get();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        int rows = lines.size();
        int columns = matrix == null ? 0 : matrix.columns().size();
        scrollRange(down, rows * CELL, height - COLUMN_HEADER);
        scrollRange(across, columns * CELL, width - ROW_HEADER);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        if (matrix == null) {
            return;
        }
        if (matrix.rows().isEmpty() || matrix.columns().isEmpty()) {
            g.setFill(Color.web("#333333"));
            g.setFont(javafx.scene.text.Font.font(15));
            g.fillText("Organisations down the side, bodies across the top.", 16, 32);
            g.fillText(matrix.columns().isEmpty() ? "No bodies yet: add them on the Map (Edit > Add body)."
                    : "No organisations yet: add them on the Organisations screen (Ctrl+9).", 16, 56);
            g.fillText("Then double-click a cell, or choose it and press Enter, to give an organisation a seat.", 16, 80);
            return;
        }
        int firstRow = (int) (down.getValue() / CELL);
        int lastRow = Math.min(rows - 1, firstRow + (int) ((height - COLUMN_HEADER) / CELL) + 1);
        int firstColumn = (int) (across.getValue() / CELL);
        int lastColumn = Math.min(columns - 1, firstColumn + (int) ((width - ROW_HEADER) / CELL) + 1);
        int chosenRow = viewModel.rowOf(viewModel.selectedOrganisationProperty().get());
        int chosenColumn = viewModel.columnOf(viewModel.selectedBodyProperty().get());
        g.save();
        g.beginPath();
        g.rect(ROW_HEADER, COLUMN_HEADER, width - ROW_HEADER, height - COLUMN_HEADER);
        g.clip();
        for (int line = firstRow; line <= lastRow; line++) {
            double y = rowY(line);
            if (!(lines.get(line) instanceof Integer r)) {
                g.setFill(Color.web("#e3e8ee"));
                g.fillRect(ROW_HEADER, y, width - ROW_HEADER, CELL);
                continue;
            }
            g.setFill(r == chosenRow ? Color.web("#dbe7fb") : r % 2 == 0 ? Color.web("#f5f7fa") : Color.WHITE);
            g.fillRect(ROW_HEADER, y, width - ROW_HEADER, CELL);
            for (int c = firstColumn; c <= lastColumn; c++) {
                if (c == chosenColumn) {
                    g.setFill(Color.web("#0b57d0", 0.10));
                    g.fillRect(columnX(c), y, CELL, CELL);
                }
                SeatRole role = matrix.role(matrix.rows().get(r).organisationId(), matrix.columns().get(c).bodyId());
                if (role != null) {
                    g.setFill(INK);
                    g.setFont(Font.font("System", FontWeight.BOLD, 14));
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setTextBaseline(VPos.CENTER);
                    g.fillText(SeatMatrix.glyph(role), columnX(c) + CELL / 2, y + CELL / 2);
                }
            }
        }
        gridLines(g, matrix, firstColumn, lastColumn, height);
        g.restore();
        rowHeaders(g, matrix, firstRow, lastRow, chosenRow);
        columnHeaders(g, matrix, firstColumn, lastColumn, chosenColumn, width);
    }

    private void gridLines(GraphicsContext g, SeatMatrix matrix, int first, int last, double height) {
        for (int c = Math.max(1, first); c <= last; c++) {
            boolean newLayer = !matrix.columns().get(c).layer().equals(matrix.columns().get(c - 1).layer());
            boolean newTheme = !matrix.columns().get(c).theme().equals(matrix.columns().get(c - 1).theme());
            g.setStroke(newLayer ? INK : Color.web("#b8c0c8"));
            g.setLineWidth(newLayer ? 3 : newTheme ? 1.5 : 0.5);
            g.strokeLine(columnX(c), COLUMN_HEADER, columnX(c), height);
        }
    }

    private void rowHeaders(GraphicsContext g, SeatMatrix matrix, int first, int last, int chosen) {
        g.save();
        g.beginPath();
        g.rect(0, COLUMN_HEADER, ROW_HEADER, canvas.getHeight() - COLUMN_HEADER);
        g.clip();
        g.setTextBaseline(VPos.CENTER);
        for (int line = first; line <= last; line++) {
            double y = rowY(line);
            if (lines.get(line) instanceof String sector) {
                g.setFill(Color.web("#e3e8ee"));
                g.fillRect(0, y, ROW_HEADER, CELL);
                g.setStroke(INK);
                g.setLineWidth(2);
                g.strokeLine(0, y, canvas.getWidth(), y);
                g.setFill(INK);
                g.setTextAlign(TextAlignment.LEFT);
                g.setFont(Font.font("System", FontWeight.BOLD, 12));
                g.fillText(sector.toUpperCase(java.util.Locale.ROOT), 8, y + CELL / 2);
                continue;
            }
            int r = (Integer) lines.get(line);
            SeatMatrix.Row row = matrix.rows().get(r);
            g.setFill(r == chosen ? Color.web("#dbe7fb") : Color.WHITE);
            g.fillRect(0, y + 1, ROW_HEADER, CELL - 1);
            g.setFill(INK);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFont(Font.font("System", r == chosen ? FontWeight.BOLD : FontWeight.NORMAL, 13));
            g.fillText(row.name(), 16, y + CELL / 2, ROW_HEADER - 56);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(String.valueOf(row.seats()), ROW_HEADER - 8, y + CELL / 2);
            if (r == chosen) {
                g.setStroke(CHOSEN);
                g.setLineWidth(3);
                g.strokeRect(1.5, y + 1.5, canvas.getWidth() - 3, CELL - 3);
            }
        }
        g.restore();
    }

    private void columnHeaders(GraphicsContext g, SeatMatrix matrix, int first, int last, int chosen, double width) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, COLUMN_HEADER);
        g.setFill(INK);
        g.setFont(Font.font("System", FontWeight.BOLD, 13));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("Organisation, by sector", 8, COLUMN_HEADER - 26);
        g.fillText("Seats", ROW_HEADER - 48, COLUMN_HEADER - 6);
        g.save();
        g.beginPath();
        g.rect(ROW_HEADER, 0, width - ROW_HEADER, COLUMN_HEADER);
        g.clip();
        for (int c = first; c <= last; c++) {
            SeatMatrix.Column column = matrix.columns().get(c);
            double x = columnX(c);
            g.save();
            g.translate(x + CELL / 2 + 5, COLUMN_HEADER - 6);
            g.rotate(-90);
            g.setFont(Font.font("System", c == chosen ? FontWeight.BOLD : FontWeight.NORMAL, 13));
            g.setFill(c == chosen ? CHOSEN : INK);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BASELINE);
            g.fillText(column.name(), 0, 0, COLUMN_HEADER - 12);
            g.restore();
        }
        g.restore();
        g.setStroke(INK);
        g.setLineWidth(1.5);
        g.strokeLine(0, COLUMN_HEADER, width, COLUMN_HEADER);
        g.strokeLine(ROW_HEADER, 0, ROW_HEADER, canvas.getHeight());
    }

    private double rowY(int row) {
        return COLUMN_HEADER + row * CELL - down.getValue();
    }

    private double columnX(int column) {
        return ROW_HEADER + column * CELL - across.getValue();
    }

    private static void scrollRange(ScrollBar bar, double content, double view) {
        bar.setMax(Math.max(0, content - view));
        bar.setVisibleAmount(Math.max(1, view));
        bar.setUnitIncrement(CELL);
        bar.setBlockIncrement(Math.max(CELL, view - CELL));
        bar.setValue(clamp(bar.getValue(), bar.getMax()));
    }

    private static void reveal(int index, ScrollBar bar, double view) {
        if (index < 0) {
            return;
        }
        double at = index * CELL;
        if (at < bar.getValue() || at + CELL > bar.getValue() + view) {
            bar.setValue(clamp(at - view / 2, bar.getMax()));
        }
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }
}
