package model

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// TipoVersione tells the Giunta's adoption of the plan from a later
// variation (D.Lgs 150/2009 art. 10 c.3).
type TipoVersione string

const (
	VersioneAdozione   TipoVersione = "adozione"
	VersioneVariazione TipoVersione = "variazione"
)

// Versione is a frozen copy of the plan: as adopted (Numero 1) or as varied
// by a later resolution (Numero 2, 3…). The copy itself is the plan's JSON
// (MarshalPlan), kept by the store and never changed; this is its label.
type Versione struct {
	Numero int          `json:"numero"`
	Tipo   TipoVersione `json:"tipo"`
	Atto   Atto         `json:"atto"`
	// Motivo is why the plan was varied; empty for the adoption.
	Motivo string `json:"motivo,omitempty"`
	// Registrata is when the program froze the copy (UTC).
	Registrata time.Time `json:"registrata"`
	// Impronta is the SHA-256 of the frozen JSON, in hex: whoever holds a
	// copy of the published file can check it is the adopted text.
	Impronta string `json:"impronta"`
}

// Etichetta names the version for people: "Adozione", "Variazione n. 2".
// Variations are counted from 1, so version 3 is "Variazione n. 2".
func (v Versione) Etichetta() string {
	if v.Tipo == VersioneAdozione {
		return "Adozione"
	}
	return fmt.Sprintf("Variazione n. %d", v.Numero-1)
}

// Dicitura is the line printed on documents made from the version:
// "come adottato con delibera di Giunta comunale n. 12 del 31/01/2024".
func (v Versione) Dicitura() string {
	verb := "come adottato con "
	if v.Tipo == VersioneVariazione {
		verb = "come variato con "
	}
	return verb + v.Atto.Testo()
}

// Testo writes the act for sentences: "delibera di Giunta comunale n. 12
// del 31/01/2024"; missing parts are left out.
func (a Atto) Testo() string {
	s := "delibera"
	if o := strings.TrimSpace(a.Organo); o != "" {
		s += " di " + o
	}
	if n := strings.TrimSpace(a.Numero); n != "" {
		s += " n. " + n
	}
	if a.Data != nil && !a.Data.IsZero() {
		s += " del " + a.Data.String()
	}
	return s
}

// OrganoGiunta is the organ that adopts the plan unless the comune says
// otherwise (DPR 81/2022; TUEL art. 48).
const OrganoGiunta = "Giunta comunale"

// ValidaAtto checks a resolution before it is recorded: the organ, the
// number and the date are all needed, since the portal and Amministrazione
// trasparente publish them.
func ValidaAtto(a Atto) error {
	var miss []string
	if strings.TrimSpace(a.Organo) == "" {
		miss = append(miss, "l'organo che ha deliberato (ad esempio Giunta comunale)")
	}
	if strings.TrimSpace(a.Numero) == "" {
		miss = append(miss, "il numero della delibera")
	}
	if a.Data == nil || a.Data.IsZero() {
		miss = append(miss, "la data della delibera")
	}
	if len(miss) > 0 {
		return fmt.Errorf("Indicare %s.", strings.Join(miss, ", "))
	}
	return nil
}

// Errors of the adoption and variation rules; the store returns them
// wrapped with a message that names the resolution.
var (
	ErrGiaAdottato    = errors.New("il piano è già stato adottato")
	ErrNonAdottato    = errors.New("il piano non è ancora stato adottato")
	ErrNessunaMod     = errors.New("nessuna modifica da registrare")
	ErrVersioneIgnota = errors.New("versione inesistente")
)

