package org.partnershipatlas.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.analysis.Finding;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.analysis.Severity;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityStore;

/**
 * {@code atlas check [FILE] [--json]}: the health check on the command line. Exits 0 with no
 * high-severity findings, 1 with some, 2 on a bad file, so a script can act on it.
 */
final class CheckCommand implements Command {
    @Override
    public int run(String[] args, PrintStream out) throws CommandException {
        boolean json = false;
        boolean copy = false;
        String file = null;
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--read-only")) {
                copy = true;
            } else if (arg.startsWith("-")) {
                throw new CommandException("unknown option " + arg);
            } else if (file == null) {
                file = arg;
            } else {
                throw new CommandException("takes at most one FILE");
            }
        }
        AuthorityModel model = load(file, copy);
        List<Finding> findings = HealthCheck.run(model, LocalDate.now());
        if (json) {
            printJson(model, findings, out);
        } else {
            printText(model, findings, out);
        }
        return HealthCheck.counts(findings).get(Severity.HIGH) > 0 ? 1 : 0;
    }

    static AuthorityModel load(String file) throws CommandException {
        return load(file, false);
    }

    /** Reads a file for a command; {@code copy} reads a copy as last saved, for a file open elsewhere. */
    static AuthorityModel load(String file, boolean copy) throws CommandException {
        if (file == null) {
            return SampleAuthority.build(LocalDate.now());
        }
        try (AuthorityStore store = copy ? AuthorityStore.openCopyOf(Path.of(file), Version.current())
                : AuthorityStore.openReadOnly(Path.of(file), Version.current())) {
            return store.load();
        } catch (AuthorityFileException e) {
            throw new CommandException(forCommandLine(e));
        }
    }

    /** The store's message, with the way out the command line offers instead of the window's. */
    static String forCommandLine(AuthorityFileException e) {
        if (e.reason() == AuthorityFileException.Reason.LOCKED) {
            return e.file().getFileName() + " is open in another Partnership Atlas window or program. Close it there"
                    + " first; to read it as last saved, add --read-only (info, check and export take it).";
        }
        return e.getMessage();
    }

    private static void printText(AuthorityModel model, List<Finding> findings, PrintStream out) {
        Map<Severity, Integer> counts = HealthCheck.counts(findings);
        out.println("Health check of " + model.authority().name() + ": " + counts.get(Severity.HIGH) + " high, "
                + counts.get(Severity.MEDIUM) + " medium, " + counts.get(Severity.LOW) + " low");
        for (Finding finding : findings) {
            out.println();
            out.println(finding.severity().label().toUpperCase() + " | " + finding.rule().label()
                    + (HealthCheck.hasOpenAction(model, finding) ? " | has an open action" : ""));
            out.println("  " + finding.message());
            out.println("  Suggested action: " + finding.suggestedAction());
        }
    }

    private static void printJson(AuthorityModel model, List<Finding> findings, PrintStream out)
            throws CommandException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rule", f.rule().name());
            row.put("title", f.rule().label());
            row.put("severity", f.severity().name());
            row.put("bodies", f.bodyIds().stream().map(id -> model.body(id).name()).toList());
            row.put("organisations", f.organisationIds().stream().map(id -> model.organisation(id).name()).toList());
            row.put("people", f.personIds().stream().map(id -> model.person(id).name()).toList());
            row.put("message", f.message());
            row.put("suggestedAction", f.suggestedAction());
            row.put("hasOpenAction", HealthCheck.hasOpenAction(model, f));
            row.put("key", f.key());
            rows.add(row);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("authority", model.authority().name());
        doc.put("counts", HealthCheck.counts(findings));
        doc.put("findings", rows);
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CommandException("could not write JSON: " + e.getMessage());
        }
    }

    @Override
    public String help() {
        return """
                atlas check [FILE] [--json]
                  Runs the governance health check on FILE (no FILE: the bundled sample) and prints each
                  finding: severity, rule, what is wrong and why it matters, and the suggested action.
                  --json prints the same as JSON. Exit code: 0 no high-severity findings, 1 some,
                  2 a bad file or bad arguments. The file is only read.""";
    }
}
