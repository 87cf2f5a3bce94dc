package org.partnershipatlas.model;

/** The sector an organisation belongs to; the map and the health check group seats by it. */
public enum Sector implements Labelled {
    LOCAL_GOVERNMENT("Local government"),
    NHS("NHS"),
    POLICE("Police"),
    FIRE_AND_RESCUE("Fire and rescue"),
    EDUCATION("Education"),
    HOUSING("Housing"),
    VOLUNTARY_AND_COMMUNITY("Voluntary and community"),
    BUSINESS("Business"),
    CENTRAL_GOVERNMENT("Central government"),
    OTHER("Other");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
