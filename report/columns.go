package report

import "strings"

// colFit says how a column takes its width from the page (see fitColumns).
type colFit struct {
	col
	style  string  // font style of the column's content ("B" for titles)
	text   bool    // a column of running text: shares what the others leave
	weight float64 // its share among the text columns
	max    float64 // other columns: the most they take, in mm, beyond their longest word
}

// fitColumns sizes a table's columns to its content at the given type
// size, across the page's width: every column is at least as wide as its
// longest word (and its title's), so words are never cut; columns of
// figures, codes and names take what their longest line needs, up to max;
// the running-text columns share the rest by weight. Columns whose content
// is empty in every row are left out: the caller gets the widths and the
// indices of the columns kept.
func (d *doc) fitColumns(size float64, specs []colFit, rows [][]string) (cols []col, keep []int) {
	size *= d.scale()
	cm := d.pdf.GetCellMargin()
	pad := 2*cm + 0.6
	minW := make([]float64, len(specs))
	pref := make([]float64, len(specs))
	for i, s := range specs {
		used := false
		d.font(s.style, size)
		for _, r := range rows {
			v := printable(r[i])
			if strings.TrimSpace(v) == "" {
				continue
			}
			used = true
			for _, ln := range strings.Split(v, "\n") {
				ln = strings.TrimSpace(ln)
				ind := 0.0
				if strings.HasPrefix(ln, "- ") {
					ln, ind = ln[2:], bulletIndent
				}
				pref[i] = max(pref[i], d.pdf.GetStringWidth(ln)+pad+ind)
				for _, w := range strings.Fields(ln) {
					minW[i] = max(minW[i], d.pdf.GetStringWidth(w)+pad+ind)
				}
			}
		}
		if !used {
			continue
		}
		d.font("B", size)
		for _, w := range strings.Fields(s.title) {
			minW[i] = max(minW[i], d.pdf.GetStringWidth(w)+pad)
		}
		keep = append(keep, i)
	}
	// The widths, first the columns that are not running text.
	rest, weights := d.width(), 0.0
	w := make([]float64, len(specs))
	for _, i := range keep {
		s := specs[i]
		if s.text {
			w[i] = minW[i]
			weights += s.weight
		} else {
			w[i] = max(minW[i], min(pref[i], minW[i]+s.max))
		}
		rest -= w[i]
	}
	if rest > 0 && weights > 0 {
		for _, i := range keep {
			if specs[i].text {
				w[i] += rest * specs[i].weight / weights
			}
		}
	} else if rest > 0 {
		for _, i := range keep {
			w[i] += rest / float64(len(keep))
		}
	}
	if rest < 0 {
		// Words wider than the page allows: the columns that need no more
		// than their share keep their width, the others shrink together
		// (and their longest words break, as nothing else can be done).
		share := d.width() / float64(len(keep))
		small, big := 0.0, 0.0
		for _, i := range keep {
			if w[i] <= share {
				small += w[i]
			} else {
				big += w[i]
			}
		}
		for _, i := range keep {
			if w[i] > share {
				w[i] *= (d.width() - small) / big
			}
		}
	}
	for _, i := range keep {
		c := specs[i].col
		c.w = w[i]
		cols = append(cols, c)
	}
	t := &table{d: d, cols: cols}
	return t.fitWidths().cols, keep
}
