"""Two shapes that make a name out of words no list holds: initials, and what a person is also called.

- Initials before a surname ("A. G. Varnaska", "Tavi R. Orlenko"): two initials, or one between a given
  name and a surname, or one before a listed surname. A pathogen's abbreviated genus ("S. Aureus",
  "H. Pylori") is not a person.
- What a person is also called: capitalised words inside the brackets right after a masked name ("[NAME]
  (Kea)", "[NAME] (we call him Kea)", in any language), and the word after "calls her", "known as", "goes
  by", "aka" -- a nickname is as identifying as the name, and it is written in lower case in chat ("call
  her keakea").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import lexicon
from phigate.engine.names import LABELS, ORG_WORDS, TITLES
from phigate.engine.normalize import fold_token
from phigate.engine.relatives import RELATIONS
from phigate.engine.scanner import Hit

_CAP = r"[^\W\d_a-z](?:['’][^\W\d_])?[^\W\d_A-Z]+(?:-[^\W\d_a-z][^\W\d_A-Z]+)?"
_INITIALS = re.compile(rf"(?<![\w.])(?P<ini>(?:[A-Z]\.[ \t]?){{1,3}})(?P<sur>{_CAP})(?![\w'’])")
_GIVEN_BEFORE = re.compile(rf"(?<![\w'’])(?P<given>{_CAP})[ \t]$")
_SPECIES = frozenset(
    ["aureus", "coli", "pylori", "diff", "difficile", "pneumoniae", "aeruginosa", "faecalis", "faecium",
     "epidermidis", "pyogenes", "agalactiae", "albicans", "influenzae", "trachomatis", "gonorrhoeae",
     "vivax", "falciparum", "typhi", "jejuni", "cholerae", "pertussis", "tuberculosis", "marcescens",
     "cloacae", "mirabilis", "vulgaris", "perfringens", "tetani", "botulinum", "monocytogenes", "gondii"]
)
_BRACKET = re.compile(r"[ \t]?\((?P<in>[^()\n\[\]]{2,48})\)")
_BRACKET_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# a word before a bracket that says it is what people call someone: "Kea (pt's nickname)", "Kea (as everyone
# knew her)"; before a phone in brackets: "ride is Kea (555-...)"; before ", her grandson"
# (each found from its bracket or comma, then the words before it: a scan that starts at a letter would try
# every position of the text)
_CALLED_NOTE = re.compile(
    r"\((?=[^()\n]{0,30}?\b(?i:nickname|known|knew|called|calls|call|goes by)\b[^()\n]{0,30}\))"
)
_WORD_BEFORE = re.compile(r"(?<![\w'’\-])(?P<v>[^\W\d_a-z][\w'’\-]{1,24})[ \t]+\($")
_REL_AFTER = re.compile(
    r",[ \t]+(?i:her|his|their|the patient's|the pt's|pt's|patient's|my|our)[ \t]+(?P<r>[\w\-]{3,16})\b"
)
_WORDS_BEFORE = re.compile(
    r"(?<![\w'’\-])(?P<v>[^\W\d_a-z][\w'’\-]{1,24}(?:[ \t][^\W\d_a-z][\w'’\-]{1,24})?)$"
)
_AKA = re.compile(
    r"(?i:\b(?:calls? (?:him|her|them|me)|call (?:him|her|them|me)|known as|goes by|go by|nicknamed"
    r"|aka|a\.k\.a\.|prefers to be called|likes to be called|called by (?:his|her) nickname))"
    r"[ \t:]+[\"“']?(?P<v>[^\W\d_][\w'’\-]{1,24})"
)


class NameShapes:
    """Built once (holds the word lists it consults)."""

    def __init__(self) -> None:
        self.first, self.last = lexicon.first_names(), lexicon.last_names()
        self.common, self.excluded = lexicon.common_words(), lexicon.excluded()
        self.proper = lexicon.proper_nouns()

    def _unknown(self, word: str) -> bool:
        """No dictionary word, heading or label (a listed name that is no ordinary word counts)."""
        k = fold_token(word)
        if k in self.common or k in self.excluded or k in TITLES or k in LABELS or k in ORG_WORDS:
            return False
        return k in self.first or k in self.last or k not in self.proper

    def initials(self, text: str) -> list[Hit]:
        out: list[Hit] = []
        for m in _INITIALS.finditer(text):
            sur = m.group("sur")
            ks = fold_token(sur)
            if ks in _SPECIES or not self._unknown(sur):
                continue
            g = _GIVEN_BEFORE.search(text, max(0, m.start() - 30), m.start())
            g_ok = g is not None and self._unknown(g.group("given"))
            if m.group("ini").count(".") >= 2 or g_ok or ks in self.last:
                start = g.start("given") if g is not None and g_ok else m.start()
                out.append(Hit(start, m.end("sur"), T.NAME, "names:initials"))
        return out

    def aliases(self, text: str, names: Sequence[tuple[int, int]], phones: Sequence[int] = ()) -> list[Hit]:
        out: list[Hit] = []
        for c in _CALLED_NOTE.finditer(text):
            m = _WORD_BEFORE.search(text, max(0, c.start() - 28), c.start() + 1)
            if m is not None and self._unknown(m.group("v")) and not m.group("v").isupper():
                out.append(Hit(m.start("v"), m.end("v"), T.NAME, "names:alias"))
        for p in phones:  # "ride is Kea (555-201-3344)"
            m = _WORD_BEFORE.search(text, max(0, p - 28), p)
            if m is not None and not m.group("v").isupper() and self._unknown(m.group("v")):
                out.append(Hit(m.start("v"), m.end("v"), T.NAME, "names:before-phone"))
        for r in _REL_AFTER.finditer(text):
            if r.group("r").lower() not in _RELATIONS:
                continue
            m = _WORDS_BEFORE.search(text, max(0, r.start() - 52), r.start())
            if m is not None and all(not w.isupper() and self._unknown(w) for w in m.group("v").split()):
                out.append(Hit(m.start("v"), m.end("v"), T.NAME, "names:relative"))
        for _s, e in names:
            b = _BRACKET.match(text, e)
            if b is None or any(c.isdigit() for c in b.group("in")):
                continue  # "(83 Jahre alt)", "(MRN 1234)": an age or a number, not another name
            for w in _BRACKET_WORD.finditer(b.group("in")):
                word = w.group()
                if word[0].isupper() and not word.isupper() and self._unknown(word):
                    s = b.start("in") + w.start()
                    out.append(Hit(s, s + len(word), T.NAME, "names:alias"))
        for m in _AKA.finditer(text) if any(k in text for k in _AKA_KEYS) else ():
            word = m.group("v")
            if not word.isupper() and self._unknown(word):
                out.append(Hit(m.start("v"), m.end("v"), T.NAME, "names:alias"))
        return out


def initials(text: str) -> list[Hit]:
    """Names written with initials in `text` (offsets into it)."""
    return _shapes().initials(text)


def aliases(text: str, hits: Sequence[Hit]) -> list[Hit]:
    """Nicknames after the NAME hits found so far and after "calls her", "known as" (offsets into `text`)."""
    return _shapes().aliases(
        text, [(h.start, h.end) for h in hits if h.type is T.NAME],
        [h.start for h in hits if h.type is T.PHONE and text[h.start - 1 : h.start] == "("],
    )


_AKA_KEYS = ("call", "Call", "CALL", "known", "Known", "KNOWN", "go by", "goes by", "Goes by", "aka", "AKA",
             "a.k.a", "nickname", "Nickname")
_RELATIONS = frozenset(r.lower() for r in RELATIONS if r.isascii())
_SHAPES: list[NameShapes] = []


def _shapes() -> NameShapes:
    if not _SHAPES:
        _SHAPES.append(NameShapes())
    return _SHAPES[0]
