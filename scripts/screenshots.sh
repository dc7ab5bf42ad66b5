#!/usr/bin/env bash
# Takes a screenshot of every section of the main window on a fresh copy of
# the example plan, and of the welcome page of the first start, at
# 1366×705 (a 1366×768 screen less the taskbar, the window maximised),
# into docs/screenshots/<name>.png; and the pictures of the guide inside
# the program (assets/guida/, smaller).
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

W=1366 H=705

# shoot NAME ARGS...: starts the program with ARGS in a fresh profile,
# fills the work area as a maximised window does, and takes the picture.
shoot() {
	local name=$1
	shift
	rm -rf "$work/home"
	# A fresh profile each run: no remembered window size or recent files.
	# Light theme and Italian locale, as on a typical office PC.
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
	xdotool windowsize "$id" $W $H windowmove "$id" 0 0
	local prev= cur
	for _ in $(seq 1 100); do
		cur=$(xwininfo -id "$id" | awk '/Width|Height/ {printf "%s ", $2}')
		[ "$cur" = "$prev" ] && [ "$cur" = "$W $H " ] && break
		prev=$cur
		sleep 0.05
	done
	sleep 0.5 # let Fyne draw the frame at the new size
	if [ "$name" = guida ]; then
		# Aiuto › Guida, from the menu bar, as a clerk opens it.
		xdotool mousemove 222 14 click 1
		sleep 0.5
		xdotool mousemove 250 48 click 1
		local gid=
		for _ in $(seq 1 200); do
			gid=$(xdotool search --onlyvisible --name '^Guida' 2>/dev/null | head -n1) && [ -n "$gid" ] && break
			sleep 0.05
		done
		[ -n "$gid" ] || { echo "guida: la finestra non è comparsa" >&2; exit 1; }
		xdotool windowsize "$gid" $W $H windowmove "$gid" 0 0
		sleep 1
	fi
	import -window root -crop "${W}x${H}+0+0" +repage "$out/$name.png"
	echo "$out/$name.png"
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}

for key in ente territorio popolazione organizzazione servizi obiettivi controlli; do
	shoot "$key" -esempio -schermata "$key"
done
# The very first start: no plan yet.
shoot benvenuto
# The guide, opened from the menu.
shoot guida -esempio -schermata obiettivi

# The guide's own pictures: smaller, in 256 colours, built into the program.
for name in obiettivi controlli; do
	convert "$out/$name.png" -resize 900x -strip "PNG8:assets/guida/$name.png"
	echo "assets/guida/$name.png"
done
