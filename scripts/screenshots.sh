#!/usr/bin/env bash
# Takes a screenshot of every section of the main window on a fresh copy of
# the example plan, of the welcome page of the first start and of the
# guide, at 1366×705 (a 1366×768 screen less the taskbar, the window
# maximised), into docs/screenshots/<name>.png, with the pictures of the
# guide inside the program (assets/guida/, smaller); then the screens of
# the plan's life (start screen, versions, a version read-only, the
# adoption and variation dialogs, printing, the quality checklist) on the
# example plan moved to this year, adopted and varied with the command
# line.
# Usage: scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/xvfb-lib.sh
. scripts/tags.sh
need Xvfb:xvfb xdotool:xdotool xdpyinfo:x11-utils import:imagemagick jq:jq

go build -tags "$TAGS" -o build/pianoperformance .
go build -tags "$TAGS" -o build/piano ./cmd/piano
out=docs/screenshots
mkdir -p "$out"
work=$(mktemp -d)
trap 'stop_xvfb; rm -rf "$work"' EXIT
start_xvfb

W=1366 H=705

# shot NAME ARGS...: starts the program with ARGS in a fresh profile,
# fills the work area as a maximised window does, and takes the picture
# (of the guide's window, for the guide).
shot() {
	local name=$1
	shift
	# A fresh profile each run: no remembered window size or recent files.
	# Light theme and Italian locale, as on a typical office PC.
	rm -rf "$work/home"
	HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" FYNE_THEME=light LANG=it_IT.UTF-8 \
		build/pianoperformance "$@" >"$work/$name.log" 2>&1 &
	local pid=$!
	local id
	if ! id=$(wait_window 30); then
		echo "$name: la finestra non è comparsa" >&2
		cat "$work/$name.log" >&2
		kill "$pid" 2>/dev/null || true
		exit 1
	fi
	if [ "$name" = guida ]; then
		local gid=
		for _ in $(seq 1 200); do
			gid=$(xdotool search --onlyvisible --name '^Guida' 2>/dev/null | head -n1) && [ -n "$gid" ] && break
			sleep 0.05
		done
		[ -n "$gid" ] || { echo "guida: la finestra non è comparsa" >&2; exit 1; }
		id=$gid
	fi
	fit_window "$id" $W $H
	xdotool windowraise "$id" 2>/dev/null || true
	sleep 0.3
	import -window root -crop "${W}x${H}+0+0" +repage "$out/$name.png"
	echo "$out/$name.png"
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}

# oncopy DB: a copy of DB to open, so that every picture starts from it.
oncopy() {
	rm -f "$work/piano.db"*
	cp "$1" "$work/piano.db"
	echo "$work/piano.db"
}

# The sections, and the year's cycle on the example plan's illustrative
# monitoring.
for key in ente territorio popolazione organizzazione servizi obiettivi controlli monitoraggio relazione; do
	shot "$key" -esempio -schermata "$key"
done
# The cycle's dashboard: the start screen's panels on the example's year.
shot cruscotto -esempio -schermata cruscotto
# The very first start: no plan yet.
shot benvenuto

# The guide's own pictures: smaller, in 256 colours, built into the program,
# which is built again to show them in the guide (Aiuto › Guida).
for name in obiettivi controlli; do
	convert "$out/$name.png" -resize 900x -strip "PNG8:assets/guida/$name.png"
	echo "assets/guida/$name.png"
done
go build -tags "$TAGS" -o build/pianoperformance .
shot guida -esempio -schermata guida

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

shot inizio -db "$(oncopy "$plan")" -schermata inizio
shot versioni -db "$(oncopy "$plan")" -schermata modifiche
shot versione-sola-lettura -db "$(oncopy "$plan")" -schermata versione-1/obiettivi
shot adozione -db "$(oncopy "$work/bozza.db")" -schermata adotta
shot variazione -db "$(oncopy "$plan")" -schermata varia
shot stampa -db "$(oncopy "$plan")" -schermata stampa
shot qualita -db "$(oncopy "$plan")" -schermata qualita
