package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"pianoperformance/model"
)

// ICS writes the deadlines as an iCalendar file (RFC 5545) that Outlook,
// Thunderbird and phone calendars import: one all-day event per deadline,
// with its legal source and status in the description and a reminder a
// week before those not yet done. Each event's UID depends only on the
// comune and the deadline, so importing the file again updates the events
// instead of doubling them. stamp is the DTSTAMP (when the file was made).
func ICS(w io.Writer, p *model.Plan, ss []model.Scadenza, stamp time.Time) error {
	if p == nil {
		return fmt.Errorf("nessun piano per il calendario")
	}
	bw := bufio.NewWriter(w)
	iw := &icsWriter{w: bw}
	comune := strings.TrimSpace(p.Ente.Nome)
	iw.line("BEGIN:VCALENDAR")
	iw.line("VERSION:2.0")
	iw.line("PRODID:-//Piano della Performance//Scadenze//IT")
	iw.line("CALSCALE:GREGORIAN")
	iw.line("METHOD:PUBLISH")
	iw.prop("X-WR-CALNAME", fmt.Sprintf("Scadenze del Piano della Performance %d – %s", p.Piano.Anno, comune))
	iw.line("X-WR-TIMEZONE:Europe/Rome")
	dtstamp := stamp.UTC().Format("20060102T150405Z")
	for _, s := range ss {
		iw.line("BEGIN:VEVENT")
		iw.line("UID:" + uid(p, s))
		iw.line("DTSTAMP:" + dtstamp)
		iw.line("DTSTART;VALUE=DATE:" + icsDate(s.Data))
		iw.line("DTEND;VALUE=DATE:" + icsDate(s.Data.AddDays(1)))
		iw.prop("SUMMARY", s.Titolo)
		iw.prop("DESCRIPTION", descrizione(p, s))
		iw.prop("CATEGORIES", "Piano della Performance")
		iw.line("TRANSP:TRANSPARENT")
		if s.Stato != model.ScadenzaFatta {
			iw.line("BEGIN:VALARM")
			iw.line("ACTION:DISPLAY")
			iw.prop("DESCRIPTION", s.Titolo)
			iw.line("TRIGGER:-P7D")
			iw.line("END:VALARM")
		}
		iw.line("END:VEVENT")
	}
	iw.line("END:VCALENDAR")
	if iw.err != nil {
		return iw.err
	}
	return bw.Flush()
}

func descrizione(p *model.Plan, s model.Scadenza) string {
	lines := []string{nomeComune(p) + " – Piano della Performance " + fmt.Sprint(p.Piano.Anno),
		"Scadenza: " + s.Data.String(), "Fonte: " + s.Fonte}
	if s.Nota != "" {
		lines = append(lines, "Nota: "+s.Nota)
	}
	lines = append(lines, "Stato: "+s.TestoStato())
	if s.NoteFatta != "" {
		lines = append(lines, s.NoteFatta)
	}
	return strings.Join(lines, "\n")
}

func nomeComune(p *model.Plan) string {
	n := strings.TrimSpace(p.Ente.Nome)
	if strings.HasPrefix(strings.ToLower(n), "comune ") {
		return n
	}
	return "Comune di " + n
}

func icsDate(d model.Date) string { return fmt.Sprintf("%04d%02d%02d", d.Year, int(d.Month), d.Day) }

// uid is "2024-piano.istat-012001@pianoperformance": the deadline's key and
// the comune (its ISTAT code, else its name), so two comuni never collide.
func uid(p *model.Plan, s model.Scadenza) string {
	who := "istat-" + strings.TrimSpace(p.Ente.CodiceISTAT)
	if strings.TrimSpace(p.Ente.CodiceISTAT) == "" {
		who = slug(p.Ente.Nome)
	}
	return slug(s.Chiave) + "." + who + "@pianoperformance"
}

// slug keeps ASCII letters and digits (accents dropped), other runs as "-".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		case unicode.Is(unicode.Mn, r):
		default:
			dash = true
		}
	}
	return b.String()
}

// icsWriter writes content lines folded at 75 octets, never inside a UTF-8
// sequence, each ended by CRLF (RFC 5545 §3.1).
type icsWriter struct {
	w   *bufio.Writer
	err error
}

func (iw *icsWriter) prop(name, text string) { iw.line(name + ":" + escapeText(text)) }

func (iw *icsWriter) line(s string) {
	if iw.err != nil {
		return
	}
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		iw.write(s[:cut] + "\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	iw.write(s + "\r\n")
}

func (iw *icsWriter) write(s string) {
	if iw.err == nil {
		_, iw.err = iw.w.WriteString(s)
	}
}

// escapeText escapes a TEXT value: backslash, semicolon, comma, newline.
func escapeText(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`).Replace(s)
}
