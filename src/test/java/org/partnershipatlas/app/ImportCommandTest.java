package org.partnershipatlas.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.store.AuthorityStore;

class ImportCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path authority;

    @BeforeEach
    void anAuthorityFileWithTheSample() throws Exception {
        authority = dir.resolve("Westshire.atlas.mv.db");
        AuthorityStore.create(authority, SampleAuthority.build(LocalDate.of(2026, 12, 1)), "t").close();
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static AuthorityModel load(Path file) throws Exception {
        try (AuthorityStore store = AuthorityStore.openReadOnly(file, "t")) {
            return store.load();
        }
    }

    /** Each bad source, and a phrase its message must contain. */
    static Stream<Arguments> badSources() {
        byte[] half;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
            workbook.createSheet("Register").createRow(0).createCell(0).setCellValue("Name");
            workbook.write(bytes);
            half = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String newerJson = "{\"schemaVersion\": 9, \"authority\": {\"name\": \"X\", \"kind\": \"UNITARY\"}}";
        byte[] mixed = concat("Name,Notes\nCafé Forum,\"two\nlines\"\n".getBytes(StandardCharsets.UTF_8),
                "Crèche Network,ok\nNo Parent Group,x,extra\n".getBytes(Charset.forName("windows-1252")));
        return Stream.of(
                Arguments.of("empty.csv", new byte[0], "empty.csv is empty"),
                Arguments.of("header.csv", "Name,Lead officer\n".getBytes(), "has only a header row"),
                Arguments.of("truncated.xlsx", half, "looks damaged or cut short"),
                Arguments.of("ragged.csv", "Name,Lead officer\nBoard,Smith, Jo\n".getBytes(),
                        "Refused: row 2, column \"Column C\", value \"Jo\": this row has 3 cells"),
                Arguments.of("quoted-newline-then-bad-date.csv",
                        "Name,Notes,Review date\nForum,\"a\nb\",\nGroup,,31/13/2026\n".getBytes(),
                        "Refused: row 3, column \"Review date\", value \"31/13/2026\""),
                Arguments.of("mixed.csv", mixed, "line 4 is Windows-1252"),
                Arguments.of("year.csv", "Name,Review date\nBoard,31/03/20226\n".getBytes(), "the year 20226"),
                Arguments.of("negative.csv", "Name,Pooled budget\nBoard,-£5\n".getBytes(), "is a negative amount"),
                Arguments.of("self.csv", "Name,Reports to\nBoard,board\n".getBytes(), "cannot report to itself"),
                Arguments.of("not-graphml.graphml", "<html><body>hello</body></html>".getBytes(),
                        "is not GraphML: its top element is <html>"),
                Arguments.of("newer.json", newerJson.getBytes(), "written by a newer Partnership Atlas (layout 9"),
                Arguments.of("laughs.graphml", ("<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY a \"aaaaaaaaaa\">"
                        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><graphml><graph><node id=\"&b;\"/></graph>"
                        + "</graphml>").getBytes(), "entity declarations"),
                Arguments.of("external.graphml", ("<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY x SYSTEM "
                        + "\"file:///etc/passwd\">]><graphml><graph><node id=\"&x;\"/></graph></graphml>").getBytes(),
                        "an external reference"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSources")
    void badInputGetsAClearMessageAndTheFileStaysByteForByteAsItWas(String name, byte[] content, String phrase)
            throws Exception {
        Path source = dir.resolve(name);
        Files.write(source, content);
        byte[] before = Files.readAllBytes(authority);
        assertEquals(1, run("import", source.toString(), "--into", authority.toString()), printed());
        assertTrue(printed().contains(phrase), printed());
        assertTrue(printed().contains("Nothing was imported"), printed());
        assertArrayEquals(before, Files.readAllBytes(authority), "the authority file is byte-identical");
    }

    @Test
    void validRowsOnlyImportsTheRestAndStillExitsOneNamingWhatWasLeftOut() throws Exception {
        Path source = dir.resolve("register.csv");
        Files.writeString(source, "Name of partnership,Reports to,Review date\nNew Town Forum,Northmoor Together Board,"
                + "31/03/2027\nBroken Group,Nowhere,\n");
        int before = load(authority).bodies().size();
        assertEquals(1, run("import", source.toString(), "--into", authority.toString(), "--valid-only"));
        assertTrue(printed().contains("Refused: row 3, column \"Reports to\", value \"Nowhere\""), printed());
        assertTrue(printed().contains("Imported into Westshire.atlas.mv.db: 1 new body"), printed());
        assertTrue(printed().contains("1 row left out"), printed());
        AuthorityModel after = load(authority);
        assertEquals(before + 1, after.bodies().size());
        assertTrue(after.bodies().stream().anyMatch(b -> b.name().equals("New Town Forum")));
        assertFalse(after.bodies().stream().anyMatch(b -> b.name().equals("Broken Group")));
    }

    @Test
    void aCleanRegisterMakesANewFileAndAMappingFileRenamesColumns() throws Exception {
        Path source = dir.resolve("register.csv");
        Files.writeString(source, "Group;Boss;Money\nAlpha Board;Jo Bloggs;£1,000\nBeta Group;;\n");
        Path mapping = dir.resolve("mapping.txt");
        Files.writeString(mapping, "# our register\nGroup = Name\nBoss = Chair\nMoney = COUNCIL_CONTRIBUTION\n");
        Path target = dir.resolve("new");
        assertEquals(0, run("import", source.toString(), "--into", target.toString(), "--mapping", mapping.toString()),
                printed());
        AuthorityModel made = load(dir.resolve("new.atlas.mv.db"));
        assertEquals(2, made.bodies().size());
        var alpha = made.bodies().stream().filter(b -> b.name().equals("Alpha Board")).findFirst().orElseThrow();
        assertEquals("Jo Bloggs", made.person(alpha.governance().chairId()).name());
        assertEquals("£1,000", alpha.governance().councilContribution().format());
        Files.writeString(mapping, "Boss = Chief\n");
        assertEquals(2, run("import", source.toString(), "--into", target.toString(), "--mapping", mapping.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("line 1: \"Chief\" is not a field"));
    }

    @Test
    void jsonOutAndIntoANewFileIsTheSameAuthority() throws Exception {
        Path json = dir.resolve("westshire.json");
        assertEquals(0, run("export", authority.toString(), "--format", "json", "--out", json.toString()));
        Path copy = dir.resolve("copy.atlas.mv.db");
        assertEquals(0, run("import", json.toString(), "--into", copy.toString()), printed());
        assertEquals(new HashSet<>(load(authority).entities()), new HashSet<>(load(copy).entities()));
        assertEquals(load(authority).authority(), load(copy).authority());
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        Path graphml = dir.resolve("westshire.graphml");
        assertEquals(0, run("export", authority.toString(), "--format", "graphml", "--out", graphml.toString()));
        byte[] before = Files.readAllBytes(authority);
        assertEquals(0, run("import", graphml.toString(), "--into", authority.toString()), printed());
        assertTrue(printed().contains("Nothing to change in Westshire.atlas.mv.db: 0 new bodies, 0 changed, "
                + SampleAuthority.build(LocalDate.of(2026, 12, 1)).bodies().size() + " unchanged"), printed());
        assertArrayEquals(before, Files.readAllBytes(authority));
    }
}
