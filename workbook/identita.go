package workbook

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"

	"pianoperformance/model"
)

// What ties a workbook to its plan: the file's identity, written in a
// hidden sheet, and a key per row in a hidden column. Both carry a short
// check code, so a key typed over, cut or pasted from another file is
// known as damaged instead of being read as another row.

// formato names the layout this version writes and reads.
const formato = "piano-performance/scheda-monitoraggio/1"

// identita is the workbook's identity.
type identita struct {
	Formato    string
	Piano      string // the plan file's identity (model.Store.IdentitaPiano)
	Comune     string
	Anno       int
	VerificaID int64
	Verifica   model.Date
	AreaID     int64 // 0: objectives of no Area and the ente's indicators
	Area       string
	Preparata  time.Time
	Entro      model.Date
}

// campi lists the identity as the hidden sheet holds it, key and value.
func (id identita) campi() [][2]string {
	return [][2]string{
		{"formato", id.Formato},
		{"piano", id.Piano},
		{"comune", id.Comune},
		{"anno", strconv.Itoa(id.Anno)},
		{"verifica_id", strconv.FormatInt(id.VerificaID, 10)},
		{"verifica", id.Verifica.ISO()},
		{"area_id", strconv.FormatInt(id.AreaID, 10)},
		{"area", id.Area},
		{"preparata", id.Preparata.UTC().Format(time.RFC3339)},
		{"entro", id.Entro.ISO()},
	}
}

// controllo is the check code of the identity.
func (id identita) controllo() string {
	parts := []string{}
	for _, c := range id.campi() {
		parts = append(parts, c[0], c[1])
	}
	return impronta(parts...)
}

// leggiIdentita rebuilds the identity from the hidden sheet's pairs and
// checks it; the error says, for people, why the file cannot be trusted.
func leggiIdentita(kv map[string]string) (identita, error) {
	var id identita
	bad := fmt.Errorf("i dati nascosti che legano la scheda al piano sono stati modificati o sono incompleti")
	if kv["formato"] != formato {
		if strings.HasPrefix(kv["formato"], "piano-performance/scheda-monitoraggio/") {
			return id, fmt.Errorf("la scheda è stata preparata da un'altra versione del programma (%s): prepararne una nuova", kv["formato"])
		}
		return id, bad
	}
	var err error
	id.Formato, id.Piano, id.Comune, id.Area = kv["formato"], kv["piano"], kv["comune"], kv["area"]
	if id.Anno, err = strconv.Atoi(kv["anno"]); err != nil {
		return id, bad
	}
	if id.VerificaID, err = strconv.ParseInt(kv["verifica_id"], 10, 64); err != nil {
		return id, bad
	}
	if id.AreaID, err = strconv.ParseInt(kv["area_id"], 10, 64); err != nil {
		return id, bad
	}
	if id.Verifica, err = model.ParseISODate(kv["verifica"]); err != nil {
		return id, bad
	}
	if id.Preparata, err = time.Parse(time.RFC3339, kv["preparata"]); err != nil {
		return id, bad
	}
	if kv["entro"] != "" {
		if id.Entro, err = model.ParseISODate(kv["entro"]); err != nil {
			return id, bad
		}
	}
	if id.controllo() != kv["controllo"] {
		return id, bad
	}
	return id, nil
}

// impronta is a short hash of its parts, separated so that ("ab", "c")
// and ("a", "bc") differ.
func impronta(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0x1f})
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// Row kinds, as the first letter of a row key.
type tipoRiga byte

const (
	rigaIndicatore tipoRiga = 'I'
	rigaObiettivo  tipoRiga = 'O'
	rigaFase       tipoRiga = 'F'
)

// chiaveRiga is a row's hidden key: what the row is (kind and ID), a hash
// of the locked context it showed (to notice rows moved apart from their
// key) and a hash of the values it was sent with (to tell what the
// Responsabile changed, and what the program changed meanwhile).
type chiaveRiga struct {
	Tipo     tipoRiga
	ID       int64
	Contesto string
	Inviato  string
}

// testo writes the key with its check code, which also covers the plan
// and the checkpoint, so a row pasted from another workbook is refused.
func (k chiaveRiga) testo(id identita) string {
	body := fmt.Sprintf("%c%d-%s-%s", k.Tipo, k.ID, k.Contesto, k.Inviato)
	return body + "-" + impronta(id.Piano, strconv.FormatInt(id.VerificaID, 10), body)[:8]
}

// leggiChiave parses and checks a row key.
func leggiChiave(s string, id identita) (chiaveRiga, bool) {
	s = strings.TrimSpace(s)
	parts := strings.Split(s, "-")
	if len(parts) != 4 || len(parts[0]) < 2 {
		return chiaveRiga{}, false
	}
	k := chiaveRiga{Tipo: tipoRiga(parts[0][0]), Contesto: parts[1], Inviato: parts[2]}
	switch k.Tipo {
	case rigaIndicatore, rigaObiettivo, rigaFase:
	default:
		return chiaveRiga{}, false
	}
	n, err := strconv.ParseInt(parts[0][1:], 10, 64)
	if err != nil || n <= 0 {
		return chiaveRiga{}, false
	}
	k.ID = n
	return k, k.testo(id) == s
}

// normTesto is a text as compared: spaces at the ends dropped, runs of
// spaces and line ends as one space, the way a reader sees it.
func normTesto(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// improntePerCampo hashes each value apart, six hex digits each, so a
// reader can tell which fields of a row were changed since it was sent.
func improntePerCampo(vv ...string) string {
	var b strings.Builder
	for _, v := range vv {
		b.WriteString(impronta(normTesto(v))[:larghezzaImpronta])
	}
	return b.String()
}

const larghezzaImpronta = 6

// improntaCampo is the hash of field i in a row's per-field hashes; ""
// when the key has fewer fields.
func improntaCampo(all string, i int) string {
	if (i+1)*larghezzaImpronta > len(all) {
		return ""
	}
	return all[i*larghezzaImpronta : (i+1)*larghezzaImpronta]
}

// improntaCampi hashes values compared as a reader would.
func improntaCampi(vv ...string) string {
	n := make([]string, len(vv))
	for i, v := range vv {
		n[i] = normTesto(v)
	}
	return impronta(n...)[:10]
}
