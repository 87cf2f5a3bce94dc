package org.partnershipatlas.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.report.pack.PackExporter;
import org.partnershipatlas.report.pack.PackOptions;
import org.partnershipatlas.report.pack.ReviewBaseline;
import org.partnershipatlas.document.Reviews;
import org.partnershipatlas.document.SampleFile;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityStore;

/** The options of {@code atlas export --pack}, read into {@link PackOptions} with a message for each mistake. */
final class PackArguments {
    String formats;
    String themes;
    String paper;
    String appendices;
    boolean confidential;

    boolean used() {
        return formats != null || themes != null || paper != null || appendices != null || confidential;
    }

    /**
     * Writes the pack of {@code file} (none: the sample, with its recorded review) into {@code folder};
     * the review report compares with the file's latest recorded review.
     */
    int export(String file, boolean copy, Path folder, PrintStream out) throws CommandException {
        LocalDate today = LocalDate.now();
        Path sampleFolder = null;
        try {
            Path path;
            if (file == null) {
                sampleFolder = java.nio.file.Files.createTempDirectory("atlas-sample");
                path = sampleFolder.resolve("Northmoor sample.atlas.mv.db");
                SampleFile.create(path, today, Version.current()).close();
            } else {
                path = Path.of(file);
            }
            AuthorityModel model;
            ReviewBaseline since;
            try (AuthorityStore store = copy ? AuthorityStore.openCopyOf(path, Version.current())
                    : AuthorityStore.openReadOnly(path, Version.current())) {
                model = store.load();
                since = Reviews.latest(store, model, today);
            }
            PackOptions options = new PackOptions(appendices(), themes(model), PackOptions.defaults().columns(),
                    formats(), paper(), confidential);
            for (Path written : PackExporter.export(model, options, HealthCheck.run(model, today), today, since,
                    folder, (fraction, message) -> { }, () -> false)) {
                out.println("Wrote " + written);
            }
        } catch (AuthorityFileException e) {
            throw new CommandException(CheckCommand.forCommandLine(e));
        } catch (IOException e) {
            throw new CommandException("could not write the pack into " + folder + ": " + e.getMessage());
        } finally {
            if (sampleFolder != null) {
                DiffCommand.removeQuietly(sampleFolder);
            }
        }
        return 0;
    }

    private Set<PackOptions.Format> formats() throws CommandException {
        if (formats == null) {
            return EnumSet.allOf(PackOptions.Format.class);
        }
        Set<PackOptions.Format> chosen = EnumSet.noneOf(PackOptions.Format.class);
        for (String name : formats.split(",")) {
            try {
                chosen.add(PackOptions.Format.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CommandException("cannot write a pack as \"" + name.strip()
                        + "\"; choose from docx, pdf, svg, png, xlsx, csv");
            }
        }
        return chosen;
    }

    private Set<Long> themes(AuthorityModel model) throws CommandException {
        Set<Long> chosen = new LinkedHashSet<>();
        if (themes == null) {
            return chosen;
        }
        for (String name : themes.split(",")) {
            Theme theme = model.themes().stream().filter(t -> t.name().equalsIgnoreCase(name.strip())).findFirst()
                    .orElseThrow(() -> new CommandException("no theme is called \"" + name.strip() + "\"; the themes are "
                            + String.join(", ", model.themes().stream().map(Theme::name).toList())));
            chosen.add(theme.id());
        }
        return chosen;
    }

    private PackOptions.Paper paper() throws CommandException {
        if (paper == null) {
            return PackOptions.Paper.A4;
        }
        try {
            return PackOptions.Paper.valueOf(paper.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandException("paper must be A4 or A3, not \"" + paper + "\"");
        }
    }

    private Set<Integer> appendices() throws CommandException {
        if (appendices == null) {
            return PackOptions.ALL_APPENDICES;
        }
        Set<Integer> chosen = new LinkedHashSet<>();
        for (String n : appendices.split(",")) {
            try {
                int number = Integer.parseInt(n.strip());
                if (!PackOptions.ALL_APPENDICES.contains(number)) {
                    throw new NumberFormatException();
                }
                chosen.add(number);
            } catch (NumberFormatException e) {
                throw new CommandException("appendices are numbered 1 to 7, not \"" + n.strip() + "\"");
            }
        }
        return chosen;
    }
}
