-- Schema version 3: the performance cycle after adoption, as the SQLite
-- schema's version 4. Checkpoints of the monitoring, one reading per
-- indicator and checkpoint, progress notes per objective and checkpoint,
-- the Nucleo's validation, the comune's evaluation system (SMVP), the
-- Relazione, indicators of the whole ente (indicatore.obiettivo_id NULL),
-- and the fields plans of other comuni need.
--
-- The old readings are kept in risultato_v1 for the Go step of this
-- version (migrate_ciclo.go), which places them at checkpoints with
-- model.MigraV1, as the SQLite store and the JSON import do, and drops
-- the table.

CREATE TABLE risultato_v1 AS SELECT * FROM risultato;
DELETE FROM risultato;

CREATE TABLE verifica (
    piano_id bigint NOT NULL REFERENCES piani ON DELETE CASCADE,
    id       bigint NOT NULL,
    data     date NOT NULL,
    titolo   text NOT NULL DEFAULT '',
    PRIMARY KEY (piano_id, id),
    UNIQUE (piano_id, data)
);

-- Indicators of the whole ente belong to no objective: their rows below
-- carry a NULL obiettivo_id, and a plain reference to the indicator keeps
-- them tied to it (the reference with obiettivo_id applies when it is
-- set).
ALTER TABLE indicatore ALTER COLUMN obiettivo_id DROP NOT NULL,
    ADD COLUMN anno_baseline bigint NOT NULL DEFAULT 0,
    ADD COLUMN direzione text NOT NULL DEFAULT '',
    ADD COLUMN peso float8 NOT NULL DEFAULT 0,
    ADD COLUMN criterio text NOT NULL DEFAULT '',
    ADD COLUMN note text NOT NULL DEFAULT '';
CREATE INDEX indicatore_ente ON indicatore (piano_id) WHERE obiettivo_id IS NULL;

ALTER TABLE target ALTER COLUMN obiettivo_id DROP NOT NULL,
    ADD FOREIGN KEY (piano_id, indicatore_id) REFERENCES indicatore (piano_id, id) ON DELETE CASCADE;

-- A reading of an indicator at a checkpoint. forzatura_* is a degree of
-- achievement set by hand: present only with its reason, author and time
-- (kept as written, RFC 3339 with nanoseconds, so a copy loses nothing).
ALTER TABLE risultato DROP COLUMN raggiungimento, DROP COLUMN finale, DROP COLUMN validato,
    DROP COLUMN data_validazione,
    ALTER COLUMN obiettivo_id DROP NOT NULL,
    ADD COLUMN verifica_id bigint NOT NULL,
    ADD COLUMN stato text NOT NULL DEFAULT '',
    ADD COLUMN causa text NOT NULL DEFAULT '',
    ADD COLUMN azione text NOT NULL DEFAULT '',
    ADD COLUMN forzatura_perc float8,
    ADD COLUMN forzatura_calcolata float8,
    ADD COLUMN forzatura_motivo text NOT NULL DEFAULT '',
    ADD COLUMN forzatura_autore text NOT NULL DEFAULT '',
    ADD COLUMN forzatura_quando text,
    ADD FOREIGN KEY (piano_id, indicatore_id) REFERENCES indicatore (piano_id, id) ON DELETE CASCADE,
    ADD FOREIGN KEY (piano_id, verifica_id) REFERENCES verifica ON DELETE CASCADE,
    ADD UNIQUE (piano_id, indicatore_id, verifica_id);
CREATE INDEX risultato_verifica ON risultato (piano_id, verifica_id);

-- An objective's progress note and whole-objective outcome at a checkpoint.
CREATE TABLE avanzamento (
    piano_id            bigint NOT NULL,
    obiettivo_id        bigint NOT NULL,
    verifica_id         bigint NOT NULL,
    nota                text NOT NULL DEFAULT '',
    esito               text NOT NULL DEFAULT '',
    punteggio           float8,
    forzatura_perc      float8,
    forzatura_calcolata float8,
    forzatura_motivo    text NOT NULL DEFAULT '',
    forzatura_autore    text NOT NULL DEFAULT '',
    forzatura_quando    text,
    PRIMARY KEY (piano_id, obiettivo_id, verifica_id),
    FOREIGN KEY (piano_id, obiettivo_id) REFERENCES obiettivo ON DELETE CASCADE,
    FOREIGN KEY (piano_id, verifica_id) REFERENCES verifica ON DELETE CASCADE
);
CREATE INDEX avanzamento_verifica ON avanzamento (piano_id, verifica_id);

