// Package errmsg puts what went wrong in a clerk's words, in one place.
// The program's own messages are Italian already and pass as they are;
// what the system or SQLite say (in English, naming files and functions)
// becomes plain Italian that says what to do.
package errmsg

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
)

// Text is the message for err, "" for nil.
func Text(err error) string {
	if err == nil {
		return ""
	}
	var pe *fs.PathError
	name := ""
	if errors.As(err, &pe) {
		name = filepath.Base(pe.Path)
	}
	switch {
	case errors.Is(err, context.Canceled):
		return "Operazione annullata."
	case errors.Is(err, exec.ErrNotFound):
		return "Su questo computer non c'è un programma che apra questo tipo di file: chiedere all'assistenza informatica di installarne uno (per i PDF, un lettore di PDF)."
	case errors.Is(err, fs.ErrNotExist) && name != "":
		return fmt.Sprintf("Il file «%s» non si trova nella cartella %s: forse è stato spostato, rinominato o cancellato.", name, filepath.Dir(pe.Path))
	case errors.Is(err, fs.ErrPermission) && name != "":
		return fmt.Sprintf("Non si ha il permesso di usare il file «%s»: chiedere all'assistenza informatica, o scegliere un'altra cartella.", name)
	case errors.Is(err, syscall.ENOSPC):
		return "Il disco è pieno: liberare spazio e riprovare. Nulla è stato salvato a metà."
	}
	msg := err.Error()
	for _, m := range sqliteMessages {
		if strings.Contains(msg, m.english) {
			return m.italian
		}
	}
	return msg
}

// sqliteMessages are SQLite's own words, as they reach the program inside
// other errors.
var sqliteMessages = []struct{ english, italian string }{
	{"database disk image is malformed", "Il file del piano è danneggiato. Con File › Ripristina da una copia di sicurezza… lo si rimette com'era all'ultima apertura."},
	{"file is not a database", "Il file non è un piano di questo programma, oppure è danneggiato."},
	{"database is locked", "Il piano è occupato da un altro programma in questo momento: riprovare tra qualche secondo."},
	{"database or disk is full", "Il disco è pieno: liberare spazio e riprovare. Nulla è stato salvato a metà."},
	{"disk I/O error", "Errore di lettura o scrittura sul disco (o sulla cartella di rete): controllare il collegamento e riprovare. Nulla è stato salvato a metà."},
	{"attempt to write a readonly database", "Il file del piano è in sola lettura: chiedere all'assistenza informatica il permesso di scrivere nella cartella."},
	{"unable to open database file", "Il file del piano non si può aprire: la cartella non esiste più o non si ha il permesso di usarla."},
}
