-- Schema version 4: the performance cycle after adoption. Checkpoints of
-- the monitoring, one reading per indicator and checkpoint, progress notes
-- per objective and checkpoint, the Nucleo's validation, the comune's
-- evaluation system (SMVP), the Relazione, indicators of the whole ente
-- (indicatore.obiettivo_id NULL), and the fields plans of other comuni need.
--
-- indicatore must allow a NULL objective, which SQLite can change only by
-- rebuilding the table. Its children (target, risultato) are rebuilt with
-- it, children dropped first, so no cascade runs. The old readings are kept
-- in risultato_v1 for the Go step of this migration (migrate_ciclo.go),
-- which places them at checkpoints with model.MigraV1 and drops the table.
-- AUTOINCREMENT counters are carried over, so a deleted ID is still never
-- handed out again.

CREATE TABLE seq_v1 AS SELECT name, seq FROM sqlite_sequence WHERE name IN ('indicatore', 'risultato');
CREATE TABLE risultato_v1 AS SELECT * FROM risultato;
CREATE TABLE target_v1 AS SELECT * FROM target;
CREATE TABLE indicatore_v1 AS SELECT * FROM indicatore;
DROP TABLE risultato;
DROP TABLE target;
DROP TABLE indicatore;

CREATE TABLE verifica (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    data   TEXT NOT NULL UNIQUE,
    titolo TEXT NOT NULL DEFAULT ''
);

CREATE TABLE indicatore (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    obiettivo_id  INTEGER REFERENCES obiettivo (id) ON DELETE CASCADE, -- NULL: of the whole ente
    ordine        INTEGER NOT NULL DEFAULT 0,
    nome          TEXT NOT NULL DEFAULT '',
    tipo          TEXT NOT NULL DEFAULT '',
    unita_misura  TEXT NOT NULL DEFAULT '',
    baseline      TEXT NOT NULL DEFAULT '',
    anno_baseline INTEGER NOT NULL DEFAULT 0,
    direzione     TEXT NOT NULL DEFAULT '',
    peso          REAL NOT NULL DEFAULT 0,
    criterio      TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX indicatore_obiettivo ON indicatore (obiettivo_id);

-- anno 0: a target for the whole span.
CREATE TABLE target (
    indicatore_id INTEGER NOT NULL REFERENCES indicatore (id) ON DELETE CASCADE,
    anno          INTEGER NOT NULL,
    valore        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (indicatore_id, anno)
);

-- A reading of an indicator at a checkpoint. forzatura_* is a degree of
-- achievement set by hand: present only with its reason, author and time.
CREATE TABLE risultato (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    indicatore_id       INTEGER NOT NULL REFERENCES indicatore (id) ON DELETE CASCADE,
    verifica_id         INTEGER NOT NULL REFERENCES verifica (id) ON DELETE CASCADE,
    data                TEXT,
    valore              TEXT NOT NULL DEFAULT '',
    stato               TEXT NOT NULL DEFAULT '',
    causa               TEXT NOT NULL DEFAULT '',
    azione              TEXT NOT NULL DEFAULT '',
    punteggio           REAL,
    note                TEXT NOT NULL DEFAULT '',
    forzatura_perc      REAL,
    forzatura_calcolata REAL,
    forzatura_motivo    TEXT NOT NULL DEFAULT '',
    forzatura_autore    TEXT NOT NULL DEFAULT '',
    forzatura_quando    TEXT,
    UNIQUE (indicatore_id, verifica_id)
);
CREATE INDEX risultato_verifica ON risultato (verifica_id);

INSERT INTO indicatore (id, obiettivo_id, ordine, nome, tipo, unita_misura, baseline)
    SELECT id, obiettivo_id, ordine, nome, tipo, unita_misura, baseline FROM indicatore_v1;
INSERT INTO target (indicatore_id, anno, valore) SELECT indicatore_id, anno, valore FROM target_v1;
DROP TABLE target_v1;
DROP TABLE indicatore_v1;

-- The dropped tables took their counters along: put them back.
INSERT INTO sqlite_sequence (name, seq)
    SELECT name, seq FROM seq_v1 WHERE name NOT IN (SELECT name FROM sqlite_sequence);
UPDATE sqlite_sequence SET seq = max(seq, (SELECT s.seq FROM seq_v1 s WHERE s.name = sqlite_sequence.name))
    WHERE name IN (SELECT name FROM seq_v1);
DROP TABLE seq_v1;

-- An objective's progress note and whole-objective outcome at a checkpoint.
CREATE TABLE avanzamento (
    obiettivo_id        INTEGER NOT NULL REFERENCES obiettivo (id) ON DELETE CASCADE,
    verifica_id         INTEGER NOT NULL REFERENCES verifica (id) ON DELETE CASCADE,
    nota                TEXT NOT NULL DEFAULT '',
    esito               TEXT NOT NULL DEFAULT '',
    punteggio           REAL,
    forzatura_perc      REAL,
    forzatura_calcolata REAL,
    forzatura_motivo    TEXT NOT NULL DEFAULT '',
    forzatura_autore    TEXT NOT NULL DEFAULT '',
    forzatura_quando    TEXT,
    PRIMARY KEY (obiettivo_id, verifica_id)
);
CREATE INDEX avanzamento_verifica ON avanzamento (verifica_id);

-- The Nucleo di Valutazione's validation of an objective's result.
CREATE TABLE validazione (
    obiettivo_id INTEGER PRIMARY KEY REFERENCES obiettivo (id) ON DELETE CASCADE,
    percentuale  REAL,
    data         TEXT,
    verbale      TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT ''
);

ALTER TABLE obiettivo ADD COLUMN linea_strategica TEXT NOT NULL DEFAULT '';
ALTER TABLE fase ADD COLUMN completamento TEXT;

-- The comune's evaluation system; no row: the zero value (cap 100, any
-- delay 0 %, no bands, a missed prerequisite zeroes its Area).
CREATE TABLE smvp (
    id                   INTEGER PRIMARY KEY CHECK (id = 1),
    massimo              REAL NOT NULL DEFAULT 0,
    ritardo_tipo         TEXT NOT NULL DEFAULT '',
    ritardo_per_mese     REAL NOT NULL DEFAULT 0,
    ritardo_tolleranza   INTEGER NOT NULL DEFAULT 0,
    prerequisito_effetto TEXT NOT NULL DEFAULT '',
    prerequisito_soglia  REAL NOT NULL DEFAULT 0
);

CREATE TABLE smvp_fascia (
    posizione     INTEGER PRIMARY KEY,
    da            REAL NOT NULL,
    quota         REAL NOT NULL DEFAULT 0,
    proporzionale INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE relazione (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    sintesi             TEXT NOT NULL DEFAULT '',
    contesto            TEXT NOT NULL DEFAULT '',
    bilancio_genere     TEXT NOT NULL DEFAULT '',
    avvertenza          TEXT NOT NULL DEFAULT '',
    approvazione_organo TEXT NOT NULL DEFAULT '',
    approvazione_numero TEXT NOT NULL DEFAULT '',
    approvazione_data   TEXT,
    validazione_esito   TEXT NOT NULL DEFAULT '',
    validazione_data    TEXT,
    validazione_verbale TEXT NOT NULL DEFAULT '',
    validazione_note    TEXT NOT NULL DEFAULT ''
);
