package org.partnershipatlas.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.Text;

/**
 * Rules about appointments: councillors' places on outside bodies end at the annual meeting, so a
 * seat whose appointment has ended, or ends within the settings' "due soon" window, needs a decision;
 * and a person who belongs to no organisation sits for nobody the register can name.
 */
final class AppointmentRules {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private AppointmentRules() {
    }

    static void check(AuthorityModel model, LocalDate today, Consumer<Finding> out) {
        LocalDate soon = today.plusDays(model.settings().reviewDueSoonDays());
        Map<Long, List<Seat>> ended = new LinkedHashMap<>();
        Map<Long, List<Seat>> ending = new LinkedHashMap<>();
        Map<Long, Set<Long>> unattached = new LinkedHashMap<>();
        for (Seat seat : model.seats()) {
            if (seat.until() != null && seat.until().isBefore(today)) {
                ended.computeIfAbsent(seat.bodyId(), k -> new ArrayList<>()).add(seat);
            } else if (seat.until() != null && !seat.until().isAfter(soon)) {
                ending.computeIfAbsent(seat.bodyId(), k -> new ArrayList<>()).add(seat);
            }
            Person person = seat.personId() == null ? null : model.person(seat.personId());
            if (person != null && person.organisationId() == null && seat.organisationId() == null) {
                unattached.computeIfAbsent(person.id(), k -> new LinkedHashSet<>()).add(seat.bodyId());
            }
        }
        ended.forEach((bodyId, seats) -> {
            Body body = model.body(bodyId);
            out.accept(new Finding(Rule.APPOINTMENT_ENDED, Severity.MEDIUM, List.of(bodyId), organisations(seats),
                    people(seats), Text.count(seats.size(), "appointment", "appointments") + " to \"" + body.name()
                            + "\" " + (seats.size() == 1 ? "has" : "have") + " ended with no reappointment recorded: "
                            + describe(model, seats) + ".", "Reappoint or replace, and record the new dates."));
        });
        ending.forEach((bodyId, seats) -> {
            Body body = model.body(bodyId);
            out.accept(new Finding(Rule.APPOINTMENT_ENDING, Severity.LOW, List.of(bodyId), organisations(seats),
                    people(seats), Text.count(seats.size(), "appointment", "appointments") + " to \"" + body.name()
                            + "\" " + (seats.size() == 1 ? "ends" : "end") + " soon: " + describe(model, seats) + ".",
                    "Put the reappointment on the agenda of the annual meeting."));
        });
        unattached.forEach((personId, bodies) -> {
            Person person = model.person(personId);
            out.accept(new Finding(Rule.NO_ORGANISATION, Severity.LOW, List.copyOf(bodies), List.of(),
                    List.of(personId), person.name() + " sits on " + Names.bodies(model, List.copyOf(bodies))
                            + " for no organisation: the register cannot say whom they represent.",
                    "Record the organisation " + person.name() + " belongs to, or the one each seat is for."));
        });
    }

    private static String describe(AuthorityModel model, List<Seat> seats) {
        List<String> parts = new ArrayList<>();
        for (Seat seat : seats) {
            String who = seat.personId() != null ? model.person(seat.personId()).name()
                    : model.organisation(seat.organisationId()).name();
            parts.add(who + " (" + seat.role().label().toLowerCase(Locale.ROOT) + ", until "
                    + DATE.format(seat.until()) + ")");
        }
        return String.join(", ", parts);
    }

    private static List<Long> people(List<Seat> seats) {
        return seats.stream().map(Seat::personId).filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    private static List<Long> organisations(List<Seat> seats) {
        return seats.stream().filter(s -> s.personId() == null).map(Seat::organisationId).distinct().sorted().toList();
    }
}