// ControllaNuovaVersione applies the rules for freezing a new version after
// the versions already recorded (oldest first): adoption only once and
// first, a variation only after it, a new resolution (not one already
// recorded) dated no earlier than the last one, a reason for a variation.
// prev and cur are the last frozen plan and the plan now; a variation
// needs some difference between them. It returns the new version's label,
// without time and fingerprint, which the store sets.
func ControllaNuovaVersione(vv []Versione, tipo TipoVersione, a Atto, motivo string, prev, cur *Plan) (Versione, error) {
	if err := ValidaAtto(a); err != nil {
		return Versione{}, err
	}
	v := Versione{Numero: len(vv) + 1, Tipo: tipo, Atto: a, Motivo: strings.TrimSpace(motivo)}
	switch tipo {
	case VersioneAdozione:
		if len(vv) > 0 {
			return Versione{}, fmt.Errorf("%w con %s: le modifiche successive si registrano come variazione", ErrGiaAdottato, vv[0].Atto.Testo())
		}
		v.Motivo = ""
		return v, nil
	case VersioneVariazione:
	default:
		return Versione{}, fmt.Errorf("tipo di versione %q sconosciuto", tipo)
	}
	if len(vv) == 0 {
		return Versione{}, fmt.Errorf("%w: prima di registrare una variazione occorre registrare la delibera di adozione", ErrNonAdottato)
	}
	if v.Motivo == "" {
		return Versione{}, errors.New("Indicare il motivo della variazione.")
	}
	last := vv[len(vv)-1]
	for _, o := range vv {
		if sameAtto(o.Atto, a) {
			return Versione{}, fmt.Errorf("La %s è già registrata (%s).", a.Testo(), strings.ToLower(o.Etichetta()))
		}
	}
	if last.Atto.Data != nil && a.Data.Before(*last.Atto.Data) {
		return Versione{}, fmt.Errorf("La data della delibera (%s) precede quella della versione precedente (%s del %s).",
			a.Data, strings.ToLower(last.Etichetta()), last.Atto.Data)
	}
	if len(Confronta(prev, cur)) == 0 {
		return Versione{}, fmt.Errorf("%w: il piano è identico alla versione precedente (%s)", ErrNessunaMod, strings.ToLower(last.Etichetta()))
	}
	return v, nil
}

// Congela prepares the freezing of cur, the plan as it stands, as a new
// version after vv (prev being the last one frozen): the rules of
// ControllaNuovaVersione, the plan's description once adopted or varied
// (which the store saves), and the canonical JSON to freeze with its
// fingerprint. Every store freezes through it, so the frozen text is the
// same whatever the store. cur's description is set to the new one.
func Congela(vv []Versione, tipo TipoVersione, a Atto, motivo string, prev, cur *Plan, now time.Time) (Versione, []byte, error) {
	v, err := ControllaNuovaVersione(vv, tipo, a, motivo, prev, cur)
	if err != nil {
		return Versione{}, nil, err
	}
	cur.Piano = PianoAdottato(cur.Piano, slices.Concat(vv, []Versione{v}))
	if err := cur.Validate(); err != nil {
		return Versione{}, nil, fmt.Errorf("il piano contiene dati da correggere prima di congelarne il testo: %w", err)
	}
	b, err := MarshalPlan(cur)
	if err != nil {
		return Versione{}, nil, err
	}
	// What is frozen must read back: never store a copy that cannot be opened.
	if _, err := UnmarshalPlan(b); err != nil {
		return Versione{}, nil, fmt.Errorf("il testo del piano non si rilegge: %w", err)
	}
	sum := sha256.Sum256(b)
	v.Registrata, v.Impronta = now.UTC().Truncate(time.Second), hex.EncodeToString(sum[:])
	return v, b, nil
}

// VerificaImpronta refuses a frozen text that no longer matches the
// fingerprint recorded with it.
func VerificaImpronta(numero int, testo []byte, impronta string) error {
	if sum := sha256.Sum256(testo); hex.EncodeToString(sum[:]) != impronta {
		return fmt.Errorf("la versione n. %d è stata alterata: il testo non corrisponde più alla sua impronta", numero)
	}
	return nil
}

func sameAtto(a, b Atto) bool {
	return strings.EqualFold(strings.TrimSpace(a.Organo), strings.TrimSpace(b.Organo)) &&
		strings.EqualFold(strings.TrimSpace(a.Numero), strings.TrimSpace(b.Numero)) &&
		a.Data != nil && b.Data != nil && *a.Data == *b.Data
}

// PianoAdottato is the plan's description once vv (oldest first, the new
// version last) are frozen: adopted after the first, varied after the
// others, and always with the adoption's act as its approval act, which
// the cover and the sheets print.
func PianoAdottato(pi Piano, vv []Versione) Piano {
	if len(vv) == 0 {
		return pi
	}
	pi.Stato = StatoAdottato
	if len(vv) > 1 {
		pi.Stato = StatoVariato
	}
	pi.Approvazione = vv[0].Atto
	pi.Approvazione.Data = cloneDate(vv[0].Atto.Data)
	return pi
}

func cloneDate(d *Date) *Date {
	if d == nil {
		return nil
	}
	c := *d
	return &c
}
