package org.partnershipatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Upgrading a file made by an older version: a copy of it as it was is kept beside it first, and
 * the upgrade runs only once that copy is known to be whole. What the message says of the copy is
 * what became of it.
 */
final class FileUpgrade {
    private FileUpgrade() {
    }

    static void upgrade(Path target, int version) throws AuthorityFileException {
        if (!Files.isWritable(target) || !Files.isWritable(target.getParent())) {
            throw new AuthorityFileException(AuthorityFileException.Reason.NOT_WRITABLE, target,
                    target.getFileName() + " was made by an older Partnership Atlas and needs upgrading, "
                            + "but its folder cannot be written to. Copy it somewhere you can write and open it there.");
        }
        Path backup = AuthorityStore.backupPath(target, version);
        try {
            Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING);
            if (Files.mismatch(target, backup) != -1) {
                throw new IOException("the copy differs from the file");
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(backup);
            } catch (IOException ignored) {
                // nothing more can be done with a copy that could not be written
            }
            throw new AuthorityFileException(AuthorityFileException.Reason.WRITE_FAILED, target,
                    target.getFileName() + " was made by an older Partnership Atlas and needs upgrading, but no "
                            + "copy of it could be kept (" + org.partnershipatlas.model.Text.failure(e) + "), so it was not upgraded. "
                            + "It has not been changed.", e);
        }
        try {
            Schema.migrate(AuthorityFiles.jdbcUrl(target, true, ""));
        } catch (RuntimeException e) {
            try {
                Files.copy(backup, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException restore) {
                throw new AuthorityFileException(AuthorityFileException.Reason.WRITE_FAILED, target,
                        "Could not upgrade " + target.getFileName() + " (" + org.partnershipatlas.model.Text.failure(e) + "), nor put it "
                                + "back as it was. The file as it was is kept in " + backup.getFileName() + ".", e);
            }
            throw new AuthorityFileException(AuthorityFileException.Reason.WRITE_FAILED, target,
                    "Could not upgrade " + target.getFileName() + " (" + org.partnershipatlas.model.Text.failure(e) + "). It is as it was; "
                            + "a copy is also kept in " + backup.getFileName() + ".", e);
        }
    }
}
