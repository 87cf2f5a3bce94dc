package org.partnershipatlas.store;

import java.nio.file.Path;

/**
 * Names of authority files. H2 insists on the ".mv.db" ending, so an authority file is
 * "Name.atlas.mv.db": the ".atlas" part says whose file it is, and the whole ending is what the file
 * chooser filters on (decision record 0004).
 */
public final class AuthorityFiles {
    public static final String H2_SUFFIX = ".mv.db";
    public static final String EXTENSION = ".atlas" + H2_SUFFIX;

    private AuthorityFiles() {
    }

    /** The chosen path with the authority file ending added when it is missing. */
    public static Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        if (name.endsWith(EXTENSION)) {
            return chosen;
        }
        if (name.endsWith(".atlas")) {
            return chosen.resolveSibling(name + H2_SUFFIX);
        }
        return chosen.resolveSibling(name + EXTENSION);
    }

    /** The name a person recognises: "Kirkby District.atlas.mv.db" shows as "Kirkby District". */
    public static String documentName(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(EXTENSION)) {
            return name.substring(0, name.length() - EXTENSION.length());
        }
        return name.endsWith(H2_SUFFIX) ? name.substring(0, name.length() - H2_SUFFIX.length()) : name;
    }

    /**
     * True when writing over {@code path} would destroy a database: it is named like one (".mv.db", in
     * any case) or it starts with H2's header, whatever its name. Exports refuse such targets.
     */
    public static boolean isDatabase(Path path) {
        if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(H2_SUFFIX)) {
            return true;
        }
        try {
            return java.nio.file.Files.isRegularFile(path) && hasH2Header(path);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** True when the file starts with the header every H2 database file has. */
    static boolean hasH2Header(Path file) throws java.io.IOException {
        byte[] header = "H:2,".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] head = new byte[header.length];
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && java.util.Arrays.equals(head, header);
        }
    }

    /** A hidden file beside {@code file} for work in progress, such as ".Name-importing.mv.db". */
    public static Path hiddenSibling(Path file, String purpose) {
        return file.resolveSibling("." + documentName(file) + "-" + purpose + H2_SUFFIX);
    }

    /** The JDBC URL of the file, which H2 takes without the ".mv.db" ending. */
    static String jdbcUrl(Path file, boolean mustExist, String options) {
        String path = file.toAbsolutePath().toString();
        if (!path.endsWith(H2_SUFFIX)) {
            throw new IllegalArgumentException(file + " does not end in " + H2_SUFFIX);
        }
        String base = path.substring(0, path.length() - H2_SUFFIX.length());
        // WRITE_DELAY=0: a commit is written to the file before it returns, not up to a second later
        // (decision record 18); the store adds a file sync after each commit.
        return "jdbc:h2:file:" + base + ";TRACE_LEVEL_FILE=0;WRITE_DELAY=0" + (mustExist ? ";IFEXISTS=TRUE" : "")
                + options;
    }
}
