package report

import (
	"fmt"

	"pianoperformance/model"
)

// dicituraVersione is the line printed on every page of a document made
// from a frozen version: "Testo come adottato con delibera di Giunta
// comunale n. 12 del 31/01/2024 (versione n. 1)"; "" for the current plan.
func dicituraVersione(v *model.Versione) string {
	if v == nil {
		return ""
	}
	return fmt.Sprintf("Testo %s (versione n. %d)", v.Dicitura(), v.Numero)
}
