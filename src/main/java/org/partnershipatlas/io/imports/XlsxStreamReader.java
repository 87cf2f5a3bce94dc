package org.partnershipatlas.io.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Reads XLSX sheets as a stream of rows (POI's event API, with POI's own hardened XML reader) rather
 * than building the whole workbook in memory: a 40,000-row register reads in about a second. Dates
 * come out as 2026-03-31 and numbers without Excel's display formatting, as {@link SpreadsheetReader}
 * gives them for other files.
 */
final class XlsxStreamReader {
    private XlsxStreamReader() {
    }

    static List<SheetTable> read(Path file, List<ImportIssue> issues) throws IOException, OpenXML4JException,
            SAXException {
        List<SheetTable> sheets = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = new PlainStrings(new ReadOnlySharedStringsTable(pkg, false));
            var styles = reader.getStylesTable();
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (iterator.hasNext()) {
                try (InputStream in = iterator.next()) {
                    Rows rows = new Rows(iterator.getSheetName(), issues);
                    List<SheetShape.Merged> merged = new ArrayList<>();
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new PlainValues(), false) {
                        @Override
                        public void startElement(String uri, String localName, String qName, Attributes attributes)
                                throws SAXException {
                            if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
                                CellRangeAddress region = CellRangeAddress.valueOf(attributes.getValue("ref"));
                                merged.add(new SheetShape.Merged(region.getFirstRow() + 1, region.getLastRow() + 1,
                                        region.getFirstColumn()));
                            }
                            // an inline string read as the plain text it is ("str"), not built into rich text per cell
                            super.startElement(uri, localName, qName, "c".equals(localName)
                                    && "inlineStr".equals(attributes.getValue("t")) ? plain(attributes) : attributes);
                        }
                    });
                    xml.parse(new InputSource(in));
                    sheets.add(SheetShape.filled(rows.table(), merged));
                } catch (javax.xml.parsers.ParserConfigurationException e) {
                    throw new IOException(e);
                }
            }
        }
        return sheets;
    }

    private static Attributes plain(Attributes attributes) {
        AttributesImpl plain = new AttributesImpl(attributes);
        plain.setValue(plain.getIndex("t"), "str");
        return plain;
    }

    /**
     * The workbook's shared strings as plain text, each made once: POI's table builds a rich-text
     * object for every cell that names one, and a register names the same few hundred strings (roles,
     * sectors, organisations) tens of thousands of times.
     */
    private static final class PlainStrings implements SharedStrings {
        private final SharedStrings table;
        private final java.util.Map<Integer, RichTextString> made = new java.util.HashMap<>();

        PlainStrings(SharedStrings table) {
            this.table = table;
        }

        @Override
        public RichTextString getItemAt(int index) {
            return made.computeIfAbsent(index, i -> new PlainText(table.getItemAt(i).getString()));
        }

        @Override
        public int getCount() {
            return table.getCount();
        }

        @Override
        public int getUniqueCount() {
            return table.getUniqueCount();
        }
    }

    /** Text with no formatting, which is all a register's cell is read for. */
    private record PlainText(String text) implements RichTextString {
        @Override
        public String getString() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(int start, int end, short font) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void applyFont(int start, int end, org.apache.poi.ss.usermodel.Font font) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void applyFont(org.apache.poi.ss.usermodel.Font font) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void clearFormatting() {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void applyFont(short font) {
            throw new UnsupportedOperationException("read only");
        }
    }

    /** Collects one sheet's rows as text, header first. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final List<ImportIssue> issues;
        private final List<SheetTable.Row> rows = new ArrayList<>();
        private List<String> header = List.of();
        private List<String> cells;

        Rows(String sheet, List<ImportIssue> issues) {
            this.sheet = sheet;
            this.issues = issues;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = column(reference);
            while (cells.size() < column) {
                cells.add("");
            }
            if (column < cells.size()) {
                // a rich text cell comes in runs; they are one cell
                cells.set(column, SpreadsheetReader.clean(cells.get(column) + value));
            } else {
                cells.add(SpreadsheetReader.clean(value));
            }
        }

        /** The 0-based column of a reference such as "AB12", read without a regular expression per cell. */
        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    column = column * 26 + (c - 'A' + 1);
                } else if (c != '$') {
                    break;
                }
            }
            return column - 1;
        }

        @Override
        public void endRow(int rowNum) {
            List<String> row = SpreadsheetReader.trimmed(cells);
            if (row.isEmpty()) {
                return;
            }
            if (header.isEmpty()) {
                if (!SpreadsheetReader.isTitle(row)) {
                    header = SpreadsheetReader.headerFrom(row);
                }
                return;
            }
            SpreadsheetReader.checkWidth(sheet, header, rowNum + 1, row, issues);
            rows.add(new SheetTable.Row(rowNum + 1, row));
        }

        SheetTable table() {
            return new SheetTable(sheet, header, rows);
        }
    }

    /** Dates as 2026-03-31, other numbers plainly (12500, not "£12,500.00"), whatever the cell's format. */
    private static final class PlainValues extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
