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
    /** The name the history and classification decisions record, asked once. */
    public String userName;
    /** True once the name has been asked for, whether or not it was given. */
    public boolean userNameAsked;
    /** The cabinet pack choices last used, by authority file (its absolute path). */
    public java.util.Map<String, PackChoices> packChoices = new java.util.LinkedHashMap<>();

    /** The column mapping last used to import a register, by authority file ("Header = FIELD" lines). */
    public java.util.Map<String, String> importMappings = new java.util.LinkedHashMap<>();

    /** What was ticked in the cabinet pack dialog for one authority. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class PackChoices {
        public List<Integer> appendices = new ArrayList<>();
        /** Every appendix's code in the order they are numbered; null in choices kept by older versions. */
        public List<Integer> order;
        public List<String> themes = new ArrayList<>();
        public List<String> formats = new ArrayList<>();
        public String paper;
        public boolean confidential;
        public String folder;
    }

    /** Puts a file at the top of the recent list, once, keeping at most {@link #MAX_RECENT}. */
    public void remember(String file) {
        recentFiles.remove(file);
        recentFiles.add(0, file);
        while (recentFiles.size() > MAX_RECENT) {
            recentFiles.remove(recentFiles.size() - 1);
        }
    }
}
