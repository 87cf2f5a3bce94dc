package org.partnershipatlas.io.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a register as councils keep it, into plain text tables: CSV with commas, semicolons or tabs
 * (commons-csv), in UTF-8 with or without a byte-order mark or in Windows-1252 (what Excel writes on
 * an English PC), and XLSX or XLS workbooks (Apache POI), every sheet. It judges nothing about the
 * content; that is {@link RegisterReader}'s job. A file that cannot be read at all is refused whole.
 */
public final class SpreadsheetReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The sheets read, and what was noticed about the file itself (such as its encoding). */
    public record Spreadsheet(String fileName, List<SheetTable> sheets, List<ImportIssue> issues) {
        public Spreadsheet {
            sheets = List.copyOf(sheets);
            issues = List.copyOf(issues);
        }
    }

    private SpreadsheetReader() {
    }

    public static boolean handles(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt") || isWorkbook(file);
    }

    static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm");
    }

    public static Spreadsheet read(Path file) throws ImportRefusedException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportRefusedException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new ImportRefusedException(name + " is empty: there is nothing in it to import.");
        }
        List<ImportIssue> issues = new ArrayList<>();
        List<SheetTable> sheets = isWorkbook(file) ? readWorkbook(name, file, issues) : List.of(readCsv(name, bytes, issues));
        List<SheetTable> withRows = sheets.stream().filter(s -> !s.header().isEmpty())
                .map(s -> SheetShape.withoutNotes(s, issues)).toList();
        if (withRows.isEmpty()) {
            throw new ImportRefusedException(name + " is empty: it has no header row and no rows to import.");
        }
        if (withRows.stream().allMatch(s -> s.rows().isEmpty())) {
            throw new ImportRefusedException(name + " has only a header row (" + String.join(", ",
                    withRows.get(0).header()) + ") and no rows under it, so there is nothing to import.");
        }
        return new Spreadsheet(name, withRows, issues);
    }

    // ---- CSV ----

    static SheetTable readCsv(String name, byte[] bytes, List<ImportIssue> issues) throws ImportRefusedException {
        String text = decode(bytes, issues);
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<String> header = List.of();
        List<SheetTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cell -> cells.add(clean(cell)));
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                int row = (int) record.getRecordNumber();
                if (header.isEmpty()) {
                    if (!isTitle(cells)) {
                        header = headerFrom(cells);
                    }
                    continue;
                }
                checkWidth("", header, row, cells, issues);
                rows.add(new SheetTable.Row(row, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String why = String.valueOf(e.getMessage());
            throw new ImportRefusedException(name + " cannot be read as CSV after row " + (rows.size() + 1)
                    + (why.contains("EOF") || why.contains("encapsulated")
                    ? ": a cell opens a quotation mark (\") that is never closed. Close the quote, or remove it."
                    : ": " + why), e);
        }
        return new SheetTable("", header, rows);
    }

    /**
     * Text from bytes: UTF-8 after a byte-order mark or when every byte fits UTF-8; otherwise
     * Windows-1252. A file mixing the two (part saved by one program, part pasted from another) is
     * read line by line, each line in the encoding it fits, and the lines read as Windows-1252 are named.
     */
    static String decode(byte[] bytes, List<ImportIssue> issues) {
        Charset utf16 = utf16(bytes);
        if (utf16 != null) {
            boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE);
            String text = new String(bytes, bom ? 2 : 0, bytes.length - (bom ? 2 : 0), utf16);
            return text;
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String whole = utf8(bytes, start, bytes.length - start);
        if (whole != null) {
            return whole;
        }
        StringBuilder text = new StringBuilder(bytes.length);
        List<Integer> windowsLines = new ArrayList<>();
        boolean anyUtf8 = start > 0;
        int line = 1;
        int from = start;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = Math.min(i + 1, bytes.length);
                String utf = utf8(bytes, from, end - from);
                if (utf != null) {
                    anyUtf8 |= utf.chars().anyMatch(c -> c > 127);
                    text.append(utf);
                } else {
                    windowsLines.add(line);
                    text.append(new String(bytes, from, end - from, WINDOWS_1252));
                }
                from = i + 1;
                line++;
            }
        }
        if (anyUtf8 && !windowsLines.isEmpty()) {
            issues.add(ImportIssue.warning("", 0, "", "", "the file mixes two encodings: most of it is UTF-8, but "
                    + (windowsLines.size() == 1 ? "line " : "lines ") + listed(windowsLines)
                    + (windowsLines.size() == 1 ? " is" : " are") + " Windows-1252 (as Excel saves on an English PC) and "
                    + (windowsLines.size() == 1 ? "was" : "were") + " read that way. Check accented "
                    + "letters and £ signs there."));
        }
        return text.toString();
    }

    /**
     * UTF-16, as Excel's "Unicode Text" saves: by its byte-order mark, or, without one, by the zero
     * bytes that every other byte of English text then is. Null for any other encoding.
     */
    private static Charset utf16(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int sample = Math.min(bytes.length, 4000) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        if (pairs >= 4 && oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) {
            return StandardCharsets.UTF_16LE;
        }
        if (pairs >= 4 && evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String listed(List<Integer> lines) {
        List<String> shown = lines.stream().limit(10).map(String::valueOf).toList();
        return String.join(", ", shown) + (lines.size() > 10 ? " and " + (lines.size() - 10) + " more" : "");
    }

    private static String utf8(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The separator used in the first line outside quotes: the commonest of comma, semicolon and tab. */
    static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    // ---- workbooks ----

    private static List<SheetTable> readWorkbook(String name, Path file, List<ImportIssue> issues) throws ImportRefusedException {
        List<SheetTable> sheets = new ArrayList<>();
        boolean xlsx = !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls");
        if (isPasswordProtected(file)) {
            throw new ImportRefusedException(name + " is protected by a password, so it cannot be read. Open it in "
                    + "Excel, remove the password (File > Info > Protect Workbook), save it, and import it again.");
        }
        try {
            if (xlsx) {
                return XlsxStreamReader.read(file, issues);
            }
            try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                for (Sheet sheet : workbook) {
                    sheets.add(readSheet(sheet, issues));
                }
            }
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                 | org.xml.sax.SAXException e) {
            if (e instanceof org.apache.poi.EncryptedDocumentException) {
                throw new ImportRefusedException(name + " is protected by a password, so it cannot be read. Remove "
                        + "the password in Excel, save it, and import it again.", e);
            }
            throw new ImportRefusedException(name + " cannot be read as an Excel workbook: it looks damaged or cut "
                    + "short. Open it in Excel and save it again, or save it as CSV.", e);
        }
        return sheets;
    }

    /** An encrypted .xlsx is an OLE2 container holding an "EncryptionInfo" stream instead of a zip. */
    private static boolean isPasswordProtected(Path file) {
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            if (org.apache.poi.poifs.filesystem.FileMagic.valueOf(in) != org.apache.poi.poifs.filesystem.FileMagic.OLE2) {
                return false;
            }
            try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(file.toFile(), true)) {
                return fs.getRoot().hasEntry("EncryptionInfo");
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static SheetTable readSheet(Sheet sheet, List<ImportIssue> issues) {
        List<String> header = List.of();
        List<SheetTable.Row> rows = new ArrayList<>();
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            List<String> cells = new ArrayList<>();
            int last = Math.max(row.getLastCellNum(), 0);
            for (int c = 0; c < last; c++) {
                cells.add(clean(text(row.getCell(c))));
            }
            cells = trimmed(cells);
            if (cells.isEmpty()) {
                continue;
            }
            if (header.isEmpty()) {
                if (!isTitle(cells)) {
                    header = headerFrom(cells);
                }
                continue;
            }
            checkWidth(sheet.getSheetName(), header, row.getRowNum() + 1, cells, issues);
            rows.add(new SheetTable.Row(row.getRowNum() + 1, cells));
        }
        List<SheetShape.Merged> merged = sheet.getMergedRegions().stream().map(r -> new SheetShape.Merged(
                r.getFirstRow() + 1, r.getLastRow() + 1, r.getFirstColumn())).toList();
        return SheetShape.filled(new SheetTable(sheet.getSheetName(), header, rows), merged);
    }

    /** A cell as text: dates as 2026-03-31, numbers without a trailing ".0", yes/no for true/false. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "Yes" : "No";
            default -> "";
        };
    }

    /** The row without the empty cells at its end. */
    static List<String> trimmed(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return end == cells.size() ? cells : new ArrayList<>(cells.subList(0, end));
    }

    static String clean(String cell) {
        return cell == null ? "" : cell.replace('\u00A0', ' ').strip();
    }

    /**
     * A row above the table, such as "Outside bodies 2026/27: appointments" or "Updated May 2026": one
     * cell that is not a heading this reads. Councils put such titles over the header; they are skipped.
     */
    static boolean isTitle(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> !c.isBlank()).toList();
        if (filled.size() != 1) {
            return false;
        }
        // A heading is a word or a few ("Groups", "Name of outside body"); a title is a phrase or a sentence,
        // and one that happens to name a heading ("appointments to outside bodies 2026/27") is a long one.
        String only = filled.get(0).strip();
        int words = only.split("\\s+").length;
        if (words >= 3 && only.matches(".*\\b(19|20)\\d\\d\\b.*")) {
            return true; // "Appointments to outside bodies 2026/27": a heading names no year
        }
        return ColumnMapping.guess(only).equals(ColumnTarget.IGNORE) ? words >= 3 : words > 6;
    }

    static List<String> headerFrom(List<String> cells) {
        List<String> header = new ArrayList<>(cells);
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).isEmpty()) {
                header.set(i, "Column " + columnLetters(i));
            }
        }
        return header;
    }

    /** A, B, ... Z, AA as a spreadsheet names its columns. */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }

    /** A row longer than the header has lost its shape (an unquoted comma splits a cell): it is refused. */
    static void checkWidth(String sheet, List<String> header, int row, List<String> cells,
                                   List<ImportIssue> issues) {
        for (int i = header.size(); i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                issues.add(ImportIssue.refused(sheet, row, "Column " + columnLetters(i), cells.get(i),
                        "this row has " + cells.size() + " cells but the header has " + header.size()
                                + " columns, so its cells may have slipped sideways (an unquoted comma or "
                                + "semicolon inside a cell splits it); quote that cell or remove the extra one"));
                return;
            }
        }
    }
}
