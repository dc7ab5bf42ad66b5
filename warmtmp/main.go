package main

import (
	_ "fyne.io/fyne/v2/app"
	_ "fyne.io/fyne/v2/test"
	_ "fyne.io/fyne/v2/widget"
	_ "github.com/mattn/go-sqlite3"
	_ "codeberg.org/go-pdf/fpdf"
	_ "gonum.org/v1/plot"
	_ "gonum.org/v1/plot/vg/vgimg"
	_ "github.com/xuri/excelize/v2"
)

func main() {}
