#!/usr/bin/env bash
# Makes sure Debian's Chromium and CJK fonts are present for the end-to-end tests.
# Installs them with apt-get when running as root; otherwise says what to run and stops.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
have_fonts() { fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; }
if [ -x "$CHROMIUM" ] && have_fonts; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "End-to-end tests need Chromium ($CHROMIUM) and CJK fonts." >&2
  echo "Install them as root:  apt-get update && apt-get install -y chromium fonts-noto-cjk" >&2
  echo "端到端测试需要 Chromium 与中文字体，请以 root 运行上面的命令后重试。" >&2
  exit 1
fi
echo "Installing chromium and fonts-noto-cjk with apt-get…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
"$CHROMIUM" --version
