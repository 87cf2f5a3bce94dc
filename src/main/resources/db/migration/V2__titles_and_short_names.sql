-- Schema 2: a person's job title ("Cabinet Member for Communities") and an organisation's
-- short name ("ICB"), so that profiles and the map can say who someone is without notes.
ALTER TABLE person ADD COLUMN title VARCHAR(500);
ALTER TABLE organisation ADD COLUMN short_name VARCHAR(200);
