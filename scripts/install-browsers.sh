#!/usr/bin/env bash
# Installs the browsers the end-to-end tests drive: Debian's chromium and firefox-esr, and their Dutch
# translations (the panel follows the browser's UI language, and Debian builds both browsers English
# only: chromium-l10n brings Chromium's nl.pak, firefox-esr-l10n-nl Firefox's Dutch langpack). The
# browsers' own download channels are unreachable here, so the distribution's packages are the way in.
set -euo pipefail
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'; }
missing=()
command -v "${CHROME_PATH:-/usr/bin/chromium}" >/dev/null 2>&1 || missing+=(chromium)
command -v "${FIREFOX_PATH:-/usr/bin/firefox-esr}" >/dev/null 2>&1 || missing+=(firefox-esr)
# Only for Debian's own browsers: a CHROME_PATH/FIREFOX_PATH browser brings its own translations.
[ -n "${CHROME_PATH:-}" ] || installed chromium-l10n || missing+=(chromium-l10n)
[ -n "${FIREFOX_PATH:-}" ] || installed firefox-esr-l10n-nl || missing+=(firefox-esr-l10n-nl)
if [ ${#missing[@]} -eq 0 ]; then
  echo "Browsers present, with Dutch: $(chromium --version 2>/dev/null | head -1); $(firefox-esr --version 2>/dev/null)"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${missing[*]} from Debian's packages…"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" fonts-dejavu-core >/dev/null
