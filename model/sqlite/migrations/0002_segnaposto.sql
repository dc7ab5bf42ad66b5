-- Schema version 2 is reserved for a change developed alongside version 3:
-- this step does nothing, so that numbering stays consecutive.
SELECT 1;
