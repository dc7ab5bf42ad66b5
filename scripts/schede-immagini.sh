#!/usr/bin/env bash
# Pictures of the monitoring workbooks, for docs/schede-monitoraggio.md, on
# the built-in example (Area Polizia Locale – Tributi, checkpoint
# 31/12/2023):
#  - the workbook as LibreOffice Calc lays it out: converted to PDF by
#    Calc, each sheet's first page as PNG, into docs/stampe;
#  - the real window under Xvfb showing the preview of reading back a
#    workbook with a conflict, into docs/screenshots/schede-anteprima.png.
#    The conflict is made the way it happens: two copies of the same
#    workbook, filled differently in Calc, read back one after the other.
#
#   scripts/schede-immagini.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. scripts/xvfb-lib.sh
. scripts/tags.sh
need Xvfb:xvfb xdotool:xdotool xdpyinfo:x11-utils import:imagemagick soffice:libreoffice-calc-nogui pdftoppm:poppler-utils
work=$(mktemp -d)
trap 'stop_xvfb; rm -rf "$work"' EXIT
go build -o "$work/piano" ./cmd/piano
go build -tags "$TAGS" -o build/pianoperformance .
piano() { "$work/piano" "$@"; }
piano export --example --format json -o "$work/esempio.json"
piano import --db "$work/esempio.db" "$work/esempio.json" >/dev/null
SOURCE_DATE_EPOCH=1703980800 piano monitoraggio prepara --db "$work/esempio.db" --al 31/12/2023 \
	--area polizia --entro 31/01/2024 -o "$work/schede" >/dev/null
scheda=$(ls "$work"/schede/*.xlsx)

# The workbook as Calc prints it.
soffice -env:UserInstallation="file://$work/profilo" --headless --convert-to pdf --outdir "$work/pdf" \
	"$scheda" >/dev/null 2>&1
pdf=$(ls "$work"/pdf/*.pdf)
out=docs/stampe
pdftoppm -png -r 70 -f 1 -l 1 "$pdf" "$work/istruzioni"
convert "$work"/istruzioni-1.png -crop 580x580+0+0 +repage "$out/scheda-monitoraggio-istruzioni.png"
pdftoppm -png -r 110 -f 2 -l 2 "$pdf" "$work/indicatori"
convert "$work"/indicatori-2.png -crop 1290x440+0+0 +repage "$out/scheda-monitoraggio-indicatori.png"
pdftoppm -png -r 100 -f 3 -l 3 "$pdf" "$work/obiettivi"
convert "$work"/obiettivi-3.png -crop 1170x420+0+0 +repage "$out/scheda-monitoraggio-obiettivi.png"
echo "$out/scheda-monitoraggio-{istruzioni,indicatori,obiettivi}.png"

# Two copies of the workbook, filled in Calc as a Responsabile types. The
# rows of the Indicatori sheet are PT.1…PT.5 from row 6, in the columns
# of the layout (H value, J state, K cause, L action); Obiettivi's note is
# column E.
# (Calc gets plain names: through its UNO bridge it fails to open some,
# such as those with a dash «–».)
mkdir -p "$work/prima" "$work/seconda"
name=$(basename "$scheda")
cp "$scheda" "$work/prima.xlsx"
cp "$scheda" "$work/seconda.xlsx"
cat >"$work/calc.json" <<EOF
{"profile": "$work/profilo-uno", "jobs": [
 {"in": "$work/prima.xlsx", "out": "$work/prima-compilata.xlsx", "steps": [
  {"op": "type", "sheet": "Indicatori", "cell": "H6", "text": "95"}]},
 {"in": "$work/seconda.xlsx", "out": "$work/seconda-compilata.xlsx", "steps": [
  {"op": "type", "sheet": "Indicatori", "cell": "H6", "text": "97"},
  {"op": "type", "sheet": "Indicatori", "cell": "J6", "text": "raggiunto"},
  {"op": "type", "sheet": "Indicatori", "cell": "J8", "text": "a rischio"},
  {"op": "type", "sheet": "Indicatori", "cell": "K8", "text": "Misuratore di velocità guasto da ottobre"},
  {"op": "type", "sheet": "Indicatori", "cell": "L8", "text": "Noleggio di un secondo misuratore"},
  {"op": "paste", "sheet": "Indicatori", "cell": "H10", "text": "quarantadue"},
  {"op": "type", "sheet": "Obiettivi", "cell": "E7", "text": "Tutte le istanze evase entro i termini."}]}
]}
EOF
/usr/bin/python3 workbook/testdata/libreoffice.py "$work/calc.json"
mv "$work/prima-compilata.xlsx" "$work/prima/$name"
mv "$work/seconda-compilata.xlsx" "$work/seconda/$name"
# The first copy comes back: the program now holds its value.
piano monitoraggio leggi --db "$work/esempio.db" "$work/prima/$name" >/dev/null

# The second copy, opened with the program: the preview shows first.
start_xvfb
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" FYNE_THEME=light LANG=it_IT.UTF-8 \
	build/pianoperformance -db "$work/esempio.db" "$work/seconda/$name" >"$work/finestra.log" 2>&1 &
pid=$!
if ! id=$(wait_window 30); then
	echo "la finestra non è comparsa" >&2
	cat "$work/finestra.log" >&2
	exit 1
fi
fit_window "$id"
sleep 1 # the workbook is read off the UI goroutine, then the preview drawn
import -window root docs/screenshots/schede-anteprima.png
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
echo docs/screenshots/schede-anteprima.png