-- The Nucleo di Valutazione's validation of an objective's result.
CREATE TABLE validazione (
    piano_id     bigint NOT NULL,
    obiettivo_id bigint NOT NULL,
    percentuale  float8,
    data         date,
    verbale      text NOT NULL DEFAULT '',
    note         text NOT NULL DEFAULT '',
    PRIMARY KEY (piano_id, obiettivo_id),
    FOREIGN KEY (piano_id, obiettivo_id) REFERENCES obiettivo ON DELETE CASCADE
);

ALTER TABLE obiettivo ADD COLUMN linea_strategica text NOT NULL DEFAULT '';
ALTER TABLE fase ADD COLUMN completamento date;

-- The comune's evaluation system; no row: the zero value.
CREATE TABLE smvp (
    piano_id             bigint PRIMARY KEY REFERENCES piani ON DELETE CASCADE,
    massimo              float8 NOT NULL DEFAULT 0,
    ritardo_tipo         text NOT NULL DEFAULT '',
    ritardo_per_mese     float8 NOT NULL DEFAULT 0,
    ritardo_tolleranza   bigint NOT NULL DEFAULT 0,
    prerequisito_effetto text NOT NULL DEFAULT '',
    prerequisito_soglia  float8 NOT NULL DEFAULT 0
);

CREATE TABLE smvp_fascia (
    piano_id      bigint NOT NULL REFERENCES piani ON DELETE CASCADE,
    posizione     bigint NOT NULL,
    da            float8 NOT NULL DEFAULT 0,
    quota         float8 NOT NULL DEFAULT 0,
    proporzionale boolean NOT NULL DEFAULT false,
    PRIMARY KEY (piano_id, posizione)
);

CREATE TABLE relazione (
    piano_id            bigint PRIMARY KEY REFERENCES piani ON DELETE CASCADE,
    sintesi             text NOT NULL DEFAULT '',
    contesto            text NOT NULL DEFAULT '',
    bilancio_genere     text NOT NULL DEFAULT '',
    avvertenza          text NOT NULL DEFAULT '',
    approvazione_organo text NOT NULL DEFAULT '',
    approvazione_numero text NOT NULL DEFAULT '',
    approvazione_data   date,
    validazione_esito   text NOT NULL DEFAULT '',
    validazione_data    date,
    validazione_verbale text NOT NULL DEFAULT '',
    validazione_note    text NOT NULL DEFAULT ''
);

-- A row below an indicator of the whole ente counts for that indicator:
-- registra takes, after its own three arguments, the kind and the column
-- to use when the first column is NULL.
CREATE OR REPLACE FUNCTION registra() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = piano, pg_temp AS $$
DECLARE
    vecchia jsonb;
    nuova   jsonb;
    a       text[] := ARRAY(SELECT unnest(TG_ARGV)); -- numbered from 1, as TG_ARGV is not
BEGIN
    IF current_setting('piano.registra', true) = 'no' AND registra_sospeso() THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        vecchia := to_jsonb(OLD);
        PERFORM registra_riga(vecchia, a);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        nuova := to_jsonb(NEW);
        IF vecchia IS NULL OR registra_chiave_di(vecchia, a) IS DISTINCT FROM registra_chiave_di(nuova, a) THEN
            PERFORM registra_riga(nuova, a);
        END IF;
    END IF;
    RETURN NULL;
END $$;

-- registra_chiave_di is the record a row belongs to: kind and ID.
CREATE FUNCTION registra_chiave_di(riga jsonb, a text[]) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN riga ->> a[2] IS NULL AND array_length(a, 1) > 3
        THEN ARRAY[a[4], coalesce(riga ->> a[5], '0'), '']
        ELSE ARRAY[a[1], coalesce(riga ->> a[2], '0'), coalesce(riga ->> a[3], '')] END
