-- Schema version 1: one plan per file. Singletons (ente, piano, territorio)
-- have one row with id = 1. IDs use AUTOINCREMENT so that a deleted ID is
-- never handed out again: undo re-creates records with their old IDs.
-- Dates are ISO text "2006-01-02"; NULL means "not set".

CREATE TABLE ente (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    nome         TEXT NOT NULL DEFAULT '',
    provincia    TEXT NOT NULL DEFAULT '',
    regione      TEXT NOT NULL DEFAULT '',
    codice_istat TEXT NOT NULL DEFAULT '',
    stemma       BLOB
);

CREATE TABLE piano (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    anno                INTEGER NOT NULL DEFAULT 0,
    anno_inizio         INTEGER NOT NULL DEFAULT 0,
    anno_fine           INTEGER NOT NULL DEFAULT 0,
    titolo              TEXT NOT NULL DEFAULT '',
    sezione             TEXT NOT NULL DEFAULT '',
    sottosezione        TEXT NOT NULL DEFAULT '',
    stato               TEXT NOT NULL DEFAULT '',
    approvazione_organo TEXT NOT NULL DEFAULT '',
    approvazione_numero TEXT NOT NULL DEFAULT '',
    approvazione_data   TEXT
);

CREATE TABLE capitolo (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    ordine  INTEGER NOT NULL DEFAULT 0,
    titolo  TEXT NOT NULL DEFAULT '',
    testo   TEXT NOT NULL DEFAULT '',
    sezione TEXT NOT NULL DEFAULT ''
);

CREATE TABLE territorio (
    id                     INTEGER PRIMARY KEY CHECK (id = 1),
    superficie_totale      REAL NOT NULL DEFAULT 0,
    superficie_urbana      REAL NOT NULL DEFAULT 0,
    altitudine             INTEGER NOT NULL DEFAULT 0,
    altitudine_riferimento TEXT NOT NULL DEFAULT '',
    latitudine             TEXT NOT NULL DEFAULT '',
    longitudine            TEXT NOT NULL DEFAULT '',
    regione_agraria        TEXT NOT NULL DEFAULT '',
    densita_stampata       REAL
);

-- Lists of the territorio keep the user's order in posizione.
CREATE TABLE frazione (
    posizione INTEGER PRIMARY KEY,
    nome      TEXT NOT NULL
);

CREATE TABLE strada (
    posizione INTEGER PRIMARY KEY,
    tipo      TEXT NOT NULL,
    km        REAL NOT NULL
);

CREATE TABLE risorsa_idrica (
    posizione INTEGER PRIMARY KEY,
    tipo      TEXT NOT NULL,
    numero    INTEGER NOT NULL
);

CREATE TABLE popolazione (
    anno                INTEGER PRIMARY KEY,
    residenti           INTEGER NOT NULL DEFAULT 0,
    maschi              INTEGER NOT NULL DEFAULT 0,
    femmine             INTEGER NOT NULL DEFAULT 0,
    famiglie            INTEGER NOT NULL DEFAULT 0,
    immigrati           INTEGER NOT NULL DEFAULT 0,
    emigrati            INTEGER NOT NULL DEFAULT 0,
    nati                INTEGER NOT NULL DEFAULT 0,
    morti               INTEGER NOT NULL DEFAULT 0,
    variazione_stampata INTEGER
);

CREATE TABLE fascia_eta (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    ordine  INTEGER NOT NULL DEFAULT 0,
    nome    TEXT NOT NULL DEFAULT '',
    eta_min INTEGER,
    eta_max INTEGER
);

CREATE TABLE popolazione_fascia (
    fascia_id INTEGER NOT NULL REFERENCES fascia_eta (id) ON DELETE CASCADE,
    anno      INTEGER NOT NULL,
    residenti INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (fascia_id, anno)
);

-- parent_id has no ON DELETE action: the store refuses to delete a unit
-- that still has children or objectives (model.ErrInUse).
CREATE TABLE unita (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id          INTEGER REFERENCES unita (id),
    ordine             INTEGER NOT NULL DEFAULT 0,
    tipo               TEXT NOT NULL DEFAULT '',
    nome               TEXT NOT NULL DEFAULT '',
    intestazione       TEXT NOT NULL DEFAULT '',
    responsabile       TEXT NOT NULL DEFAULT '',
    ruolo_responsabile TEXT NOT NULL DEFAULT '',
    dipendenti         INTEGER,
    part_time          INTEGER
);
CREATE INDEX unita_parent ON unita (parent_id);

CREATE TABLE personale (
    anno                 INTEGER PRIMARY KEY,
    dipendenti           INTEGER NOT NULL DEFAULT 0,
    part_time            INTEGER,
    uomini               INTEGER NOT NULL DEFAULT 0,
    donne                INTEGER NOT NULL DEFAULT 0,
    abitanti_stampati    INTEGER,
    per_mille_stampato   REAL,
    perc_uomini_stampata REAL,
    perc_donne_stampata  REAL
);

