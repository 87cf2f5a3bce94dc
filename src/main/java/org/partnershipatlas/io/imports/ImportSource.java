package org.partnershipatlas.io.imports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.partnershipatlas.io.AuthorityJson;
import org.partnershipatlas.model.AuthorityModel;

/**
 * A file chosen for import, read and recognised: a register (CSV or workbook, which needs a column
 * mapping), a Kumu workbook, GraphML, or a whole authority as JSON. Reading never changes anything;
 * a file that cannot be read at all is refused here with a message naming it.
 */
public final class ImportSource {
    /** The formats that can be imported. */
    public enum Format {
        REGISTER("Register (CSV or Excel)"),
        KUMU("Kumu workbook (Elements and Connections)"),
        GRAPHML("GraphML (yEd, Gephi, networkx)"),
        GEXF("GEXF (Gephi)"),
        JSON("Partnership Atlas JSON");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The file name endings offered in the import file chooser. */
    public static final List<String> EXTENSIONS = List.of("csv", "tsv", "txt", "xlsx", "xls", "xlsm", "graphml",
            "gexf", "xml", "json");

    private final Path file;
    private final Format format;
    private final SpreadsheetReader.Spreadsheet spreadsheet;
    private final ImportDraft fixed;
    private final AuthorityModel authority;

    private ImportSource(Path file, Format format, SpreadsheetReader.Spreadsheet spreadsheet, ImportDraft fixed,
                         AuthorityModel authority) {
        this.file = file;
        this.format = format;
        this.spreadsheet = spreadsheet;
        this.fixed = fixed;
        this.authority = authority;
    }

    public static ImportSource read(Path file) throws ImportRefusedException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new ImportRefusedException("Cannot import " + file + ": there is no such file.");
        }
        if (lower.endsWith(".graphml") || lower.endsWith(".xml")) {
            return new ImportSource(file, Format.GRAPHML, null, GraphmlDraft.of(name, GraphmlReader.read(file)), null);
        }
        if (lower.endsWith(".gexf")) {
            return new ImportSource(file, Format.GEXF, null, GraphmlDraft.of(name, GexfReader.read(file), "GEXF"),
                    null);
        }
        if (lower.endsWith(".json")) {
            AuthorityModel model = readJson(file, name);
            return new ImportSource(file, Format.JSON, null, ModelDraft.of(name, model), model);
        }
        if (!SpreadsheetReader.handles(file)) {
            throw new ImportRefusedException("Cannot import " + name + ": Partnership Atlas imports registers (.csv, "
                    + ".xlsx, .xls), Kumu workbooks (.xlsx), GraphML (.graphml), GEXF (.gexf) and its own JSON (.json).");
        }
        SpreadsheetReader.Spreadsheet sheets = SpreadsheetReader.read(file);
        if (KumuDraft.isKumu(sheets)) {
            return new ImportSource(file, Format.KUMU, sheets, KumuDraft.of(sheets), null);
        }
        return new ImportSource(file, Format.REGISTER, sheets, null, null);
    }

    private static AuthorityModel readJson(Path file, String name) throws ImportRefusedException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (Files.size(file) == 0) {
                throw new ImportRefusedException(name + " is empty: there is nothing in it to import.");
            }
            return AuthorityJson.read(in);
        } catch (AuthorityJson.Problem e) {
            throw new ImportRefusedException("Cannot import " + name + ": " + e.getMessage() + ".", e);
        } catch (IOException e) {
            throw new ImportRefusedException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public Format format() {
        return format;
    }

    /** True for a register, whose columns are mapped to fields before it becomes a draft. */
    public boolean needsMapping() {
        return format == Format.REGISTER;
    }

    /** The sheets read, for a register or Kumu workbook; else an empty list. */
    public List<SheetTable> sheets() {
        return spreadsheet == null ? List.of() : spreadsheet.sheets();
    }

    /** The mapping proposed for a register's headers, with {@code remembered} choices first. */
    public ColumnMapping proposedMapping(ColumnMapping remembered) {
        return ColumnMapping.propose(sheets(), remembered);
    }

    /** What the file says, by name; a register is read through {@code mapping}, other formats ignore it. */
    public ImportDraft draft(ColumnMapping mapping) {
        if (format == Format.REGISTER) {
            return RegisterReader.read(spreadsheet, mapping == null ? proposedMapping(null) : mapping);
        }
        return fixed;
    }

    /** For JSON: the whole authority as written, ids and all (to create a new file identical to it). */
    public AuthorityModel wholeAuthority() {
        return authority;
    }
}
