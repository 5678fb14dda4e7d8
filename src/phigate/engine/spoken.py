"""PHI written the way speech-to-text, a caller or someone dodging a filter writes it: digits as words ("zip
oh three eight one five", "ssn ends three one five nine"), read one by one with commas or spelled with
a phonetic alphabet ("J as in juliet, 2, 0, 1, 9"), a phone number in groups joined by words ("483, then
912, then 6051"), an e-mail, IP address or link with "at", "dot" and "slash" spelled out ("ana dot
obi at example dot com", "83 dot 142 dot 217 dot 59", "example dot org slash records slash 4471"), an
e-mail with spaces round its "@" and dots, a date with spaced separators or a Roman month ("03 - 11 -
2022", "7.IV.1983"). A month with an ordinal word and an age in words are patterns.py's ("spoken-date",
"age-words"); this module's "spoken-digits" replaced the phone-only one there.

The identifier's type comes from the words before it (a ZIP after "zip", an SSN after "ssn"); a number
read aloud with no cue is an ID: masked either way.
"""

from __future__ import annotations

import re

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import lexicon
from phigate.engine.patterns import STREET_SUFFIX, PatternSpec, _span

_DIGIT = r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|niner)"
_DIGIT_WORD = rf"(?:(?:double|triple)[ \t\-]+{_DIGIT}|{_DIGIT})"
_SEP = r"(?:[ \t]*[,\-][ \t]*|[ \t]+)"
_NATO = (
    r"alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|juliett|kilo|lima|mike|november"
    r"|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|whisky|x-ray|xray|yankee|zulu"
    r"|[a-z]{2,12}"  # "M as in Mary": any word names the letter
)
_SPELT = rf"\b[A-Z][ \t]+as[ \t]+in[ \t]+(?i:{_NATO})"
_TLD = r"com|org|net|edu|gov|mil|io|co|uk|de|fr|es|it|nl|be|ch|at|au|ca|nz|ie|in|us|me|info|biz|health|care"
_AT = r"(?:[ \t]+(?i:at)[ \t]+|[ \t]*[\[({](?i:at)[\])}][ \t]*|[ \t]+@[ \t]*|[ \t]*@[ \t]+)"
_DOT = r"(?:[ \t]+(?i:dot)[ \t]+|[ \t]*[\[({](?i:dot)[\])}][ \t]*|[ \t]+\.[ \t]*|[ \t]*\.[ \t]+|\.)"
_PART = r"[A-Za-z0-9][A-Za-z0-9_\-]*"
# inside the local part a bare "." has no spaces round it: "updates. ana" is a sentence's end
_LDOT = r"(?:[ \t]+(?i:dot)[ \t]+|[ \t]*[\[({](?i:dot)[\])}][ \t]*|\.)"
_LOCAL = rf"{_PART}(?:(?:{_LDOT}|[ \t]+(?i:underscore|dash|hyphen)[ \t]+|[_\-]){_PART}){{0,6}}"
_RSEP = r"(?:\.|[ \t]|\.[ \t])"
_ADDR_CUE = r"addr|address|lives[ \t]at|live[ \t]at|living[ \t]at|moved[ \t]to|house[ \t]at"
_UNIT_WORD = r"one|two|three|four|five|six|seven|eight|nine"
_DAY_WORD = (
    rf"oh[ \-](?:{_UNIT_WORD})|{_UNIT_WORD}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    rf"|eighteen|nineteen|twenty(?:[ \-](?:{_UNIT_WORD}))?|thirty(?:[ \-]one)?"
)
_NUMBER_WORDS = (
    rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \-](?:{_UNIT_WORD}))?"
    rf"|{_UNIT_WORD}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    rf"|(?:one|two|three|four|five|six|seven|eight|nine)[ \t]hundred(?:[ \t](?:and[ \t])?[a-z\-]+)?"
)
_ROMAN_MONTH = r"XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I"

