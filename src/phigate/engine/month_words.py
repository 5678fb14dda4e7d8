"""Dates whose month is written in a language no date pattern lists: "18 di juuli", "2 Jannar", "1 Abrili",
"Setyembre 28, 1924". Most languages borrow the month names of a few others, so a word beside a day number
that is close to a month's name in English, Spanish, Portuguese, French, Italian, German, Dutch or
Indonesian (same first letter, similarity of at least two thirds) and is no English word is a month.
The day and the word are found by Hyperscan patterns (patterns.MONTH_WORD_DATES); this decides the word.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from phigate.engine import lexicon
from phigate.engine.normalize import fold_token

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
_BY_LETTER["o"] = (*_BY_LETTER["o"], *_BY_LETTER["a"])  # "ougust": an a written o


@lru_cache(maxsize=4096)
def is_month(word: str, fuzzy: bool = True) -> bool:
    """A month's name in some language (not an English word such as "marrow" or "junior"); fuzzy=False:
    only the listed languages' own names."""
    key = fold_token(word)
    if key in _MONTHS:
        return True
    if not fuzzy:
        return False
    common = lexicon.common_words()
    if len(key) < 4 or key in common or key in lexicon.excluded():
        return False
    if any(key.endswith(s) and key[: -len(s)] in common for s in ("s", "es", "ed", "ing", "ly", "er")):
        return False  # an English word's plural or derivation: "agonists", "marrows"
    if key[:2] in ("yu", "iu"):  # "yunio", "Iulie": the j written y or i
        key = "j" + key[1:]
    return any(SequenceMatcher(None, key, m).ratio() >= 0.66 for m in _BY_LETTER.get(key[0], ()))
