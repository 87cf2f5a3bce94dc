package org.partnershipatlas.analysis;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;

/** The accountability lines as a JGraphT graph: bodies are vertices, each line an edge pointing upward. */
final class AccountabilityGraph {
    private AccountabilityGraph() {
    }

    static Graph<Long, AccountabilityLine> of(AuthorityModel model) {
        Graph<Long, AccountabilityLine> graph = new DirectedPseudograph<>(AccountabilityLine.class);
        for (Body body : model.bodies()) {
            graph.addVertex(body.id());
        }
        for (AccountabilityLine line : model.lines()) {
            graph.addEdge(line.fromBodyId(), line.toBodyId(), line);
        }
        return graph;
    }
}
