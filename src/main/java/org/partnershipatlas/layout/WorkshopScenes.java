package org.partnershipatlas.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipatlas.analysis.Oversight;
import org.partnershipatlas.layout.SceneRows.Band;
import org.partnershipatlas.layout.SceneRows.Pending;
import org.partnershipatlas.layout.WorkshopScene.Item;
import org.partnershipatlas.layout.WorkshopScene.Link;
import org.partnershipatlas.layout.WorkshopScene.Shape;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.Theme;

/**
 * The projector's scenes, from the model alone: the overview (the boards and partnerships of the
 * strategic and executive layers, each partnership saying how many groups sit under it), a theme (its
 * partnerships, sub-groups and networks, and the organisations at the table), the findings, and the
 * spotlight on one body (what it answers to, what answers to it, who sits on it). Confidential fields
 * (money, risk rating, notes, contact details, findings) are only in a scene when {@code confidential}.
 */
public final class WorkshopScenes {
    static final double TOP = 118;
    static final double BOTTOM = WorkshopScene.HEIGHT - 24;
    static final double SPOT_FONT = 36;

    private WorkshopScenes() {
    }

    public static WorkshopScene overview(AuthorityModel model, String subtitle) {
        Map<Long, Long> parent = parents(model);
        Map<Long, Integer> below = new HashMap<>();
        for (Map.Entry<Long, Long> up : parent.entrySet()) {
            below.merge(up.getValue(), 1, Integer::sum);
        }
        List<Body> shown = sorted(model.bodies().stream().filter(b -> b.layer() != Layer.OPERATIONAL).toList());
        Set<Long> onScreen = new LinkedHashSet<>();
        shown.forEach(b -> onScreen.add(b.id()));
        List<List<Pending>> rows = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Body body : shown) {
            int groups = below.getOrDefault(body.id(), 0);
            String count = groups == 0 ? null : groups + (groups == 1 ? " group" : " groups") + " below";
            Pending box = new Pending("b" + body.id(), body.id(), null, shape(body), name(body),
                    Oversight.needed(model, body), body.layer() == Layer.EXECUTIVE ? count : null);
            rows.get(Math.min(2, depth(body.id(), parent, onScreen))).add(box);
        }
        // each body a row below the one it answers to: the board, then what reports to it, then the partnerships
        List<Item> items = SceneRows.place(List.of(new Band(rows.get(0), 3, 1, "boards"),
                new Band(rows.get(1), 4, 2, "bodies"), new Band(rows.get(2), 4, 3, "partnerships")), TOP, BOTTOM,
                WorkshopScene.MIN_FONT);
        return new WorkshopScene(model.authority().name(), "The partnership of partnerships \u00b7 " + subtitle, items,
                links(model, items), List.of());
    }

    public static WorkshopScene theme(AuthorityModel model, long themeId, String subtitle) {
        Theme theme = model.theme(themeId);
        Map<Long, Long> parent = parents(model);
        List<Body> bodies = sorted(model.bodies().stream().filter(b -> b.themeIds().contains(themeId)).toList());
        Map<Layer, List<Pending>> byLayer = new LinkedHashMap<>();
        for (Layer layer : Layer.values()) {
            byLayer.put(layer, new ArrayList<>());
        }
        List<Body> operational = new ArrayList<>(bodies.stream().filter(b -> b.layer() == Layer.OPERATIONAL).toList());
        operational.sort(Comparator.comparing((Body b) -> parent.getOrDefault(b.id(), 0L)).thenComparing(Body::name,
                String.CASE_INSENSITIVE_ORDER));
        for (Body body : bodies) {
            if (body.layer() != Layer.OPERATIONAL) {
                byLayer.get(body.layer()).add(pending(model, body, name(body)));
            }
        }
        operational.forEach(b -> byLayer.get(Layer.OPERATIONAL).add(pending(model, b, name(b))));
        Set<Long> ids = new LinkedHashSet<>();
        bodies.forEach(b -> ids.add(b.id()));
        Map<Long, Integer> seats = new HashMap<>();
        for (Seat seat : model.seats()) {
            if (ids.contains(seat.bodyId()) && seat.organisationId() != null) {
                seats.merge(seat.organisationId(), 1, Integer::sum);
            }
        }
        List<Pending> organisations = seats.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()
                        .thenComparing(e -> model.organisation(e.getKey()).name()))
                .map(e -> organisation(model.organisation(e.getKey()), null)).toList();
        List<Item> items = SceneRows.place(List.of(new Band(byLayer.get(Layer.STRATEGIC), 3, 1, "boards"),
                new Band(byLayer.get(Layer.EXECUTIVE), 3, 1, "partnerships"),
                new Band(byLayer.get(Layer.OPERATIONAL), 4, 3, "groups"),
                new Band(new ArrayList<>(organisations), 3, 2, "organisations")), TOP, BOTTOM, WorkshopScene.MIN_FONT);
        return new WorkshopScene(theme == null ? "Theme" : theme.name(), subtitle, items, links(model, items),
                List.of());
    }

    /** The findings step; on the projector the findings themselves only when the facilitator has confirmed it. */
    public static WorkshopScene findings(List<String> findings, boolean shown, String subtitle) {
        List<String> text = new ArrayList<>();
        if (!shown) {
            text.add("The governance findings are on the presenter's screen.");
            text.add("They are shown here only when the facilitator chooses (press C).");
        } else if (findings.isEmpty()) {
            text.add("The health check found no gaps.");
        } else {
            int room = 9;
            findings.stream().limit(findings.size() > room ? room - 1 : room).forEach(text::add);
            if (findings.size() > room) {
                text.add("+ " + (findings.size() - room + 1) + " more on the presenter's screen");
            }
        }
        return new WorkshopScene("Governance findings", subtitle, List.of(), List.of(), text);
    }

    public static WorkshopScene spotlight(AuthorityModel model, long bodyId, boolean confidential, String subtitle) {
        Body body = model.body(bodyId);
        List<Pending> above = new ArrayList<>();
        List<Pending> below = new ArrayList<>();
        for (AccountabilityLine line : model.linesOf(bodyId)) {
            if (line.fromBodyId() == bodyId) {
                above.add(pending(model, model.body(line.toBodyId()), name(model.body(line.toBodyId()))));
            } else {
                below.add(pending(model, model.body(line.fromBodyId()), name(model.body(line.fromBodyId()))));
            }
        }
        List<Pending> table = new ArrayList<>();
        for (Seat seat : model.seatsOn(bodyId)) {
            if (seat.organisationId() != null) {
                String role = seat.role().name().equals("MEMBER") ? null : seat.role().label().toLowerCase(java.util.Locale.ROOT);
                table.add(organisation(model.organisation(seat.organisationId()), role));
            }
        }
        List<Item> items = new ArrayList<>(SceneRows.place(List.of(new Band(above, 3, 1, "bodies")), TOP, BOTTOM,
                WorkshopScene.MIN_FONT));
        double y = items.stream().mapToDouble(i -> i.rect().maxY() + SceneRows.GAP * 2).max().orElse(TOP);
        List<String> details = details(model, body, confidential);
        double width = 860;
        List<String> label = SceneRows.wrap(body.name(), SceneRows.charsIn(width, SPOT_FONT));
        double height = label.size() * SPOT_FONT * SceneRows.LINE + details.size() * WorkshopScene.MIN_FONT
                * SceneRows.LINE + 3 * SceneRows.PAD;
        items.add(new Item("b" + bodyId, bodyId, null, shape(body), label, details,
                new Rect((WorkshopScene.WIDTH - width) / 2, y, width, height), SPOT_FONT, Oversight.needed(model, body),
                true));
        items.addAll(SceneRows.place(List.of(new Band(below, 3, 1, "groups"), new Band(table, 3, 2, "organisations")),
                y + height + SceneRows.GAP * 2, BOTTOM, WorkshopScene.MIN_FONT));
        List<Link> links = new ArrayList<>(links(model, items));
        return new WorkshopScene(body.name(), subtitle, items, links, List.of());
    }

    /** The spotlight's facts: kind and classification, meetings, chair; money and risk only when confidential. */
    static List<String> details(AuthorityModel model, Body body, boolean confidential) {
        List<String> details = new ArrayList<>();
        String kind = body.kind().label();
        details.add(kind.equalsIgnoreCase(body.classification().label()) ? kind
                : body.classification().label() + " \u00b7 " + kind);
        var g = body.governance();
        List<String> people = new ArrayList<>();
        if (g.chairId() != null && model.person(g.chairId()) != null) {
            people.add("Chair: " + model.person(g.chairId()).name());
        }
        if (g.meetingFrequency() != null) {
            people.add("Meets " + g.meetingFrequency().label().toLowerCase(java.util.Locale.ROOT));
        }
        if (!people.isEmpty()) {
            details.add(String.join(" \u00b7 ", people));
        }
        if (confidential) {
            List<String> money = new ArrayList<>();
            if (g.councilContribution() != null) {
                money.add("Council " + g.councilContribution().format() + " a year");
            }
            if (g.pooledBudget() != null) {
                money.add("Pooled " + g.pooledBudget().format());
            }
            if (g.riskRating() != null) {
                money.add("Risk " + g.riskRating().label().toLowerCase(java.util.Locale.ROOT));
            }
            if (!money.isEmpty()) {
                details.add(String.join(" \u00b7 ", money));
            }
        }
        return details;
    }

    /**
     * The lines between the scene's bodies, each routed around every box on the stage (organisations
     * and "+ N more" boxes too) by the map's own router, so no line runs behind a box on the projector.
     */
    private static List<Link> links(AuthorityModel model, List<Item> items) {
        Map<String, Long> index = new LinkedHashMap<>();
        Map<Long, Rect> boxes = new LinkedHashMap<>();
        for (Item item : items) {
            long id = index.size();
            index.put(item.key(), id);
            boxes.put(id, item.rect());
        }
        List<LineRouter.Request> requests = new ArrayList<>();
        List<AccountabilityLine> drawn = new ArrayList<>();
        for (AccountabilityLine line : model.lines()) {
            Long from = index.get("b" + line.fromBodyId());
            Long to = index.get("b" + line.toBodyId());
            if (from != null && to != null && !from.equals(to)) {
                requests.add(new LineRouter.Request(drawn.size(), from, to, line.kind()));
                drawn.add(line);
            }
        }
        Map<Long, List<Point>> routes = LineRouter.route(boxes, requests);
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            AccountabilityLine line = drawn.get(i);
            List<Point> route = routes.get((long) i);
            if (route != null) {
                links.add(new Link("b" + line.fromBodyId(), "b" + line.toBodyId(), line.kind(), route));
            }
        }
        return links;
    }

    /** How many bodies on the screen stand above this one through its parents (a loop counts once). */
    private static int depth(long id, Map<Long, Long> parent, Set<Long> onScreen) {
        int depth = 0;
        Set<Long> seen = new java.util.HashSet<>(List.of(id));
        Long up = parent.get(id);
        while (up != null && onScreen.contains(up) && seen.add(up)) {
            depth++;
            up = parent.get(up);
        }
        return depth;
    }

    /** Each body's parent: the body it is a sub-group of or reports to before one it advises or commissions. */
    static Map<Long, Long> parents(AuthorityModel model) {
        Map<Long, Long> parent = new HashMap<>();
        List<AccountabilityLine> lines = new ArrayList<>(model.lines());
        lines.sort(Comparator.comparingInt(l -> MapDiagram.treeWeight(l.kind())));
        for (AccountabilityLine line : lines) {
            parent.putIfAbsent(line.fromBodyId(), line.toBodyId());
        }
        return parent;
    }

    private static Pending pending(AuthorityModel model, Body body, String text) {
        return new Pending("b" + body.id(), body.id(), null, shape(body), text, Oversight.needed(model, body));
    }

    private static Pending organisation(Organisation organisation, String role) {
        return new Pending("o" + organisation.id(), null, organisation.id(), Shape.ORGANISATION,
                organisation.name() + (role == null ? "" : " (" + role + ")"), false);
    }

    static Shape shape(Body body) {
        return switch (body.classification()) {
            case PARTNERSHIP -> Shape.PARTNERSHIP;
            case NETWORK -> Shape.NETWORK;
            case WORKING_GROUP -> Shape.WORKING_GROUP;
            case UNCLASSIFIED -> Shape.UNCLASSIFIED;
        };
    }

    /** The full name, or the short name when the full one would not fit three lines. */
    private static String name(Body body) {
        return body.name().length() > 48 && body.shortName() != null ? body.shortName() : body.name();
    }

    private static List<Body> sorted(java.util.Collection<Body> bodies) {
        return bodies.stream().sorted(Comparator.comparing(Body::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
