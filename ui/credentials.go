package ui

import (
	"errors"

	"github.com/zalando/go-keyring"
)

// Passwords of database servers are kept in the operating system's
// credential store (Windows Credential Manager; the Secret Service on
// Linux), never in a file of the program: one per server address (user,
// server, port and database, without the plan). The tests use the
// library's own stand-in (keyring.MockInit).

const keyringService = "Piano della Performance"

// savedPassword is the password kept for server, "" if none.
func savedPassword(server string) string {
	pw, err := keyring.Get(keyringService, server)
	if err != nil {
		return ""
	}
	return pw
}

// savePassword keeps the password of server.
func savePassword(server, password string) error {
	if err := keyring.Set(keyringService, server, password); err != nil {
		return errors.New("la password non è stata ricordata: su questo computer il portachiavi del sistema non è disponibile, e al prossimo accesso verrà chiesta di nuovo")
	}
	return nil
}

// forgetPassword removes a kept password, for instance a wrong one.
func forgetPassword(server string) { _ = keyring.Delete(keyringService, server) }
