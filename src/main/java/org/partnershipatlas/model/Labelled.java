package org.partnershipatlas.model;

/** A value with a label fit to show a councillor; the enum's own name stays the stored form. */
public interface Labelled {
    /** The label shown to people; by default the enum constant's name in plain words. */
    default String label() {
        return this instanceof Enum<?> e ? Labels.humanise(e) : toString();
    }
}
