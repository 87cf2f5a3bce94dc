package org.partnershipatlas.app;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

/**
 * The entry point of atlas.jar. With no argument, or a file, it starts the window; with a command
 * word it runs that command headless and exits: 0 on success, 1 when check finds high gaps or import
 * refuses something, 2 on a bad file or bad arguments.
 */
public final class Main {
    private static final Map<String, Command> COMMANDS = Map.of(
            "info", new InfoCommand(),
            "check", new CheckCommand(),
            "export", new ExportCommand(),
            "import", new ImportCommand(),
            "apply", new ApplyCommand(),
            "history", new HistoryCommand(),
            "diff", new DiffCommand(),
            "review", new ReviewCommand(),
            "bench", new BenchCommand());

    private Main() {
    }

    /** Graph algorithms (JGraphT's, later ELK's) recurse once per vertex: commands get a deep stack. */
    private static final long COMMAND_STACK_BYTES = 512L * 1024 * 1024;

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && (COMMANDS.containsKey(args[0]) || args[0].startsWith("-"))) {
            int[] exit = {2};
            Thread command = new Thread(null, () -> exit[0] = run(args, System.out, System.err), "atlas-command",
                    COMMAND_STACK_BYTES);
            command.start();
            command.join();
            System.exit(exit[0]);
        }
        String refusal = windowRefusal(args, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform", ""));
        if (refusal != null) {
            System.err.println(refusal);
            System.exit(2);
        }
        AtlasApp.startWindow(args);
    }

    /**
     * Why the window cannot be started as asked, in one line, or null when it can: a word that is
     * neither a command nor a file there is, more than one file, or no display to show a window on.
     */
    static String windowRefusal(String[] args, Map<String, String> environment, String osName, String glassPlatform) {
        if (args.length > 1) {
            return "atlas: unknown command \"" + args[0] + "\"; try atlas --help";
        }
        if (args.length == 1 && !java.nio.file.Files.exists(java.nio.file.Path.of(args[0]))
                && !args[0].endsWith(".mv.db") && !args[0].contains("/") && !args[0].contains("\\")) {
            return "atlas: unknown command \"" + args[0] + "\", and no file of that name is here; try atlas --help";
        }
        boolean unix = !osName.startsWith("Windows") && !osName.startsWith("Mac");
        if (unix && isBlank(environment.get("DISPLAY")) && isBlank(environment.get("WAYLAND_DISPLAY"))
                && !"Monocle".equals(glassPlatform)) {
            return "atlas: there is no display to open a window on (DISPLAY is not set); the commands work "
                    + "without one, try atlas --help, or run the window under xvfb-run";
        }
        return null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Runs a command word and returns its exit code; the tests call this directly. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.println(usage());
            return 0;
        }
        if (args[0].equals("--version")) {
            out.println("Partnership Atlas " + Version.current());
            return 0;
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println("atlas: unknown command \"" + args[0] + "\"; try atlas --help");
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (Arrays.asList(rest).contains("--help")) {
            out.println(command.help());
            return 0;
        }
        try {
            return command.run(rest, out);
        } catch (CommandException e) {
            err.println("atlas " + args[0] + ": " + e.getMessage());
            return 2;
        } catch (RuntimeException | OutOfMemoryError e) {
            // the last safety net: one line, never a stack trace; what was saved stays saved
            err.println("atlas " + args[0] + ": could not finish: " + org.partnershipatlas.model.Text.failure(e) + ". Nothing more was changed.");
            return 2;
        }
    }

    static String usage() {
        return """
                Partnership Atlas %s

                Usage:
                  atlas [FILE]        open the window on FILE, or on the bundled sample
                  atlas info [FILE]   print what an authority file holds (no FILE: the sample)
                  atlas check [FILE] [--json]
                                      the governance health check (exit 1 when there are high findings)
                  atlas export [FILE] --format svg|png|dot|json|graphml|gexf|kumu|csv|xlsx --out PATH
                                      the map as a picture, DOT, JSON, GraphML, GEXF or Kumu workbook,
                                      or the register as a spreadsheet
                  atlas import SOURCE --into FILE [--mapping M] [--valid-only]
                                      bring a register, Kumu workbook, GraphML, GEXF or JSON in
                  atlas apply FILE EDITS.csv
                                      apply a table of edits, each saved before "saved N" is printed:
                                      bodies, lines, people, organisations, seats and actions
                  atlas history FILE [--body NAME] [--since DATE] [--csv]
                                      who changed what, when and how, latest first
                  atlas diff [FILE] [--from REVIEW] [--to REVIEW|now] [--json]
                                      what changed between two recorded reviews, or since one
                  atlas review FILE [--record NAME [--date DATE] [--note TEXT]]
                                      list the recorded reviews, or record this year's
                  atlas bench         run the speed benchmark and print its figures
                  atlas info|check|export ... --read-only
                                      read a copy of a file another program has open, as last saved
                  atlas COMMAND --help

                Exit codes: 0 success, 1 check found high-severity gaps or import refused something,
                2 a bad file or bad arguments.""".formatted(Version.current());
    }
}
