#!/usr/bin/env bash
# The browser tests drive Debian's chromium through chromedriver. Installs both when missing and allowed (root with
# apt-get), so that `mvn verify` and .ci/run work on a fresh machine; never downloads a browser any other way.
set -euo pipefail

if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installation de chromium et chromium-driver (paquets Debian) pour les tests navigateur..."
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
  exit 0
fi
echo "Les tests navigateur ont besoin de Chromium et de son pilote : installez les paquets Debian" >&2
echo "« chromium » et « chromium-driver » (sudo apt-get install chromium chromium-driver), puis relancez mvn verify." >&2
exit 1
