#!/usr/bin/env bash
# Install the benchmark's peers once: Hugo and GNU time from Debian, Pelican into its own venv.
# Safe to run again: it installs only what is missing. Needs the package registries; run.py then
# works offline.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
venv="${PELICAN_VENV:-$here/out/pelican-venv}"
python="${PYTHON:-python3}"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing_debs=()
command -v hugo >/dev/null 2>&1 || missing_debs+=(hugo)
[ -x /usr/bin/time ] || missing_debs+=(time)
if [ ${#missing_debs[@]} -gt 0 ]; then
    echo "setup: apt-get install -y ${missing_debs[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_debs[@]}"
fi

# Pelican lives in a venv of its own so its dependencies never change the versions our build uses.
if [ ! -x "$venv/bin/pelican" ]; then
    echo "setup: $python -m venv $venv && $venv/bin/pip install 'pelican[markdown]'"
    "$python" -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check 'pelican[markdown]'
fi

echo "setup: hugo $(hugo version | awk '{print $2}'), $("$venv/bin/pelican" --version 2>/dev/null | head -1 | sed 's/^/pelican /'), GNU time at /usr/bin/time"
