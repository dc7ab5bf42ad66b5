package assets

import (
	"slices"
	"strings"
	"testing"

	"pianoperformance/model"
)

// Headings of the reference that introduce tables only, not a chapter.
var notChapters = map[string]bool{"": true, "I DIPENDENTI DAL 2017 AL 2022 DISTINTI PER SESSO:": true}

// paragraphs are the prose lines of a section: table rows, wholly bold
// captions and blanks are not prose. The territorial chapter's data block
// starts at its first caption, the objectives at their first table row; the
// services section's bullets are the services themselves.
func paragraphs(s section) []string {
	var out []string
	for _, l := range s.lines {
		tab := strings.Contains(l, "\t")
		if (s.heading == "IL CONTESTO TERRITORIALE" && isBold(l)) || (s.heading == "GLI INDIRIZZI E GLI OBIETTIVI STRATEGICI" && tab) {
			break
		}
		if tab || isBold(l) || norm(l) == "" || (s.heading == "SERVIZI/FUNZIONI GESTITI IN FORMA ASSOCIATA" && strings.HasPrefix(l, "- ")) {
			continue
		}
		p := norm(l)
		if strings.HasPrefix(p, "- -") { // the source's "- -con": one bullet
			p = "- " + strings.TrimSpace(p[3:])
		}
		out = append(out, p)
	}
	return out
}

// boldSentences are the captions of a section, which a chapter may keep.
func boldSentences(s section) []string {
	var out []string
	for _, l := range s.lines {
		if isBold(l) && !strings.Contains(l, "\t") {
			out = append(out, norm(l))
		}
	}
	return out
}

func TestExampleChaptersHoldEveryParagraph(t *testing.T) {
	secs := reference(t)
	p := example(t)
	var headings []string
	for _, s := range secs {
		if !notChapters[s.heading] {
			headings = append(headings, s.heading)
		}
	}
	var titles []string
	for _, c := range p.Capitoli {
		titles = append(titles, strings.ToUpper(c.Titolo))
	}
	if !slices.Equal(headings, titles) {
		t.Fatalf("capitoli:\n got %q\nwant %q", titles, headings)
	}
	for i, c := range p.Capitoli {
		s := findSection(t, secs, headings[i])
		var got []string
		for _, l := range strings.Split(c.Testo, "\n") {
			if strings.TrimSpace(l) != "" {
				got = append(got, l)
			}
		}
		want := paragraphs(s)
		// Every paragraph of the source, in order; nothing that is not in it
		// (a chapter may keep a caption sentence of its own section).
		j := 0
		for _, l := range got {
			if j < len(want) && l == want[j] {
				j++
			} else if !slices.Contains(boldSentences(s), l) {
				t.Errorf("capitolo %q: riga non presente nel documento (o fuori ordine):\n%s", c.Titolo, l)
			}
		}
		if j < len(want) {
			t.Errorf("capitolo %q: manca il paragrafo\n%s", c.Titolo, want[j])
		}
		if strings.Contains(c.Testo, "\n\n\n") || strings.TrimSpace(c.Testo) != c.Testo {
			t.Errorf("capitolo %q: paragrafi separati da più di una riga vuota o spazi ai bordi", c.Titolo)
		}
	}
	anchors := map[string]string{}
	for _, c := range p.Capitoli {
		if c.Sezione != "" {
			anchors[c.Sezione] = c.Titolo
		}
	}
	for _, a := range []string{model.SezioneTerritorio, model.SezionePopolazione, model.SezioneOrganizzazione, model.SezioneServizi, model.SezioneObiettivi} {
		if anchors[a] == "" {
			t.Errorf("nessun capitolo introduce la sezione %q", a)
		}
	}
}

func TestExampleCoverAndServices(t *testing.T) {
	secs := reference(t)
	p := example(t)
	cover := strings.Join(paragraphsOrBold(secs[0]), "\n")
	for _, want := range []string{"COMUNE DI " + strings.ToUpper(p.Ente.Nome), "Provincia di " + p.Ente.Provincia,
		strings.ToUpper(p.Piano.Sezione), p.Piano.Sottosezione, "2023"} {
		if !strings.Contains(cover, want) {
			t.Errorf("copertina: %q non trovato", want)
		}
	}
	if p.Piano.Anno != 2023 || p.Piano.AnnoInizio != 2023 || p.Piano.AnnoFine != 2025 || p.Piano.Stato != model.StatoAdottato {
		t.Errorf("piano: %+v", p.Piano)
	}

	s := findSection(t, secs, "SERVIZI/FUNZIONI GESTITI IN FORMA ASSOCIATA")
	var n int
	for _, l := range s.lines {
		if !strings.HasPrefix(l, "- ") {
			continue
		}
		title, descr, ok := strings.Cut(norm(l[2:]), ": ")
		if !ok || n >= len(p.Servizi) {
			t.Fatalf("servizio associato in più o illeggibile: %s", l)
		}
		sv := p.Servizi[n]
		n++
		if sv.Titolo != title || sv.Descrizione != descr {
			t.Errorf("servizio %d:\n got %q: %q\nwant %q: %q", n, sv.Titolo, sv.Descrizione, title, descr)
		}
		for _, who := range sv.Partner {
			if !strings.Contains(descr, who) {
				t.Errorf("servizio %q: il partner %q non è nel testo", title, who)
			}
		}
		dotted := func(d *model.Date) string { return strings.ReplaceAll(d.String(), "/", ".") }
		if sv.DataSottoscrizione == nil || !strings.Contains(descr, "in data "+dotted(sv.DataSottoscrizione)) {
			t.Errorf("servizio %q: data di sottoscrizione %v non nel testo", title, sv.DataSottoscrizione)
		}
		if (sv.Scadenza == nil) != sv.DurataIllimitata || (sv.Scadenza != nil && !strings.Contains(descr, "fino al "+dotted(sv.Scadenza))) ||
			(sv.DurataIllimitata && !strings.Contains(descr, "durata illimitata")) {
			t.Errorf("servizio %q: scadenza %v / durata illimitata %v non corrispondono al testo", title, sv.Scadenza, sv.DurataIllimitata)
		}
	}
	if n != 2 || len(p.Servizi) != 2 {
		t.Errorf("servizi associati: %d nel documento, %d nel piano", n, len(p.Servizi))
	}
}

func paragraphsOrBold(s section) []string {
	var out []string
	for _, l := range s.lines {
		if n := norm(l); n != "" {
			out = append(out, n)
		}
	}
	return out
}
