package model

import (
	"context"
	"fmt"
)

// Copying a plan from one store to another (a plan file to a database
// server and back): the plan itself, and its frozen versions exactly as
// recorded, which the plan's JSON does not carry.

// VersioneRegistrata is a frozen version with its text byte for byte.
type VersioneRegistrata struct {
	Versione
	Testo []byte
}

// Archivista is a Writer that takes a plan's frozen versions as they were
// recorded elsewhere, time and fingerprint included. Only a plan with no
// versions takes them, each checked against its fingerprint.
type Archivista interface {
	ImportaVersioni(vv []VersioneRegistrata) error
}

// Copia is all that a copy of a plan holds: the plan, its frozen versions
// with their texts, and its history (the lines get new IDs where written).
type Copia struct {
	Plan     *Plan
	Versioni []VersioneRegistrata
	Storico  []EventoStorico
}

// LeggiCopia reads, in one snapshot, all that a copy of the plan holds.
func LeggiCopia(ctx context.Context, st Store) (*Copia, error) {
	c := &Copia{Plan: &Plan{}}
	err := st.Read(ctx, func(r Reader) error {
		if err := r.ReadParts(c.Plan, AllParts); err != nil {
			return err
		}
		vv, err := r.Versioni()
		if err != nil {
			return err
		}
		for _, v := range vv {
			b, err := r.TestoVersione(v.Numero)
			if err != nil {
				return err
			}
			c.Versioni = append(c.Versioni, VersioneRegistrata{v, b})
		}
		c.Storico, err = r.Storico()
		return err
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// ScriviCopia writes the frozen versions and the history of a copy into
// st, a plan just made from c.Plan, in one transaction.
func ScriviCopia(ctx context.Context, st Store, c *Copia) error {
	if len(c.Versioni) == 0 && len(c.Storico) == 0 {
		return nil
	}
	return st.Write(ctx, func(w Writer) error {
		if cw, ok := w.(checkedWriter); ok {
			w = cw.Writer
		}
		if len(c.Versioni) > 0 {
			a, ok := w.(Archivista)
			if !ok {
				return fmt.Errorf("l'archivio di destinazione non può ricevere le versioni adottate del piano")
			}
			if err := a.ImportaVersioni(c.Versioni); err != nil {
				return fmt.Errorf("copia delle versioni adottate non riuscita: %w", err)
			}
		}
		for _, e := range c.Storico {
			e.ID = 0
			if err := w.RegistraStorico(&e); err != nil {
				return fmt.Errorf("copia dello storico non riuscita: %w", err)
			}
		}
		return nil
	})
}

// ControllaVersioniImportate checks versions to import: numbered from 1
// without gaps, an adoption first, each text matching its fingerprint.
func ControllaVersioniImportate(vv []VersioneRegistrata) error {
	for i, v := range vv {
		if v.Numero != i+1 || (v.Numero == 1) != (v.Tipo == VersioneAdozione) {
			return fmt.Errorf("le versioni da copiare non sono in sequenza (la %d è %s n. %d)", i+1, v.Tipo, v.Numero)
		}
		if err := VerificaImpronta(v.Numero, v.Testo, v.Impronta); err != nil {
			return err
		}
	}
	return nil
}
