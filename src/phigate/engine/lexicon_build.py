"""Rebuild the word lists under phigate/data/lexicon (run by hand: `python -m phigate.engine.lexicon_build`).

Sources: Faker's person and address providers of every locale (synthetic name lists, folded to
lower-case ASCII so "Nguyễn" and "nguyen" both hit) and the system English word list
(/usr/share/dict/words, Debian `wamerican`) for the common-word vocabulary. Only Latin-script entries
are kept: the engine tokenises Latin text. Faker is a build-time dependency only.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

from phigate.engine.normalize import fold_token

OUT = Path(__file__).resolve().parent.parent / "data" / "lexicon"
WORD_RE = re.compile(r"^[a-z][a-z'\-]*[a-z]$")
PERSON_FIRST = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
                "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female",
                "middle_names", "middle_names_male", "middle_names_female")
PERSON_LAST = ("last_names", "last_names_male", "last_names_female", "last_romanized_names",
               "last_names_without_suffix", "last_names_common")


def _entries(value: object) -> list[str]:
    if isinstance(value, dict):
        return [str(k) for k in value]
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return []


def _fold_all(items: list[str]) -> set[str]:
    out: set[str] = set()
    for item in items:
        for part in re.split(r"[\s]+", item.strip()):
            f = fold_token(part).strip(".")
            if WORD_RE.match(f) and len(f) >= 2:
                out.add(f)
    return out


def _providers(kind: str) -> list[object]:
    pkg = importlib.import_module(f"faker.providers.{kind}")
    mods = []
    for info in pkgutil.iter_modules(pkg.__path__):
        try:
            mods.append(importlib.import_module(f"faker.providers.{kind}.{info.name}").Provider)
        except Exception:
            continue
    return mods


def main() -> int:
    first: set[str] = set()
    last: set[str] = set()
    for prov in _providers("person"):
        for attr in PERSON_FIRST:
            first |= _fold_all(_entries(getattr(prov, attr, ())))
        for attr in PERSON_LAST:
            last |= _fold_all(_entries(getattr(prov, attr, ())))
    cities: set[str] = set()
    street: set[str] = set()
    for prov in _providers("address"):
        for attr in ("cities", "city_names", "real_city_names", "metropolitan_cities"):
            for c in _entries(getattr(prov, attr, ())):
                f = " ".join(fold_token(p) for p in c.split())
                if re.match(r"^[a-z][a-z' \-]+$", f):
                    cities.add(f)
        for attr in ("street_suffixes", "street_suffixes_long", "street_suffixes_short", "street_prefixes"):
            for s in _entries(getattr(prov, attr, ())):
                f = fold_token(s.strip())
                if re.match(r"^[a-z][a-z.]*$", f):
                    street.add(f)
    common: set[str] = set()
    proper: set[str] = set()
    words = Path("/usr/share/dict/words")
    if words.exists():
        for w in words.read_text(encoding="utf-8", errors="replace").split():
            if w.endswith("'s"):
                continue
            f = fold_token(w)
            if not WORD_RE.match(f):
                continue
            if w[0].islower():
                common.add(f)
            else:
                proper.add(f)
    proper -= common
    OUT.mkdir(parents=True, exist_ok=True)
    for name, values in (("first.txt", first), ("last.txt", last), ("cities.txt", cities),
                         ("street_suffixes.txt", street), ("common.txt", common), ("proper.txt", proper)):
        (OUT / name).write_text("\n".join(sorted(values)) + "\n", encoding="utf-8")
        print(f"{name}: {len(values)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
