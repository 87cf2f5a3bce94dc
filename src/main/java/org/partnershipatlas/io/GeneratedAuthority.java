package org.partnershipatlas.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.Authority;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Entity;
import org.partnershipatlas.model.Frequency;
import org.partnershipatlas.model.Governance;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.LineKind;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.Sector;
import org.partnershipatlas.model.Theme;

/**
 * Large, realistic-shaped authorities for the benchmark: one top board, themed branches five or six
 * levels deep, 5% of bodies with a second parent, 2% cross-links, and organisations on 2-15 bodies
 * each. The same seed gives the same authority.
 */
public final class GeneratedAuthority {
    private GeneratedAuthority() {
    }

    /** An authority of {@code bodies} bodies, {@code organisations} organisations and about {@code seats} seats. */
    public static AuthorityModel build(int bodies, int organisations, int seats, long seed) {
        Random random = new Random(seed);
        AuthorityModel model = new AuthorityModel(new Authority("Generated Authority (" + bodies + " bodies)",
                AuthorityKind.UNITARY, null, null));
        List<Entity> entities = new ArrayList<>();
        List<Long> themes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Theme theme = new Theme(model.newId(), "Theme " + (i + 1));
            themes.add(theme.id());
            entities.add(theme);
        }
        List<Long> orgIds = new ArrayList<>();
        Sector[] sectors = Sector.values();
        for (int i = 0; i < organisations; i++) {
            Organisation org = new Organisation(model.newId(), "Organisation " + (i + 1), null,
                    sectors[random.nextInt(sectors.length)]);
            orgIds.add(org.id());
            entities.add(org);
        }
        List<Body> made = new ArrayList<>();
        List<Integer> depth = new ArrayList<>();
        Body top = Body.create(model.newId(), "Partnership Board", BodyKind.PARTNERSHIP_BOARD, Layer.STRATEGIC);
        made.add(top);
        depth.add(0);
        entities.add(top);
        int lines = 0;
        for (int i = 1; i < bodies; i++) {
            int parentIndex = pickParent(random, depth, made.size());
            int level = depth.get(parentIndex) + 1;
            Layer layer = level <= 1 ? Layer.STRATEGIC : level == 2 ? Layer.EXECUTIVE : Layer.OPERATIONAL;
            BodyKind kind = level == 1 ? BodyKind.THEMED_PARTNERSHIP
                    : BodyKind.values()[3 + random.nextInt(BodyKind.values().length - 3)];
            Governance governance = new Governance.Builder()
                    .set(org.partnershipatlas.model.BodyField.MEETING_FREQUENCY, Frequency.QUARTERLY)
                    .set(org.partnershipatlas.model.BodyField.COUNCIL_CONTRIBUTION,
                            random.nextInt(4) == 0 ? Money.ofPounds(1000L * random.nextInt(100)) : null)
                    .build();
            Body body = new Body(model.newId(), "Body " + i, null, kind, layer,
                    List.of(themes.get(random.nextInt(themes.size()))),
                    kind == BodyKind.NETWORK ? Classification.NETWORK : Classification.PARTNERSHIP, governance);
            made.add(body);
            depth.add(level);
            entities.add(body);
            entities.add(new AccountabilityLine(model.newId(), body.id(), made.get(parentIndex).id(),
                    LineKind.SUB_GROUP_OF));
            lines++;
            if (random.nextInt(100) < 5 && i > 2) {
                int second = random.nextInt(i);
                if (second != parentIndex) {
                    entities.add(new AccountabilityLine(model.newId(), body.id(), made.get(second).id(),
                            LineKind.REPORTS_TO));
                    lines++;
                }
            }
            if (random.nextInt(100) < 2 && i > 2) {
                entities.add(new AccountabilityLine(model.newId(), body.id(), made.get(random.nextInt(i)).id(),
                        LineKind.ADVISES));
                lines++;
            }
        }
        SeatRole[] roles = {SeatRole.MEMBER, SeatRole.MEMBER, SeatRole.MEMBER, SeatRole.OBSERVER, SeatRole.SUBSTITUTE};
        for (int s = 0; s < seats; s++) {
            long org = orgIds.get(random.nextInt(orgIds.size()));
            entities.add(new Seat(model.newId(), made.get(random.nextInt(made.size())).id(), org, null,
                    roles[random.nextInt(roles.length)]));
        }
        model.load(entities);
        return model;
    }

    /** Prefers recent, shallow parents so that branches grow five or six levels deep. */
    private static int pickParent(Random random, List<Integer> depth, int size) {
        if (size < 11) {
            return 0;
        }
        while (true) {
            int candidate = random.nextInt(size);
            if (depth.get(candidate) < 5 + random.nextInt(2)) {
                return candidate;
            }
        }
    }
}
