"""A name found once, found again where the language has declined it.

Finnish, Estonian, Hungarian, the Slavic and Baltic languages, Greek and Turkish put a person's name in
cases: "Impi" is "Impille" (to Impi) and "Impiltä" (from Impi), "Горпина" is "Горпину", "Świętomira" is
"Świętomirze", "Nurseven" is "Nurseven'e". The detectors find the name where a label or a title stands
before it; its declined forms further on have neither, and a whole-word look-up of the name misses them.

So: the words of the names this text already yielded (after the vetoes), and each capitalised word that
is one of them, or one of them less its final vowel, plus an ending these languages decline with. Only
endings are allowed, never a derivation ("-son", "-ova", "-ville"), and never the English plural or
possessive "s", so "Rose" never reaches "Roses" and "Park" never "Parkinson".

Hebrew and Arabic instead glue a one-letter preposition or conjunction to a name ("ל<given>", "و<given>"):
`proclitic` finds the words of the names found there again, bare or under such a letter.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

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


# Hebrew and Arabic glue a one-letter preposition or conjunction to the next word: "ל" + <given> is "to
# <given>", "ול" + <given> "and to <given>", "ل" + <given>, "و" + "ل" + <given>; "ل" before "ال" writes "لل".
_HEBREW = "\u05d0-\u05ea"
_ARABIC = "\u0621-\u064a\u0671-\u06d3"
_CASELESS_WORD = re.compile(rf"[{_HEBREW}]+(?:['\u05f3][{_HEBREW}]*)?|[{_ARABIC}]+")
_HE_PROCLITICS = frozenset("והבכלמש")
_AR_PROCLITICS = frozenset("وفبكل")
# words that stand before a name without being part of it: titles, prepositions, the patient's label
_NOT_GIVEN = frozenset(str.split("""
ד"ר דר מר גב' גברת פרופ' הרב עו"ד אל עם של את גם כי על אצל המטופל המטופלת החולה
الدكتور د السيد السيدة الأستاذ الحاج الحاجة المريض المريضة مع إلى الى من عن على في و أو ابن بنت
دکتر آقای خانم جناب سرکار مهندس بیمار ڈاکٹر مسٹر محترمہ مریض
رقم تاريخ اسم هاتف شماره تاریخ نام کد ملی سریال تلفن شناسه نمبر
"""))
# a family's name that is also a hospital's or a street's: "מרכז רפואי <name>", "مستشفى <name>", "شارع <name>"
_PLACE_BEFORE = frozenset(str.split("""
בית רחוב שדרות מרכז קופת מרפאת בית־החולים
مستشفى مركز عيادة مستوصف جامعة شارع حي مدرسة مسجد ميدان
بیمارستان درمانگاه خیابان کوچه میدان مرکز دانشگاه
"""))
_MIN_GIVEN = 4  # a lone given name shorter than this is too often a word ("אור", "نور")


def _stems(word: str) -> list[str]:
    """The word and what is left of it after each of its proclitics."""
    out = [word]
    hebrew = "\u05d0" <= word[0] <= "\u05ea"
    letters, most = (_HE_PROCLITICS, 3) if hebrew else (_AR_PROCLITICS, 2)
    for k in range(1, most + 1):
        if len(word) - k < 2 or word[k - 1] not in letters:
            break
        out.append(word[k:])
        if not hebrew and word[k - 1] == "ل" and word[k : k + 1] == "ل":
            out.append("ا" + word[k:])  # "لل" + <family>: "ل" + "ال" + <family>
    return out


def proclitic(names: list[Hit], text: str) -> list[Hit]:
    """Names found in Hebrew or Arabic text, found again bare or under a proclitic, and the given name
    before a family name found again ("ל<given> <family>")."""
    family: set[str] = set()
    given: set[str] = set()
    taken: list[tuple[int, int]] = []
    for h in names:
        if h.type is not T.NAME:
            continue
        taken.append((h.start, h.end))
        span = text[h.start : h.end]
        if any(c.isascii() and c.isalnum() for c in span):
            continue  # "شماره سریال SN": a label the finder took for a name, not one to find again
        words = [w for w in _CASELESS_WORD.findall(text, h.start, h.end)
                 if len(w) >= 2 and w not in _NOT_GIVEN]
        if len(words) >= 2:
            family.add(words[-1])
            given.update(words[:-1])
        else:
            given.update(w for w in words if len(w) >= _MIN_GIVEN)
    family -= _NOT_GIVEN
    given -= _NOT_GIVEN
    if not family and not given:
        return []
    words = list(_CASELESS_WORD.finditer(text))
    found = [False] * len(words)
    taken.sort()
    starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))  # reach[j]: the furthest end of taken[0..j]
    inside = [(j := bisect_left(starts, m.end()) - 1) >= 0 and reach[j] > m.start() for m in words]
    for i, m in enumerate(words):
        if inside[i] or (i > 0 and words[i - 1].group() in _PLACE_BEFORE):
            continue
        if any(stem in family or (stem in given and len(stem) >= _MIN_GIVEN) for stem in _stems(m.group())):
            found[i] = True
    out: list[Hit] = []
    for i, m in enumerate(words):
        if found[i]:
            out.append(Hit(m.start(), m.end(), T.NAME, "names:proclitic"))
        elif not inside[i] and i + 1 < len(words) and (found[i + 1] or inside[i + 1]) \
                and text[m.end() : words[i + 1].start()] == " " \
                and words[i + 1].group() in family \
                and m.group() not in _NOT_GIVEN and len(m.group()) >= 3:
            # "ל<given> <family>": the proclitic goes on a name's first word, so the family's is bare
            out.append(Hit(m.start(), m.end(), T.NAME, "names:proclitic"))
        elif not inside[i] and i > 0 and found[i - 1] and text[words[i - 1].end() : m.start()] == " " \
                and _after_colon(text, words[i - 1].start()) \
                and _PHRASE_END.match(text, m.end()) \
                and m.group() not in _NOT_GIVEN and len(m.group()) >= 3:
            out.append(Hit(m.start(), m.end(), T.NAME, "names:proclitic"))  # "אל: <given> <family>,"
    return out


def _after_colon(text: str, start: int) -> bool:
    return text[max(0, start - 4) : start].rstrip(" \t").endswith((":", "："))


_PHRASE_END = re.compile(r"[ \t]*(?:[,،.;()\n]|$)")
