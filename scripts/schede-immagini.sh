#!/usr/bin/env bash
# Pictures of a monitoring workbook as LibreOffice Calc lays it out (the
# built-in example, Area Polizia Locale – Tributi, checkpoint 31/12/2023),
# for docs/schede-monitoraggio.md: the workbook converted to PDF by
# LibreOffice, each sheet's first page as PNG.
#
#   scripts/schede-immagini.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/piano" ./cmd/piano
"$work/piano" export --example --format json -o "$work/esempio.json"
"$work/piano" import --db "$work/esempio.db" "$work/esempio.json" >/dev/null
SOURCE_DATE_EPOCH=1703980800 "$work/piano" monitoraggio prepara --db "$work/esempio.db" --al 31/12/2023 \
	--area polizia --entro 31/01/2024 -o "$work/schede" >/dev/null
soffice -env:UserInstallation="file://$work/profilo" --headless --convert-to pdf --outdir "$work/pdf" \
	"$work"/schede/*.xlsx >/dev/null 2>&1
pdf=$(ls "$work"/pdf/*.pdf)
out=docs/stampe
pdftoppm -png -r 70 -f 1 -l 1 "$pdf" "$work/istruzioni"
convert "$work"/istruzioni-1.png -crop 580x580+0+0 +repage "$out/scheda-monitoraggio-istruzioni.png"
pdftoppm -png -r 110 -f 2 -l 2 "$pdf" "$work/indicatori"
convert "$work"/indicatori-2.png -crop 1290x440+0+0 +repage "$out/scheda-monitoraggio-indicatori.png"
pdftoppm -png -r 100 -f 3 -l 3 "$pdf" "$work/obiettivi"
convert "$work"/obiettivi-3.png -crop 1170x420+0+0 +repage "$out/scheda-monitoraggio-obiettivi.png"
echo "Scritte le immagini in $out: scheda-monitoraggio-{istruzioni,indicatori,obiettivi}.png"
