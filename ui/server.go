package ui

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/model/address"
)

// ServerAccess opens plans kept on a database server. Addresses are
// written as package address writes them, without the password.
type ServerAccess struct {
	// Plans lists the plans the person at addr may open (addr names no plan).
	Plans func(addr, password string) ([]model.PianoSulServer, error)
	// Open opens the plan addr names.
	Open func(addr, password string) (model.Store, error)
}

// serverForm is File › Apri dal server…: where the server is and who signs
// in, then the list of the plans there to choose from.
type serverForm struct {
	f                    *frame
	d                    *dialog.CustomDialog
	host, port, db, user *widget.Entry
	password             *widget.Entry
	remember             *widget.Check
	note                 *widget.Label
	list                 *widget.List
	plans                []model.PianoSulServer
	chosen               int
	show, open           *widget.Button
	listBox              *fyne.Container
}

// serverDialog shows the form filled from addr, with note (why it is
// asked again) above it.
func (f *frame) serverDialog(addr address.Address, note string) *serverForm {
	if f.opts.Server == nil {
		return nil
	}
	sf := &serverForm{f: f, chosen: -1}
	sf.host, sf.port, sf.db, sf.user = widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	sf.password = widget.NewPasswordEntry()
	sf.host.SetText(addr.Host)
	sf.port.SetText("5432")
	if addr.Port != 0 {
		sf.port.SetText(strconv.Itoa(addr.Port))
	}
	sf.db.SetText(addr.Database)
	sf.user.SetText(addr.User)
	sf.remember = widget.NewCheck(lang.L("server.ricorda"), nil)
	sf.remember.SetChecked(true)
	sf.note = widget.NewLabel(note)
	sf.note.Wrapping = fyne.TextWrapWord
	if note != "" {
		sf.note.Importance = widget.DangerImportance
	}
	sf.list = widget.NewList(func() int { return len(sf.plans) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("albizzate-2024: Comune di Albizzate, piano 2024 (bozza)")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(planLabel(sf.plans[i])) })
	sf.list.OnSelected = func(i widget.ListItemID) { sf.chosen = i; sf.open.Enable() }
	sf.listBox = container.NewBorder(widget.NewLabelWithStyle(lang.L("server.piani"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		nil, nil, nil, sf.list)
	sf.listBox.Hide()
	sf.show = widget.NewButton(lang.L("server.mostra"), sf.listPlans)
	sf.open = widget.NewButton(lang.L("server.apri"), sf.openChosen)
	sf.open.Importance = widget.HighImportance
	sf.open.Disable()
	form := widget.NewForm(
		widget.NewFormItem(lang.L("server.host"), sf.host),
		widget.NewFormItem(lang.L("server.porta"), sf.port),
		widget.NewFormItem(lang.L("server.database"), sf.db),
		widget.NewFormItem(lang.L("server.utente"), sf.user),
		widget.NewFormItem(lang.L("server.password"), sf.password),
		widget.NewFormItem("", sf.remember),
	)
	intro := widget.NewLabel(lang.L("server.spiegazione"))
	intro.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(container.NewVBox(intro, form, sf.note), nil, nil, nil, sf.listBox)
	sf.d = dialog.NewCustomWithoutButtons(lang.L("server.titolo"), content, f.w)
	sf.d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), sf.d.Hide), sf.show, sf.open})
	sf.d.Resize(fyne.NewSize(620, 600))
	sf.d.Show()
	if addr.User != "" {
		f.w.Canvas().Focus(sf.password)
	} else {
		f.w.Canvas().Focus(sf.host)
	}
	return sf
}

// planLabel names a plan of the list: its name on the server, the comune,
// the year and where it stands ("albizzate-2024: Comune di Albizzate,
// piano 2024 (bozza)").
func planLabel(p model.PianoSulServer) string {
	ente := strings.TrimSpace(p.Ente)
	if ente != "" && !strings.HasPrefix(strings.ToLower(ente), "comune") {
		ente = "Comune di " + ente
	}
	stato := string(p.Stato)
	if stato == "" {
		stato = string(model.StatoBozza)
	}
	return lang.L("server.piano.voce", map[string]any{"Ente": ente, "Anno": p.Anno, "Chiave": p.Chiave, "Stato": stato})
}

