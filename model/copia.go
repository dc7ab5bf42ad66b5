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

// LeggiCopia reads, in one snapshot, all that a copy of the plan holds:
// the plan and its frozen versions with their texts.
func LeggiCopia(ctx context.Context, st Store) (*Plan, []VersioneRegistrata, error) {
	p := &Plan{}
	var out []VersioneRegistrata
	err := st.Read(ctx, func(r Reader) error {
		if err := r.ReadParts(p, AllParts); err != nil {
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
			out = append(out, VersioneRegistrata{v, b})
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return p, out, nil
}

// ScriviVersioni writes frozen versions into st, a plan just made from
// the same copy, in one transaction.
func ScriviVersioni(ctx context.Context, st Store, vv []VersioneRegistrata) error {
	if len(vv) == 0 {
		return nil
	}
	return st.Write(ctx, func(w Writer) error {
		if c, ok := w.(checkedWriter); ok {
			w = c.Writer
		}
		a, ok := w.(Archivista)
		if !ok {
			return fmt.Errorf("l'archivio di destinazione non può ricevere le versioni adottate del piano")
		}
		return a.ImportaVersioni(vv)
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
