package org.partnershipatlas.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.AuthoritySettings;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Frequency;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.PersonKind;
import org.partnershipatlas.model.Seat;

/**
 * What partnership working costs in people's time a year, which the Audit Commission found councils
 * rarely weigh against its benefit: meetings a year x each attendee x (meeting + preparation time) x
 * the hourly rate for their kind (officer, councillor, partner), all from the authority's settings.
 * A body that meets ad hoc, or whose frequency is not recorded, is counted as not estimated.
 */
public final class PartnershipCost {

    /** One body's estimate; {@code councilStaff} is the part spent by the council's own people. */
    public record BodyCost(long bodyId, int meetingsAYear, int attendees, Money total, Money councilStaff) {
    }

    /** Every body's estimate with the totals a cabinet report would quote. */
    public record Estimate(List<BodyCost> bodies, Map<String, Money> byTheme, Map<Layer, Money> byLayer,
                           Money total, Money councilStaff, List<Long> notEstimated) {
    }

    private PartnershipCost() {
    }

    public static Estimate of(AuthorityModel model) {
        AuthoritySettings settings = model.settings();
        Organisation theCouncil = Names.council(model);
        long councilId = theCouncil == null ? Long.MIN_VALUE : theCouncil.id();
        List<BodyCost> costs = new ArrayList<>();
        List<Long> notEstimated = new ArrayList<>();
        Map<String, Money> byTheme = new LinkedHashMap<>();
        model.themes().forEach(t -> byTheme.put(t.name(), Money.ZERO));
        byTheme.put("No theme", Money.ZERO);
        Map<Layer, Money> byLayer = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            byLayer.put(layer, Money.ZERO);
        }
        Map<Long, List<Seat>> seatsByBody = new LinkedHashMap<>();
        model.seats().forEach(s -> seatsByBody.computeIfAbsent(s.bodyId(), k -> new ArrayList<>()).add(s));
        Money total = Money.ZERO;
        Money councilTotal = Money.ZERO;
        long minutes = settings.meetingMinutes() + settings.preparationMinutes();
        for (Body body : model.bodies()) {
            Frequency frequency = body.governance().meetingFrequency();
            if (frequency == null || frequency == Frequency.AD_HOC) {
                notEstimated.add(body.id());
                continue;
            }
            long pence = 0;
            long councilPence = 0;
            List<Seat> seats = seatsByBody.getOrDefault(body.id(), List.of());
            for (Seat seat : seats) {
                Person person = seat.personId() == null ? null : model.person(seat.personId());
                Money rate = rate(settings, person, seat, councilId);
                long seatPence = Math.round(rate.pence() * frequency.timesAYear() * minutes / 60.0);
                pence += seatPence;
                if (isCouncil(person, seat, councilId)) {
                    councilPence += seatPence;
                }
            }
            BodyCost cost = new BodyCost(body.id(), frequency.timesAYear(), seats.size(), new Money(pence),
                    new Money(councilPence));
            costs.add(cost);
            total = total.plus(cost.total());
            councilTotal = councilTotal.plus(cost.councilStaff());
            byLayer.merge(body.layer(), cost.total(), Money::plus);
            String theme = body.themeIds().isEmpty() ? "No theme" : model.theme(body.themeIds().get(0)).name();
            byTheme.merge(theme, cost.total(), Money::plus);
        }
        return new Estimate(costs, byTheme, byLayer, total, councilTotal, notEstimated);
    }

    private static Money rate(AuthoritySettings settings, Person person, Seat seat, long councilId) {
        if (person != null) {
            return switch (person.kind()) {
                case COUNCILLOR -> settings.councillorHourlyRate();
                case OFFICER -> settings.officerHourlyRate();
                case PARTNER -> settings.partnerHourlyRate();
            };
        }
        return seat.organisationId() != null && seat.organisationId() == councilId
                ? settings.officerHourlyRate() : settings.partnerHourlyRate();
    }

    private static boolean isCouncil(Person person, Seat seat, long councilId) {
        if (person != null) {
            return person.kind() != PersonKind.PARTNER && person.organisationId() != null
                    && person.organisationId() == councilId;
        }
        return seat.organisationId() != null && seat.organisationId() == councilId;
    }

    /** The bodies' money in one field (the council's contributions, pooled budgets), those without counting none. */
    public static Money sum(java.util.Collection<Body> bodies, org.partnershipatlas.model.BodyField field) {
        long pence = 0;
        for (Body body : bodies) {
            Money money = (Money) field.read(body);
            pence += money == null ? 0 : money.pence();
        }
        return new Money(pence);
    }
}
