package monitoraggio

import (
	"errors"
	"os"
	"os/user"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
)

// A degree of achievement typed by hand (model.Forzatura): only with a
// written reason; the computed value of that moment, who and when are kept
// with it and printed.

// prefAutore is the preference holding the name overrides are signed with.
const prefAutore = "utente.nome"

// autore is who types an override: the name set the last time, else the
// user's name on this computer.
func autore() string {
	if a := fyne.CurrentApp(); a != nil {
		if n := strings.TrimSpace(a.Preferences().String(prefAutore)); n != "" {
			return n
		}
	}
	if u, err := user.Current(); err == nil {
		if n := strings.TrimSpace(u.Name); n != "" {
			return n
		}
		if n := u.Username; n != "" {
			// Windows writes DOMINIO\utente.
			return n[strings.LastIndex(n, `\`)+1:]
		}
	}
	return strings.TrimSpace(os.Getenv("USERNAME") + os.Getenv("USER"))
}

// forzaDialog asks for a degree by hand, its reason and who types it.
type forzaDialog struct {
	sc     *Screen
	d      *dialog.CustomDialog
	what   *widget.Label // what is overridden and what the program computed
	perc   *widget.Entry
	motivo *widget.Entry
	chi    *widget.Entry
	msg    *widget.Label
	togli  *widget.Button
	// calcolata is the computed degree at the time the dialog opened; save
	// stores the override; nil removes it.
	calcolata *float64
	save      func(f *model.Forzatura) error
	now       func() time.Time
}

func newForzaDialog(sc *Screen) *forzaDialog {
	d := &forzaDialog{sc: sc, now: time.Now}
	d.what = widget.NewLabel("")
	d.what.Wrapping = fyne.TextWrapWord
	d.perc = widget.NewEntry()
	d.perc.SetPlaceHolder(lang.L("forzatura.perc.esempio"))
	d.motivo = widget.NewMultiLineEntry()
	d.motivo.Wrapping = fyne.TextWrapWord
	d.motivo.SetMinRowsVisible(3)
	d.motivo.SetPlaceHolder(lang.L("forzatura.motivo.esempio"))
	d.chi = widget.NewEntry()
	d.msg = widget.NewLabel("")
	d.msg.Importance = widget.DangerImportance
	d.msg.Wrapping = fyne.TextWrapWord
	d.msg.Hide()
	form := widget.NewForm(
		widget.NewFormItem(lang.L("forzatura.perc"), d.perc),
		widget.NewFormItem(lang.L("forzatura.motivo"), d.motivo),
		widget.NewFormItem(lang.L("forzatura.chi"), d.chi),
	)
	cancel := widget.NewButton(lang.L("comune.annulla"), func() { d.d.Hide() })
	d.togli = widget.NewButton(lang.L("forzatura.togli"), d.remove)
	ok := widget.NewButton(lang.L("forzatura.salva"), d.confirm)
	ok.Importance = widget.HighImportance
	content := container.NewVBox(d.what, form, d.msg)
	d.d = dialog.NewCustomWithoutButtons(lang.L("forzatura.titolo"), content, sc.w)
	d.d.SetButtons([]fyne.CanvasObject{cancel, d.togli, ok})
	d.d.Resize(fyne.NewSize(620, 420))
	return d
}

// open shows the dialog for an override: what says what it is about,
// calcolata is the degree the program computes now, cur the override in
// force (nil if none).
func (d *forzaDialog) open(what string, calcolata *float64, cur *model.Forzatura, save func(f *model.Forzatura) error) {
	if d.sc.s.ReadOnly() {
		d.sc.s.Report(lang.L("file.sola.lettura.stato"), true)
		return
	}
	d.calcolata, d.save = calcolata, save
	d.what.SetText(what)
	d.perc.SetText("")
	d.motivo.SetText("")
	d.chi.SetText(autore())
	d.togli.Hide()
	if cur != nil {
		d.perc.SetText(model.FormatNumber(cur.Percentuale, 2))
		d.motivo.SetText(cur.Motivo)
		d.togli.Show()
	}
	d.msg.Hide()
	d.d.Show()
	if c := d.sc.w.Canvas(); c != nil {
		c.Focus(d.perc)
	}
}

// confirm saves the override; without a reason, with a figure that is not
// a percentage or above the cap, it says what is expected, in the dialog,
// and nothing is saved.
func (d *forzaDialog) confirm() {
	err := d.check()
	if err == nil {
		p, _ := parsePerc(d.perc.Text)
		f := &model.Forzatura{Percentuale: p, Calcolata: d.calcolata, Motivo: strings.TrimSpace(d.motivo.Text),
			Autore: strings.TrimSpace(d.chi.Text), Quando: d.now().UTC()}
		err = d.save(f)
	}
	if err != nil {
		d.msg.SetText(err.Error())
		d.msg.Show()
		return
	}
	if a := fyne.CurrentApp(); a != nil && strings.TrimSpace(d.chi.Text) != autore() {
		a.Preferences().SetString(prefAutore, strings.TrimSpace(d.chi.Text))
	}
	d.d.Hide()
}

// check reads the dialog: a percentage, a reason, a name.
func (d *forzaDialog) check() error {
	if _, err := parsePerc(d.perc.Text); err != nil {
		return err
	}
	if len([]rune(strings.TrimSpace(d.motivo.Text))) < 3 {
		return errors.New(lang.L("forzatura.errore.motivo"))
	}
	if strings.TrimSpace(d.chi.Text) == "" {
		return errors.New(lang.L("forzatura.errore.chi"))
	}
	return nil
}

func parsePerc(s string) (float64, error) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	if t == "" {
		return 0, errors.New(lang.L("forzatura.errore.perc.manca"))
	}
	v, err := model.ParseNumber(t)
	if err != nil {
		return 0, errors.New(lang.L("forzatura.errore.perc", map[string]any{"Testo": strings.TrimSpace(s)}))
	}
	if v < 0 {
		return 0, errors.New(lang.L("forzatura.errore.perc.negativa"))
	}
	return v, nil
}

// remove goes back to the computed degree.
func (d *forzaDialog) remove() {
	if err := d.save(nil); err != nil {
		d.msg.SetText(err.Error())
		d.msg.Show()
		return
	}
	d.d.Hide()
}

// descriviForzatura says who typed an override, when and why.
func descriviForzatura(f *model.Forzatura) string {
	q := f.Quando.In(time.Local)
	return lang.L("forzatura.descrizione", map[string]any{"Perc": model.FormatPerc(f.Percentuale), "Calcolata": perc(f.Calcolata),
		"Autore": f.Autore, "Data": model.Date{Year: q.Year(), Month: q.Month(), Day: q.Day()}.String(), "Motivo": f.Motivo})
}

// askForzaturaIndicatore opens the override of row r's degree.
func (sc *Screen) askForzaturaIndicatore(r int) {
	if r < 0 || r >= len(sc.rows) || sc.verifica() == nil {
		return
	}
	sc.sheet.SetCurrent(r)
	row := sc.rows[r]
	var calc *float64
	what := lang.L("forzatura.indicatore", map[string]any{"Codice": row.codice(), "Indicatore": oneLine(row.ind.Nome),
		"Data": sc.verifica().Data.String()})
	if e := row.esito(sc.stored); e != nil {
		calc = e.Calcolata
		what += "\n" + lang.L("monitoraggio.calcolo", map[string]any{"Calcolo": e.Spiegazione()})
	}
	var cur *model.Forzatura
	if x := sc.reading(r); x != nil {
		cur = x.Forzatura
	}
	sc.forza.open(what, calc, cur, func(f *model.Forzatura) error {
		return sc.saveRisultato(r, func(x *model.Risultato) { x.Forzatura = f })
	})
}

// askForzatura opens the override of the degree of the objective shown.
func (p *pannello) askForzatura() {
	o := p.sc.s.Plan.ObiettivoByID(p.obID)
	v := p.sc.verifica()
	if o == nil || v == nil || p.sc.stored == nil {
		return
	}
	var calc *float64
	var cur *model.Forzatura
	if e := p.sc.stored.Obiettivo(o.ID); e != nil {
		calc = e.Calcolata
	}
	if a := o.AvanzamentoAl(v.ID); a != nil {
		cur = a.Forzatura
	}
	what := lang.L("forzatura.obiettivo", map[string]any{"Codice": codiceOf(o), "Data": v.Data.String(), "Perc": perc(calc)})
	p.sc.forza.open(what, calc, cur, func(f *model.Forzatura) error {
		return p.saveAvanzamento(func(a *model.Avanzamento) { a.Forzatura = f })
	})
}
