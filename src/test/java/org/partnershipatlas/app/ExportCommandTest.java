package org.partnershipatlas.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.store.AuthorityStore;

class ExportCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AuthorityModel sample = SampleAuthority.build(LocalDate.now());

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theSampleMapAsSvgHoldsEveryBodyAndWithOrganisationsEveryOrganisation() throws Exception {
        Path svg = dir.resolve("map.svg");
        assertEquals(0, run("export", "--format", "svg", "--out", svg.toString(), "--organisations"));
        String text = Files.readString(svg);
        for (Body body : sample.bodies()) {
            String firstLine = org.partnershipatlas.layout.MapDiagram.wrap(body.name()).get(0);
            assertTrue(text.contains(">" + firstLine.replace("&", "&amp;").replace("'", "&#39;") + "<")
                    || text.contains(">" + firstLine + "<"), body.name());
        }
        assertTrue(text.contains(">ORGANISATIONS<"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Wrote "));
    }

    @Test
    void aFileIsOnlyReadAndItsMapIsAPictureOfTheWholeStructure() throws Exception {
        Path file = dir.resolve("Northmoor.atlas.mv.db");
        AuthorityStore.create(file, sample, "t").close();
        byte[] before = Files.readAllBytes(file);
        Path png = dir.resolve("map.png");
        assertEquals(0, run("export", file.toString(), "--format", "png", "--out", png.toString()));
        var image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 2000 && image.getHeight() > 1000, image.getWidth() + "x" + image.getHeight());
        assertArrayEquals(before, Files.readAllBytes(file), "the authority file is unchanged");
    }

    @Test
    void theRegisterAsXlsxAndCsvHasARowPerBody() throws Exception {
        Path xlsx = dir.resolve("register.xlsx");
        assertEquals(0, run("export", "--format", "xlsx", "--out", xlsx.toString()));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(sample.bodies().size() + 1, book.getSheetAt(0).getPhysicalNumberOfRows());
        }
        Path csv = dir.resolve("register.csv");
        assertEquals(0, run("export", "--format", "csv", "--out", csv.toString()));
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("\ufeffName"), lines.get(0));
    }

    @Test
    void theDotGraphNamesEveryBodyAndDrawsEachLineFromTheBodyAnsweredTo() throws Exception {
        Path dot = dir.resolve("map.dot");
        assertEquals(0, run("export", "--format", "dot", "--out", dot.toString()));
        String text = Files.readString(dot);
        assertTrue(text.startsWith("digraph \"Northmoor District Council\" {"));
        for (var line : sample.lines()) {
            assertTrue(text.contains("  b" + line.toBodyId() + " -> b" + line.fromBodyId() + " ["), line.toString());
        }
        assertEquals(sample.bodies().size(), text.lines().filter(l -> l.matches("  b\\d+ \\[label=.*")).count());
    }

    @Test
    void theMapAsGexfGoesToGephiAndComesBackWithEveryBodyLineAndSeat() throws Exception {
        Path gexf = dir.resolve("northmoor.gexf");
        assertEquals(0, run("export", "--format", "gexf", "--out", gexf.toString()));
        assertTrue(Files.readString(gexf).contains("<gexf"), "Gephi's own format");
        Path fresh = dir.resolve("FromGephi.atlas.mv.db");
        assertEquals(0, run("import", gexf.toString(), "--into", fresh.toString()));
        try (AuthorityStore store = AuthorityStore.openReadOnly(fresh, "t")) {
            AuthorityModel back = store.load();
            assertEquals(sample.bodies().size(), back.bodies().size());
            assertEquals(sample.lines().size(), back.lines().size());
            assertEquals(sample.seats().size(), back.seats().size());
        }
    }

    @Test
    void theWholeAuthorityAsJsonReadsBackTheSame() throws Exception {
        Path file = dir.resolve("Northmoor.atlas.mv.db");
        AuthorityStore.create(file, sample, "t").close();
        Path json = dir.resolve("northmoor.json");
        assertEquals(0, run("export", file.toString(), "--format", "json", "--out", json.toString()));
        try (var in = Files.newBufferedReader(json)) {
            AuthorityModel back = org.partnershipatlas.io.AuthorityJson.read(in);
            try (AuthorityStore store = AuthorityStore.openReadOnly(file, "t")) {
                assertEquals(new java.util.HashSet<>(store.load().entities()), new java.util.HashSet<>(back.entities()));
            }
        }
    }

    @Test
    void graphvizReadsTheDotGraphWhereItIsInstalled() throws Exception {
        Path dot = dir.resolve("map.dot");
        assertEquals(0, run("export", "--format", "dot", "--out", dot.toString()));
        Process process;
        try {
            process = new ProcessBuilder("dot", "-Tplain", dot.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException notInstalled) {
            org.junit.jupiter.api.Assumptions.abort("Graphviz dot is not installed (.ci/run installs it)");
            return;
        }
        String plain = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), plain);
        assertEquals(sample.bodies().size(), plain.lines().filter(l -> l.startsWith("node ")).count());
    }

    @Test
    void thePackGoesIntoTheFolderInTheFormatsAskedForOneTheme() throws Exception {
        Path folder = dir.resolve("pack");
        assertEquals(0, run("export", "--pack", "--out", folder.toString(), "--formats", "pdf,csv", "--appendices",
                "1,2,3", "--themes", "Community safety", "--paper", "A3"));
        try (var files = Files.list(folder)) {
            assertEquals(4, files.count(), out.toString(StandardCharsets.UTF_8));
        }
        String register = Files.readString(folder.resolve("Northmoor District Council partnership register.csv"));
        assertTrue(register.contains("Safer Northmoor Partnership"));
        assertTrue(!register.contains("Heritage Forum"), "only the theme's bodies");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(folder.resolve("Northmoor District Council structure diagram.pdf")
                .toFile())) {
            assertEquals(1190.55f, pdf.getPage(0).getMediaBox().getWidth(), 1, "A3 landscape");
        }
    }

    @Test
    void packMistakesAreNamed() {
        assertEquals(2, run("export", "--pack", "--out", dir.resolve("p").toString(), "--formats", "pdf,odt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot write a pack as \"odt\""));
        assertEquals(2, run("export", "--pack", "--out", dir.resolve("p").toString(), "--themes", "Transport"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no theme is called \"Transport\"; the themes are "
                + "Community safety,"));
        assertEquals(2, run("export", "--pack", "--out", dir.resolve("p").toString(), "--appendices", "8"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("appendices are numbered 1 to 7, not \"8\""));
        assertEquals(2, run("export", "--format", "svg", "--out", dir.resolve("x.svg").toString(), "--paper", "A3"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("go with --pack"));
        assertTrue(!Files.exists(dir.resolve("p")));
    }

    @Test
    void badArgumentsAreRefusedWithAMessageAndWriteNothing() {
        Path target = dir.resolve("x.pdf");
        assertEquals(2, run("export", "--format", "pdf", "--out", target.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot export as \"pdf\"; choose one of csv, dot, gexf, graphml, json, kumu, png, svg, xlsx"));
        assertEquals(2, run("export", "--format", "svg"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("needs --out PATH"));
        assertEquals(2, run("export", "--format", "svg", "--out", dir.resolve("no/such/folder/x.svg").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("does not exist"));
        assertEquals(2, run("export", dir.resolve("missing.atlas.mv.db").toString(), "--format", "svg", "--out",
                dir.resolve("m.svg").toString()));
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(dir.resolve("m.svg")));
    }
}
