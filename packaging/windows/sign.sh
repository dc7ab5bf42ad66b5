#!/usr/bin/env bash
# Signs Windows executables (the programs and the installer) in place with
# osslsigncode, when a certificate is configured; otherwise says so and
# leaves them unsigned. build.sh calls it on the exes before packing them and
# on the installer after.
#
#   SIGN_PKCS12         the code-signing certificate and key, a .pfx/.p12 file
#   SIGN_PASSWORD       its password (optional)
#   SIGN_TIMESTAMP_URL  an RFC 3161 timestamp server (optional, recommended:
#                       the signature then stays valid after the certificate
#                       expires)
#
# Usage: sign.sh FILE.exe...
set -euo pipefail

say() { echo "windows/sign: $*" >&2; }

if [ -z "${SIGN_PKCS12:-}" ]; then
	say "SIGN_PKCS12 non impostata: $(printf '%s ' "${@##*/}")non firmati"
	exit 0
fi
[ -r "$SIGN_PKCS12" ] || { say "ERRORE: certificato $SIGN_PKCS12 non leggibile"; exit 1; }
if ! command -v osslsigncode >/dev/null; then
	say "installo osslsigncode"
	as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
	as_root apt-get update -qq
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends osslsigncode >/dev/null
fi

# The password goes through a file, not the command line, so that other
# users of the machine cannot read it in the process list.
pass_file=
cleanup() { [ -z "$pass_file" ] || rm -f "$pass_file"; }
trap cleanup EXIT
args=(-pkcs12 "$SIGN_PKCS12" -h sha256 -n "Piano della Performance")
if [ -n "${SIGN_PASSWORD:-}" ]; then
	pass_file=$(mktemp)
	chmod 600 "$pass_file"
	printf '%s' "$SIGN_PASSWORD" >"$pass_file"
	args+=(-readpass "$pass_file")
fi
[ -z "${SIGN_TIMESTAMP_URL:-}" ] || args+=(-ts "$SIGN_TIMESTAMP_URL")

for f in "$@"; do
	if ! osslsigncode sign "${args[@]}" -in "$f" -out "$f.signed" >/dev/null; then
		rm -f "$f.signed"
		say "ERRORE: firma di ${f##*/} non riuscita"
		exit 1
	fi
	mv -f "$f.signed" "$f"
	# The signature must cover the file as it is (the two digests equal).
	# Whether the certificate chain is trusted depends on the CA bundle of
	# this machine, which may not hold code-signing roots: reported only.
	report=$(osslsigncode verify -in "$f" 2>&1 || true)
	current=$(sed -n 's/^Current message digest *: *//p' <<<"$report" | tr -d ' ')
	calculated=$(sed -n 's/^Calculated message digest *: *//p' <<<"$report" | tr -d ' ')
	if [ -z "$current" ] || [ "$current" != "$calculated" ]; then
		say "ERRORE: la firma di ${f##*/} non corrisponde al file"
		exit 1
	fi
	if grep -q "^Signature verification: ok" <<<"$report"; then
		say "firmato e verificato: ${f##*/}"
	else
		say "firmato: ${f##*/} (catena del certificato non verificabile su questa macchina)"
	fi
done
