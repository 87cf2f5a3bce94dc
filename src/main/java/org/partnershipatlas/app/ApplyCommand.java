package org.partnershipatlas.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.partnershipatlas.io.EditTable;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.ModelException;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityStore;

/**
 * {@code atlas apply FILE EDITS.csv}: applies a table of edits, each row its own change, checked by
 * the same rules as in the window, committed and synced before "saved N" is printed. It stops at the
 * first row it must refuse; the rows before it stay saved, as if typed one by one.
 */
final class ApplyCommand implements Command {
    @Override
    public int run(String[] args, PrintStream out) throws CommandException {
        if (args.length != 2 || args[0].startsWith("-") || args[1].startsWith("-")) {
            throw new CommandException("needs FILE and EDITS.csv");
        }
        Path file = Path.of(args[0]);
        List<EditTable.Row> rows = readTable(Path.of(args[1]));
        int saved = 0;
        try (AuthorityStore store = AuthorityStore.open(file, Version.current())) {
            AuthorityModel model = store.load();
            java.time.LocalDate today = java.time.LocalDate.now();
            org.partnershipatlas.document.EditPath path = new org.partnershipatlas.document.EditPath(model, store,
                    ImportCommand::author, java.time.Clock.systemDefaultZone());
            for (EditTable.Row row : rows) {
                try {
                    path.perform(EditTable.edit(model, row, today), org.partnershipatlas.model.How.EDIT,
                            file.getFileName() + " row " + row.number() + " of " + Path.of(args[1]).getFileName());
                } catch (ModelException e) {
                    out.println("Refused at row " + row.number() + ": " + e.getMessage() + ". " + saved
                            + (saved == 1 ? " edit before it is" : " edits before it are") + " saved; nothing after it"
                            + " was applied.");
                    return 1;
                } catch (AuthorityFileException e) {
                    out.println("Not saved at row " + row.number() + ": " + e.getMessage());
                    return 2;
                }
                saved++;
                out.println("saved " + row.number());
                out.flush();
            }
        } catch (AuthorityFileException e) {
            throw new CommandException(CheckCommand.forCommandLine(e));
        }
        out.println("Applied " + saved + (saved == 1 ? " edit" : " edits") + " to " + file.getFileName() + ".");
        return 0;
    }

    private static List<EditTable.Row> readTable(Path table) throws CommandException {
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(table), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
            return EditTable.read(reader);
        } catch (CharacterCodingException e) {
            throw new CommandException(table.getFileName() + " is not UTF-8 text; save it as CSV UTF-8");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CommandException(table + " is not there");
        } catch (IOException e) {
            throw new CommandException(table.getFileName() + ": " + e.getMessage());
        }
    }

    @Override
    public String help() {
        return """
                atlas apply FILE EDITS.csv
                  Applies a table of edits to the authority FILE, each row as its own saved, undoable
                  change, checked by the same rules as in the window. EDITS.csv is UTF-8 with the header
                  action,body,field,value:
                    set,Safer Northmoor Partnership,Next review due,31/03/2027
                    set,Safer Northmoor Partnership,Council contribution,"£12,500"
                    add body,Northgate Residents Forum,Forum,Operational
                    add line,Northgate Residents Forum,Advises,Safer Northmoor Partnership
                    remove line,Northgate Residents Forum,Advises,Safer Northmoor Partnership
                    remove body,Northgate Residents Forum
                  "saved N" is printed once row N is on the disk. The first row that cannot be applied is
                  printed with its number and why; the rows before it stay saved.
                  Exit codes: 0 all applied, 1 a row was refused, 2 bad arguments or a bad FILE.""";
    }
}
