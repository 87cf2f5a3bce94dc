package org.partnershipatlas.io;

import java.io.IOException;
import java.io.Writer;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;

/**
 * The accountability structure as a Graphviz DOT graph, top down: one node a body, in the map's box
 * size, with the same border grammar (solid partnership, dashed network, dotted working group), and
 * one edge a line drawn from the body answered to down to the body answering (arrow reversed, so
 * {@code dot} ranks the top board first). The benchmark lays out the same graph with {@code dot} to
 * compare with ELK.
 */
public final class DotExport {
    /** Inches per map unit at Graphviz's 72 points an inch. */
    private static final double INCH = 72;

    private DotExport() {
    }

    public static void write(AuthorityModel model, Writer out) throws IOException {
        out.write("digraph \"" + escape(model.authority().name()) + "\" {\n");
        out.write("  graph [rankdir=TB, label=\"" + escape("Partnerships of " + model.authority().name())
                + "\", labelloc=t];\n");
        out.write("  node [shape=box, fontname=\"Helvetica\", fontsize=11, width="
                + format(org.partnershipatlas.layout.MapDiagram.BOX_WIDTH / INCH) + "];\n");
        out.write("  edge [dir=back];\n");
        for (Body body : model.bodies()) {
            out.write("  b" + body.id() + " [label=\"" + String.join("\\n",
                    org.partnershipatlas.layout.MapDiagram.wrap(escape(body.name()))) + "\", style=\""
                    + switch (body.classification()) {
                        case PARTNERSHIP -> "bold";
                        case NETWORK -> "dashed,rounded";
                        case WORKING_GROUP -> "dotted";
                        case UNCLASSIFIED -> "solid";
                    } + "\", atlas_layer=\"" + body.layer().label() + "\"];\n");
        }
        for (AccountabilityLine line : model.lines()) {
            out.write("  b" + line.toBodyId() + " -> b" + line.fromBodyId() + " [atlas_kind=\"" + line.kind().label()
                    + "\", style=" + switch (line.kind()) {
                        case REPORTS_TO, SUB_GROUP_OF -> "solid";
                        case ADVISES -> "dashed";
                        case COMMISSIONS -> "dotted";
                    } + "];\n");
        }
        out.write("}\n");
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
