-- Schema 5: where each body sits on the map. Pinned positions were placed by the user and survive
-- "Tidy up"; the rest are the last computed layout, kept so reopening needs no new layout.
CREATE TABLE body_position (
    id       BIGINT PRIMARY KEY,
    body_id  BIGINT NOT NULL,
    x        DOUBLE PRECISION NOT NULL,
    y        DOUBLE PRECISION NOT NULL,
    pinned   BOOLEAN NOT NULL
);
