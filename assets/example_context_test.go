package assets

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"pianoperformance/model"
)

func TestExampleTerritory(t *testing.T) {
	s := findSection(t, reference(t), "IL CONTESTO TERRITORIALE")
	tr := example(t).Territorio
	// The data block: each caption is followed by its value.
	value := map[string]string{}
	var caption string
	for _, l := range s.lines {
		n := norm(l)
		switch {
		case isBold(l): // a caption, perhaps broken over two lines
			caption = strings.TrimSuffix(n, ":")
		case strings.HasSuffix(strings.TrimSpace(l), "**"):
			caption = strings.TrimSuffix(caption+" "+n, ":")
		case n != "" && caption != "" && !strings.Contains(l, "\t"):
			value[caption], caption = n, ""
		}
	}
	want := map[string]string{
		"Latitudine":          tr.Latitudine,
		"Longitudine":         tr.Longitudine,
		"Superficie":          strings.ReplaceAll(strconv.FormatFloat(tr.SuperficieTotale, 'f', 2, 64), ".", ",") + " Km²",
		"Densità demografica": "1.363,18 ab/Km²",
		"Risorse idriche":     tr.RisorseIdriche[0].Tipo + " " + strconv.Itoa(tr.RisorseIdriche[0].Numero),
	}
	for k, w := range want {
		if value[k] != w {
			t.Errorf("territorio, %s: documento %q, esempio %q", k, value[k], w)
		}
	}
	if d := tr.DensitaStampata; d == nil || model.FormatNumber(*d, 2)+" ab/Km²" != value["Densità demografica"] {
		t.Errorf("densità stampata %v, documento %q", d, value["Densità demografica"])
	}
	if len(tr.RisorseIdriche) != 1 {
		t.Errorf("risorse idriche: %v", tr.RisorseIdriche)
	}

	rows := table(t, s, "Provinciali")
	if len(rows) != len(tr.Strade) {
		t.Fatalf("strade: %d nel documento, %d nell'esempio", len(rows), len(tr.Strade))
	}
	for i, r := range rows {
		if tr.Strade[i].Tipo != r[0] || tr.Strade[i].Km != num(t, r[1]) {
			t.Errorf("strada %d: esempio %+v, documento %q", i+1, tr.Strade[i], r)
		}
	}

	prose := strings.Join(paragraphs(s), " ")
	m := regexp.MustCompile(`località di (\w+), (\w+), (\w+) e (\w+)\.`).FindStringSubmatch(prose)
	if m == nil || !slices.Equal(m[1:], tr.Frazioni) {
		t.Errorf("frazioni %q, documento %q", tr.Frazioni, m)
	}
	for _, w := range []string{"all'interno della " + tr.RegioneAgraria + ".", "superficie urbana di " + model.FormatNumber(tr.SuperficieUrbana, 2) + " Km²",
		"altitudine di m. " + strconv.Itoa(tr.Altitudine), "(con riferimento alla " + tr.AltitudineRiferimento + ")"} {
		if !strings.Contains(prose, w) {
			t.Errorf("territorio: %q non è nel testo del documento", w)
		}
	}
}

func TestExamplePopulation(t *testing.T) {
	s := findSection(t, reference(t), "IL CONTESTO SOCIO DEMOGRAFICO")
	p := example(t)
	rows := table(t, s, "ANNO RESIDENTI")[1:]
	if len(rows) != 9 || len(p.Popolazione) != 9 {
		t.Fatalf("popolazione: %d righe nel documento, %d nell'esempio", len(rows), len(p.Popolazione))
	}
	for i, r := range rows {
		e := p.Popolazione[i]
		got := []int{e.Anno, e.Residenti, e.Maschi, e.Femmine, e.Famiglie, e.Immigrati, e.Emigrati, e.Nati, e.Morti}
		for j, w := range got {
			if integer(t, r[j]) != w {
				t.Errorf("popolazione %s, colonna %d: documento %s, esempio %d", r[0], j+1, r[j], w)
			}
		}
		if v := strings.Trim(r[9], "- "); v == "" {
			if e.VariazioneStampata != nil {
				t.Errorf("popolazione %s: variazione non stampata ma presente nell'esempio", r[0])
			}
		} else if e.VariazioneStampata == nil || *e.VariazioneStampata != integer(t, r[9]) {
			t.Errorf("popolazione %s: variazione stampata %q, esempio %v", r[0], r[9], e.VariazioneStampata)
		}
	}
	// The same figures printed again: males and females, movements of 2022.
	for _, r := range table(t, s, "ANNO MASCHI FEMMINE")[1:] {
		e, ok := p.PopolazioneDi(integer(t, r[0]))
		if !ok || e.Maschi != integer(t, r[1]) || e.Femmine != integer(t, r[2]) {
			t.Errorf("maschi/femmine %q, esempio %+v", r, e)
		}
	}
	last, _ := p.PopolazioneDi(2022)
	mov := map[string]int{"Nati nell'anno": last.Nati, "Deceduti nell'anno": last.Morti, "Immigrati nell'anno": last.Immigrati, "Emigrati nell'anno": last.Emigrati}
	for _, r := range table(t, s, "Variazioni anagrafiche Anno 2022")[1:] {
		if w, ok := mov[r[0]]; !ok || w != integer(t, r[1]) {
			t.Errorf("variazioni 2022 %q, esempio %d", r, w)
		}
		delete(mov, r[0])
	}
	if len(mov) != 0 {
		t.Errorf("variazioni 2022 non trovate: %v", mov)
	}

	bands := table(t, s, "Fasce di età")[1:]
	if len(bands) != 5 || len(p.Fasce) != 5 || len(p.PopolazioneFasce) != 10 {
		t.Fatalf("fasce: %d nel documento, %d fasce e %d conteggi nell'esempio", len(bands), len(p.Fasce), len(p.PopolazioneFasce))
	}
	limits := regexp.MustCompile(`\((?:(\d+)-(\d+)|oltre (\d+)) anni\)$`)
	for i, r := range bands {
		f := p.Fasce[i]
		if f.Nome != r[0] {
			t.Errorf("fascia %d: %q, documento %q", i+1, f.Nome, r[0])
		}
		m := limits.FindStringSubmatch(r[0])
		switch {
		case m == nil:
			t.Errorf("fascia %q: limiti d'età illeggibili", r[0])
		case m[3] != "": // "oltre 65": from 66, no upper limit
			if f.EtaMin == nil || *f.EtaMin != integer(t, m[3])+1 || f.EtaMax != nil {
				t.Errorf("fascia %q: limiti %s-%s", r[0], show(f.EtaMin), show(f.EtaMax))
			}
		default:
			if f.EtaMin == nil || f.EtaMax == nil || *f.EtaMin != integer(t, m[1]) || *f.EtaMax != integer(t, m[2]) {
				t.Errorf("fascia %q: limiti %s-%s", r[0], show(f.EtaMin), show(f.EtaMax))
			}
		}
		for j, anno := range []int{2021, 2022} {
			found := false
			for _, c := range p.PopolazioneFasce {
				if c.FasciaID == f.ID && c.Anno == anno {
					found = c.Residenti == integer(t, r[j+1])
				}
			}
			if !found {
				t.Errorf("fascia %q, %d: atteso %s residenti", r[0], anno, r[j+1])
			}
		}
	}
}
