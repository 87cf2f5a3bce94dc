package org.partnershipatlas.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityStore;

/** {@code atlas info [FILE]}: what an authority file holds, without opening a window or changing the file. */
final class InfoCommand implements Command {
    @Override
    public int run(String[] args, PrintStream out) throws CommandException {
        boolean copy = java.util.Arrays.asList(args).contains("--read-only");
        args = java.util.Arrays.stream(args).filter(a -> !a.equals("--read-only")).toArray(String[]::new);
        if (args.length > 1) {
            throw new CommandException("takes at most one FILE, got " + args.length + " arguments");
        }
        AuthorityModel model;
        String source;
        int format;
        if (args.length == 0) {
            model = SampleAuthority.build(LocalDate.now());
            source = "the bundled sample";
            format = AuthorityStore.currentFormat();
        } else {
            Path file = Path.of(args[0]);
            try {
                format = copy ? AuthorityStore.currentFormat() : AuthorityStore.inspect(file);
                model = CheckCommand.load(file.toString(), copy);
            } catch (AuthorityFileException e) {
                throw new CommandException(CheckCommand.forCommandLine(e));
            }
            source = file.toAbsolutePath().toString();
        }
        print(model, source, format, out);
        return 0;
    }

    static void print(AuthorityModel model, String source, int format, PrintStream out) {
        Map<Layer, Integer> layers = new EnumMap<>(Layer.class);
        Map<Classification, Integer> classes = new EnumMap<>(Classification.class);
        for (Layer layer : Layer.values()) {
            layers.put(layer, 0);
        }
        for (Classification c : Classification.values()) {
            classes.put(c, 0);
        }
        for (Body body : model.bodies()) {
            layers.merge(body.layer(), 1, Integer::sum);
            classes.merge(body.classification(), 1, Integer::sum);
        }
        out.println("Authority: " + model.authority().name() + " (" + model.authority().kind().label() + ")");
        if (!model.authority().periodLabel().isEmpty()) {
            out.println("Period: " + model.authority().periodLabel());
        }
        out.println("Source: " + source);
        out.println("File format: " + format);
        out.println("Bodies: " + model.bodies().size());
        layers.forEach((layer, n) -> out.println("  " + layer.label() + ": " + n));
        out.println("By classification:");
        classes.forEach((c, n) -> out.println("  " + c.label() + ": " + n));
        out.println("Themes: " + model.themes().size());
        out.println("Organisations: " + model.organisations().size());
        out.println("People: " + model.people().size());
        out.println("Accountability lines: " + model.lines().size());
        out.println("Seats: " + model.seats().size());
    }

    @Override
    public String help() {
        return """
                atlas info [FILE]
                  Prints the authority in FILE: its name, the bodies by layer and by classification, and
                  the numbers of themes, organisations, people, lines and seats, and the file format.
                  With no FILE, describes the bundled sample. The file is only read.""";
    }
}
