package org.partnershipatlas.ui.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.partnershipatlas.document.SampleFile;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.store.AuthorityFiles;
import org.partnershipatlas.store.AuthorityStore;

/**
 * An authority file opened and loaded, ready to show; made off the FX thread. For a recorded review
 * opened read-only, {@code review} names it and {@code origin} is the file to go back to.
 */
public record PreparedDocument(AuthorityStore store, AuthorityModel model, boolean readOnly, boolean sample,
                               org.partnershipatlas.model.Review review, Origin origin) {

    /** The file a review was opened from, and whether it was the sample. */
    public record Origin(Path file, boolean sample) {
    }

    public PreparedDocument(AuthorityStore store, AuthorityModel model, boolean readOnly, boolean sample) {
        this(store, model, readOnly, sample, null, null);
    }

    /**
     * A fresh copy of the bundled sample in a temporary file, dated as of today, with last year's
     * review and the year's changes since ({@link SampleFile}). The first start of
     * the day builds it (which runs the file-format migrations) and keeps it in {@code cache} as a
     * template; later starts copy the template, which opens without migrating: quicker to a window.
     */
    public static PreparedDocument sample(Clock clock, String appVersion, Path cache) throws Exception {
        LocalDate today = LocalDate.now(clock);
        Path template = cache.resolve("sample-" + today + "-reviewed-format" + AuthorityStore.currentFormat()
                + AuthorityFiles.EXTENSION);
        Path folder = Files.createTempDirectory("atlas-sample");
        Path file = folder.resolve("Northmoor sample" + AuthorityFiles.EXTENSION);
        file.toFile().deleteOnExit();
        folder.toFile().deleteOnExit();
        if (!Files.isRegularFile(template)) {
            SampleFile.create(file, today, appVersion).close();
            keepAsTemplate(file, template);
        } else {
            Files.copy(template, file);
        }
        AuthorityStore store = AuthorityStore.open(file, appVersion);
        return new PreparedDocument(store, store.load(), false, true);
    }

    /** Replaces older templates with today's; a cache that cannot be written only costs time. */
    private static void keepAsTemplate(Path file, Path template) {
        try {
            Files.createDirectories(template.getParent());
            try (var old = Files.newDirectoryStream(template.getParent(), "sample-*" + AuthorityFiles.EXTENSION)) {
                for (Path stale : old) {
                    Files.deleteIfExists(stale);
                }
            }
            Path partial = template.resolveSibling(template.getFileName() + ".part");
            Files.copy(file, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, template, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException ignored) {
            // the next start builds the sample again
        }
    }
}