SPECS = [
    PatternSpec(  # four digit words or more: "oh three eight one five", "seven double five two"
        "spoken-digits",
        T.ID,
        rf"(?i:\b(?P<v>{_DIGIT_WORD}(?:{_SEP}{_DIGIT_WORD}){{3,}})\b)",
        validator=lambda text, m: _v_typed_by_cue(text, m, words=True),
        hs=rf"(?i:\b{_DIGIT_WORD}(?:{_SEP}{_DIGIT_WORD}){{3}})",
    ),
    PatternSpec(  # read one by one, or spelled: "3, 0, 1, 6, 6, 1, 3", "J as in juliet, 2, 0, 1"
        "read-out-id",
        T.ID,
        rf"(?P<v>(?:{_SPELT},?[ \t]*)*(?<![0-9,])[0-9](?:,[ \t]*[0-9]){{3,}})"
        rf"|(?P<w>{_SPELT}(?:,[ \t]*{_SPELT})*(?:,[ \t]*[0-9]){{2,}})",
        validator=lambda text, m: _v_typed_by_cue(text, m),
        hs=r"[0-9],[ \t]*[0-9],[ \t]*[0-9],[ \t]*[0-9]|\b[A-Z][ \t]+as[ \t]+in[ \t]+[A-Za-z]",
    ),
    PatternSpec(  # "483, then 912, then 6051", "317 and 468 and 1942", "0382 / 614 / 925"
        "phone-in-groups",
        T.PHONE,
        r"(?<![0-9.,])(?P<v>[0-9]{3,5}(?:,?[ \t]+(?:then|and|/)[ \t]+[0-9]{3,4}){2})(?![0-9])",
        validator=lambda text, m: _v_phone_groups(text, m),
        hs=r"[0-9]{3,5},?[ \t]+(?:then|and|/)[ \t]+[0-9]{3,4},?[ \t]+(?:then|and|/)[ \t]+[0-9]",
    ),
    PatternSpec(  # a phone number with an odd separator, the same one twice: "947_318_2265", "642•385•1907"
        "phone-odd-separator",
        T.PHONE,
        r"(?<![0-9A-Za-z])(?P<v>[0-9]{3,4}(?P<s>[_~?*|])[0-9]{3}(?P=s)[0-9]{3,4})(?![0-9A-Za-z])",
        validator=lambda text, m: _v_typed_by_cue(text, m, fax_only=True),
        hs=r"[0-9]{3,4}[_~?*|][0-9]{3}[_~?*|][0-9]{3}",
    ),
    PatternSpec(  # digits and digit words mixed: "317 four six eight, 1942", "592 seven one three, 8264"
        "phone-half-spoken",
        T.PHONE,
        rf"(?<![0-9])(?P<v>[0-9]{{3,4}}[ \t,]+(?i:{_DIGIT_WORD})(?:[ \t,\-]+(?i:{_DIGIT_WORD})){{1,3}}"
        r"[ \t,]+[0-9]{3,4})(?![0-9])",
        validator=lambda text, m: _v_typed_by_cue(text, m, fax_only=True),
        hs=rf"[0-9]{{3,4}}[ \t,]+(?i:{_DIGIT_WORD})[ \t,\-]+(?i:{_DIGIT_WORD})",
        window=40,
    ),
    PatternSpec(  # a numeric date read aloud: "oh-two, sixteen, fifty-three", "eleven, oh-four, seventy-nine"
        "date-spoken-numeric",
        T.DATE,
        rf"(?i:\b(?P<v>(?:oh[ \-](?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve),[ \t]*"
        rf"(?:{_DAY_WORD}),[ \t]*(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[ \-](?:one|two|three|four|five|six|seven|eight|nine))?)\b)",
        hs=r"(?i:\b(?:oh[ \-][a-z]{3,5}|ten|eleven|twelve),[ \t]*[a-z]{2,12}(?:[ \-][a-z]{3,5})?,[ \t]*"
        r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))",
    ),
    PatternSpec(  # a house number in words: "number fifty-two on Larkspur Terrace", "twenty-four Elm Street"
        "street-number-words",
        T.ADDRESS,
        # or in lower case, as speech-to-text writes it: "three hundred and sixty-nine <name> drive"
        rf"(?P<v>(?i:\b(?:number[ \t]+)?(?:{_NUMBER_WORDS}))(?:[ \t]+on)?(?:[ \t]+[A-Za-z][a-z'\-]+){{1,3}}"
        rf"[ \t]+(?:{STREET_SUFFIX}|(?-i:drive|road|street|lane|avenue|way|court|place|crescent|terrace|grove"
        r"|close|circle|boulevard|trail|parkway))\b\.?)",
        validator=lambda text, m: _v_number_street(m),
        hs=rf"(?i:\b(?:{_NUMBER_WORDS}))(?:[ \t]+on)?[ \t]+[A-Za-z][a-z]",
        window=60,
    ),
    PatternSpec(  # lower-case street after an address word: "new addr 73 quillstone st", "lives at 4 oak rd"
        "street-lower",
        T.ADDRESS,
        rf"(?i:\b(?:{_ADDR_CUE}))[.:]?[ \t]+"
        r"(?P<v>[0-9]{1,5}[a-z]?[ \t]+[a-z][a-z'\-]+(?:[ \t][a-z][a-z'\-]+)?[ \t]+"
        r"(?:st|street|rd|road|ave|avenue|dr|drive|ln|lane|ct|court|blvd|way|pl|place|terrace|cres|crescent"
        r"|hwy|circle|cir|close|parade|grove))\b",
        hs=rf"(?i:\b(?:{_ADDR_CUE}))[.:]?[ \t]+[0-9]",
    ),
    PatternSpec(  # letter-spaced like an OCR'd form: "k a w i k a   a k a n a" (a word no dictionary knows)
        "letter-spaced",
        T.NAME,
        r"(?<![\w])(?P<v>[A-Za-z](?: [a-z]){4,}(?:   ?[A-Za-z](?: [a-z]){1,})*)(?![\w])",
        validator=lambda text, m: _v_letter_spaced(m),
        hs=r"[A-Za-z] [a-z] [a-z] [a-z] [a-z]",
        window=60,
    ),
    PatternSpec(  # a name spelled out, letter by letter: "M-A-R-I-E-K-E", "z-a-b-r-o-w-s-k-i", "K O W A L"
        "letter-spelled",
        T.NAME,
        r"(?<![\w\-])(?P<v>[A-Za-z](?:-[A-Za-z]){3,}|[A-Z](?: [A-Z]){3,})(?![\w\-])",
        validator=lambda text, m: _v_letter_spelled(m),
        hs=r"[A-Za-z](?:-[A-Za-z]){3}|[A-Z] [A-Z] [A-Z] [A-Z]",
        window=80,
    ),
    PatternSpec(  # "ana dot obi at example dot com", "x [at] y [dot] org", "a.b @ outlook . com"
        "spoken-email",
        T.EMAIL,
        rf"(?P<v>{_LOCAL}{_AT}{_PART}(?:{_DOT}{_PART})*?{_DOT}(?i:{_TLD})(?:{_DOT}(?i:uk|au|nz|in|za|br|jp))?)\b",
        validator=lambda text, m: _v_spoken_email(m),
        # the prefilter needs the domain's dot and a known TLD: " at " alone is in every other sentence
        hs=rf"{_AT}{_PART}(?:{_DOT}{_PART}){{0,3}}{_DOT}(?i:{_TLD})\b",
        window=80,
    ),
    PatternSpec(  # "83 dot 142 dot 217 dot 59"
        "spoken-ip",
        T.IP,
        r"(?<![0-9])(?P<v>[0-9]{1,3}(?:[ \t]+(?i:dot)[ \t]+[0-9]{1,3}){3})(?![0-9])",
        hs=r"[0-9]{1,3}[ \t]+(?i:dot)[ \t]+[0-9]{1,3}[ \t]+(?i:dot)",
    ),
    PatternSpec(  # "linkedin dot com slash in slash ana-obi-4", "portal-x dot org slash records slash 4471"
        "spoken-url",
        T.URL,
        rf"(?P<v>\b[A-Za-z0-9][\w\-]*(?:[ \t]+(?i:dot)[ \t]+[\w\-]+)*[ \t]+(?i:dot)[ \t]+(?i:{_TLD})"
        r"(?:[ \t]+(?i:slash)[ \t]+[\w\-.@]+)+)",
        validator=lambda text, m: _v_spoken_url(m),
        hs=rf"[ \t]+(?i:dot)[ \t]+(?i:{_TLD})[ \t]+(?i:slash)",
        window=80,
    ),
    PatternSpec(  # "03 - 11 - 2022" ("0 7 / 1 8 / 1 9 6 4" reads as digits once spaced runs fold)
        "date-spaced",
        T.DATE,
        r"(?<![0-9])(?P<v>[0-9]{1,2}[ \t]+[\-/.][ \t]+[0-9]{1,2}[ \t]+[\-/.][ \t]+(?:19|20)?[0-9]{2})"
        r"(?![0-9])",
        hs=r"[0-9]{1,2}[ \t]+[\-/.][ \t]+[0-9]{1,2}[ \t]+[\-/.]"
        r"[ \t]+[0-9]{2}",
    ),
    PatternSpec(  # a Roman month: "7.IV.1983", "12.III.1961", "19 X 2023"
        "date-roman-month",
        T.DATE,
        rf"(?<![0-9A-Za-z])(?P<v>(?:[12][0-9]|3[01]|0?[1-9]){_RSEP}(?:{_ROMAN_MONTH}){_RSEP}"
        r"(?:1[89]|20)[0-9]{2})(?![0-9])",
        hs=rf"[0-9]{_RSEP}(?:{_ROMAN_MONTH}){_RSEP}[12][0-9]{{3}}",
        window=24,  # the prefilter starts at the day's last digit; the window must hold the whole date
    ),
    PatternSpec(  # dotted day, month and a two-digit year after a date word: "appt is 3.11.23", "on 6.14.23"
        "date-dotted-cue",
        T.DATE,
        r"(?i:\b(?:appt|appointment|on|seen|dated|dob|born|visit|due|from|until|since|is))[ \t]+"
        r"(?P<v>(?:[12][0-9]|3[01]|0?[1-9])\.(?:[12][0-9]|3[01]|0?[1-9])\.[0-9]{2})(?![0-9.])",
        hs=r"(?i:\b(?:appt|appointment|on|seen|dated|dob|born|visit|due|from|until|since|is))[ \t]+"
        r"[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{2}",
    ),
]

