package org.partnershipatlas.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.store.AuthorityStore;

/**
 * A corpus of hostile inputs, each imported through {@code atlas import} into a new file and into a
 * copy of an existing authority: a clear message (naming the row and column where there is one), no
 * stack trace or SQL, and, whenever the import is refused, the existing file byte for byte as it was
 * (its SHA-256 before and after) and no new file. Inputs that are odd but readable import, and the
 * result opens and exports as readable XML.
 */
class HostileImportTest {
    /** What an input must do: be refused, be imported, or either as long as it is said clearly. */
    enum Expect { REFUSED, IMPORTED }

    @TempDir
    static Path dir;
    static Path existing;
    static byte[] existingBytes;

    @BeforeAll
    static void anExistingAuthority() throws Exception {
        existing = dir.resolve("Existing.atlas.mv.db");
        AuthorityStore.create(existing, SampleAuthority.build(LocalDate.of(2026, 12, 2)), "t").close();
        existingBytes = Files.readAllBytes(existing);
    }

    static Stream<Arguments> corpus() throws Exception {
        List<Arguments> all = new ArrayList<>();
        String longName = "Partnership ".repeat(9000);
        String csvHead = "Name of partnership,Reports to,Lead officer,Council contribution (£),Review date,Notes,Purpose,"
                + "Short name\n";
        // --- CSV ---
        text(all, "long-name.csv", csvHead + "\"" + longName + "\",,,,,,,\n", Expect.REFUSED, "row 2, column \"Name\"");
        text(all, "nul-name.csv", csvHead + "Youth\u0000Forum,,,,,,,\n", Expect.IMPORTED, "control characters");
        text(all, "bell-notes.csv", csvHead + "Bell Group,,,,,ring\u0007ring,,\n", Expect.IMPORTED, "control characters");
        text(all, "zero-width-name.csv", csvHead + "\u200b\u200b\u200b,,,,,,,\n", Expect.REFUSED, "row 2");
        text(all, "spaces-name.csv", csvHead + "\"   \",x,,,,,,\n", Expect.REFUSED, "row 2");
        text(all, "long-short-name.csv", csvHead + "Board,,,,,,,\"" + "S".repeat(5000) + "\"\n", Expect.REFUSED,
                "holds at most 200");
        text(all, "long-purpose.csv", csvHead + "Board,,,,,,\"" + "p".repeat(5000) + "\",\n", Expect.REFUSED,
                "holds at most 4,000");
        text(all, "long-notes.csv", csvHead + "Board,,,,,\"" + "n".repeat(25000) + "\",,\n", Expect.REFUSED,
                "holds at most 20,000");
        text(all, "long-officer.csv", csvHead + "Board,,\"" + "O".repeat(600) + "\",,,,,\n", Expect.REFUSED,
                "holds at most 500");
        text(all, "negative-money.csv", csvHead + "Board,,,-£500,,,,\n", Expect.REFUSED, "row 2");
        text(all, "words-money.csv", csvHead + "Board,,,a lot,,,,\n", Expect.REFUSED, "row 2");
        text(all, "february-31.csv", csvHead + "Board,,,,31/02/2027,,,\n", Expect.REFUSED, "row 2");
        text(all, "year-20226.csv", csvHead + "Board,,,,31/03/20226,,,\n", Expect.REFUSED, "20226");
        text(all, "unclosed-quote.csv", csvHead + "\"Board,,,,,,,\n", Expect.REFUSED, "quotation mark");
        text(all, "ragged.csv", "Name,Lead officer\nBoard,Smith, Jo\n", Expect.REFUSED, "row 2");
        text(all, "header-only.csv", "Name,Lead officer\n", Expect.REFUSED, "only a header row");
        text(all, "empty.csv", "", Expect.REFUSED, "is empty");
        text(all, "commas-only.csv", ",,,\n,,,\n", Expect.REFUSED, "");
        text(all, "self-report.csv", "Name,Reports to\nBoard,board\n", Expect.REFUSED, "itself");
        text(all, "unknown-parent.csv", "Name,Reports to\nGroup,Nowhere Board\n", Expect.REFUSED, "row 2");
        text(all, "cascade.csv", "Name,Reports to\nGroup,Nowhere Board\nSub Group,Group\n", Expect.REFUSED, "row 3");
        text(all, "duplicates.csv", "Name\nForum\nforum\n", Expect.REFUSED, "row 3");
        text(all, "formula.csv", "Name,Notes\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",@SUM(1)\n", Expect.IMPORTED, "");
        text(all, "loop.csv", "Name,Reports to\nAlpha Board,Beta Board\nBeta Board,Alpha Board\n", Expect.IMPORTED, "");
        text(all, "semicolons-bad-date.csv", "Name;Review date\nBoard;yesterday\n", Expect.REFUSED, "row 2");
        text(all, "tabs.csv", "Name\tLead officer\nTab Board\tJo Tab\n", Expect.IMPORTED, "");
        all.add(Arguments.of("utf16le-bom.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Name,Notes\nCafé Forum,Crèche\n".getBytes(StandardCharsets.UTF_16LE)), Expect.IMPORTED, ""));
        all.add(Arguments.of("utf16le.csv", "Name,Notes\nCafé Board,ok\n".getBytes(StandardCharsets.UTF_16LE),
                Expect.IMPORTED, ""));
        all.add(Arguments.of("utf16be-bom.csv", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "Name\nBE Board\n".getBytes(StandardCharsets.UTF_16BE)), Expect.IMPORTED, ""));
        all.add(Arguments.of("windows-1252.csv", "Name,Notes\nCafé Forum,£5 a head\n".getBytes(
                Charset.forName("windows-1252")), Expect.IMPORTED, ""));
        all.add(Arguments.of("utf8-bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Name\nBOM Board\n".getBytes(StandardCharsets.UTF_8)), Expect.IMPORTED, ""));
        byte[] garbage = new byte[3000];
        new Random(3).nextBytes(garbage);
        all.add(Arguments.of("garbage.csv", garbage, null, ""));
        text(all, "wide.csv", "Name," + "x,".repeat(3000) + "y\nWide Board" + ",".repeat(3001) + "\n", Expect.IMPORTED, "");
        // --- XLSX ---
        all.add(Arguments.of("long-name.xlsx", xlsx(s -> row(s, 1, "A".repeat(32000))), Expect.REFUSED,
                "row 2, column \"Name\""));
        all.add(Arguments.of("zero-width.xlsx", xlsx(s -> row(s, 1, "\u200b\u200c")), Expect.REFUSED, "row 2"));
        all.add(Arguments.of("header-only.xlsx", xlsx(s -> { }), Expect.REFUSED, "only a header row"));
        all.add(Arguments.of("truncated.xlsx", Arrays.copyOf(xlsx(s -> row(s, 1, "Board")), 900), Expect.REFUSED,
                "damaged or cut short"));
        all.add(Arguments.of("not-a-zip.xlsx", "Name\nBoard\n".getBytes(), Expect.REFUSED, ""));
        all.add(Arguments.of("password.xlsx", encrypted(xlsx(s -> row(s, 1, "Secret Board"))), Expect.REFUSED,
                "protected by a password"));
        all.add(Arguments.of("number-name.xlsx", xlsxNumber(), Expect.IMPORTED, ""));
        all.add(Arguments.of("bad-date.xlsx", xlsx(s -> {
            s.getRow(0).createCell(1).setCellValue("Review date");
            row(s, 1, "Board").createCell(1).setCellValue("31/13/2026");
        }), Expect.REFUSED, "row 2, column \"Review date\""));
        all.add(Arguments.of("two-sheets.xlsx", xlsx(s -> {
            row(s, 1, "First Board");
            s.getWorkbook().createSheet("Notes").createRow(0).createCell(0).setCellValue("nothing here");
        }), Expect.IMPORTED, ""));
        all.add(Arguments.of("empty.xlsx", new byte[0], Expect.REFUSED, "is empty"));
        // --- XLS ---
        all.add(Arguments.of("long-name.xls", xls(s -> row(s, 1, "B".repeat(1000)), false), Expect.REFUSED,
                "holds at most 500"));
        all.add(Arguments.of("fine.xls", xls(s -> row(s, 1, "Old Excel Board"), false), Expect.IMPORTED, ""));
        all.add(Arguments.of("password.xls", xls(s -> row(s, 1, "Secret Board"), true), Expect.REFUSED,
                "protected by a password"));
        all.add(Arguments.of("truncated.xls", Arrays.copyOf(xls(s -> row(s, 1, "Board"), false), 700),
                Expect.REFUSED, ""));
        all.add(Arguments.of("garbage.xls", garbage, Expect.REFUSED, ""));
        // --- GraphML ---
        String g = "<?xml version=\"1.0\"?><graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
                + "<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/><graph edgedefault=\"directed\">";
        text(all, "long-label.graphml", g + node("n1", longName) + "</graph></graphml>", Expect.REFUSED,
                "holds at most 500");
        text(all, "nul-ref.graphml", g + node("n1", "Bad&#0;Name") + "</graph></graphml>", Expect.REFUSED, "");
        text(all, "zero-width.graphml", g + node("n1", "\u200b") + "</graph></graphml>", Expect.REFUSED, "");
        text(all, "no-label.graphml", g + "<node id=\"n1\"/></graph></graphml>", null, "");
        text(all, "dangling-edge.graphml", g + node("n1", "Board") + "<edge source=\"n1\" target=\"n9\"/>"
                + "</graph></graphml>", Expect.REFUSED, "");
        text(all, "self-edge.graphml", g + node("n1", "Board") + "<edge source=\"n1\" target=\"n1\"/>"
                + "</graph></graphml>", Expect.REFUSED, "itself");
        text(all, "doctype.graphml", "<?xml version=\"1.0\"?><!DOCTYPE graphml SYSTEM \"x.dtd\">" + g.substring(21)
                + "</graph></graphml>", Expect.REFUSED, "");
        text(all, "external.graphml", "<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<graphml><graph><node id=\"&x;\"/></graph></graphml>", Expect.REFUSED, "external");
        text(all, "laughs.graphml", "<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                + "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><graphml><graph><node id=\"&b;\"/></graph></graphml>",
                Expect.REFUSED, "entity");
        text(all, "cut.graphml", (g + node("n1", "Board")).substring(0, g.length() + 20), Expect.REFUSED, "");
        text(all, "not-xml.graphml", "{\"this\": \"is json\"}", Expect.REFUSED, "");
        text(all, "control-char.graphml", g + node("n1", "Tab\tand line\nBoard") + "</graph></graphml>",
                Expect.IMPORTED, "");
        // --- JSON ---
        String sample = sampleJson();
        text(all, "not-json.json", "{ nope", Expect.REFUSED, "not JSON");
        text(all, "array.json", "[1, 2, 3]", Expect.REFUSED, "not a Partnership Atlas authority");
        text(all, "future.json", "{\"schemaVersion\": 99, \"authority\": {\"name\": \"X\", \"kind\": \"UNITARY\"}}",
                Expect.REFUSED, "newer");
        text(all, "deep.json", "[".repeat(200_000) + "]".repeat(200_000), Expect.REFUSED, "");
        text(all, "dangling-line.json", sample.replaceFirst("(\"lines\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\\d+\\s*,"
                + "\\s*\"fromBodyId\"\\s*:\\s*)\\d+", "$1987654"), Expect.REFUSED, "two bodies that exist");
        text(all, "dangling-seat-person.json", sample.replaceFirst("(\"seats\"[\\s\\S]*?\"personId\"\\s*:\\s*)\\d+",
                "$1987655"), Expect.REFUSED, "");
        text(all, "duplicate-id.json", duplicateBodyId(sample), Expect.REFUSED, "is used twice");
        text(all, "empty-name.json", sample.replaceFirst("(\"bodies\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\\d+\\s*,"
                + "\\s*\"name\"\\s*:\\s*)\"[^\"]*\"", "$1\"\""), Expect.REFUSED, "needs a name");
        text(all, "negative-rate.json", sample.replaceFirst("(\"officerHourlyRate\"\\s*:\\s*\\{\\s*\"pence\"\\s*:\\s*)\\d+", "$1-3500"),
                Expect.REFUSED, "");
        text(all, "long-name.json", sample.replaceFirst("(\"bodies\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\\d+\\s*,"
                + "\\s*\"name\"\\s*:\\s*)\"[^\"]*\"", "$1\"" + longName + "\""), Expect.REFUSED, "at most 500");
        text(all, "nul-name.json", sample.replaceFirst("(\"bodies\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\\d+\\s*,"
                + "\\s*\"name\"\\s*:\\s*\")", "$1\\\\u0000"), Expect.REFUSED, "control character");
        text(all, "duplicate-line.json", duplicateLine(sample), Expect.REFUSED, "There are two");
        text(all, "empty.json", "", Expect.REFUSED, "empty");
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachHostileInputIsHandledClearlyAndNeverHurtsTheFile(String name, byte[] content, Expect expect,
            String phrase) throws Exception {
        Path source = Files.createTempDirectory(dir, "src").resolve(name);
        Files.write(source, content);
        Path copy = Files.createTempDirectory(dir, "into").resolve("Copy.atlas.mv.db");
        Files.write(copy, existingBytes);
        String before = sha256(copy);
        Result intoCopy = importInto(source, copy);
        Path fresh = copy.resolveSibling("Fresh.atlas.mv.db");
        Result intoNew = importInto(source, fresh);
        for (Result r : List.of(intoCopy, intoNew)) {
            assertTrue(r.code == 0 || r.code == 1, name + " exited " + r.code + ": " + r.text);
            assertFalse(r.text.contains("Exception") || r.text.contains("\tat ") || r.text.contains("org.h2")
                    || r.text.contains("SQL") || r.text.contains("MERGE INTO"), name + " shows program text: " + r.text);
            assertTrue(r.text.contains(phrase), name + ": expected \"" + phrase + "\" in: " + r.text);
        }
        boolean refused = intoCopy.text.contains("Nothing was imported") || intoNew.text.contains("Nothing was imported");
        if (expect == Expect.REFUSED) {
            assertTrue(refused, name + " should be refused: " + intoCopy.text);
        } else if (expect == Expect.IMPORTED) {
            assertFalse(refused, name + " should import: " + intoCopy.text);
        }
        if (refused) {
            assertEquals(before, sha256(copy), name + ": refused, but the existing file changed");
            assertTrue(intoNew.text.contains("Nothing was imported"), intoNew.text);
            assertFalse(Files.exists(fresh), name + ": refused, but a new file was made");
        } else {
            for (Path file : List.of(copy, fresh)) {
                if (!Files.exists(file)) {
                    continue;
                }
                Path graphml = file.resolveSibling(file.getFileName() + ".graphml");
                Path svg = file.resolveSibling(file.getFileName() + ".svg");
                assertEquals(0, Main.run(new String[] {"export", file.toString(), "--format", "graphml", "--out",
                        graphml.toString()}, quiet(), quiet()));
                assertEquals(0, Main.run(new String[] {"export", file.toString(), "--format", "svg", "--out",
                        svg.toString()}, quiet(), quiet()));
                DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
                xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                xml.newDocumentBuilder().parse(graphml.toFile());
                xml.newDocumentBuilder().parse(svg.toFile());
            }
        }
    }

    @Test
    void theCorpusIsLargeAndCoversEveryFormat() throws Exception {
        List<String> names = corpus().map(a -> (String) a.get()[0]).toList();
        assertTrue(names.size() >= 60, names.size() + " inputs");
        for (String ending : List.of(".csv", ".xlsx", ".xls", ".graphml", ".json")) {
            assertTrue(names.stream().filter(n -> n.endsWith(ending)).count() >= 5, ending);
        }
    }

    record Result(int code, String text) {
    }

    private static Result importInto(Path source, Path target) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = Main.run(new String[] {"import", source.toString(), "--into", target.toString()}, print, print);
        return new Result(code, out.toString(StandardCharsets.UTF_8));
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** An input written as UTF-8 text: a CSV register, GraphML or JSON. */
    private static void text(List<Arguments> all, String name, String text, Expect expect, String phrase) {
        all.add(Arguments.of(name, text.getBytes(StandardCharsets.UTF_8), expect, phrase));
    }

    private static String node(String id, String label) {
        return "<node id=\"" + id + "\"><data key=\"label\">" + label + "</data></node>";
    }

    private static org.apache.poi.ss.usermodel.Row row(Sheet sheet, int index, String name) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(name);
        return row;
    }

    private static byte[] xlsx(Consumer<Sheet> fill) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Register");
            sheet.createRow(0).createCell(0).setCellValue("Name");
            fill.accept(sheet);
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static byte[] xlsxNumber() throws Exception {
        return xlsx(s -> s.createRow(1).createCell(0).setCellValue(1234));
    }

    private static byte[] xls(Consumer<Sheet> fill, boolean password) throws Exception {
        if (password) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
        }
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Register");
            sheet.createRow(0).createCell(0).setCellValue("Name");
            fill.accept(sheet);
            workbook.write(bytes);
            return bytes.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private static byte[] encrypted(byte[] workbook) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(workbook);
            }
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    private static String sampleJson() throws Exception {
        Path json = Files.createTempDirectory("atlas-test-json").resolve("sample.json");
        assertEquals(0, Main.run(new String[] {"export", "--format", "json", "--out", json.toString()}, quiet(),
                quiet()));
        String text = Files.readString(json);
        Files.delete(json);
        Files.delete(json.getParent());
        return text;
    }

    /** The second body given the first body's id. */
    private static String duplicateBodyId(String sample) {
        var m = java.util.regex.Pattern.compile("\"bodies\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*(\\d+)").matcher(sample);
        assertTrue(m.find());
        String first = m.group(1);
        var second = java.util.regex.Pattern.compile("\\}\\s*,\\s*\\{\\s*\"id\"\\s*:\\s*(\\d+)").matcher(sample);
        assertTrue(second.find(m.end()));
        return sample.substring(0, second.start(1)) + first + sample.substring(second.end(1));
    }

    /** The first line written twice, the copy with a fresh id. */
    private static String duplicateLine(String sample) {
        var m = java.util.regex.Pattern.compile("(\"lines\"\\s*:\\s*\\[\\s*)(\\{[^}]*\\})").matcher(sample);
        assertTrue(m.find());
        String line = m.group(2);
        String copy = line.replaceFirst("\"id\"\\s*:\\s*\\d+", "\"id\" : 99999999");
        return sample.substring(0, m.end(2)) + ", " + copy + sample.substring(m.end(2));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
