-- Schema version 2: who may do what, enforced by the server. Four group
-- roles; each person is a login role member of one of them, listed in
-- utente with the name the windows show and, for a Responsabile di Area,
-- the name of the Area. `piano server utenti` manages both. Row-level
-- security keeps each person to the plans named by utente.piani (a LIKE
-- pattern of plan keys) and a Responsabile to the readings and notes of
-- the objectives of their Area; column privileges keep each role to its
-- columns. The owner of the schema (who ran `piano server init`) is above
-- all of it.

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['piano_amministratore', 'piano_responsabile', 'piano_nucleo', 'piano_giunta'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- made by another database of the same server
        END;
    END LOOP;
END $$;

CREATE TABLE utente (
    login text PRIMARY KEY,
    nome  text NOT NULL DEFAULT '',
    ruolo text NOT NULL CHECK (ruolo IN ('amministratore', 'responsabile', 'nucleo', 'giunta')),
    area  text NOT NULL DEFAULT '' CHECK ((ruolo = 'responsabile') = (area <> '')),
    piani text NOT NULL DEFAULT '%'
);

-- The plans a person may see, and the Areas and objectives a Responsabile
-- may write, as sets: a policy asks "IN (SELECT …)", which the server
-- computes once per statement, not once per row.
CREATE FUNCTION piani_visibili(chi text) RETURNS SETOF bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = piano, pg_temp AS $$
    SELECT x.id FROM piani x JOIN utente u ON x.chiave LIKE u.piani WHERE u.login = chi
$$;

CREATE FUNCTION piano_ammesso(chiave text, chi text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = piano, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM utente u WHERE u.login = chi AND chiave LIKE u.piani)
$$;

CREATE FUNCTION aree_mie(chi text) RETURNS TABLE (piano_id bigint, area_id bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = piano, pg_temp AS $$
    SELECT a.piano_id, a.id FROM unita a JOIN utente u ON u.login = chi AND u.ruolo = 'responsabile'
    WHERE a.tipo = 'area' AND lower(btrim(a.nome)) = lower(btrim(u.area))
      AND a.piano_id IN (SELECT piani_visibili(chi))
$$;

CREATE FUNCTION obiettivi_miei(chi text) RETURNS TABLE (piano_id bigint, obiettivo_id bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = piano, pg_temp AS $$
    SELECT o.piano_id, o.id FROM obiettivo o JOIN aree_mie(chi) m ON m.piano_id = o.piano_id AND m.area_id = o.area_id
$$;

-- registra_piano counts every record of plan p as changed at once, and
-- tells the windows with a single notice ("t": "*"): a copy or an import
-- replaced the whole plan with the counting off.
CREATE FUNCTION registra_piano(p bigint) RETURNS void
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
            UNION ALL SELECT 'capitolo', id, '' FROM capitolo WHERE piano_id = p
            UNION ALL SELECT 'popolazione', anno, '' FROM popolazione WHERE piano_id = p
            UNION ALL SELECT 'fascia', id, '' FROM fascia_eta WHERE piano_id = p
            UNION ALL SELECT 'unita', id, '' FROM unita WHERE piano_id = p
            UNION ALL SELECT 'personale', anno, '' FROM personale WHERE piano_id = p
            UNION ALL SELECT 'benchmark', id, '' FROM benchmark WHERE piano_id = p
            UNION ALL SELECT 'servizio', id, '' FROM servizio WHERE piano_id = p
            UNION ALL SELECT 'obiettivo', id, '' FROM obiettivo WHERE piano_id = p
            UNION ALL SELECT 'qualita', obiettivo_id, criterio FROM conferma_qualita WHERE piano_id = p
        ) AS r (t, r, s)
    ON CONFLICT DO NOTHING;
    PERFORM pg_notify('piano_modifiche', json_build_object('p', p, 't', '*', 'r', 0, 'u', session_user)::text);
END $$;

-- The owner counts nothing while replacing a plan; so may an
-- amministratore (never to go around a rule: only what registra_piano then
-- counts at once).
CREATE OR REPLACE FUNCTION registra_sospeso() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = piano, pg_temp AS $$
    SELECT session_user = (SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'piano')
        OR EXISTS (SELECT 1 FROM utente WHERE login = session_user AND ruolo = 'amministratore')
$$;

REVOKE ALL ON FUNCTION registra_chiave(bigint, text, bigint, text), registra_piano(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION registra_piano(bigint) TO piano_amministratore;

GRANT USAGE ON SCHEMA piano TO piano_amministratore, piano_responsabile, piano_nucleo, piano_giunta;
GRANT SELECT ON ALL TABLES IN SCHEMA piano TO piano_amministratore, piano_responsabile, piano_nucleo, piano_giunta;
GRANT USAGE ON SEQUENCE ids TO piano_amministratore, piano_responsabile;
GRANT SELECT, UPDATE ON SEQUENCE ids TO piano_amministratore;
GRANT INSERT, UPDATE, DELETE ON piani, ente, piano, capitolo, territorio, frazione, strada, risorsa_idrica,
    popolazione, fascia_eta, popolazione_fascia, unita, personale, benchmark, servizio, servizio_partner,
    obiettivo, obiettivo_unita, obiettivo_anno, indicatore, target, risultato, fase, fase_mese,
    scadenzario, adempimento, conferma_qualita TO piano_amministratore;
GRANT INSERT ON versione TO piano_amministratore;

-- A Responsabile di Area: the progress and notes of an objective, its
-- readings (not their validation), the completion of its phases.
GRANT UPDATE (stato_attuazione, note) ON obiettivo TO piano_responsabile;
GRANT INSERT (piano_id, id, indicatore_id, obiettivo_id, data, valore, raggiungimento, punteggio, finale, note),
    UPDATE (data, valore, raggiungimento, punteggio, finale, note), DELETE ON risultato TO piano_responsabile;
GRANT UPDATE (completata) ON fase TO piano_responsabile;

-- The Nucleo di Valutazione: the validation of the readings.
GRANT UPDATE (validato, data_validazione) ON risultato TO piano_nucleo;

-- Every table of a plan: each person reads the plans utente.piani names;
-- an amministratore writes them. The policies of the other roles follow.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['ente', 'piano', 'capitolo', 'territorio', 'frazione', 'strada', 'risorsa_idrica',
        'popolazione', 'fascia_eta', 'popolazione_fascia', 'unita', 'personale', 'benchmark', 'servizio',
        'servizio_partner', 'obiettivo', 'obiettivo_unita', 'obiettivo_anno', 'indicatore', 'target',
        'risultato', 'fase', 'fase_mese', 'versione', 'scadenzario', 'adempimento', 'conferma_qualita',
        'revisione'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY lettura ON %I FOR SELECT USING (piano_id IN (SELECT piani_visibili(current_user)))', t);
        EXECUTE format('CREATE POLICY amministratore ON %I FOR ALL TO piano_amministratore
            USING (piano_id IN (SELECT piani_visibili(current_user)))
            WITH CHECK (piano_id IN (SELECT piani_visibili(current_user)))', t);
    END LOOP;
END $$;

ALTER TABLE piani ENABLE ROW LEVEL SECURITY;
CREATE POLICY lettura ON piani FOR SELECT USING (piano_ammesso(chiave, current_user));
CREATE POLICY amministratore ON piani FOR ALL TO piano_amministratore
    USING (piano_ammesso(chiave, current_user)) WITH CHECK (piano_ammesso(chiave, current_user));

CREATE POLICY responsabile ON obiettivo FOR UPDATE TO piano_responsabile
    USING ((piano_id, area_id) IN (SELECT * FROM aree_mie(current_user)))
    WITH CHECK ((piano_id, area_id) IN (SELECT * FROM aree_mie(current_user)));
CREATE POLICY responsabile ON risultato FOR ALL TO piano_responsabile
    USING ((piano_id, obiettivo_id) IN (SELECT * FROM obiettivi_miei(current_user)))
    WITH CHECK ((piano_id, obiettivo_id) IN (SELECT * FROM obiettivi_miei(current_user)));
CREATE POLICY responsabile ON fase FOR UPDATE TO piano_responsabile
    USING ((piano_id, obiettivo_id) IN (SELECT * FROM obiettivi_miei(current_user)))
    WITH CHECK ((piano_id, obiettivo_id) IN (SELECT * FROM obiettivi_miei(current_user)));
CREATE POLICY nucleo ON risultato FOR UPDATE TO piano_nucleo
    USING (piano_id IN (SELECT piani_visibili(current_user)))
    WITH CHECK (piano_id IN (SELECT piani_visibili(current_user)));

-- ids_almeno moves the sequence of IDs past n: a record brought back with
-- its old ID (an undo, a copy) is never given to another. Serialised, so
-- the sequence only moves forward.
CREATE FUNCTION ids_almeno(n bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = piano, pg_temp AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(4711);
    IF n > (SELECT last_value FROM ids) THEN
        PERFORM setval('ids', n);
    END IF;
END $$;
REVOKE ALL ON FUNCTION ids_almeno(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ids_almeno(bigint) TO piano_amministratore, piano_responsabile;
