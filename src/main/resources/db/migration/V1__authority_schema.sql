-- Partnership Atlas authority file, schema 1.
-- Integrity (no seat on a missing body, no line to itself...) is kept by the model's rules,
-- which check every edit before it reaches this file; there are no foreign keys so that one
-- edit's changes can be written in the order the user made them.

CREATE TABLE atlas_meta (
    name  VARCHAR(64) PRIMARY KEY,
    val   VARCHAR(1000)
);
INSERT INTO atlas_meta (name, val) VALUES ('format', 'partnership-atlas');

CREATE TABLE authority (
    id            BIGINT PRIMARY KEY,
    name          VARCHAR(500) NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    period_start  DATE,
    period_end    DATE
);

CREATE TABLE theme (
    id    BIGINT PRIMARY KEY,
    name  VARCHAR(500) NOT NULL
);

CREATE TABLE organisation (
    id      BIGINT PRIMARY KEY,
    name    VARCHAR(500) NOT NULL,
    sector  VARCHAR(40)  NOT NULL
);

CREATE TABLE person (
    id               BIGINT PRIMARY KEY,
    name             VARCHAR(500) NOT NULL,
    kind             VARCHAR(40)  NOT NULL,
    organisation_id  BIGINT,
    email            VARCHAR(500),
    phone            VARCHAR(100)
);

CREATE TABLE body (
    id                      BIGINT PRIMARY KEY,
    name                    VARCHAR(500) NOT NULL,
    short_name              VARCHAR(200),
    kind                    VARCHAR(40)  NOT NULL,
    layer                   VARCHAR(40)  NOT NULL,
    classification          VARCHAR(40)  NOT NULL,
    purpose                 VARCHAR(4000),
    chair_id                BIGINT,
    vice_chair_id           BIGINT,
    lead_officer_id         BIGINT,
    lead_member_id          BIGINT,
    accountable_body_id     BIGINT,
    terms_of_reference      VARCHAR(1000),
    terms_agreed            DATE,
    legal_status            VARCHAR(40),
    statutory_basis         VARCHAR(1000),
    meeting_frequency       VARCHAR(40),
    reporting_cycle         VARCHAR(40),
    council_contribution_p  BIGINT,
    pooled_budget_p         BIGINT,
    risk_rating             VARCHAR(40),
    significance            VARCHAR(40),
    last_reviewed           DATE,
    next_review_due         DATE,
    scrutiny_committee      VARCHAR(500),
    last_scrutinised        DATE,
    info_sharing            BOOLEAN,
    info_sharing_agreed     DATE,
    exit_strategy           VARCHAR(4000),
    lifecycle_stage         VARCHAR(40),
    notes                   VARCHAR(20000)
);

CREATE TABLE body_theme (
    body_id   BIGINT NOT NULL,
    position  INT    NOT NULL,
    theme_id  BIGINT NOT NULL,
    PRIMARY KEY (body_id, position)
);

CREATE TABLE accountability_line (
    id            BIGINT PRIMARY KEY,
    from_body_id  BIGINT NOT NULL,
    to_body_id    BIGINT NOT NULL,
    kind          VARCHAR(40) NOT NULL
);

CREATE TABLE seat (
    id               BIGINT PRIMARY KEY,
    body_id          BIGINT NOT NULL,
    organisation_id  BIGINT,
    person_id        BIGINT,
    role             VARCHAR(40) NOT NULL
);
