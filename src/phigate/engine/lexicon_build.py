"""Rebuild the word lists under phigate/data/lexicon (run by hand: `python -m phigate.engine.lexicon_build`).

Sources: Faker's person and address providers of every locale (synthetic name lists, folded to
lower-case ASCII so "Nguyễn" and "nguyen" both hit) and the system English word list
(/usr/share/dict/words, Debian `wamerican`) for the common-word vocabulary. Only Latin-script entries
are kept: the engine tokenises Latin text. Faker is a build-time dependency only.

`python -m phigate.engine.lexicon_build fakerjs DIR` adds a second, independent name source: the person
definitions of every locale of faker-js (`npm pack @faker-js/faker@8.4.1`, unpacked to DIR; read with
`node`), written to first_fakerjs.txt / last_fakerjs.txt. Other name lists than one's own are what
held-out text brings, so a second generator's lists widen what the dictionary knows. Only names that
neither Faker list holds are kept, of four letters or more, that are no English word and no word the
engine's own code spells (a weekday, an eponym, a month in another language: "montag", "riedel").
"""

from __future__ import annotations

import importlib
import json
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


_FAKERJS_DUMP = """
const fs = require('fs'), path = require('path');
const base = path.join(process.argv[1], 'dist', 'cjs', 'locales');
const out = {first: new Set(), last: new Set()};
const add = (set, v) => {
  if (Array.isArray(v)) v.forEach(x => set.add(String(x)));
  else if (v && typeof v === 'object') Object.values(v).forEach(x => add(set, x));
};
for (const loc of fs.readdirSync(base)) {
  const p = path.join(base, loc, 'person', 'index.js');
  if (!fs.existsSync(p)) continue;
  const m = require(p).default;
  ['first_name', 'male_first_name', 'female_first_name', 'middle_name'].forEach(k => add(out.first, m[k]));
  ['last_name', 'male_last_name', 'female_last_name'].forEach(k => add(out.last, m[k]));
}
process.stdout.write(JSON.stringify({first: [...out.first], last: [...out.last]}));
"""


def fakerjs(package: Path, out: Path = OUT) -> int:
    """first_fakerjs.txt / last_fakerjs.txt from an unpacked faker-js package (see the module docstring),
    written to `out`; the lists already there (Faker's, the vocabulary) are what is left out."""
    import json
    import subprocess

    raw = json.loads(subprocess.run(["node", "-e", _FAKERJS_DUMP, str(package.resolve())], check=True,
                                    capture_output=True, text=True).stdout)
    known = {w.casefold() for name in ("first.txt", "last.txt", "common.txt", "exclude.txt")
             for w in (out / name).read_text(encoding="utf-8").split()}
    engine = " ".join(p.read_text(encoding="utf-8") for p in Path(__file__).parent.glob("*.py")).casefold()
    spelled = set(re.findall(r"[a-z][a-z'\-]+", engine))
    for kind in ("first", "last"):
        words = {w for w in _fold_all(raw[kind]) if len(w) >= 4 and w not in known and w not in spelled}
        (out / f"{kind}_fakerjs.txt").write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
        print(f"{kind}_fakerjs.txt: {len(words)}", file=sys.stderr)
    return 0


# the first-level divisions that stand for a US state (Safe Harbor lets a state stay): provinces, regions,
# states, departments, counties of countries whose counties are their first level, oblasts, emirates...; not
# the municipalities, districts, parishes and local councils some countries list first (too small)
_STATE_LIKE = frozenset([
    "province", "region", "state", "department", "county", "governorate", "administrative region",
    "prefecture", "canton", "city", "republic", "division", "autonomous region", "autonomous community",
    "land", "voivodship", "special municipality", "metropolitan region", "regional state",
    "union territory", "republican city", "administrative territory", "emirate", "metropolitan city",
    "oblast", "autonomous district", "territory", "overseas region", "development region", "capital city",
    "autonomous republic", "special administrative region", "federal territory", "capital territory",
    "federal district", "capital district", "special city", "autonomous province", "autonomous city",
    "federal capital territory", "capital", "metropolitan administration", "special administrative city",
    "special self-governing province", "special self-governing city",
])
# the suffix a romanised name carries for its type ("Seoul-teukbyeolsi", "Gyeonggi-do")
_TYPE_SUFFIX = re.compile(
    r"-(?:teukbyeolsi|gwangyeoksi|teukbyeoljachisi|teukbyeoljachido|do|si|shi|ken|fu|to)$"
)


def regions(iso_json: Path, out: Path = OUT) -> int:
    """regions.txt from Debian's iso-codes (`/usr/share/iso-codes/json/iso_3166-2.json`): every first-level
    division of a state-like type, folded, with its name's parts ("Central Luzon (Region III)" gives both)."""
    data = json.loads(iso_json.read_text(encoding="utf-8"))["3166-2"]
    firsts: dict[str, int] = {}
    for sub in data:
        if "parent" not in sub:
            firsts[sub["code"][:2]] = firsts.get(sub["code"][:2], 0) + 1
    names: set[str] = set()
    for sub in data:
        kind = sub["type"].lower()
        few = kind == "district" and firsts[sub["code"][:2]] <= 30  # Bulgaria's oblasts; many are counties
        if "parent" in sub or not (kind in _STATE_LIKE or few):
            continue
        for part in re.split(r"\s*[(\[\]),/]\s*|\s+-\s+", sub["name"]):
            f = " ".join(fold_token(w) for w in part.split())
            f = _TYPE_SUFFIX.sub("", f).strip(" '")
            if len(f) >= 3 and re.match(r"^[a-z][a-z' .\-]+$", f):
                names.add(f)
    names |= _REGIONS_ALSO
    out.mkdir(parents=True, exist_ok=True)
    header = ("# First-level divisions of state-like types (ISO 3166-2 via Debian's iso-codes), folded;\n"
              "# built by `python -m phigate.engine.lexicon_build regions <iso_3166-2.json>`\n")
    (out / "regions.txt").write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"regions.txt: {len(names)}", file=sys.stderr)
    return 0


# English and current names the ISO list writes otherwise (its romanisations, or names since changed)
_REGIONS_ALSO = frozenset([
    "dubai", "abu dhabi", "sharjah", "ajman", "fujairah", "ras al khaimah", "umm al quwain", "koshi",
    "madhesh", "gandaki", "lumbini", "karnali", "sudurpashchim", "bagmati", "seoul", "busan", "incheon",
    "daegu", "gwangju", "daejeon", "ulsan", "sejong", "gyeonggi", "gangwon", "amajyepfo", "amajyaruguru",
    "iburasirazuba", "iburengerazuba", "empuma koloni", "eastern cape", "kwazulu-natal", "apurimac",
    "region iii", "national capital region", "ncr", "calabarzon", "mimaropa", "soccsksargen", "caraga",
    "barmm",
])


if __name__ == "__main__":
    if sys.argv[1:2] == ["fakerjs"] and len(sys.argv) == 3:
        raise SystemExit(fakerjs(Path(sys.argv[2])))
    if sys.argv[1:2] == ["regions"] and len(sys.argv) == 3:
        raise SystemExit(regions(Path(sys.argv[2])))
    raise SystemExit(main())
