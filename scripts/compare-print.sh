#!/usr/bin/env bash
# Proves that a change to the printing left every printout the same for the
# reader: builds this tree and another revision (default: main), prints the
# example's documents and the large plan's with both, and compares the text
# of every page (pdftotext -layout), the page count and, for the example's
# documents, every page's pixels at 50 dpi (pdftoppm). With PNG=DIR it also
# turns this tree's example documents into pictures (60 dpi) to look at.
#
#   scripts/compare-print.sh            # against main
#   PNG=pagine scripts/compare-print.sh d2adb17
set -euo pipefail

BASE=${1:-main}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. "$root/scripts/bench-lib.sh"
build_pair "$BASE"
for v in base new; do
	"$work/piano-$v" synth --years 10 --objectives 500 --indicators 3 -o "$work/grande-$v.db" >/dev/null
done

fail=0
for c in "esempio-piano|--example --what piano" "esempio-schede|--example --what schede" \
	"esempio-riepilogo|--example --what riepilogo" "esempio-qualita|--example --what qualita" \
	"esempio-relazione|--example --what relazione" "esempio-monitoraggio|--example --what monitoraggio" \
	"esempio-cruscotto|--example --what cruscotto" "esempio-piano-pdfa|--example --what piano --format pdfa" \
	"esempio-tecnica|--example --what piano --area tecnica" \
	"grande-piano|--db $work/grande-VER.db --what piano" "grande-schede|--db $work/grande-VER.db --what schede"; do
	name=${c%%|*}
	args=${c#*|}
	for v in base new; do
		# shellcheck disable=SC2086
		"$work/piano-$v" print ${args//VER/$v} -o "$work/$name-$v.pdf" >/dev/null
		pdftotext -layout "$work/$name-$v.pdf" "$work/$name-$v.txt"
	done
	pb=$(pdfinfo "$work/$name-base.pdf" | awk '/^Pages:/ {print $2}')
	pn=$(pdfinfo "$work/$name-new.pdf" | awk '/^Pages:/ {print $2}')
	pixels=
	if [[ $name == esempio-* ]]; then
		pixels=uguali
		rm -rf "$work/px" && mkdir "$work/px"
		pdftoppm -r 50 "$work/$name-base.pdf" "$work/px/b"
		pdftoppm -r 50 "$work/$name-new.pdf" "$work/px/n"
		for f in "$work"/px/b-*.ppm; do
			cmp -s "$f" "${f/\/b-/\/n-}" || pixels=diversi
		done
	fi
	if [ "$pb" != "$pn" ] || [ "$pixels" = diversi ] || ! cmp -s "$work/$name-base.txt" "$work/$name-new.txt"; then
		echo "DIVERSO  $name: $pb → $pn pagine${pixels:+, pixel $pixels}"
		diff "$work/$name-base.txt" "$work/$name-new.txt" | head -20 || true
		fail=1
	else
		echo "uguale   $name: $pn pagine, $(wc -c <"$work/$name-new.txt") caratteri di testo${pixels:+, pixel $pixels}"
	fi
	if [ -n "${PNG:-}" ] && [[ $name == esempio-* ]]; then
		mkdir -p "$PNG"
		pdftoppm -png -r 60 "$work/$name-new.pdf" "$PNG/$name"
	fi
done
exit $fail