_CUES: list[tuple[re.Pattern[str], T]] = [
    (re.compile(r"(?i)\b(?:zip|postcode|post code|postal)"), T.ZIP),
    (re.compile(r"(?i)\b(?:ssn|social)"), T.SSN),
    (re.compile(r"(?i)\bfax"), T.FAX),
    (re.compile(r"(?i)\b(?:mrn|record|chart)"), T.MRN),
    (re.compile(r"(?i)\b(?:member|insurance|ins|policy|plan|medicare|medicaid|subscriber)"), T.HEALTH_PLAN),
    (re.compile(r"(?i)\b(?:account|acct)"), T.ACCOUNT),
    (re.compile(r"(?i)\b(?:phone|call|cell|mobile|tel|ring|number|callback|reach|text|txt|alt)"), T.PHONE),
]


def _v_typed_by_cue(
    text: str, m: re.Match[str], words: bool = False, fax_only: bool = False
) -> tuple[int, int, T] | None:
    g = "v" if m.group("v") is not None else "w"
    s, e = m.start(g), m.end(g)
    if words and _spoken_count(m.group(g)) < 4:
        return None
    before = text[max(0, s - 28) : s]
    if fax_only:  # a phone by its shape: a fax only when the words right before say so
        return s, e, T.FAX if re.search(r"(?i)(?:\bfax|\bf:)\W{0,6}$", before) else T.PHONE
    for rx, t in _CUES:
        if rx.search(before):
            return s, e, t
    return s, e, T.ID


