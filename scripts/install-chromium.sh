#!/usr/bin/env bash
# Installs Debian's headless Chromium and its matching chromedriver for the dashboard browser test
# (DashboardBrowserIT). Does nothing when both binaries are already present.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "install-chromium: /usr/bin/chromium and /usr/bin/chromedriver already present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-chromium: need root (or sudo) to apt-get install chromium chromium-driver" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium chromium-driver
echo "install-chromium: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
