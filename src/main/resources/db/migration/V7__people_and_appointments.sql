-- Schema 7: what a council keeps on its people, organisations and seats.
-- A seat records who appointed to it and from and until when (a councillor's appointment to an
-- outside body ends at the annual meeting); a substitute is a role. A councillor's party, and which
-- organisation is the council itself. Chair, vice chair, lead officer, lead member and accountable
-- body are both the body's fields and seats with that role; the app makes them agree when it opens
-- a file upgraded to this schema, and reports what it changed.
ALTER TABLE seat ADD COLUMN appointed_by VARCHAR(500);
ALTER TABLE seat ADD COLUMN from_date DATE;
ALTER TABLE seat ADD COLUMN until_date DATE;
ALTER TABLE person ADD COLUMN party VARCHAR(200);
ALTER TABLE organisation ADD COLUMN is_council BOOLEAN DEFAULT FALSE NOT NULL;
