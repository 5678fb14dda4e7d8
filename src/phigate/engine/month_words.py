"""Dates whose month is written in a language no date pattern lists: "18 di yuli", "2 Januwale", "1 Aperila",
"Nobiyembre 28, 1924". Most languages borrow the month names of a few others, so a word beside a day number
that is close to a month's name in English, Spanish, Portuguese, French, Italian, German, Dutch or
Indonesian (same first letter, similarity of at least two thirds) and is no English word is a month.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import lexicon
from phigate.engine.normalize import fold_token
from phigate.engine.scanner import Hit

_MONTHS = frozenset(
    " ".join([
        "january february march april may june july august september october november december",
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre",
        "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
        "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "januar februar marz april mai juni juli august september oktober november dezember",
        "januari februari maart april mei juni juli augustus september oktober november december",
        "januari februari maret april mei juni juli agustus september oktober november desember",
    ]).split()
)
_BY_LETTER: dict[str, tuple[str, ...]] = {}
for _m in sorted(_MONTHS):
    _BY_LETTER[_m[0]] = (*_BY_LETTER.get(_m[0], ()), _m)
_BY_LETTER["o"] = (*_BY_LETTER["o"], *_BY_LETTER["a"])  # "ougustus"

_YEAR = r"(?:,?[ \t]+(?P<y>(?:1[89]|20)[0-9]{2})(?![0-9]))?"
# "18 di yuli", "5th of Aperila", "2 Januwale 2019"; "Nobiyembre 28, 1924"
_DAY_MONTH = re.compile(
    r"(?<![\w.,])(?P<d>[0-3]?[0-9])(?P<o>\.|º|°|st|nd|rd|th)?[ \t]+"
    r"(?P<p>(?:di|de|del|of|ng|ni|ka|la|le|sa)[ \t]+)?"
    r"(?P<m>[^\W\d_]{3,12})(?![\w'’])" + _YEAR
)
# found from the day number, then the word before it (a scan that starts at a letter tries every position)
_DAY_AFTER = re.compile(r"[ \t](?P<d>[0-3]?[0-9])(?![0-9]|[.,:/][0-9])" + _YEAR)
_WORD_END = re.compile(r"(?<![\w'’])(?P<m>[^\W\d_]{4,12})[ \t]*$")


@lru_cache(maxsize=4096)
def is_month(word: str) -> bool:
    """A month's name in some language (not an English word such as "marrow" or "junior")."""
    key = fold_token(word)
    if key in _MONTHS:
        return True
    common = lexicon.common_words()
    if len(key) < 4 or key in common or key in lexicon.excluded():
        return False
    if any(key.endswith(s) and key[: -len(s)] in common for s in ("s", "es", "ed", "ing", "ly", "er")):
        return False  # an English word's plural or derivation: "agonists", "marrows"
    if key[:2] in ("yu", "iu"):  # "yuli", "Iuni": the j written y or i
        key = "j" + key[1:]
    return any(SequenceMatcher(None, key, m).ratio() >= 0.66 for m in _BY_LETTER.get(key[0], ()))


def find(text: str) -> list[Hit]:
    """DATE hits for a day beside a month word (offsets into `text`)."""
    out: list[Hit] = []
    for m in _DAY_MONTH.finditer(text):
        # a count of things is no date: a lower-case word needs a particle, an ordinal or a year
        # ("2 agonists" no; "18 di yuli", "2 Januwale", "Nobiyembre 28" yes)
        dated = m.group("m")[0].isupper() or m.group("y") or m.group("p") or m.group("o")
        if dated and 1 <= int(m.group("d")) <= 31 and is_month(m.group("m")):
            out.append(Hit(m.start(), m.end(), T.DATE, "dates:month-word"))
    for d in _DAY_AFTER.finditer(text):
        w = _WORD_END.search(text, max(0, d.start() - 13), d.start())
        if w is None or not (w.group("m")[0].isupper() or d.group("y")):
            continue
        if 1 <= int(d.group("d")) <= 31 and is_month(w.group("m")):
            out.append(Hit(w.start(), d.end(), T.DATE, "dates:month-word"))
    return out
