-- Schema version 3: the name the plan gives to the objectives of no Area
-- (e.g. "Obiettivi del Segretario comunale"); empty lets the printouts
-- choose.
ALTER TABLE piano ADD COLUMN gruppo_senza_area TEXT NOT NULL DEFAULT '';
