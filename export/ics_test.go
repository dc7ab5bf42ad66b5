package export

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"pianoperformance/assets"
	"pianoperformance/model"
)

func icsOf(t *testing.T, p *model.Plan, oggi model.Date) (string, []model.Scadenza) {
	t.Helper()
	ss := model.Scadenze(p, nil, nil, oggi)
	var b bytes.Buffer
	if err := ICS(&b, p, ss, time.Date(2024, 3, 20, 9, 30, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	return b.String(), ss
}

// unfold joins RFC 5545 continuation lines.
func unfold(s string) []string {
	return strings.Split(strings.TrimSuffix(strings.ReplaceAll(s, "\r\n ", ""), "\r\n"), "\r\n")
}

func icsPlan(t *testing.T) *model.Plan {
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	// The example's year moved on, its monitoring checkpoints with it.
	p.Piano.Anno = 2024
	for i := range p.Verifiche {
		p.Verifiche[i].Data.Year = 2024
	}
	p.Ente.CodiceISTAT = "012001"
	p.Scadenzario.ApprovazioneBilancio = model.DatePtr(2024, 3, 14)
	p.Scadenzario.Adempimenti = []model.Adempimento{{Chiave: "2024/monitoraggio/2024-06-30", Data: model.MustDate(2024, 7, 10),
		Note: "Verbale n. 3; inviato ai Responsabili, al Nucleo e alla Giunta: tutto regolare"}}
	return p
}

func TestICSFormato(t *testing.T) {
	s, ss := icsOf(t, icsPlan(t), model.MustDate(2024, 3, 20))
	if !strings.HasSuffix(s, "\r\n") || strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\n") {
		t.Fatal("righe non terminate da CRLF")
	}
	for _, l := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("riga di %d ottetti: %q", len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("riga piegata dentro un carattere: %q", l)
		}
	}
	lines := unfold(s)
	if lines[0] != "BEGIN:VCALENDAR" || lines[len(lines)-1] != "END:VCALENDAR" {
		t.Fatalf("inizio %q, fine %q", lines[0], lines[len(lines)-1])
	}
	var events, starts, uids []string
	for _, l := range lines {
		switch {
		case l == "BEGIN:VEVENT":
			events = append(events, l)
		case strings.HasPrefix(l, "DTSTART"):
			starts = append(starts, l)
		case strings.HasPrefix(l, "UID:"):
			uids = append(uids, l)
		}
	}
	if len(events) != len(ss) || len(starts) != len(ss) {
		t.Fatalf("%d eventi, %d DTSTART per %d scadenze", len(events), len(starts), len(ss))
	}
	want := []string{
		"DTSTART;VALUE=DATE:20240413", // the plan: 30 days after the budget of 14/03/2024
		"DTSTART;VALUE=DATE:20240730", // monitoring at 30/06
		"DTSTART;VALUE=DATE:20250630", // the Relazione
	}
	for _, w := range want {
		if !strings.Contains(strings.Join(starts, "\n"), w) {
			t.Errorf("manca %s", w)
		}
	}
	if !contains(lines, "UID:2024-piano.istat-012001@pianoperformance") || !contains(lines, "DTEND;VALUE=DATE:20240414") ||
		!contains(lines, "DTSTAMP:20240320T093000Z") || !contains(lines, "SUMMARY:Adozione del Piano 2024–2026") {
		t.Errorf("evento del piano:\n%s", strings.Join(lines, "\n"))
	}
	// Commas, semicolons and new lines are escaped in TEXT values.
	if !strings.Contains(strings.Join(lines, "\n"), `Verbale n. 3\; inviato ai Responsabili\, al Nucleo e alla Giunta: tutto regolare`) {
		t.Error("testo non protetto da \\; e \\,")
	}
	if !strings.Contains(strings.Join(lines, "\n"), `\nFonte: D.Lgs 150/2009 art. 6\n`) {
		t.Error("a capo non scritti come \\n")
	}
	// A done deadline has no reminder; the others have one a week before.
	if n := strings.Count(s, "BEGIN:VALARM"); n != len(ss)-1 {
		t.Errorf("%d promemoria, attesi %d", n, len(ss)-1)
	}

	// UIDs depend on the deadline, not on today's status: re-importing
	// updates the events.
	s2, _ := icsOf(t, icsPlan(t), model.MustDate(2025, 9, 1))
	var uids2 []string
	for _, l := range unfold(s2) {
		if strings.HasPrefix(l, "UID:") {
			uids2 = append(uids2, l)
		}
	}
	if strings.Join(uids, "\n") != strings.Join(uids2, "\n") {
		t.Errorf("UID cambiati con la data:\n%v\n%v", uids, uids2)
	}
	seen := map[string]bool{}
	for _, u := range uids {
		if seen[u] {
			t.Errorf("UID ripetuto %s", u)
		}
		seen[u] = true
	}
	if s == s2 {
		t.Error("lo stato delle scadenze non compare nel calendario")
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestICSSenzaCodiceISTAT(t *testing.T) {
	p := icsPlan(t)
	p.Ente.CodiceISTAT = ""
	p.Ente.Nome = "Sant'Angelo Lodigiano"
	s, _ := icsOf(t, p, model.MustDate(2024, 3, 20))
	if !strings.Contains(s, "UID:2024-piano.sant-angelo-lodigiano@pianoperformance\r\n") {
		t.Errorf("UID senza codice ISTAT:\n%s", s)
	}
}

// An independent parser (Python's icalendar, the library behind many
// calendar tools) reads the file back with the same values.
func TestICSLettoDaUnAltroProgramma(t *testing.T) {
	// Debian's python3-icalendar lives with the system interpreter.
	py := "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import icalendar").Run(); err != nil {
		t.Skip("python3-icalendar non installato: verifica con un lettore indipendente saltata")
	}
	s, ss := icsOf(t, icsPlan(t), model.MustDate(2024, 3, 20))
	path := filepath.Join(t.TempDir(), "scadenze.ics")
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	script := `
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for ev in cal.walk('VEVENT'):
    print(ev.decoded('dtstart').isoformat(), ev['uid'], ev['summary'], sep='|')
    print(ev['description'].replace('\n', '¶'))
`
	out, err := exec.Command(py, "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("icalendar: %v\n%s", err, out)
	}
	got := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(got) != 2*len(ss) {
		t.Fatalf("%d righe per %d eventi:\n%s", len(got), len(ss), out)
	}
	for i, sc := range ss {
		head := strings.Split(got[2*i], "|")
		if head[0] != sc.Data.ISO() || head[2] != sc.Titolo || !strings.HasPrefix(head[1], strings.ReplaceAll(sc.Chiave, "/", "-")) {
			t.Errorf("evento %d letto come %q, atteso %s %s", i, got[2*i], sc.Data.ISO(), sc.Titolo)
		}
		if !strings.Contains(got[2*i+1], "¶Fonte: "+sc.Fonte+"¶") {
			t.Errorf("descrizione letta come %q", got[2*i+1])
		}
	}
}
