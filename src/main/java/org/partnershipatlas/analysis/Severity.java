package org.partnershipatlas.analysis;

import org.partnershipatlas.model.Labelled;

/** How much a finding matters to councillors, most serious first. */
public enum Severity implements Labelled {
    HIGH,
    MEDIUM,
    LOW
}
