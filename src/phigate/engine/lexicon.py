"""Word lists shipped as package data (phigate/data/lexicon), loaded once per process."""

from __future__ import annotations

from functools import cache
from importlib import resources


def _load(name: str) -> frozenset[str]:
    text = resources.files("phigate.data").joinpath("lexicon", name).read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.update(line.split()) if " " in line and name == "exclude.txt" else words.add(line)
    return frozenset(words)


@cache
def first_names() -> frozenset[str]:
    """Python Faker's given names of every locale, and faker-js's that no Faker list or vocabulary holds."""
    return _load("first.txt") | _load("first_fakerjs.txt")


@cache
def last_names() -> frozenset[str]:
    return _load("last.txt") | _load("last_fakerjs.txt")


@cache
def faker_py_names() -> frozenset[str]:
    """The first- and last-name lists from Python Faker alone: the lists the held-out probes were checked
    against when they were written (the faker-js additions came later, from another source)."""
    return _load("first.txt") | _load("last.txt")


@cache
def common_words() -> frozenset[str]:
    """Lower-case English dictionary words (a capitalised one mid-sentence may still be a name)."""
    return _load("common.txt")


@cache
def proper_nouns() -> frozenset[str]:
    """Capitalised-only dictionary entries: people and places (not common words)."""
    return _load("proper.txt")


@cache
def cities() -> frozenset[str]:
    return _load("cities.txt")


@cache
def excluded() -> frozenset[str]:
    """Capitalised words that are never names here: headings, drugs, organisations, calendar, states."""
    return _load("exclude.txt")


@cache
def countries() -> frozenset[str]:
    """Country names (lower-case): geography above state level, which Safe Harbor lets stay."""
    return _load("countries.txt")


@cache
def languages() -> frozenset[str]:
    """Language names (folded, some of two or three words): what an interpreter is booked for, no person."""
    return _load("languages.txt")


@cache
def regions() -> frozenset[str]:
    """First-level divisions of other countries (folded): Safe Harbor's state, which may stay."""
    return _load("regions.txt")
