package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/controlli"
	"pianoperformance/ui/ente"
	"pianoperformance/ui/obiettivi"
	"pianoperformance/ui/organizzazione"
	"pianoperformance/ui/popolazione"
	"pianoperformance/ui/servizi"
	"pianoperformance/ui/session"
	"pianoperformance/ui/territorio"
)

// section is one entry of the navigation, in the document's chapter order.
type section struct {
	key  string
	make func(s *session.Session, w fyne.Window) session.Screen
}

// Keys of the frame's own entries beside the model.Sezione* keys.
const keyControlli = "controlli"

// sections lists the screens. An entry whose package has not landed yet
// uses placeholder(key); swapping it is a one-line change.
func (f *frame) sections() []section {
	return []section{
		{model.SezioneEnte, ente.New},
		{model.SezioneTerritorio, territorio.New},
		{model.SezionePopolazione, popolazione.New},
		{model.SezioneOrganizzazione, organizzazione.New},
		{model.SezioneServizi, servizi.New},
		{model.SezioneObiettivi, func(s *session.Session, w fyne.Window) session.Screen {
			f.obiettivi = obiettivi.NewScreen(s, w)
			return f.obiettivi
		}},
		{keyControlli, func(s *session.Session, w fyne.Window) session.Screen {
			f.controlli = controlli.NewScreen(s, w, f.opts.Check, f.goTo)
			return f.controlli
		}},
	}
}

// placeholder stands for a screen still in preparation.
func placeholder(key string) func(*session.Session, fyne.Window) session.Screen {
	return func(*session.Session, fyne.Window) session.Screen { return &waiting{key: key} }
}

type waiting struct {
	key     string
	content fyne.CanvasObject
}

func (p *waiting) Title() string { return model.TitoloSezione(p.key) }
func (p *waiting) Content() fyne.CanvasObject {
	if p.content == nil {
		l := widget.NewLabel(lang.L("frame.in.preparazione", map[string]any{"Sezione": p.Title()}))
		p.content = container.NewCenter(l)
	}
	return p.content
}
func (p *waiting) Refresh()            {}
func (p *waiting) Show(session.Target) {}
