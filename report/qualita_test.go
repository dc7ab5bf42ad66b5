package report

import (
	"bytes"
	"strings"
	"testing"

	"pianoperformance/model"
)

func TestQualitaStampata(t *testing.T) {
	p := fixturePlan()
	o := p.Obiettivi[0]
	p.ConfermeQualita = []model.ConfermaQualita{{ObiettivoID: o.ID, Criterio: model.QualitaRilevante, Esito: true, Note: "Priorità della linea 2 del DUP"}}
	var b bytes.Buffer
	if err := WriteQualita(&b, p, Options{Printed: printed}); err != nil {
		t.Fatal(err)
	}
	saveStampa(t, "qualita.pdf", b.Bytes())
	checkPages(t, "qualità", pdfToText(t, b.Bytes(), "-layout"))
	raw := squash(strings.Join(pdfToText(t, b.Bytes(), "-raw"), "\n"))
	for _, want := range []string{"QUALITÀ DEGLI OBIETTIVI — D.LGS 150/2009 ART. 5 C.2", "Esito per requisito",
		"art. 5 c.2 lett. b", "Requisiti di ciascun obiettivo", "Requisiti mancanti e valutazioni dell'ente",
		"Sì (conf.)", "Priorità della linea 2 del DUP", "nessun valore di partenza né confronto con gli anni precedenti"} {
		if !strings.Contains(raw, squash(want)) {
			t.Errorf("manca %q", want)
		}
	}
	for _, info := range model.CriteriQualita {
		if !strings.Contains(raw, squash(info.Testo)) {
			t.Errorf("manca il requisito %q", info.Titolo)
		}
	}
	for _, o := range p.Obiettivi {
		if !strings.Contains(raw, squash(o.Codice)) {
			t.Errorf("manca l'obiettivo %s", o.Codice)
		}
	}
}
