#!/usr/bin/env bash
# Installs the browsers the end-to-end tests drive: Debian's chromium and firefox-esr. The browsers'
# own download channels are unreachable here, so the distribution's packages are the way in.
set -euo pipefail
missing=()
command -v "${CHROME_PATH:-/usr/bin/chromium}" >/dev/null 2>&1 || missing+=(chromium)
command -v "${FIREFOX_PATH:-/usr/bin/firefox-esr}" >/dev/null 2>&1 || missing+=(firefox-esr)
if [ ${#missing[@]} -eq 0 ]; then
  echo "Browsers present: $(chromium --version 2>/dev/null | head -1); $(firefox-esr --version 2>/dev/null)"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${missing[*]} from Debian's packages…"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" fonts-dejavu-core >/dev/null
