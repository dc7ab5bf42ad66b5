-- Schema version 5: the plan file's identity and its history.

-- A random code made once, when the file gets this schema: workbooks sent
-- to the Area managers carry it, so that a workbook read back is known to
-- come from this plan. Copies and backups keep it; a new file gets its own.
CREATE TABLE identita (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    codice TEXT NOT NULL CHECK (length(codice) = 32)
);
INSERT INTO identita (id, codice) VALUES (1, lower(hex(randomblob(16))));

-- One line per change that came from outside the window (the workbooks
-- read back) or undid one. Lines are only ever added.
CREATE TABLE storico (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    quando      TEXT NOT NULL,
    tipo        TEXT NOT NULL CHECK (tipo <> ''),
    descrizione TEXT NOT NULL CHECK (descrizione <> ''),
    file        TEXT NOT NULL DEFAULT '',
    area        TEXT NOT NULL DEFAULT '',
    valori      INTEGER NOT NULL DEFAULT 0 CHECK (valori >= 0)
);
