package org.partnershipatlas.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.MapDiagram;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.layout.SeatOverlay;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.report.ExchangeExport;
import org.partnershipatlas.report.MapExport;
import org.partnershipatlas.report.RegisterColumn;
import org.partnershipatlas.report.RegisterExport;

/**
 * {@code atlas export [FILE] --format F --out PATH}: the map as SVG, PNG or Graphviz DOT, or the
 * partnership register as CSV or XLSX, without opening a window. The file is only read; bodies it
 * has no map position for are laid out in memory, as the map would.
 */
final class ExportCommand implements Command {
    static final Set<String> FORMATS = Set.of("svg", "png", "dot", "json", "graphml", "gexf", "kumu", "csv",
            "xlsx");
    /** Room at the left of a picture for the layer labels, as on screen. */
    private static final double LABEL_ROOM = 130;
    private static final double MARGIN = 24;

    @Override
    public int run(String[] args, PrintStream out) throws CommandException {
        String file = null;
        String format = null;
        String target = null;
        boolean organisations = false;
        boolean copy = false;
        boolean pack = false;
        PackArguments packArguments = new PackArguments();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--format" -> format = value(args, ++i, "--format");
                case "--out" -> target = value(args, ++i, "--out");
                case "--organisations" -> organisations = true;
                case "--read-only" -> copy = true;
                case "--pack" -> pack = true;
                case "--formats" -> packArguments.formats = value(args, ++i, "--formats");
                case "--themes" -> packArguments.themes = value(args, ++i, "--themes");
                case "--paper" -> packArguments.paper = value(args, ++i, "--paper");
                case "--appendices" -> packArguments.appendices = value(args, ++i, "--appendices");
                case "--confidential" -> packArguments.confidential = true;
                default -> {
                    if (args[i].startsWith("-")) {
                        throw new CommandException("unknown option " + args[i]);
                    }
                    if (file != null) {
                        throw new CommandException("takes at most one FILE");
                    }
                    file = args[i];
                }
            }
        }
        if (pack) {
            if (target == null) {
                throw new CommandException("--pack needs --out FOLDER");
            }
            if (format != null) {
                throw new CommandException("--pack takes --formats, not --format");
            }
            return packArguments.export(file, copy, Path.of(target), out);
        }
        if (packArguments.used()) {
            throw new CommandException("--formats, --themes, --paper, --appendices and --confidential go with --pack");
        }
        if (format == null || !FORMATS.contains(format)) {
            throw new CommandException(format == null ? "needs --format (one of " + String.join(", ", sorted()) + ")"
                    : "cannot export as \"" + format + "\"; choose one of " + String.join(", ", sorted()));
        }
        if (target == null) {
            throw new CommandException("needs --out PATH");
        }
        Path path = Path.of(target).toAbsolutePath();
        if (path.getParent() != null && !Files.isDirectory(path.getParent())) {
            throw new CommandException("the folder " + path.getParent() + " does not exist");
        }
        AuthorityModel model = CheckCommand.load(file, copy);
        try {
            write(model, format, organisations, path);
        } catch (IOException | RuntimeException e) {
            throw new CommandException(e instanceof IOException ? e.getMessage()
                    : "could not write " + path.getFileName() + ": " + org.partnershipatlas.model.Text.failure(e) + ". Nothing was written.");
        }
        out.println("Wrote " + path);
        return 0;
    }

    private static void write(AuthorityModel model, String format, boolean organisations, Path path)
            throws IOException {
        List<Body> bodies = RegisterExport.ordered(model, b -> true);
        switch (format) {
            case "csv" -> RegisterExport.csv(model, bodies, List.of(RegisterColumn.values()), path);
            case "xlsx" -> RegisterExport.xlsx(model, bodies, List.of(RegisterColumn.values()), path);
            case "json" -> ExchangeExport.write(model, ExchangeExport.Format.JSON, path, Version.current());
            case "graphml" -> ExchangeExport.write(model, ExchangeExport.Format.GRAPHML, path, Version.current());
            case "gexf" -> ExchangeExport.write(model, ExchangeExport.Format.GEXF, path, Version.current());
            case "kumu" -> ExchangeExport.write(model, ExchangeExport.Format.KUMU, path, Version.current());
            case "dot" -> ExchangeExport.write(model, ExchangeExport.Format.DOT, path, Version.current());
            default -> {
                Diagram diagram = MapDiagram.of(MapDiagram.laidOut(model));
                SeatOverlay seats = organisations ? SeatOverlay.of(model, diagram) : null;
                Rect bounds = seats == null ? diagram.bounds() : seats.bounds();
                Rect area = new Rect(bounds.x() - LABEL_ROOM, bounds.y() - MARGIN,
                        bounds.width() + LABEL_ROOM + MARGIN, bounds.height() + 2 * MARGIN);
                String title = "Partnership map of " + model.authority().name();
                if (format.equals("svg")) {
                    MapExport.svg(diagram, seats, area, title, path);
                } else {
                    MapExport.png(diagram, seats, area, 2, path);
                }
            }
        }
    }

    /** The value after an option, refused when missing or when another option comes instead. */
    static String value(String[] args, int i, String option) throws CommandException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new CommandException(option + " needs a value");
        }
        return args[i];
    }

    private static List<String> sorted() {
        return FORMATS.stream().sorted().toList();
    }

    @Override
    public String help() {
        return """
                atlas export [FILE] --format svg|png|dot|json|graphml|gexf|kumu|csv|xlsx --out PATH
                             [--organisations]
                atlas export [FILE] --pack --out FOLDER [--formats docx,pdf,svg,png,xlsx,csv]
                             [--themes "Housing,Community safety"] [--appendices 7,3,1,2,4,5,6]
                             [--paper A4|A3] [--confidential]
                  Exports without opening a window (no FILE: the sample); the FILE is only read.
                  --format: svg and png, the whole partnership map in its three layers, as vector
                  drawing or picture at twice screen size (--organisations adds who sits where); dot,
                  the accountability structure for Graphviz; json, the whole authority, every field;
                  graphml, bodies and organisations as nodes with every field, lines and seats as
                  edges, for yEd, Gephi and networkx; gexf, the same for Gephi in its own format; kumu, an XLSX workbook with Elements and
                  Connections sheets for Kumu; csv and xlsx, the partnership register.
                  --pack: the cabinet appendices as DOCX and PDF with the covering report as DOCX, the
                  diagram alone as SVG, PDF and PNG, and the register and action plan as XLSX and CSV,
                  into FOLDER (made if need be). --appendices names them by code, numbered in the order
                  given: 1 structure diagram, 2 register, 3 action plan, 4 findings, 5 profiles,
                  6 scrutiny questions, 7 review report (compared with the file's latest review).
                  Confidential fields (contact details, notes, risk ratings) only with --confidential.""";
    }
}
