package ui

import (
	"fyne.io/fyne/v2"

	"pianoperformance/model"
	"pianoperformance/ui/controlli"
	"pianoperformance/ui/ente"
	"pianoperformance/ui/inizio"
	"pianoperformance/ui/monitoraggio"
	"pianoperformance/ui/obiettivi"
	"pianoperformance/ui/organizzazione"
	"pianoperformance/ui/popolazione"
	"pianoperformance/ui/relazione"
	"pianoperformance/ui/servizi"
	"pianoperformance/ui/session"
	"pianoperformance/ui/territorio"
	"pianoperformance/ui/versioni"
)

// section is one entry of the navigation, in the document's chapter order:
// its key, the translation key of its title (the navigation names it before
// it is built, see deferred) and how to build it.
type section struct {
	key   string
	title string
	make  func(s *session.Session, w fyne.Window) session.Screen
}

// Keys of the frame's own entries beside the model.Sezione* keys.
const keyControlli = "controlli"

// sections lists the screens: the start screen, then the document's
// chapters in order, the versions, the deadlines, the year's cycle and
// the checks.
func (f *frame) sections() []section {
	return []section{
		{keyInizio, "nav.inizio", func(s *session.Session, w fyne.Window) session.Screen { return f.lazy(f.newInizio(s, w)) }},
		{model.SezioneEnte, "ente.titolo", ente.New},
		{model.SezioneTerritorio, "territorio.titolo", territorio.New},
		{model.SezionePopolazione, "popolazione.titolo", popolazione.New},
		{model.SezioneOrganizzazione, "organizzazione.titolo", organizzazione.New},
		{model.SezioneServizi, "servizi.titolo", servizi.New},
		{model.SezioneObiettivi, "nav.obiettivi", func(s *session.Session, w fyne.Window) session.Screen {
			f.obiettivi = obiettivi.NewScreen(s, w)
			return f.obiettivi
		}},
		{versioni.Key, "nav.versioni", func(s *session.Session, _ fyne.Window) session.Screen { return f.lazy(f.newVersioni(s)) }},
		{model.SezioneScadenze, "scadenze.titolo", func(s *session.Session, w fyne.Window) session.Screen {
			return inizio.NewScadenze(s, w, f.inizioAzioni())
		}},
		{model.SezioneMonitoraggio, "nav.monitoraggio", monitoraggio.New},
		{relazione.Key, "nav.relazione", relazione.New},
		{keyControlli, "nav.controlli", func(s *session.Session, w fyne.Window) session.Screen {
			f.controlli = controlli.NewScreen(s, w, f.checkWith(s), f.goTo)
			return f.controlli
		}},
	}
}
