-- Schema 8: a seat keeps the place as a register names it ("Northgate Ward Member", "Cabinet Member
-- for Housing") and what a register says about the appointment that a date cannot hold ("four-year
-- term"), so an imported outside-bodies list loses nothing it said.
ALTER TABLE seat ADD COLUMN place VARCHAR(500);
ALTER TABLE seat ADD COLUMN notes VARCHAR(2000);
