package org.partnershipatlas.model;

/** Small text rules shared by the records: blank means not recorded. */
public final class Text {
    private Text() {
    }

    /** "1 line", "2 lines", "0 lines": a count with the word that fits it. */
    public static String count(long n, String one, String many) {
        return String.format(java.util.Locale.UK, "%,d", n) + " " + (n == 1 ? one : many);
    }

    /**
     * What went wrong, in words a message can carry: "the disk is full" rather than a library's
     * exception, wherever in the chain of causes the disk said so; otherwise the deepest cause's first line.
     */
    public static String failure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("no space left")) {
                return "the disk is full";
            }
            if (t instanceof java.nio.file.AccessDeniedException) {
                return "permission was refused for " + message;
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    public static String emptyToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
