package org.partnershipatlas.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.partnershipatlas.io.imports.ImportPlan;
import org.partnershipatlas.io.imports.ImportRefusedException;
import org.partnershipatlas.io.imports.ImportSource;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.Authority;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityStore;

/**
 * The import figure of {@code atlas bench}: a generated authority written as a council's register
 * workbook (a register sheet with "Reports to", and a members sheet of every seat), then imported
 * into a new file the way {@code atlas import} does: read, mapped, planned and written.
 */
final class ImportBench {
    private ImportBench() {
    }

    static void measure(AuthorityModel generated, Path folder, PrintStream out) throws IOException, CommandException {
        Path register = folder.resolve("register.xlsx");
        writeRegister(generated, register);
        int bodies = generated.bodies().size();
        long start = System.nanoTime();
        try {
            ImportSource source = ImportSource.read(register);
            AuthorityModel model = new AuthorityModel(new Authority("Imported", AuthorityKind.UNITARY, null, null));
            ImportPlan plan = ImportPlan.of(model, source.draft(source.proposedMapping(null)));
            if (plan.hasRefusals()) {
                throw new CommandException("the generated register was refused: " + plan.issues().get(0).describe());
            }
            model.apply(plan.edit());
            AuthorityStore.create(folder.resolve("imported.atlas.mv.db"), model, Version.current()).close();
            out.printf("import-%d-ms %d ms%n", bodies, (System.nanoTime() - start) / 1_000_000);
            out.printf("import-%d-rows %d rows%n", bodies, plan.count(ImportPlan.Status.NEW) + plan.newSeats());
        } catch (ImportRefusedException | AuthorityFileException e) {
            throw new CommandException(e.getMessage());
        }
    }

    static void writeRegister(AuthorityModel model, Path file) throws IOException {
        Map<Long, Long> parent = new HashMap<>();
        for (AccountabilityLine line : model.lines()) {
            parent.putIfAbsent(line.fromBodyId(), line.toBodyId());
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream stream = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Register");
            row(sheet, 0, List.of("Name of partnership", "Reports to", "Type", "Layer", "Theme",
                    "Council contribution (£)", "Review date"));
            int r = 1;
            for (Body body : model.bodies()) {
                Long up = parent.get(body.id());
                row(sheet, r++, List.of(body.name(), up == null ? "" : model.body(up).name(), body.kind().label(),
                        body.layer().label(), body.themeIds().isEmpty() ? "" : model.theme(body.themeIds().get(0)).name(),
                        body.governance().councilContribution() == null ? ""
                                : body.governance().councilContribution().format(), "31/03/2027"));
            }
            Sheet members = workbook.createSheet("Members");
            row(members, 0, List.of("Partnership", "Organisation", "Role", "Sector"));
            r = 1;
            for (Seat seat : model.seats()) {
                var organisation = model.organisation(seat.organisationId());
                row(members, r++, List.of(model.body(seat.bodyId()).name(), organisation.name(), seat.role().label(),
                        organisation.sector().label()));
            }
            workbook.write(stream);
            workbook.dispose();
        }
    }

    private static void row(Sheet sheet, int index, List<String> cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }
}
