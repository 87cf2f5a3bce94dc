package org.partnershipatlas.ui.people;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What the people and organisation screens ask of the user beyond a confirmation. */
public interface PeopleDialogs {
    /**
     * Which of {@code choices} another record is to be merged into; empty when the user cancels.
     *
     * @param label how each choice is shown
     */
    <T> Optional<T> chooseMergeTarget(String title, String message, List<T> choices, Function<T, String> label);
}
