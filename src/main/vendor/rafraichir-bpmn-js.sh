#!/usr/bin/env bash
# Refreshes the vendored bpmn-js viewer the dossier page uses to draw the dossier's process
# (src/main/resources/static/vendor/bpmn-js/): the production bundle of the navigated viewer, its stylesheets and
# its licence. The version is pinned here; change it on purpose, run this script, commit the result. npm checks the
# package's integrity against the registry. Usage: bash src/main/vendor/rafraichir-bpmn-js.sh
set -euo pipefail
VERSION=18.31.1
racine="$(cd "$(dirname "$0")/../../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "bpmn-js@$VERSION" >/dev/null && tar -xzf "bpmn-js-$VERSION.tgz")
cible="$racine/src/main/resources/static/vendor/bpmn-js"
rm -rf "$cible"
mkdir -p "$cible"
cp "$tmp/package/dist/bpmn-navigated-viewer.production.min.js" "$tmp/package/LICENSE" "$cible/"
cp "$tmp/package/dist/assets/diagram-js.css" "$tmp/package/dist/assets/bpmn-js.css" "$cible/"
echo "$VERSION" > "$cible/VERSION"
echo "bpmn-js $VERSION -> $cible"
