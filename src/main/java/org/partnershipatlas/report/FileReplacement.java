package org.partnershipatlas.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How every export writes a file: to a hidden file beside the target, moved over the target only when
 * it is complete, and removed if writing fails, so an export that fails or is cancelled never leaves a
 * half-written file under the name the user chose, nor spoils one already there.
 */
public final class FileReplacement {
    /** Writes the whole file to the path it is given. */
    @FunctionalInterface
    public interface Writing {
        void to(Path partial) throws IOException;
    }

    private FileReplacement() {
    }

    public static void write(Path target, Writing writing) throws IOException {
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            writing.to(partial);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
