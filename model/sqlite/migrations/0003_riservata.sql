-- Number reserved for a schema step of another line of work; it changes
-- nothing. The steps are numbered 1, 2, 3… without gaps, so the reserved
-- numbers stand here until their steps are merged in their place.
SELECT 1;
