package org.partnershipatlas.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a partnership workshop in the order the facilitator will take them, kept in the
 * authority file so the plan made beforehand is there on the day. An authority that has no plan yet
 * is offered {@link #proposed}: the overview, then every theme that has bodies.
 */
public record WorkshopPlan(List<WorkshopStep> steps) implements Entity {
    public static final long ID = -3L;
    public static final WorkshopPlan NONE = new WorkshopPlan(List.of());

    public WorkshopPlan {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    @Override
    public long id() {
        return ID;
    }

    @Override
    public String describe() {
        return "the workshop plan";
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The plan to start from: the overview, then each theme with at least one body, in name order. */
    public static WorkshopPlan proposed(AuthorityModel model) {
        List<WorkshopStep> steps = new ArrayList<>();
        steps.add(WorkshopStep.overview());
        model.themes().stream()
                .filter(t -> model.bodies().stream().anyMatch(b -> b.themeIds().contains(t.id())))
                .sorted(java.util.Comparator.comparing(Theme::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(t -> steps.add(WorkshopStep.theme(t.id())));
        return new WorkshopPlan(steps);
    }

    /** The plan kept in the file, or the proposed one when none has been made. */
    public static WorkshopPlan of(AuthorityModel model) {
        return model.workshopPlan().isEmpty() ? proposed(model) : model.workshopPlan();
    }
}
