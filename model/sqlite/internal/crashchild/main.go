// Command crashchild writes to a plan file in a loop until it is killed. The
// crash test of package sqlite runs it, kills it at random moments and then
// checks that every save it reported is in the file.
//
// It prints "pronto" once the file is open, then the counter n right after
// the commit of each pair of saves: an objective coded "C<n>" and the
// population record of year n.
package main

import (
	"context"
	"fmt"
	"os"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "uso: crashchild FILE")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(path string) error {
	ctx := context.Background()
	s, err := sqlite.Open(path)
	if err != nil {
		return err
	}
	defer s.Close()
	p, err := s.Load(ctx)
	if err != nil {
		return err
	}
	n := 1
	if k := len(p.Popolazione); k > 0 {
		n = p.Popolazione[k-1].Anno + 1
	}
	fmt.Println("pronto")
	for ; ; n++ {
		o := model.Obiettivo{
			Ordine: n, Codice: fmt.Sprintf("C%d", n), Livello: model.LivelloEsecutivo,
			Titolo: fmt.Sprintf("Obiettivo %d", n), Anni: []int{2023},
		}
		for i := 0; i < 2; i++ {
			o.Indicatori = append(o.Indicatori, model.Indicatore{
				Ordine: i, Nome: fmt.Sprintf("Indicatore %d.%d", n, i), Tipo: model.IndNumero,
				Target: []model.Target{{Anno: 2023, Valore: "1"}, {Anno: 2024, Valore: "2"}, {Anno: 2025, Valore: "3"}},
			})
		}
		if err := s.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&o) }); err != nil {
			return err
		}
		if err := s.Write(ctx, func(w model.Writer) error { return w.SavePopolazioneAnno(model.PopolazioneAnno{Anno: n, Residenti: n}) }); err != nil {
			return err
		}
		// os.Stdout is unbuffered: the line leaves before the next save.
		fmt.Println(n)
	}
}
