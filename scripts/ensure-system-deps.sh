#!/usr/bin/env bash
# Installs the system tools the tests drive, when they are missing:
#   chromium     (the HTML report is checked in a real headless browser)
#   neovim       (the language server is checked from a real editor)
#   pandoc, soffice (annotated Word copies are read back by pandoc and converted by LibreOffice)
#   rg, krb5.h   (code-server for the VS Code extension tests: scripts/install-code-server.sh)
#   pre-commit   (the hook is installed from a clone of this repository by the real client)
# Debian packages only; needs root (as on CI). Without root it says what is
# missing and the tests that need it will fail with that reason.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
command -v pandoc >/dev/null 2>&1 || missing+=(pandoc)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
[ -f /usr/include/krb5.h ] || missing+=(libkrb5-dev)
command -v pre-commit >/dev/null 2>&1 || missing+=(pre-commit)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "speclint tests need: ${missing[*]} (install them with apt-get as root)" >&2
  exit 0
fi
echo "Installing ${missing[*]} for the browser and editor tests..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
