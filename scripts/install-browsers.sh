#!/usr/bin/env bash
# Installs the browsers the tests drive, from Debian packages, when they are missing (nothing is
# downloaded by npm). Idempotent; needs root or sudo for apt-get.
set -euo pipefail
packages=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb fonts-dejavu-core fonts-liberation)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
chromium --version 2>/dev/null | head -1
firefox-esr --version 2>/dev/null | head -1
dpkg-query -W -f='webkit2gtk-driver ${Version}\n' webkit2gtk-driver
