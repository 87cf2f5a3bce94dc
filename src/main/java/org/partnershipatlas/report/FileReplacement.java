package org.partnershipatlas.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How every export writes a file: to a hidden file beside the target, moved over the target only when
 * it is complete, and removed if writing fails, so an export that fails or is cancelled never leaves a
 * half-written file under the name the user chose, nor spoils one already there. An export never
 * writes over a folder, an authority file (the one open included) or any other database file; a
 * shortcut (symbolic link) is followed to the file it names, and one that names nothing is refused.
 */
public final class FileReplacement {
    /** Below this much free space a failed write is put down to a full disk. */
    private static final long NEARLY_FULL = 1024 * 1024;
    /**
     * POI logs a failed write as SEVERE, with its stack trace, before throwing; the message this class
     * gives says it in words, so POI's log is kept quiet. Held so the level sticks.
     */
    private static final java.util.logging.Logger POI_LOG = java.util.logging.Logger.getLogger("org.apache.poi");

    static {
        POI_LOG.setLevel(java.util.logging.Level.OFF);
    }

    /** Writes the whole file to the path it is given. */
    @FunctionalInterface
    public interface Writing {
        void to(Path partial) throws IOException;
    }

    /** Writes the whole file as UTF-8 text. */
    @FunctionalInterface
    public interface TextWriting {
        void to(java.io.Writer out) throws IOException;
    }

    private FileReplacement() {
    }

    /**
     * Writes {@code target} as UTF-8 text. The file is closed even when a flush fails: the JDK's
     * writer does not close its stream when its last write fails (a full disk), which would keep the
     * half-written file open.
     */
    public static void writeText(Path target, TextWriting writing) throws IOException {
        write(target, partial -> {
            java.io.OutputStream raw = Files.newOutputStream(partial);
            try {
                java.io.Writer buffered = new java.io.BufferedWriter(new java.io.OutputStreamWriter(raw,
                        StandardCharsets.UTF_8));
                // a writer that a library may close when done: closing only flushes, the stream is closed below
                java.io.Writer out = new java.io.FilterWriter(buffered) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                writing.to(out);
                buffered.flush();
            } finally {
                raw.close();
            }
        });
    }

    /**
     * Writes {@code target} through {@code writing}.
     *
     * @throws IOException with a message fit to show, naming the file, when the target is refused or
     *     the writing fails; nothing is left behind either way
     */
    public static void write(Path target, Writing writing) throws IOException {
        Path real = refuseUnsafe(target.toAbsolutePath());
        Path partial = real.resolveSibling("." + real.getFileName() + ".part");
        try {
            writing.to(partial);
            Files.move(partial, real, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.util.concurrent.CancellationException e) {
            Files.deleteIfExists(partial);
            throw e;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw new IOException("Could not write " + real.getFileName() + ": " + (nearlyFull(real) ? "the disk is full"
                    : org.partnershipatlas.model.Text.failure(e))
                    + (Files.exists(real) ? ". The file already there is as it was." : ". Nothing was written."), e);
        }
    }

    /** The file to write for a target, or an explanation of why it must not be written. */
    static Path refuseUnsafe(Path target) throws IOException {
        Path real = target;
        if (Files.isSymbolicLink(target)) {
            try {
                real = target.toRealPath();
            } catch (IOException e) {
                throw new IOException(target.getFileName() + " is a shortcut (symbolic link) to a file that is "
                        + "not there, or to itself; choose another name. Nothing was written.", e);
            }
        }
        if (Files.isDirectory(real)) {
            throw new IOException(real.getFileName() + " is a folder; choose a file name inside it. Nothing was "
                    + "written.");
        }
        if (org.partnershipatlas.store.AuthorityFiles.isDatabase(real)) {
            throw new IOException(real.getFileName() + " is an authority file (or another database); an export "
                    + "never writes over one. Choose another name. Nothing was written.");
        }
        Path folder = real.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " is not there. Nothing was written.");
        }
        return real;
    }

    private static boolean nearlyFull(Path file) {
        try {
            return Files.getFileStore(file.getParent()).getUsableSpace() < NEARLY_FULL;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
