#!/usr/bin/env bash
# Refreshes the vendored axe-core the browser tests inject into every page (src/test/navigateur/axe-core/).
# The version is pinned here; change it on purpose, run this script, commit the result. npm checks the package's
# integrity against the registry. Usage: bash src/test/navigateur/rafraichir-axe-core.sh
set -euo pipefail
VERSION=4.14.1
ici="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "axe-core@$VERSION" >/dev/null && tar -xzf "axe-core-$VERSION.tgz")
cible="$ici/axe-core"
rm -rf "$cible"
mkdir -p "$cible"
cp "$tmp/package/axe.min.js" "$tmp/package/LICENSE" "$cible/"
[ -f "$tmp/package/LICENSE-3RD-PARTY.txt" ] && cp "$tmp/package/LICENSE-3RD-PARTY.txt" "$cible/"
echo "$VERSION" > "$cible/VERSION"
echo "axe-core $VERSION -> $cible"
