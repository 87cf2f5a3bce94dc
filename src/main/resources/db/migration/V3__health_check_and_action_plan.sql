-- Schema 3: the health check's thresholds and cost rates, councillors' committee places, and the
-- action plan.

CREATE TABLE authority_settings (
    id                     BIGINT PRIMARY KEY,
    review_due_soon_days   INT NOT NULL,
    max_seats              INT NOT NULL,
    max_chairs             INT NOT NULL,
    meeting_minutes        INT NOT NULL,
    preparation_minutes    INT NOT NULL,
    officer_rate_p         BIGINT NOT NULL,
    councillor_rate_p      BIGINT NOT NULL,
    partner_rate_p         BIGINT NOT NULL
);

CREATE TABLE top_body (
    position  INT PRIMARY KEY,
    body_id   BIGINT NOT NULL
);

CREATE TABLE committee_membership (
    id         BIGINT PRIMARY KEY,
    person_id  BIGINT NOT NULL,
    committee  VARCHAR(500) NOT NULL
);

CREATE TABLE action (
    id           BIGINT PRIMARY KEY,
    description  VARCHAR(4000) NOT NULL,
    owner        VARCHAR(40) NOT NULL,
    owner_id     BIGINT,
    target_date  DATE,
    status       VARCHAR(40) NOT NULL,
    source       VARCHAR(40) NOT NULL,
    finding_key  VARCHAR(1000),
    raised       DATE
);

CREATE TABLE action_body (
    action_id  BIGINT NOT NULL,
    position   INT    NOT NULL,
    body_id    BIGINT NOT NULL,
    PRIMARY KEY (action_id, position)
);
