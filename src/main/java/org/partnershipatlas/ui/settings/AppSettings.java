package org.partnershipatlas.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;

/**
 * What the app remembers between runs on this computer: recent files and where the window was.
 * Kept apart from authority files, which hold only the authority's own data.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class AppSettings {
    public static final int MAX_RECENT = 10;

    public List<String> recentFiles = new ArrayList<>();
    public Double windowX;
    public Double windowY;
    public double windowWidth = 1400;
    public double windowHeight = 880;
    public boolean maximised;
    /** The register's columns as last shown, in order; empty means all. */
    public List<String> registerColumns = new ArrayList<>();
    /** The name recorded against classification decisions, asked once. */
    public String userName;

    /** Puts a file at the top of the recent list, once, keeping at most {@link #MAX_RECENT}. */
    public void remember(String file) {
        recentFiles.remove(file);
        recentFiles.add(0, file);
        while (recentFiles.size() > MAX_RECENT) {
            recentFiles.remove(recentFiles.size() - 1);
        }
    }
}
