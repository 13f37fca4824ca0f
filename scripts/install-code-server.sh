#!/usr/bin/env bash
# Installs code-server (VS Code in the browser) for the VS Code extension tests
# (test/vscode.test.ts), from the npm registry and Debian packages only, into
# node_modules/.cache/speclint-code-server/<version>. Does nothing when that
# install is already complete. Prints the folder of the `code-server` bin.
#
# Why these steps (measured in ../shared/VSCODE-TESTING.md): a plain
# `npm install code-server` here fails. Its postinstall refuses root and then
# downloads ripgrep and native prebuilds from GitHub and Node headers, none of
# which can be reached. So: install with --ignore-scripts, build the native
# modules from source against the Node headers in /usr/include/node, link
# Debian's ripgrep where @vscode/ripgrep would download its own, and do the
# rest of code-server's postinstall.sh by hand.
#
# Needs Debian's ripgrep and libkrb5-dev (scripts/ensure-system-deps.sh), g++, make, python3.
set -euo pipefail

VERSION=4.100.3 # 4.100.x is the last line that runs on Node 20; 4.103 needs Node 22.
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/node_modules/.cache/speclint-code-server/$VERSION"
bin="$dir/node_modules/.bin/code-server"
stamp="$dir/.complete"

if [ -f "$stamp" ] && [ -x "$bin" ]; then
  echo "$bin"
  exit 0
fi

for tool in rg g++ make python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "install-code-server: $tool is missing (run scripts/ensure-system-deps.sh as root)" >&2; exit 1; }
done
[ -f /usr/include/krb5.h ] || { echo "install-code-server: libkrb5-dev is missing (run scripts/ensure-system-deps.sh as root)" >&2; exit 1; }

start=$(date +%s)
echo "Installing code-server $VERSION for the VS Code tests into $dir (a few minutes, once)..." >&2
rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"
# A package of its own, so npm does not walk up to speclint's package.json.
printf '{ "name": "speclint-code-server", "private": true }\n' >package.json

export npm_config_build_from_source=true # no prebuilt binaries from GitHub
export npm_config_nodedir=/usr           # Node headers from /usr/include/node, not nodejs.org
export npm_config_yes=true               # node-pty's postinstall runs `npx node-gyp`
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
quiet() { "$@" >>"$dir/install.log" 2>&1 || { tail -40 "$dir/install.log" >&2; return 1; }; }

quiet npm install --ignore-scripts --no-save "code-server@$VERSION"
quiet npm rebuild argon2

link_ripgrep() {
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sfn "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
}

# code-server's postinstall.sh, step by step.
cd "$dir/node_modules/code-server/lib/vscode"
quiet npm install --ignore-scripts --omit=dev
link_ripgrep
quiet npm rebuild
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
cd extensions
quiet npm install --omit=dev

touch "$stamp"
echo "code-server $VERSION installed in $(($(date +%s) - start)) s, $(du -sh "$dir" | cut -f1)" >&2
echo "$bin"
