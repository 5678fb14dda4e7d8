"""A name found once, found again where the language has declined it.

Finnish, Estonian, Hungarian, the Slavic and Baltic languages, Greek and Turkish put a person's name in
cases: "Impi" is "Impille" (to Impi) and "Impiltä" (from Impi), "Горпина" is "Горпину", "Świętomira" is
"Świętomirze", "Nurseven" is "Nurseven'e". The detectors find the name where a label or a title stands
before it; its declined forms further on have neither, and a whole-word look-up of the name misses them.

So: the words of the names this text already yielded (after the vetoes), and each capitalised word that
is one of them, or one of them less its final vowel, plus an ending these languages decline with. Only
endings are allowed, never a derivation ("-son", "-ova", "-ville"), and never the English plural or
possessive "s", so "Rose" never reaches "Roses" and "Park" never "Parkinson".
"""

from __future__ import annotations

import re

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import lexicon
from phigate.engine.scanner import Hit

# case endings of Uralic, Slavic, Baltic and Greek names, lower case (no "an": "Luther", "Lutheran")
_ENDINGS = frozenset(str.split("""
a e i o u y ä ö ü ą ę ó ï ı
n in en un ün ın on ön ne na ni nu ny
lle lla llä lta ltä ssa ssä sta stä ksi ksi lla lle lt ga le st ks ta ga
ta tä lt l
nak nek val vel ral rel ról ről ban ben ba be ből ból hoz hez höz tól től ot et at öt t ért
owi em om ie ą ę iem ej iej ego emu ym im y ów ach ami ze ce
ovi ou ém ovi ovou ové a u e
ui ei ai ės io iui ą ę os ys is us ių ams ui
ой ою у ю е ы и ом ем ей ого ому ым им ой ою ы ии ию ией ея ой
ові ою і ю у е а и ї
ου ης ας ο α η ων
"""))
# Turkish endings, written after an apostrophe on a proper name
_AFTER_APOSTROPHE = frozenset(str.split("""
a e ı i u ü ya ye yı yi yu yü ın in un ün nın nin nun nün da de ta te dan den tan ten la le yla yle
nda nde ndan nden
"""))
# a capitalised word, with a Turkish ending after an apostrophe ("Demirkapı'ya")
_WORD = re.compile(r"(?<![\w'’\-])(?P<w>[^\W\d_][^\W\d_]{3,})(?:['’](?P<apo>[^\W\d_]{1,5}))?(?![\w\-])")
_VOWELS = frozenset("aeiouyäöüáéíóúąęěåаеёиоуыэюяіїєαεηιουωάέήίόύώı")
_MIN_STEM = 3


def find(names: list[Hit], text: str) -> list[Hit]:
    """Declined forms of the words of `names` (hits in `text`), wherever they stand in `text`."""
    words: set[str] = set()
    for h in names:
        if h.type is T.NAME:
            found = (m.group("w") for m in _WORD.finditer(text, h.start, h.end))
            words.update(w for w in found if w[0].isupper())
    words = {w for w in words if len(w) > _MIN_STEM}  # "Tim" would reach "Time", "Eve" "Even"
    if not words:
        return []
    stems = set(words) | {w[:-1] for w in words if w[-1].lower() in _VOWELS}
    # Finnish weakens a double consonant before most endings: "Ulvikki", "Ulvikille"
    stems |= {w[:-3] + w[-2:] for w in words
              if len(w) > _MIN_STEM + 1 and w[-1] in _VOWELS and w[-2] == w[-3] and w[-2] not in _VOWELS}
    common = lexicon.common_words()
    taken = [(h.start, h.end) for h in names]
    starts: set[int] = set()
    for stem in stems:  # str.find per stem: a text names few people, and a pass over all its words costs more
        i = text.find(stem)
        while i >= 0:
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_'’-"):
                starts.add(i)
            i = text.find(stem, i + 1)
    out: list[Hit] = []
    for i in sorted(starts):
        m = _WORD.match(text, i)
        if m is None:
            continue
        w = m.group("w")
        apo = m.group("apo")
        if apo is not None:  # "<Name>'ya": the name is whole, the ending after the apostrophe
            ok = w in words and apo.lower() in _AFTER_APOSTROPHE
        else:
            ok = w not in words and any(w[:k] in stems and w[k:] in _ENDINGS
                                        for k in range(max(_MIN_STEM, len(w) - 3), len(w)))
        if ok and w.lower() not in common and not any(s < m.end() and m.start() < e for s, e in taken):
            out.append(Hit(m.start(), m.end(), T.NAME, "names:inflected"))
    return out
