#!/usr/bin/env bash
# Takes a screenshot of every section of the main window on a fresh copy of
# the example plan, at 1366×768, into docs/screenshots/<section>.png.
# Usage: scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/xvfb-lib.sh
need Xvfb:xvfb xdotool:xdotool xdpyinfo:x11-utils import:imagemagick

go build -tags migrated_fynedo -o build/pianoperformance .
out=docs/screenshots
mkdir -p "$out"
work=$(mktemp -d)
trap 'stop_xvfb; rm -rf "$work"' EXIT
start_xvfb

for key in ente territorio popolazione organizzazione servizi obiettivi controlli; do
	rm -f "$work/piano.db"*
	# A fresh profile each run: no remembered window size or recent files.
	# Light theme and Italian locale, as on a typical office PC.
	HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" FYNE_THEME=light LANG=it_IT.UTF-8 \
		build/pianoperformance -db "$work/piano.db" -schermata "$key" >"$work/$key.log" 2>&1 &
	pid=$!
	if ! id=$(wait_window 30); then
		echo "$key: la finestra non è comparsa" >&2
		cat "$work/$key.log" >&2
		kill "$pid" 2>/dev/null || true
		exit 1
	fi
	# Fill the screen as a clerk would, then wait for the size to settle.
	xdotool windowsize "$id" 1366 768 windowmove "$id" 0 0
	prev=
	for _ in $(seq 1 100); do
		cur=$(xwininfo -id "$id" | awk '/Width|Height/ {printf "%s ", $2}')
		[ "$cur" = "$prev" ] && [ "$cur" = "1366 768 " ] && break
		prev=$cur
		sleep 0.05
	done
	sleep 0.5 # let Fyne draw the frame at the new size
	import -window root "$out/$key.png"
	echo "$out/$key.png"
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
done
