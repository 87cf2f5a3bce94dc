package org.partnershipatlas.ui.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads and writes {@link AppSettings} as JSON in the user's configuration folder. A missing or
 * unreadable file gives the defaults: losing window positions must never stop the app starting.
 */
public final class SettingsFile {
    private static final Logger LOG = Logger.getLogger(SettingsFile.class.getName());
    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SettingsFile(Path file) {
        this.file = file;
    }

    /** $XDG_CONFIG_HOME/partnership-atlas/settings.json, or ~/.config/... when that is not set. */
    public static Path defaultLocation() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("partnership-atlas").resolve("settings.json");
    }

    /** Where files the app can always make again are kept (today's sample template), beside the settings. */
    public Path cacheFolder() {
        return file.toAbsolutePath().getParent().resolve("cache");
    }

    public AppSettings load() {
        if (!Files.isRegularFile(file)) {
            return new AppSettings();
        }
        try {
            return json.readValue(file.toFile(), AppSettings.class);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Settings in " + file + " could not be read; using defaults", e);
            return new AppSettings();
        }
    }

    public void save(AppSettings settings) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            json.writeValue(partial.toFile(), settings);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Settings could not be saved to " + file, e);
        }
    }
}
