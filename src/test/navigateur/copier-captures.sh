#!/usr/bin/env bash
# Copies the screenshots the README shows from target/captures/ (written by the browser tests) to docs/captures/.
# Never run by the build: run it by hand after ToutesLesPagesNavigateurIT and ProcessusDuDossierNavigateurIT, look at
# the pictures, commit them. Usage: bash src/test/navigateur/copier-captures.sh
set -euo pipefail
racine="$(cd "$(dirname "$0")/../../.." && pwd)"
source="$racine/target/captures"
cible="$racine/docs/captures"
captures=(
  analyste-tache-analyse-1366 analyste-tache-analyse-390 analyste-taches-390
  coordinateur-dossier-1366 coordinateur-seance-1366
  membre1-dossier-390 admin-modeles-de-processus-1366 aibefe-dossiers-1366 dossier-processus
)
mkdir -p "$cible"
for nom in "${captures[@]}"; do
  if [ ! -f "$source/$nom.png" ]; then
    echo "Capture absente : $source/$nom.png (lancez d'abord les tests navigateur)" >&2
    exit 1
  fi
  cp "$source/$nom.png" "$cible/$nom.png"
done
echo "${#captures[@]} capture(s) copiée(s) dans $cible"
