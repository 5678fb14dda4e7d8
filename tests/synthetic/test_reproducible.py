"""The same seed gives the same corpus in every process, whatever PYTHONHASHSEED is.

Faker's it_IT city list is built from a set, so without a fix the corpus (and every benchmark figure
computed on it) changed from one run to the next.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = (
    "import hashlib, json\n"
    "from phigate.synthetic import make_corpus\n"
    "h = hashlib.sha256()\n"
    "for r in make_corpus(11, 'heldout', 40):\n"
    "    h.update(json.dumps(r.content, sort_keys=True, ensure_ascii=False, default=str).encode())\n"
    "print(h.hexdigest())\n"
)


def _digest(hash_seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_corpus_does_not_depend_on_the_hash_seed() -> None:
    assert _digest("1") == _digest("2") == _digest("3")