$$;

CREATE FUNCTION registra_riga(riga jsonb, a text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE k text[] := registra_chiave_di(riga, a);
BEGIN
    PERFORM registra_chiave((riga ->> 'piano_id')::bigint, k[1], k[2]::bigint, k[3]);
END $$;
REVOKE ALL ON FUNCTION registra_riga(jsonb, text[]) FROM PUBLIC;

DROP TRIGGER registra ON indicatore;
DROP TRIGGER registra ON target;
DROP TRIGGER registra ON risultato;
CREATE TRIGGER registra AFTER INSERT OR UPDATE OR DELETE ON indicatore FOR EACH ROW EXECUTE FUNCTION registra('obiettivo', 'obiettivo_id', '', 'indicatore', 'id');
CREATE TRIGGER registra AFTER INSERT OR UPDATE OR DELETE ON target FOR EACH ROW EXECUTE FUNCTION registra('obiettivo', 'obiettivo_id', '', 'indicatore', 'indicatore_id');
CREATE TRIGGER registra AFTER INSERT OR UPDATE OR DELETE ON risultato FOR EACH ROW EXECUTE FUNCTION registra('obiettivo', 'obiettivo_id', '', 'indicatore', 'indicatore_id');
CREATE TRIGGER registra AFTER INSERT OR UPDATE OR DELETE ON verifica FOR EACH ROW EXECUTE FUNCTION registra('verifica', 'id', '');
CREATE TRIGGER registra AFTER INSERT OR UPDATE OR DELETE ON avanzamento FOR EACH ROW EXECUTE FUNCTION registra('obiettivo', 'obiettivo_id', '');
CREATE TRIGGER registra AFTER INSERT OR UPDATE OR DELETE ON validazione FOR EACH ROW EXECUTE FUNCTION registra('obiettivo', 'obiettivo_id', '');
CREATE TRIGGER registra AFTER INSERT OR UPDATE OR DELETE ON smvp FOR EACH ROW EXECUTE FUNCTION registra('smvp', '', '');
CREATE TRIGGER registra AFTER INSERT OR UPDATE OR DELETE ON smvp_fascia FOR EACH ROW EXECUTE FUNCTION registra('smvp', '', '');
CREATE TRIGGER registra AFTER INSERT OR UPDATE OR DELETE ON relazione FOR EACH ROW EXECUTE FUNCTION registra('relazione', '', '');

-- registra_piano counts the cycle's records too.
CREATE OR REPLACE FUNCTION registra_piano(p bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = piano, pg_temp AS $$
BEGIN
    IF p NOT IN (SELECT piani_visibili(session_user)) AND NOT registra_sospeso() THEN
        RAISE EXCEPTION 'piano % non accessibile', p USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE revisione SET rev = rev + 1, utente = session_user, quando = now() WHERE piano_id = p;
    INSERT INTO revisione (piano_id, tipo, rif, sub)
        SELECT p, t, r, s FROM (
            SELECT 'ente', 0::bigint, '' FROM ente WHERE piano_id = p
            UNION ALL SELECT 'piano', 0, '' FROM piano WHERE piano_id = p
            UNION ALL SELECT 'territorio', 0, '' FROM territorio WHERE piano_id = p
            UNION ALL SELECT 'scadenzario', 0, '' FROM scadenzario WHERE piano_id = p
            UNION ALL SELECT 'smvp', 0, '' FROM smvp WHERE piano_id = p
            UNION ALL SELECT 'relazione', 0, '' FROM relazione WHERE piano_id = p
            UNION ALL SELECT 'capitolo', id, '' FROM capitolo WHERE piano_id = p
            UNION ALL SELECT 'popolazione', anno, '' FROM popolazione WHERE piano_id = p
            UNION ALL SELECT 'fascia', id, '' FROM fascia_eta WHERE piano_id = p
            UNION ALL SELECT 'unita', id, '' FROM unita WHERE piano_id = p
            UNION ALL SELECT 'personale', anno, '' FROM personale WHERE piano_id = p
            UNION ALL SELECT 'benchmark', id, '' FROM benchmark WHERE piano_id = p
            UNION ALL SELECT 'servizio', id, '' FROM servizio WHERE piano_id = p
            UNION ALL SELECT 'obiettivo', id, '' FROM obiettivo WHERE piano_id = p
            UNION ALL SELECT 'verifica', id, '' FROM verifica WHERE piano_id = p
            UNION ALL SELECT 'indicatore', id, '' FROM indicatore WHERE piano_id = p AND obiettivo_id IS NULL
            UNION ALL SELECT 'qualita', obiettivo_id, criterio FROM conferma_qualita WHERE piano_id = p
        ) AS r (t, r, s)
    ON CONFLICT DO NOTHING;
    PERFORM pg_notify('piano_modifiche', json_build_object('p', p, 't', '*', 'r', 0, 'u', session_user)::text);
END $$;

-- Rights on the cycle's tables, as on the others: everyone reads the plans
-- utente.piani names, an amministratore writes.
GRANT SELECT ON verifica, avanzamento, validazione, smvp, smvp_fascia, relazione
    TO piano_amministratore, piano_responsabile, piano_nucleo, piano_giunta;
GRANT INSERT, UPDATE, DELETE ON verifica, avanzamento, validazione, smvp, smvp_fascia, relazione TO piano_amministratore;
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['verifica', 'avanzamento', 'validazione', 'smvp', 'smvp_fascia', 'relazione'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY lettura ON %I FOR SELECT USING (piano_id IN (SELECT piani_visibili(current_user)))', t);
        EXECUTE format('CREATE POLICY amministratore ON %I FOR ALL TO piano_amministratore
            USING (piano_id IN (SELECT piani_visibili(current_user)))
            WITH CHECK (piano_id IN (SELECT piani_visibili(current_user)))', t);
    END LOOP;
END $$;

-- A Responsabile di Area: the readings of their objectives' indicators at
-- each checkpoint (the value, its state, the deviation's cause and the
-- corrective action, a note; not a score nor a degree set by hand), the
-- objectives' progress notes, the completion of their phases.
GRANT INSERT (piano_id, id, indicatore_id, obiettivo_id, verifica_id, data, valore, stato, causa, azione, note),
    UPDATE (data, valore, stato, causa, azione, note), DELETE ON risultato TO piano_responsabile;
GRANT INSERT (piano_id, obiettivo_id, verifica_id, nota, esito), UPDATE (nota, esito), DELETE ON avanzamento TO piano_responsabile;
GRANT UPDATE (completata, completamento) ON fase TO piano_responsabile;
CREATE POLICY responsabile ON avanzamento FOR ALL TO piano_responsabile
    USING ((piano_id, obiettivo_id) IN (SELECT * FROM obiettivi_miei(current_user)))
    WITH CHECK ((piano_id, obiettivo_id) IN (SELECT * FROM obiettivi_miei(current_user)));

-- The Nucleo di Valutazione: the validation of the objectives and of the
-- Relazione, nothing else.
GRANT INSERT, UPDATE, DELETE ON validazione TO piano_nucleo;
GRANT UPDATE (validazione_esito, validazione_data, validazione_verbale, validazione_note) ON relazione TO piano_nucleo;
DROP POLICY nucleo ON risultato;
CREATE POLICY nucleo ON validazione FOR ALL TO piano_nucleo
    USING (piano_id IN (SELECT piani_visibili(current_user)))
    WITH CHECK (piano_id IN (SELECT piani_visibili(current_user)));
CREATE POLICY nucleo ON relazione FOR UPDATE TO piano_nucleo
    USING (piano_id IN (SELECT piani_visibili(current_user)))
    WITH CHECK (piano_id IN (SELECT piani_visibili(current_user)));
-- (Scores are the evaluator's: the grant of version 2 goes.)
REVOKE INSERT (punteggio), UPDATE (punteggio) ON risultato FROM piano_responsabile;
