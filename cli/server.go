package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
	"pianoperformance/model/postgres"
)

const serverHelp = `
Prepara e amministra un database PostgreSQL che tiene i piani di più comuni
e anni, con un ruolo per ogni persona.

Uso:
  piano server init    --url INDIRIZZO
  piano server utenti  aggiungi --url INDIRIZZO --utente NOME --ruolo RUOLO [--nome "Nome Cognome"] [--area "Area ..."] [--piani MODELLO]
  piano server utenti  elenco   --url INDIRIZZO
  piano server utenti  rimuovi  --url INDIRIZZO --utente NOME
  piano server piani   --url INDIRIZZO

init crea nel database lo schema «piano» e i ruoli di gruppo, oppure lo
aggiorna alla versione di questo programma (ogni passo è tutto o niente).
Va eseguito dall'amministratore del database (il proprietario del database
o un superutente), che resta proprietario dello schema.

utenti aggiunge (o modifica), elenca e rimuove le persone. Ogni persona ha
un proprio utente PostgreSQL con uno di questi ruoli:
  amministratore   Segretario, segreteria: modifica tutto
  responsabile     Responsabile di Area: solo risultati, note, stato di
                   attuazione e completamento delle fasi degli obiettivi
                   della sua Area (--area, il nome dell'Area come nel piano)
  nucleo           Nucleo di Valutazione: solo la validazione
  giunta           consultazione
Il server applica i ruoli: nemmeno una connessione SQL diretta li aggira.
--piani limita i piani che la persona vede, per nome: "albizzate-*" (tutti i
piani di Albizzate); predefinito "*" (tutti).
La password della nuova persona si legge dalla prima riga dello standard
input (almeno 8 caratteri) e arriva al server già cifrata.

piani elenca i piani che l'utente dell'indirizzo può aprire.

INDIRIZZO è postgres://utente@server:porta/database (senza password). La
password dell'amministratore si dà con la variabile PGPASSWORD o il file
~/.pgpass, come per gli strumenti di PostgreSQL.

Esempi:
  PGPASSWORD=... piano server init --url postgres://postgres@db.comune.local/piani
  echo 'una-password-lunga' | piano server utenti aggiungi --url postgres://postgres@db.comune.local/piani \
      --utente mrossi --nome "Maria Rossi" --ruolo responsabile --area "Area Tecnica" --piani "albizzate-*"
`

func runServer(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usagef("indicare un'operazione: init, utenti o piani")
	}
	switch args[0] {
	case "-h", "-help", "--help":
		fmt.Fprint(stdout, strings.TrimLeft(serverHelp, "\n"))
		return errHelp
	case "init":
		return serverInit(args[1:], stdout)
	case "utenti":
		if len(args) < 2 {
			return usagef("indicare aggiungi, elenco o rimuovi")
		}
		switch args[1] {
		case "aggiungi":
			return utentiAggiungi(args[2:], stdout)
		case "elenco":
			return utentiElenco(args[2:], stdout)
		case "rimuovi":
			return utentiRimuovi(args[2:], stdout)
		}
		return usagef("operazione %q sconosciuta: aggiungi, elenco o rimuovi", args[1])
	case "piani":
		return serverPiani(args[1:], stdout)
	}
	return usagef("operazione %q sconosciuta: init, utenti o piani", args[0])
}

// adminConn parses --url and connects as the database's administrator.
func adminConn(name string, args []string, stdout io.Writer, more func(fs *flags)) (*pgx.Conn, postgres.Address, error) {
	fs := newFlags(name, serverHelp, stdout)
	url := fs.String("url", "", "")
	if more != nil {
		more(fs)
	}
	if err := parseNoArgs(fs, args); err != nil {
		return nil, postgres.Address{}, err
	}
	if *url == "" {
		return nil, postgres.Address{}, usagef("indicare il database con --url postgres://utente@server/database")
	}
	addr, err := postgres.ParseAddress(*url, false)
	if err != nil {
		return nil, addr, usagef("%v", err)
	}
	conn, err := pgx.Connect(context.Background(), addr.Server())
	if err != nil {
		return nil, addr, fmt.Errorf("connessione %s non riuscita: %v", addr.Where(), err)
	}
	return conn, addr, nil
}

func serverInit(args []string, stdout io.Writer) error {
	conn, addr, err := adminConn("server init", args, stdout, nil)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	if err := postgres.Migrate(context.Background(), conn); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Il database %s è pronto per il Piano della Performance (%s).\n", addr.Database, addr.Where())
	return nil
}

func utentiAggiungi(args []string, stdout io.Writer) error {
	var u postgres.Utente
	var ruolo string
	conn, _, err := adminConn("server utenti aggiungi", args, stdout, func(fs *flags) {
		fs.StringVar(&u.Login, "utente", "", "")
		fs.StringVar(&u.Nome, "nome", "", "")
		fs.StringVar(&ruolo, "ruolo", "", "")
		fs.StringVar(&u.Area, "area", "", "")
		fs.StringVar(&u.Piani, "piani", "*", "")
	})
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	u.Ruolo = model.RuoloAccesso(ruolo)
	if err := u.Validate(); err != nil {
		return usagef("%v", err)
	}
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil && line == "" {
		return fmt.Errorf("scrivere la password della nuova persona sulla prima riga dello standard input")
	}
	password := strings.TrimRight(line, "\r\n")
	if err := postgres.AddUser(context.Background(), conn, u, password); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Utente %s (%s) registrato come %s.\n", u.Login, u.Nome, u.Ruolo.Label())
	return nil
}

func utentiElenco(args []string, stdout io.Writer) error {
	conn, _, err := adminConn("server utenti elenco", args, stdout, nil)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	users, err := postgres.Users(context.Background(), conn)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "UTENTE\tNOME\tRUOLO\tAREA\tPIANI")
	for _, u := range users {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", u.Login, u.Nome, u.Ruolo.Label(), u.Area, u.Piani)
	}
	return tw.Flush()
}

func utentiRimuovi(args []string, stdout io.Writer) error {
	var login string
	conn, _, err := adminConn("server utenti rimuovi", args, stdout, func(fs *flags) { fs.StringVar(&login, "utente", "", "") })
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	if login == "" {
		return usagef("indicare l'utente da rimuovere con --utente")
	}
	if err := postgres.RemoveUser(context.Background(), conn, login); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Utente %s rimosso.\n", login)
	return nil
}

func serverPiani(args []string, stdout io.Writer) error {
	fs := newFlags("server piani", serverHelp, stdout)
	url := fs.String("url", "", "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	addr, err := postgres.ParseAddress(*url, false)
	if err != nil {
		return usagef("%v", err)
	}
	plans, err := postgres.Plans(context.Background(), addr, "")
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PIANO\tENTE\tANNO\tSTATO\tTITOLO")
	for _, p := range plans {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\n", p.Chiave, p.Ente, p.Anno, p.Stato, p.Titolo)
	}
	return tw.Flush()
}
