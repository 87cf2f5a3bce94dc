package org.partnershipatlas.ui.workshop;

/** The workshop plan's own dialog, so the feature owns its contract and tests can script it. */
public interface WorkshopPlanDialogs {
    /** Shows the workshop plan dialog on the view model's steps; true when the user chose Save. */
    boolean editWorkshopPlan(WorkshopPlanViewModel plan);
}