// address is what the form names, without a plan.
func (sf *serverForm) address() (address.Address, error) {
	a := address.Address{Host: strings.TrimSpace(sf.host.Text), Database: strings.TrimSpace(sf.db.Text),
		User: strings.TrimSpace(sf.user.Text)}
	if a.Host == "" || a.Database == "" || a.User == "" {
		return a, errors.New(lang.L("server.manca"))
	}
	port, err := strconv.Atoi(strings.TrimSpace(sf.port.Text))
	if err != nil || port <= 0 || port > 65535 {
		return a, errors.New(lang.L("server.porta.errata"))
	}
	a.Port = port
	return address.Parse(a.String(), false)
}

func (sf *serverForm) say(err error) {
	sf.note.Importance = widget.DangerImportance
	sf.note.SetText(err.Error())
}

// listPlans asks the server, off the UI goroutine, which plans the person
// may open.
func (sf *serverForm) listPlans() {
	a, err := sf.address()
	if err != nil {
		sf.say(err)
		return
	}
	pw := sf.password.Text
	var plans []model.PianoSulServer
	sf.f.busyOr(lang.L("server.ricerca"), func() error {
		var err error
		plans, err = sf.f.opts.Server.Plans(a.String(), pw)
		return err
	}, func() {
		sf.plans, sf.chosen = plans, -1
		sf.open.Disable()
		sf.list.UnselectAll()
		sf.list.Refresh()
		sf.listBox.Show()
		sf.note.Importance = widget.MediumImportance
		if len(plans) == 0 {
			sf.note.SetText(lang.L("server.nessun.piano"))
			return
		}
		sf.note.SetText(lang.L("server.scegli"))
		if len(plans) == 1 {
			sf.list.Select(0)
		}
	}, sf.say)
}

// openChosen opens the plan chosen and, once it is open, keeps the
// password if asked to.
func (sf *serverForm) openChosen() {
	a, err := sf.address()
	if err != nil || sf.chosen < 0 || sf.chosen >= len(sf.plans) {
		if err != nil {
			sf.say(err)
		}
		return
	}
	a = a.WithPlan(sf.plans[sf.chosen].Chiave)
	pw, remember := sf.password.Text, sf.remember.Checked
	sf.f.openServer(a, pw, func() {
		sf.d.Hide()
		if remember {
			if err := savePassword(a.Server(), pw); err != nil {
				sf.f.s.Report(lang.L("server.password.non.ricordata", map[string]any{"Errore": err.Error()}), true)
			}
		}
	}, sf.say)
}

// openServer opens a server plan off the UI goroutine and shows it.
func (f *frame) openServer(a address.Address, password string, opened func(), failed func(error)) {
	open := func(string) (model.Store, error) { return f.opts.Server.Open(a.String(), password) }
	f.openWith(open, a.String(), func(err error) { failed(err) }, opened)
}

// openAddress opens a server plan of the recent list with the password
// the credential store keeps; without one, or when it is refused, the
// form asks for it.
func (f *frame) openAddress(s string) {
	a, err := address.Parse(s, true)
	if err != nil || f.opts.Server == nil {
		if err == nil {
			err = errors.New(lang.L("server.manca"))
		}
		f.showError(err)
		return
	}
	pw := savedPassword(a.Server())
	if pw == "" {
		f.serverDialog(a, lang.L("server.chiedi.password", map[string]any{"Utente": a.User, "Server": a.Host}))
		return
	}
	f.openServer(a, pw, nil, func(err error) {
		if strings.Contains(err.Error(), "password") {
			forgetPassword(a.Server())
		}
		f.serverDialog(a, err.Error())
	})
}
