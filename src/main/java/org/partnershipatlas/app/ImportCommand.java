package org.partnershipatlas.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.partnershipatlas.io.imports.ColumnMapping;
import org.partnershipatlas.io.imports.ImportIssue;
import org.partnershipatlas.io.imports.ImportPlan;
import org.partnershipatlas.io.imports.ImportRefusedException;
import org.partnershipatlas.io.imports.ImportSource;
import org.partnershipatlas.model.Authority;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.ModelException;
import org.partnershipatlas.document.EditPath;
import org.partnershipatlas.model.How;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityFiles;
import org.partnershipatlas.store.AuthorityStore;

/**
 * {@code atlas import SOURCE --into FILE [--mapping M] [--valid-only]}: brings a register, a Kumu
 * workbook, GraphML or JSON into an authority file (made when it does not exist), merging by name.
 * The file is only opened for writing once the whole import is known to be acceptable, and is written
 * in one transaction; a refused import leaves it exactly as it was, byte for byte.
 */
final class ImportCommand implements Command {
    @Override
    public int run(String[] args, PrintStream out) throws CommandException {
        String source = null;
        String into = null;
        String mappingFile = null;
        boolean validOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--into" -> into = ExportCommand.value(args, ++i, "--into");
                case "--mapping" -> mappingFile = ExportCommand.value(args, ++i, "--mapping");
                case "--valid-only" -> validOnly = true;
                default -> {
                    if (args[i].startsWith("-")) {
                        throw new CommandException("unknown option " + args[i]);
                    }
                    if (source != null) {
                        throw new CommandException("takes one SOURCE");
                    }
                    source = args[i];
                }
            }
        }
        if (source == null || into == null) {
            throw new CommandException("needs a SOURCE and --into FILE");
        }
        ColumnMapping mapping = mappingFile == null ? null : readMapping(Path.of(mappingFile));
        Path target = Path.of(into).toAbsolutePath();
        ImportSource read;
        try {
            read = ImportSource.read(Path.of(source));
        } catch (ImportRefusedException e) {
            boolean there = Files.exists(target) || Files.exists(AuthorityFiles.withExtension(target));
            out.println("Refused: " + e.getMessage());
            out.println("Nothing was imported; " + target.getFileName() + (there ? " is unchanged." : " was not created."));
            return 1;
        }
        ColumnMapping used = read.needsMapping() ? read.proposedMapping(mapping) : null;
        boolean exists = Files.exists(target) || Files.exists(AuthorityFiles.withExtension(target));
        Path file = Files.exists(target) ? target : AuthorityFiles.withExtension(target);
        AuthorityModel model = exists ? CheckCommand.load(file.toString()) : newAuthority(file);
        ImportPlan plan = ImportPlan.of(model, read.draft(used));
        plan.issues().forEach(issue -> out.println(issue.describe()));
        boolean refused = plan.issues().stream().anyMatch(ImportIssue::refused);
        if (plan.refusedWhole() || refused && !validOnly) {
            out.println("Nothing was imported: " + (plan.refusedWhole() ? "the file cannot be imported as it stands"
                    : plan.rowsLeftOut() + (plan.rowsLeftOut() == 1 ? " row has" : " rows have") + " problems; fix "
                    + (plan.rowsLeftOut() == 1 ? "it" : "them") + ", or add --valid-only to import the rest")
                    + ". " + file.getFileName() + " is " + (exists ? "unchanged." : "not created."));
            return 1;
        }
        try {
            if (!exists) {
                AuthorityModel created = read.wholeAuthority() != null ? read.wholeAuthority() : model;
                if (read.wholeAuthority() == null) {
                    created.apply(plan.edit());
                }
                AuthorityStore.create(file, read.wholeAuthority() != null ? created
                                : org.partnershipatlas.layout.MapDiagram.laidOut(created), Version.current(),
                        null, new org.partnershipatlas.model.AuditEntry(0, java.time.LocalDateTime.now(), author(),
                                How.IMPORT, Path.of(source).getFileName().toString(),
                                "History starts here: made from " + Path.of(source).getFileName(), null, null, null,
                                null, null, null, null)).close();
            } else if (!plan.edit().isEmpty()) {
                // the model's rules are tried on a copy first: a refusal must not open the file for writing
                model.copy().apply(plan.edit());
                try (AuthorityStore store = AuthorityStore.open(file, Version.current())) {
                    AuthorityModel current = store.load();
                    ImportPlan again = ImportPlan.of(current, read.draft(used));
                    new EditPath(current, store, ImportCommand::author, java.time.Clock.systemDefaultZone())
                            .perform(again.edit(), How.IMPORT, Path.of(source).getFileName().toString());
                }
            }
        } catch (ModelException e) {
            out.println("Refused: " + e.getMessage());
            out.println("Nothing was imported; " + file.getFileName() + " is " + (exists ? "unchanged." : "not created."));
            return 1;
        } catch (AuthorityFileException e) {
            throw new CommandException(CheckCommand.forCommandLine(e));
        }
        out.println((plan.edit().isEmpty() ? "Nothing to change in " : "Imported into ") + file.getFileName() + ": "
                + (read.wholeAuthority() != null && !exists ? "the whole authority as written" : plan.summary()) + ".");
        return refused ? 1 : 0;
    }

    /** Who the history names for a change made from the command line: the computer's user. */
    static String author() {
        String name = System.getenv("ATLAS_USER");
        return name != null && !name.isBlank() ? name.strip() : System.getProperty("user.name", "unknown");
    }

    private static AuthorityModel newAuthority(Path file) {
        String name = AuthorityFiles.documentName(file);
        return new AuthorityModel(new Authority(name.isBlank() ? "New authority" : name, AuthorityKind.UNITARY, null,
                null));
    }

    private static ColumnMapping readMapping(Path file) throws CommandException {
        try {
            return ColumnMapping.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandException("cannot read the mapping " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CommandException("the mapping " + file.getFileName() + ": " + e.getMessage());
        }
    }

    @Override
    public String help() {
        return """
                atlas import SOURCE --into FILE [--mapping M] [--valid-only]
                  Brings SOURCE into the authority FILE (made when it does not exist), merging bodies
                  by name: a register (.csv with commas, semicolons or tabs; .xlsx, .xls), a Kumu
                  workbook (Elements and Connections sheets), GraphML (.graphml from yEd, Gephi or
                  networkx) or Partnership Atlas JSON (.json).
                  A register's columns are matched to fields by their headers ("Name of partnership",
                  "Lead officer", "Portfolio holder", "Council contribution (£)", "Review date",
                  "Reports to"); --mapping M takes a file of lines "Column header = Field" instead.
                  Every problem is printed with its row, column, value and reason. With any problem
                  nothing is imported, unless --valid-only: then the other rows are.
                  Exit codes: 0 imported, 1 something was refused, 2 bad arguments or a bad FILE.""";
    }
}
