package org.partnershipatlas.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.partnershipatlas.io.AuthorityJson;
import org.partnershipatlas.io.DotExport;
import org.partnershipatlas.io.GexfExport;
import org.partnershipatlas.io.GraphmlExport;
import org.partnershipatlas.io.KumuExport;
import org.partnershipatlas.model.AuthorityModel;

/**
 * The map for other tools, in the exchange formats, written the one safe way (beside the target,
 * then moved into place). File > Export… and {@code atlas export} both come here.
 */
public final class ExchangeExport {
    /** A format other tools read, with the file ending it is saved under. */
    public enum Format {
        JSON("json", "Partnership Atlas JSON (every field)"),
        GRAPHML("graphml", "GraphML for yEd, Gephi and networkx"),
        GEXF("gexf", "GEXF for Gephi"),
        DOT("dot", "Graphviz DOT"),
        KUMU("xlsx", "Kumu workbook (Elements and Connections)");

        private final String extension;
        private final String label;

        Format(String extension, String label) {
            this.extension = extension;
            this.label = label;
        }

        public String extension() {
            return extension;
        }

        public String label() {
            return label;
        }
    }

    private ExchangeExport() {
    }

    public static void write(AuthorityModel model, Format format, Path target, String appVersion) throws IOException {
        if (format == Format.KUMU) {
            FileReplacement.write(target, partial -> {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    KumuExport.write(model, out);
                }
            });
            return;
        }
        FileReplacement.writeText(target, out -> {
            switch (format) {
                case JSON -> AuthorityJson.write(model, appVersion, out);
                case GRAPHML -> GraphmlExport.write(model, out);
                case GEXF -> GexfExport.write(model, out);
                default -> DotExport.write(model, out);
            }
        });
    }
}
