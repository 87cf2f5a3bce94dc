package org.partnershipatlas.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partnershipatlas.analysis.ActionOwners;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.AuthorityModel;

/**
 * The action plan as a spreadsheet (the seeds/002 Appendix 2 columns): action, who is responsible,
 * target date (a real date in XLSX), status, source and bodies, ordered by owner. Text cells are
 * neutralised against formula injection, as in the register.
 */
public final class ActionPlanExport {
    static final List<String> HEADER = List.of("Action", "Responsible", "Target date", "Status", "Source", "Bodies");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private ActionPlanExport() {
    }

    /** The actions in the plan's order: the council's, the LSP board's, then each other owner's. */
    public static List<Action> ordered(AuthorityModel model, java.util.function.Predicate<Action> include) {
        List<Action> actions = new ArrayList<>(model.actions().stream().filter(include).toList());
        actions.sort(Comparator.comparing((Action a) -> a.owner().ordinal() > 1 ? 2 : a.owner().ordinal())
                .thenComparing(a -> ActionOwners.name(model, a), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(a -> a.targetDate() == null ? LocalDate.MAX : a.targetDate()));
        return actions;
    }

    public static void csv(AuthorityModel model, List<Action> actions, Path target) throws IOException {
        FileReplacement.write(target, partial -> {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL)) {
                out.write('\ufeff');
                csv.printRecord(HEADER);
                for (Action action : actions) {
                    csv.printRecord(cells(model, action).stream().map(SpreadsheetSafety::neutralise).toList());
                }
            }
        });
    }

    public static void xlsx(AuthorityModel model, List<Action> actions, Path target) throws IOException {
        FileReplacement.write(target, partial -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(partial)) {
                XSSFSheet sheet = workbook.createSheet("Action plan");
                SpreadsheetSafety.headerRow(sheet, HEADER);
                CellStyle date = workbook.createCellStyle();
                date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
                int r = 1;
                for (Action action : actions) {
                    Row row = sheet.createRow(r++);
                    List<String> cells = cells(model, action);
                    for (int c = 0; c < cells.size(); c++) {
                        Cell cell = row.createCell(c);
                        if (c == 2 && action.targetDate() != null) {
                            cell.setCellValue(action.targetDate());
                            cell.setCellStyle(date);
                        } else {
                            cell.setCellValue(SpreadsheetSafety.neutralise(cells.get(c)));
                        }
                    }
                }
                int[] widths = {60, 30, 12, 14, 16, 50};
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, widths[c] * 256);
                }
                workbook.write(out);
            }
        });
    }

    static List<String> cells(AuthorityModel model, Action action) {
        return List.of(action.description(), ActionOwners.name(model, action),
                action.targetDate() == null ? "" : DATE.format(action.targetDate()), action.status().label(),
                action.source().label(), String.join(", ", action.bodyIds().stream()
                        .map(id -> model.body(id).name()).toList()));
    }
}