CREATE TABLE benchmark (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    ordine      INTEGER NOT NULL DEFAULT 0,
    descrizione TEXT NOT NULL DEFAULT '',
    fonte       TEXT NOT NULL DEFAULT '',
    anno        INTEGER NOT NULL DEFAULT 0,
    valore      REAL NOT NULL DEFAULT 0
);

CREATE TABLE servizio (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    ordine              INTEGER NOT NULL DEFAULT 0,
    titolo              TEXT NOT NULL DEFAULT '',
    descrizione         TEXT NOT NULL DEFAULT '',
    data_sottoscrizione TEXT,
    scadenza            TEXT,
    durata_illimitata   INTEGER NOT NULL DEFAULT 0,
    stato               TEXT NOT NULL DEFAULT ''
);

CREATE TABLE servizio_partner (
    servizio_id INTEGER NOT NULL REFERENCES servizio (id) ON DELETE CASCADE,
    posizione   INTEGER NOT NULL,
    nome        TEXT NOT NULL,
    PRIMARY KEY (servizio_id, posizione)
);

-- Deleting an objective deletes its sub-objectives (parent_id cascade).
CREATE TABLE obiettivo (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id        INTEGER REFERENCES obiettivo (id) ON DELETE CASCADE,
    ordine           INTEGER NOT NULL DEFAULT 0,
    codice           TEXT NOT NULL DEFAULT '',
    livello          TEXT NOT NULL DEFAULT '',
    natura           TEXT NOT NULL DEFAULT '',
    area_id          INTEGER REFERENCES unita (id),
    tutte_le_unita   INTEGER NOT NULL DEFAULT 0,
    segretario       INTEGER NOT NULL DEFAULT 0,
    titolo           TEXT NOT NULL DEFAULT '',
    descrizione      TEXT NOT NULL DEFAULT '',
    programma        TEXT NOT NULL DEFAULT '',
    centro_costo     TEXT NOT NULL DEFAULT '',
    peso_tipo        TEXT NOT NULL DEFAULT '',
    peso_valore      REAL NOT NULL DEFAULT 0,
    risorse          TEXT NOT NULL DEFAULT '',
    personale        TEXT NOT NULL DEFAULT '',
    stato_attuazione TEXT NOT NULL DEFAULT '',
    note             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX obiettivo_parent ON obiettivo (parent_id);
CREATE INDEX obiettivo_area ON obiettivo (area_id);

-- Units, years and months are sets: the model keeps them sorted.
CREATE TABLE obiettivo_unita (
    obiettivo_id INTEGER NOT NULL REFERENCES obiettivo (id) ON DELETE CASCADE,
    unita_id     INTEGER NOT NULL REFERENCES unita (id),
    PRIMARY KEY (obiettivo_id, unita_id)
);
CREATE INDEX obiettivo_unita_unita ON obiettivo_unita (unita_id);

CREATE TABLE obiettivo_anno (
    obiettivo_id INTEGER NOT NULL REFERENCES obiettivo (id) ON DELETE CASCADE,
    anno         INTEGER NOT NULL,
    PRIMARY KEY (obiettivo_id, anno)
);

CREATE TABLE indicatore (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    obiettivo_id INTEGER NOT NULL REFERENCES obiettivo (id) ON DELETE CASCADE,
    ordine       INTEGER NOT NULL DEFAULT 0,
    nome         TEXT NOT NULL DEFAULT '',
    tipo         TEXT NOT NULL DEFAULT '',
    unita_misura TEXT NOT NULL DEFAULT '',
    baseline     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX indicatore_obiettivo ON indicatore (obiettivo_id);

CREATE TABLE target (
    indicatore_id INTEGER NOT NULL REFERENCES indicatore (id) ON DELETE CASCADE,
    anno          INTEGER NOT NULL,
    valore        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (indicatore_id, anno)
);

CREATE TABLE risultato (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    indicatore_id    INTEGER NOT NULL REFERENCES indicatore (id) ON DELETE CASCADE,
    data             TEXT,
    valore           TEXT NOT NULL DEFAULT '',
    raggiungimento   REAL,
    punteggio        REAL,
    finale           INTEGER NOT NULL DEFAULT 0,
    validato         INTEGER NOT NULL DEFAULT 0,
    data_validazione TEXT,
    note             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX risultato_indicatore ON risultato (indicatore_id);

CREATE TABLE fase (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    obiettivo_id INTEGER NOT NULL REFERENCES obiettivo (id) ON DELETE CASCADE,
    ordine       INTEGER NOT NULL DEFAULT 0,
    titolo       TEXT NOT NULL DEFAULT '',
    inizio       TEXT,
    fine         TEXT,
    responsabile TEXT NOT NULL DEFAULT '',
    completata   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX fase_obiettivo ON fase (obiettivo_id);

CREATE TABLE fase_mese (
    fase_id INTEGER NOT NULL REFERENCES fase (id) ON DELETE CASCADE,
    mese    INTEGER NOT NULL CHECK (mese BETWEEN 1 AND 12),
    PRIMARY KEY (fase_id, mese)
);
