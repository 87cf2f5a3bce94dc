package org.partnershipatlas.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.Theme;

/**
 * "Who sits where" laid out as a grid: organisations down the side, grouped by sector and busiest
 * first, bodies across the top, in layer order and grouped by main theme, and in each cell the role
 * the organisation holds there. A grid keeps every seat readable where lines between hundreds of
 * organisations and bodies would be a tangle.
 */
public record SeatMatrix(List<Row> rows, List<Column> columns, Map<Long, Map<Long, SeatRole>> cells) {

    /** An organisation and how many seats it holds (on the bodies shown). */
    public record Row(long organisationId, String name, String sector, int seats) {
    }

    /** A body, with the name of its main theme for the group heading. */
    public record Column(long bodyId, String name, String layer, String theme) {
    }

    /**
     * The grid for the bodies passing {@code include} (all bodies when it is null); only organisations
     * with a seat on one of them get a row.
     */
    public static SeatMatrix of(AuthorityModel model, java.util.function.Predicate<Body> include) {
        List<Theme> themes = new ArrayList<>(model.themes());
        List<Body> bodies = new ArrayList<>();
        for (Body body : model.bodies()) {
            if (include == null || include.test(body)) {
                bodies.add(body);
            }
        }
        bodies.sort(Comparator.comparing((Body b) -> b.layer().ordinal())
                .thenComparingInt(b -> b.themeIds().isEmpty() ? Integer.MAX_VALUE
                        : themes.indexOf(model.theme(b.themeIds().get(0))))
                .thenComparing(Body::name, String.CASE_INSENSITIVE_ORDER));
        Map<Long, Body> shown = new LinkedHashMap<>();
        bodies.forEach(b -> shown.put(b.id(), b));
        Map<Long, Map<Long, SeatRole>> cells = new HashMap<>();
        for (Seat seat : model.seats()) {
            if (seat.organisationId() != null && shown.containsKey(seat.bodyId())) {
                cells.computeIfAbsent(seat.organisationId(), k -> new TreeMap<>())
                        .merge(seat.bodyId(), seat.role(), SeatMatrix::stronger);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Organisation organisation : model.organisations()) {
            Map<Long, SeatRole> held = cells.get(organisation.id());
            // With every body shown, an organisation with no seat yet has its row, so a seat can be given it there.
            if (held != null || include == null) {
                rows.add(new Row(organisation.id(), organisation.name(), organisation.sector().label(),
                        held == null ? 0 : held.size()));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> sectorOrder(model, r.organisationId()))
                .thenComparing(Comparator.comparingInt(Row::seats).reversed())
                .thenComparing(Row::name, String.CASE_INSENSITIVE_ORDER));
        List<Column> columns = new ArrayList<>();
        for (Body body : bodies) {
            String theme = body.themeIds().isEmpty() ? "No theme" : model.theme(body.themeIds().get(0)).name();
            columns.add(new Column(body.id(), body.displayName(), body.layer().label(), theme));
        }
        return new SeatMatrix(List.copyOf(rows), List.copyOf(columns), cells);
    }

    /** The role an organisation holds on a body, or null when it has no seat there. */
    public SeatRole role(long organisationId, long bodyId) {
        Map<Long, SeatRole> held = cells.get(organisationId);
        return held == null ? null : held.get(bodyId);
    }

    /** The letter shown in a cell, so the role reads without colour (C chair, A accountable body...). */
    public static String glyph(SeatRole role) {
        return switch (role) {
            case CHAIR -> "C";
            case VICE_CHAIR -> "V";
            case ACCOUNTABLE_BODY -> "A";
            case LEAD_OFFICER, LEAD_MEMBER -> "L";
            case MEMBER -> "●";
            case OBSERVER -> "○";
            case SUBSTITUTE -> "S";
        };
    }

    /** Where an organisation holds two seats on one body, the one that carries more weight is shown. */
    static SeatRole stronger(SeatRole a, SeatRole b) {
        return weight(a) >= weight(b) ? a : b;
    }

    private static int weight(SeatRole role) {
        return switch (role) {
            case CHAIR -> 6;
            case ACCOUNTABLE_BODY -> 5;
            case VICE_CHAIR -> 4;
            case LEAD_OFFICER, LEAD_MEMBER -> 3;
            case MEMBER -> 2;
            case SUBSTITUTE, OBSERVER -> 1;
        };
    }

    private static int sectorOrder(AuthorityModel model, long organisationId) {
        return model.organisation(organisationId).sector().ordinal();
    }
}
