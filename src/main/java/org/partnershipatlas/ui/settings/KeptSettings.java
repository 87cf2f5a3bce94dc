package org.partnershipatlas.ui.settings;

/** The user's remembered choices (columns, mappings, their name) and the way to keep them. */
public interface KeptSettings {
    AppSettings settings();

    /** Writes the settings now. */
    void saveSettings();
}
