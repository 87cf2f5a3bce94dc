package org.partnershipatlas.analysis;

import java.util.HashSet;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;

/** The bodies within a number of accountability lines of one body, in either direction: the map's focus. */
public final class Neighbourhood {
    private Neighbourhood() {
    }

    public static Set<Long> within(AuthorityModel model, long bodyId, int steps) {
        Set<Long> near = new HashSet<>();
        if (model.body(bodyId) == null) {
            return near;
        }
        Graph<Long, AccountabilityLine> lines = new AsUndirectedGraph<>(AccountabilityGraph.of(model));
        BreadthFirstIterator<Long, AccountabilityLine> walk = new BreadthFirstIterator<>(lines, bodyId);
        while (walk.hasNext()) {
            long next = walk.next();
            if (walk.getDepth(next) > steps) {
                break;
            }
            near.add(next);
        }
        return near;
    }
}
