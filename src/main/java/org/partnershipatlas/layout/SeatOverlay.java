package org.partnershipatlas.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.Sector;

/**
 * Who sits where, drawn over the map: each organisation as a node in a band under the structure,
 * placed below the middle of the bodies it sits on, and each of its seats as a light line up to the
 * body. Placing organisations after the layered layout, by this cheap barycentre method, keeps the
 * tens of thousands of seats of a large authority out of ELK, which would take minutes on them.
 */
public record SeatOverlay(List<Org> organisations, List<Link> seats, Rect bounds) {
    public static final double ORG_WIDTH = 160;
    public static final double ORG_HEIGHT = 62;
    static final double GAP = 14;
    static final double ROW_GAP = 30;
    static final double BAND_GAP = 90;
    static final int CHARS = 22;

    /** An organisation on the map: its box, its (short) name cut to two lines, and how many seats it holds. */
    public record Org(long organisationId, Rect rect, List<String> label, Sector sector, int seatCount) {
    }

    /** One seat: a line from the organisation's box up to the body it sits on. */
    public record Link(long seatId, long organisationId, long bodyId, SeatRole role, Point from, Point to) {
    }

    /** Places every organisation that holds a seat under the diagram, in as many rows as the map is wide. */
    public static SeatOverlay of(AuthorityModel model, Diagram diagram) {
        Map<Long, Diagram.Box> boxes = new HashMap<>();
        diagram.boxes().forEach(b -> boxes.put(b.bodyId(), b));
        Map<Long, double[]> sums = new HashMap<>();
        for (Seat seat : model.seats()) {
            Diagram.Box box = boxes.get(seat.bodyId());
            if (seat.organisationId() != null && box != null) {
                double[] sum = sums.computeIfAbsent(seat.organisationId(), k -> new double[2]);
                sum[0] += box.rect().centreX();
                sum[1]++;
            }
        }
        List<Organisation> placed = new ArrayList<>();
        for (Organisation organisation : model.organisations()) {
            if (sums.containsKey(organisation.id())) {
                placed.add(organisation);
            }
        }
        placed.sort(Comparator.comparingDouble((Organisation o) -> sums.get(o.id())[0] / sums.get(o.id())[1])
                .thenComparing(Organisation::name, String.CASE_INSENSITIVE_ORDER));
        Rect area = diagram.bounds();
        double width = Math.max(area.width(), ORG_WIDTH);
        int rows = Math.max(1, (int) Math.ceil(placed.size() * (ORG_WIDTH + GAP) / width));
        double top = area.maxY() + BAND_GAP;
        double[] rowEnd = new double[rows];
        java.util.Arrays.fill(rowEnd, -Double.MAX_VALUE);
        Map<Long, Org> orgs = new HashMap<>();
        List<Org> ordered = new ArrayList<>();
        double maxX = area.maxX();
        double minX = area.x();
        for (int i = 0; i < placed.size(); i++) {
            Organisation organisation = placed.get(i);
            int row = i % rows;
            double[] sum = sums.get(organisation.id());
            double x = Math.max(sum[0] / sum[1] - ORG_WIDTH / 2, rowEnd[row] + GAP);
            rowEnd[row] = x + ORG_WIDTH;
            Rect rect = new Rect(x, top + row * (ORG_HEIGHT + ROW_GAP), ORG_WIDTH, ORG_HEIGHT);
            Org org = new Org(organisation.id(), rect, label(organisation), organisation.sector(), (int) sum[1]);
            orgs.put(organisation.id(), org);
            ordered.add(org);
            maxX = Math.max(maxX, rect.maxX());
            minX = Math.min(minX, rect.x());
        }
        List<Link> links = new ArrayList<>();
        for (Seat seat : model.seats()) {
            Org org = seat.organisationId() == null ? null : orgs.get(seat.organisationId());
            Diagram.Box box = boxes.get(seat.bodyId());
            if (org != null && box != null) {
                links.add(new Link(seat.id(), org.organisationId(), seat.bodyId(), seat.role(),
                        new Point(org.rect().centreX(), org.rect().y()),
                        new Point(box.rect().centreX(), box.rect().maxY())));
            }
        }
        double bottom = ordered.isEmpty() ? area.maxY() : top + rows * (ORG_HEIGHT + ROW_GAP);
        return new SeatOverlay(List.copyOf(ordered), List.copyOf(links),
                new Rect(minX, area.y(), maxX - minX, bottom - area.y()));
    }

    /** The top of the organisations' band, with room above the first row for the band's label. */
    public double bandTop() {
        return organisations.stream().mapToDouble(o -> o.rect().y()).min().orElse(50) - 50;
    }

    /** The organisation under a map point, or null. */
    public Org organisationAt(double x, double y) {
        for (Org org : organisations) {
            if (org.rect().contains(x, y)) {
                return org;
            }
        }
        return null;
    }

    static List<String> label(Organisation organisation) {
        String name = organisation.shortName() != null && organisation.name().length() > 2 * CHARS
                ? organisation.shortName() : organisation.name();
        List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        while (!words.isEmpty() && lines.size() < 2) {
            String word = words.get(0);
            if (!line.isEmpty() && line.length() + 1 + word.length() > CHARS) {
                lines.add(line.toString());
                line.setLength(0);
                continue;
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
            words.remove(0);
        }
        if (lines.size() < 2 && !line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.isEmpty()) {
            return List.of("");
        }
        if (!words.isEmpty() || lines.get(lines.size() - 1).length() > CHARS) {
            String last = lines.remove(lines.size() - 1);
            lines.add((last.length() > CHARS - 1 ? last.substring(0, CHARS - 1) : last).strip() + "…");
        }
        return List.copyOf(lines);
    }

    /** The sector as a few capitals, shown under the name so sectors read without colour. */
    public static String sectorTag(Sector sector) {
        return sector.label().toUpperCase(Locale.ROOT);
    }
}
