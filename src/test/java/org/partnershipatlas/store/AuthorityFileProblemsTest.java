package org.partnershipatlas.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.TestAuthorities;

class AuthorityFileProblemsTest {
    @TempDir
    Path dir;

    @Test
    void aFileOpenInAnotherProcessIsReportedAsAlreadyOpenAndCanBeReadAsACopy() throws Exception {
        Path file = dir.resolve("Shared.atlas.mv.db");
        AuthorityStore.create(file, TestAuthorities.small(), "t").close();
        Process holder = HoldFileOpen.start(HoldFileOpen.class, file.toString());
        try {
            AuthorityFileException e = assertThrows(AuthorityFileException.class,
                    () -> AuthorityStore.open(file, "t"));
            assertEquals(AuthorityFileException.Reason.LOCKED, e.reason());
            assertTrue(e.getMessage().startsWith("Shared.atlas.mv.db is open in another"), e.getMessage());

            try (AuthorityStore copy = AuthorityStore.openCopyOf(file, "t")) {
                assertEquals(TestAuthorities.small().entities(), copy.load().entities());
                assertTrue(!copy.file().equals(file.toAbsolutePath()), "the copy is a different file");
            }
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(20, TimeUnit.SECONDS));
        }
    }

    @Test
    void aFileFromANewerVersionIsRefusedUnchanged() throws Exception {
        Path file = dir.resolve("Future.atlas.mv.db");
        AuthorityStore.create(file, TestAuthorities.small(), "0.1.0").close();
        try (Connection c = DriverManager.getConnection(AuthorityFiles.jdbcUrl(file, true, ""));
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 'sa', 1, TRUE)");
            st.execute("UPDATE atlas_meta SET val = '3.0.0' WHERE name = 'app_version'");
        }
        byte[] before = Files.readAllBytes(file);
        AuthorityFileException e = assertThrows(AuthorityFileException.class, () -> AuthorityStore.open(file, "t"));
        assertEquals(AuthorityFileException.Reason.NEWER_VERSION, e.reason());
        assertTrue(e.getMessage().contains("newer Partnership Atlas (3.0.0)"), e.getMessage());
        assertTrue(e.getMessage().contains("Future.atlas.mv.db"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFormatOneFileIsUpgradedAfterKeepingACopyOfIt() throws Exception {
        Path file = dir.resolve("Oldham Vale.atlas.mv.db");
        try (var in = getClass().getResourceAsStream("/fixtures/format1.atlas.mv.db")) {
            Files.copy(in, file);
        }
        byte[] original = Files.readAllBytes(file);
        assertEquals(1, AuthorityStore.inspect(file));
        AuthorityModel model;
        try (AuthorityStore store = AuthorityStore.open(file, "t")) {
            assertEquals(1, store.upgradedFrom());
            model = store.load();
        }
        assertEquals("Oldham Vale District Council", model.authority().name());
        assertEquals("Health and Wellbeing Board", model.body(4).name());
        assertEquals(3L, model.body(4).governance().leadMemberId());
        assertEquals(1_500_000L, model.body(4).governance().councilContribution().pence());
        assertEquals(null, model.person(3).title(), "the new column starts empty");
        assertEquals(Schema.CURRENT, AuthorityStore.inspect(file));
        Path backup = dir.resolve("Oldham Vale.format1-backup.atlas.mv.db");
        assertArrayEquals(original, Files.readAllBytes(backup));
    }

    @Test
    void theCurrentSchemaVersionIsTheHighestMigration() throws Exception {
        Path migrations = Path.of("src/main/resources/db/migration");
        try (Stream<Path> files = Files.list(migrations)) {
            int highest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertEquals(highest, Schema.CURRENT);
        }
    }

    @Test
    void aMissingFileAndAReadOnlyFolderGetMessagesNamingThem() throws Exception {
        Path gone = dir.resolve("Moved away.atlas.mv.db");
        AuthorityFileException missing = assertThrows(AuthorityFileException.class,
                () -> AuthorityStore.open(gone, "t"));
        assertEquals(AuthorityFileException.Reason.MISSING, missing.reason());
        assertTrue(missing.getMessage().contains("Moved away.atlas.mv.db"));

        Path unplugged = dir.resolve("USB stick").resolve("New.atlas.mv.db");
        AuthorityFileException noFolder = assertThrows(AuthorityFileException.class,
                () -> AuthorityStore.create(unplugged, TestAuthorities.small(), "t"));
        assertEquals(AuthorityFileException.Reason.NOT_WRITABLE, noFolder.reason());
        assertTrue(noFolder.getMessage().contains("USB stick"), noFolder.getMessage());
    }

    @Test
    void aFolderTheUserCannotWriteToIsRefusedWithAMessageNamingIt() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assertTrue(locked.toFile().setWritable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked),
                    "running as root, who can write in any folder: permissions cannot be tested here");
            AuthorityFileException e = assertThrows(AuthorityFileException.class,
                    () -> AuthorityStore.create(locked.resolve("New.atlas.mv.db"), TestAuthorities.small(), "t"));
            assertEquals(AuthorityFileException.Reason.NOT_WRITABLE, e.reason());
            assertTrue(e.getMessage().contains(locked.toString()), e.getMessage());
            try (Stream<Path> files = Files.list(locked)) {
                assertEquals(0, files.count());
            }
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }
}
