#!/usr/bin/env bash
# Takes a screenshot of every section of the main window on a fresh copy of
# the example plan, at 1366×768, into docs/screenshots/<section>.png; then
# the screens of the plan's life (start screen, versions, a version
# read-only, the adoption and variation dialogs, printing, the quality
# checklist) at 1366×705 on the example plan moved to this year, adopted
# and varied with the command line.
# Usage: scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/xvfb-lib.sh
need Xvfb:xvfb xdotool:xdotool xdpyinfo:x11-utils import:imagemagick jq:jq

go build -tags migrated_fynedo -o build/pianoperformance .
go build -o build/piano ./cmd/piano
out=docs/screenshots
mkdir -p "$out"
work=$(mktemp -d)
trap 'stop_xvfb; rm -rf "$work"' EXIT
start_xvfb

# shot START NAME DB WIDTH HEIGHT opens the window on a copy of DB (a new
# example plan when DB is empty) at START (-schermata) and saves it as
# docs/screenshots/NAME.png.
shot() {
	local start=$1 name=$2 db=$3 w=$4 h=$5
	rm -f "$work/piano.db"*
	[ -n "$db" ] && cp "$db" "$work/piano.db"
	# A fresh profile each run: no remembered window size or recent files.
	# Light theme and Italian locale, as on a typical office PC.
	rm -rf "$work/home"
	HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" FYNE_THEME=light LANG=it_IT.UTF-8 \
		build/pianoperformance -db "$work/piano.db" -schermata "$start" >"$work/$name.log" 2>&1 &
	pid=$!
	if ! id=$(wait_window 30); then
		echo "$name: la finestra non è comparsa" >&2
		cat "$work/$name.log" >&2
		kill "$pid" 2>/dev/null || true
		exit 1
	fi
	fit_window "$id" "$w" "$h"
	import -window root -crop "${w}x${h}+0+0" +repage "$out/$name.png"
	echo "$out/$name.png"
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}

for key in ente territorio popolazione organizzazione servizi obiettivi controlli; do
	shot "$key" "$key" "" 1366 768
done

# The year's cycle on the example plan's illustrative monitoring, at the
# size a clerk has with the taskbar.
for key in monitoraggio relazione cruscotto; do
	shot "$key" "$key" "" 1366 705
done

# The plan's life, this year: the example plan moved to the current year,
# adopted in March, varied in July, and changed again since.
y=$(date +%Y)
piano=build/piano
plan="$work/vita.db"
$piano export --example --format json -o "$work/0.json"
# Every year and date moves by the same years; the plan is a draft again.
jq --argjson s $((y - 2023)) '
	walk(if type == "object" then with_entries(
		if (.key | startswith("anno")) and (.value | type) == "number" and .value > 1900 then .value += $s
		elif .key == "anni" and (.value | type) == "array" then .value |= map(. + $s)
		else . end)
	elif type == "string" and test("^[0-9]{4}-[0-9]{2}-[0-9]{2}$") then ((.[0:4] | tonumber) + $s | tostring) + .[4:]
	elif type == "string" and test("^[0-9]{2}/[0-9]{2}/[0-9]{4}$") then .[0:6] + ((.[6:10] | tonumber) + $s | tostring)
	else . end) | .piano.piano.stato = "bozza"' "$work/0.json" >"$work/1.json"
$piano import --db "$plan" "$work/1.json" >/dev/null
$piano scadenze --db "$plan" --bilancio "20/02/$y" --fatto "$y/pubblicazione-piano=25/03/$y:sito istituzionale" \
	--fatto "$y/portale=28/03/$y" >/dev/null
cp "$plan" "$work/bozza.db"
$piano adotta --db "$plan" --numero 12 --data "20/03/$y" >/dev/null
$piano export --db "$plan" --format json -o "$work/2.json"
jq --arg d "30/09/$y" '.piano.obiettivi[3].titolo = "Ampliamento del cimitero comunale"
	| .piano.obiettivi[3].indicatori[0].target[0].valore = $d' "$work/2.json" >"$work/3.json"
$piano import --db "$plan" "$work/3.json" >/dev/null
$piano varia --db "$plan" --numero 58 --data "20/07/$y" --motivo "Fondi regionali per il cimitero: lavori anticipati" >/dev/null
$piano export --db "$plan" --format json -o "$work/4.json"
jq '.piano.obiettivi[0].descrizione += " Con i pagamenti tramite PagoPA."
	| .piano.obiettivi[5].indicatori[0].target[0].valore = "10 rilevazioni velocità"' "$work/4.json" >"$work/5.json"
$piano import --db "$plan" "$work/5.json" >/dev/null

shot inizio inizio "$plan" 1366 705
shot modifiche versioni "$plan" 1366 705
shot versione-1/obiettivi versione-sola-lettura "$plan" 1366 705
shot adotta adozione "$work/bozza.db" 1366 705
shot varia variazione "$plan" 1366 705
shot stampa stampa "$plan" 1366 705
shot qualita qualita "$plan" 1366 705
