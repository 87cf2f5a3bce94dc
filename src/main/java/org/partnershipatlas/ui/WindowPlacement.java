package org.partnershipatlas.ui;

/**
 * Where the main window opens: the size and place remembered, but never larger than the screen's
 * usable area nor off it. A council laptop is often 1366 x 768 and a projector 1280 x 720; a window
 * remembered from a bigger monitor, or the default size, must still show its menus and status bar.
 *
 * @param x      the left edge, in screen coordinates
 * @param y      the top edge
 * @param width  the width
 * @param height the height
 */
public record WindowPlacement(double x, double y, double width, double height) {
    /**
     * Fits the wanted placement to a screen's visual bounds (the screen less its task bars). A
     * window wholly on the screen keeps its place; otherwise it is centred. {@code x} and {@code y}
     * are null when no place was remembered.
     */
    public static WindowPlacement fit(Double x, Double y, double width, double height, double screenX, double screenY,
                                      double screenWidth, double screenHeight) {
        double w = Math.min(width, screenWidth);
        double h = Math.min(height, screenHeight);
        boolean placed = x != null && y != null && x >= screenX && y >= screenY && x + w <= screenX + screenWidth
                && y + h <= screenY + screenHeight;
        if (placed) {
            return new WindowPlacement(x, y, w, h);
        }
        return new WindowPlacement(screenX + (screenWidth - w) / 2, screenY + (screenHeight - h) / 2, w, h);
    }
}
