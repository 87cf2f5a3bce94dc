-- Schema 6: partnership workshops. The facilitator's plan (the steps in order, each with notes for
-- the presenter view) and the notes taken on bodies during a workshop. Actions from a workshop are
-- ordinary actions with the source WORKSHOP.
CREATE TABLE workshop_step (
    position  INT PRIMARY KEY,
    kind      VARCHAR(20) NOT NULL,
    theme_id  BIGINT,
    notes     VARCHAR(4000) NOT NULL
);
CREATE TABLE workshop_note (
    id       BIGINT PRIMARY KEY,
    body_id  BIGINT NOT NULL,
    text     VARCHAR(4000) NOT NULL,
    taken    DATE NOT NULL
);
