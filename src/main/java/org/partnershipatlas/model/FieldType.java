package org.partnershipatlas.model;

/** What kind of value a field holds, which decides the editor the UI offers and how an import parses it. */
public enum FieldType {
    TEXT,
    LONG_TEXT,
    DATE,
    MONEY,
    PERSON,
    ORGANISATION,
    CHOICE,
    YES_NO,
    THEMES
}
