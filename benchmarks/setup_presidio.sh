#!/usr/bin/env bash
# Create benchmarks' separate venv with Microsoft Presidio (the reference the masking benchmark compares
# against). Kept out of .venv on purpose: Presidio pulls spaCy, numpy and friends that phigate never uses.
# No spaCy model is installed (models are not on PyPI): the benchmark runs Presidio with a blank English
# pipeline, i.e. its pattern recognizers only, without NER, and says so in its output.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_VENV="${PHIGATE_BENCH_VENV:-.bench-venv}"
if [ -z "${PYTHON:-}" ]; then  # the interpreter .venv was built from, else the first python3 that runs
  for candidate in "$(.venv/bin/python -c 'import sys; print(sys._base_executable)' 2>/dev/null)" python3.12 python3; do
    if [ -n "$candidate" ] && "$candidate" -c 'import sys; assert sys.version_info >= (3, 10)' 2>/dev/null; then
      PYTHON="$candidate"; break
    fi
  done
fi
: "${PYTHON:?no Python >= 3.10 found; set PYTHON=/path/to/python3}"
PRESIDIO_VERSION="${PRESIDIO_VERSION:-2.2.366}"

if [ ! -x "$BENCH_VENV/bin/python" ]; then
  "$PYTHON" -m venv "$BENCH_VENV"
fi
"$BENCH_VENV/bin/python" -m pip install --quiet --upgrade pip
"$BENCH_VENV/bin/python" -m pip install --quiet \
  "presidio-analyzer==$PRESIDIO_VERSION" "presidio-anonymizer==$PRESIDIO_VERSION"
"$BENCH_VENV/bin/python" -c "import presidio_analyzer, presidio_anonymizer, spacy; print('presidio ready, spaCy', spacy.__version__)"
