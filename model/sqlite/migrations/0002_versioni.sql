-- Schema version 2: the plan's frozen versions (adoption and variations,
-- D.Lgs 150/2009 art. 10 c.3), the deadline settings and records, and the
-- user's judgements of the quality of objectives (art. 5 c.2).

-- Each version holds the plan's canonical JSON (model.MarshalPlan) as it
-- stood when the resolution was recorded, with its SHA-256.
CREATE TABLE versione (
    numero      INTEGER PRIMARY KEY CHECK (numero >= 1),
    tipo        TEXT NOT NULL CHECK (tipo IN ('adozione', 'variazione')),
    organo      TEXT NOT NULL CHECK (organo <> ''),
    numero_atto TEXT NOT NULL CHECK (numero_atto <> ''),
    data_atto   TEXT NOT NULL CHECK (data_atto <> ''),
    motivo      TEXT NOT NULL DEFAULT '',
    registrata  TEXT NOT NULL,
    impronta    TEXT NOT NULL,
    piano_json  BLOB NOT NULL,
    CHECK ((numero = 1) = (tipo = 'adozione'))
);

-- A frozen version is never changed nor deleted, and versions come one
-- after the other: whatever writes to the file, the file refuses.
CREATE TRIGGER versione_immutabile BEFORE UPDATE ON versione
BEGIN
    SELECT RAISE(ABORT, 'versione del piano congelata: non si può modificare');
END;

CREATE TRIGGER versione_non_eliminabile BEFORE DELETE ON versione
BEGIN
    SELECT RAISE(ABORT, 'versione del piano congelata: non si può eliminare');
END;

CREATE TRIGGER versione_in_sequenza BEFORE INSERT ON versione
WHEN NEW.numero <> (SELECT coalesce(max(numero), 0) + 1 FROM versione)
BEGIN
    SELECT RAISE(ABORT, 'versione del piano fuori sequenza');
END;

CREATE TABLE scadenzario (
    id                    INTEGER PRIMARY KEY CHECK (id = 1),
    approvazione_bilancio TEXT,
    termine_bilancio      TEXT,
    regola                TEXT NOT NULL DEFAULT '',
    giorni                INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE adempimento (
    chiave TEXT PRIMARY KEY,
    data   TEXT NOT NULL,
    note   TEXT NOT NULL DEFAULT ''
);

-- No foreign key to obiettivo: undoing the deletion of an objective
-- brings it back with its judgements. Load skips those of objectives that
-- do not exist.
CREATE TABLE conferma_qualita (
    obiettivo_id INTEGER NOT NULL,
    criterio     TEXT NOT NULL,
    esito        INTEGER NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (obiettivo_id, criterio)
);
