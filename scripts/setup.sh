#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the project needs, only those missing.
#   scripts/setup.sh build    headers to build the desktop app (Fyne's GLFW driver)
#   scripts/setup.sh test     + pdftotext, Xvfb, ImageMagick and LibreOffice (Calc with its Python
#                             bridge, Writer) for the tests and screenshots, PostgreSQL for the
#                             server store's tests (they start a server of their own)
#   scripts/setup.sh windows  + mingw-w64, NSIS and Wine for the Windows installer and its smoke test
set -euo pipefail

pkgs=(gcc pkg-config libgl1-mesa-dev xorg-dev)
case "${1:-build}" in
build) ;;
test) pkgs+=(poppler-utils xvfb imagemagick x11-utils xdotool time python3-icalendar libreoffice-writer-nogui fonts-crosextra-carlito fonts-crosextra-caladea qpdf icc-profiles-free libreoffice-calc-nogui python3-uno postgresql) ;;
windows) pkgs+=(gcc-mingw-w64-x86-64 nsis wine wine64 xvfb imagemagick poppler-utils osslsigncode) ;;
*) echo "uso: $0 build|test|windows" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installo: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
