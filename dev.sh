#!/usr/bin/env bash
# phigate developer entry point: finds a Python >= 3.12, keeps .venv in sync with constraints.txt,
# then runs one job.  ./dev.sh demo | test | lint | bench | lock | shell CMD...
set -euo pipefail
cd "$(dirname "$0")"
VENV="${PHIGATE_VENV:-.venv}"

find_python() {
  local c
  for c in "${PHIGATE_PYTHON:-}" python3.13 python3.12 python3 \
           "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3 /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9]; do
    [ -n "$c" ] || continue
    command -v "$c" >/dev/null 2>&1 || [ -x "$c" ] || continue
    if "$c" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
      echo "$c"; return 0
    fi
  done
  echo "phigate: no Python >= 3.12 found (set PHIGATE_PYTHON=/path/to/python3.12)" >&2
  return 1
}

bootstrap() {
  local stamp="$VENV/.phigate-stamp" want
  want=$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)
  if [ -x "$VENV/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then return 0; fi
  local py; py=$(find_python)
  echo "phigate: setting up $VENV with $($py -V) (first run takes about a minute)" >&2
  [ -x "$VENV/bin/python" ] || "$py" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev]'
  echo "$want" > "$stamp"
}

cmd="${1:-demo}"; shift || true
case "$cmd" in
  demo)  bootstrap; exec "$VENV/bin/phigate" demo "$@" ;;
  test)  bootstrap
         "$VENV/bin/ruff" check .
         exec "$VENV/bin/python" -m pytest "$@" ;;
  lint)  bootstrap; exec "$VENV/bin/ruff" check . "$@" ;;
  bench) bootstrap; exec "$VENV/bin/python" -m benchmarks "$@" ;;
  lock)  bootstrap
         { head -2 constraints.txt; "$VENV/bin/python" -m pip freeze --exclude-editable | grep -vi '^phigate'; } > constraints.txt.new
         mv constraints.txt.new constraints.txt ;;
  shell) bootstrap; exec "$VENV/bin/$1" "${@:2}" ;;
  *) echo "usage: ./dev.sh demo|test|lint|bench|lock|shell CMD" >&2; exit 2 ;;
esac