def _spoken_count(v: str) -> int:
    """Digits a spoken run stands for ("double five" is two); "one or two" never got here."""
    n = 0
    for w in re.split(r"[\s,\-]+", v.lower()):
        if w in ("double", "triple"):
            n += 1 if w == "double" else 2
        elif w:
            n += 1
    return n


def _v_phone_groups(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    digits = sum(c.isdigit() for c in m.group("v"))
    if not 9 <= digits <= 12:
        return None
    if "/" in m.group("v") and not re.search(r"(?i)(?:call|phone|tel|cell|from|ring|mobile|fax)\W{0,12}$",
                                             text[max(0, m.start() - 24) : m.start()]):
        return None  # "120 / 80 / 1000": readings, not a number, unless a phone word says so
    return _span(m, T.PHONE)


def _v_spoken_email(m: re.Match[str]) -> tuple[int, int, T] | None:
    """Not a sentence with "at" and "dot" in it: the local part is no ordinary word, or it holds a digit,
    dot, underscore or a spelled separator."""
    v = m.group("v")
    local = re.split(_AT, v, maxsplit=1)[0]
    common = lexicon.common_words()
    if " " not in local and local.lower() in common and "@" not in v:
        return None  # "meet at home dot com"? "the site at example dot com" keeps its words
    if local.lower() in ("me", "us", "him", "her", "them", "you", "it", "this", "that"):
        return None
    return _span(m, T.EMAIL)


def _v_spoken_url(m: re.Match[str]) -> tuple[int, int, T] | None:
    host = m.group("v").split()[0]
    if host.lower() in lexicon.common_words() and "-" not in host:
        return None  # "the dot com slash ..." is no host
    return _span(m, T.URL)


def _v_number_street(m: re.Match[str]) -> tuple[int, int, T] | None:
    """Capitalised words between the number and the street type that no dictionary holds all of."""
    words = re.findall(r"[A-Z][a-z'\-]+", m.group("v"))
    if words and all(w.lower() in lexicon.excluded() for w in words):
        return None
    tail = _NUMBER_HEAD.sub("", m.group("v"))
    names, suffix = tail.split()[:-1], tail.split()[-1]
    if any(w[:1].islower() for w in names):
        # in lower case (speech-to-text): all of it, no function word, and a word no dictionary holds names
        # the street ("three were at Manor", "for twenty minutes drive" stay)
        common = lexicon.common_words()
        if suffix[:1].isupper() or any(w in _FUNCTION_WORDS for w in names) \
                or all(w in common for w in names):
            return None
    return _span(m, T.ADDRESS)


# the number words at the head of a spoken street line, hundreds first ("three hundred and sixty-nine")
_NUMBER_HEAD = re.compile(
    rf"^(?i:(?:number[ \t]+)?(?:(?:{_UNIT_WORD})[ \t]hundred(?:[ \t](?:and[ \t])?[a-z\-]+)?|{_NUMBER_WORDS}))"
    r"(?:[ \t]+on)?[ \t]+"
)
_FUNCTION_WORDS = frozenset(["were", "was", "at", "is", "are", "to", "the", "of", "in", "and", "for", "by",
                             "with", "from", "a", "an", "that", "this", "it", "we", "they", "then", "or"])


def _v_letter_spelled(m: re.Match[str]) -> tuple[int, int, T] | None:
    """A word spelled for a listener letter by letter is a name, an e-mail's user or a street, unless the
    letters spell a word of the dictionary ("S-T-O-P") or mix cases ("A-b-C-d")."""
    v = m.group("v")
    word = v.replace("-", "").replace(" ", "")
    low = word.lower()
    if len(word) < 4 or not (word.isupper() or word.islower()) or low in lexicon.common_words() \
            or low in "abcdefghijklmnopqrstuvwxyz" or not any(c in "aeiouy" for c in low):
        return None  # "A B C D E": options or grades; "N-P-R-K": an acronym read out
    return _span(m, T.NAME)


def _v_letter_spaced(m: re.Match[str]) -> tuple[int, int, T] | None:
    """A name typed letter by letter; an ordinary word so written ("N e x t", "c o n s e n t") stays."""
    words = [w.replace(" ", "").lower() for w in re.split(r" {2,}", m.group("v"))]
    common, excluded = lexicon.common_words(), lexicon.excluded()
    if all(w in common or w in excluded or len(w) < 3 for w in words) or max(map(len, words)) < 6:
        return None  # "grade a b c d e": a list of letters
    return _span(m, T.NAME)


# dates said aloud as numbers: "twenty-eighth of the tenth, twenty-nine" (day, month, year as ordinals and
# numbers, as British and Commonwealth speakers read a numeric date) and, after a birth date was asked, "five,
# thirteen, ninety-three" (month, day, year, as Americans read one)
_ORD_UNIT = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_ORD_DAY = (
    rf"(?:twenty|thirty)[ \-](?:{_ORD_UNIT})|twentieth|thirtieth|tenth|eleventh|twelfth|thirteenth|fourteenth"
    rf"|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|{_ORD_UNIT}"
)
_ORD_MONTH = rf"tenth|eleventh|twelfth|{_ORD_UNIT}"
_YEAR_WORDS = rf"(?:(?:nineteen|twenty)[ \t\-])?(?:oh[ \-](?:{_UNIT_WORD})|{_NUMBER_WORDS})|[0-9]{{2,4}}"
ORDINAL_DATE = PatternSpec(
    "spoken-ordinal-date",
    T.DATE,
    rf"(?i:\b(?P<v>(?:{_ORD_DAY})[ \t]+of[ \t]+the[ \t]+(?:{_ORD_MONTH})(?![\w\-])"
    rf"(?:,?[ \t]+(?:{_YEAR_WORDS})(?![\w\-]))?))",
    validator=lambda text, m: _span(m, T.DATE),
    hs=rf"(?i:\b(?:{_ORD_DAY})[ \t]+of[ \t]+the[ \t]+(?:{_ORD_MONTH}))",
)
_MONTH_NUMBER = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_BIRTH_ASKED = re.compile(
    r"(?i)\b(?:birth|born|dob|d\.o\.b|birthday|date of birth)\b[^\n]{0,60}\n?[^\n]{0,60}$"
)
SPOKEN_NUMERIC_DATE = PatternSpec(
    "spoken-numeric-date",
    T.DATE,
    rf"(?i:\b(?P<v>(?:{_MONTH_NUMBER}),[ \t]+(?:{_DAY_WORD}),[ \t]+(?:{_YEAR_WORDS}))(?![\w\-]))",
    validator=lambda text, m: _span(m, T.DATE)
    if _BIRTH_ASKED.search(text, max(0, m.start() - 130), m.start()) or _ITS.search(text, 0, m.start())
    else None,
    hs=rf"(?i:\b(?:{_MONTH_NUMBER}),[ \t]+(?:{_DAY_WORD}),[ \t]+)",
)
_ITS = re.compile(r"(?i)(?:^|[\n\"])[ \t]*(?:it's|it is)[ \t]+$")
LATE_SPECS = [ORDINAL_DATE, SPOKEN_NUMERIC_DATE]
