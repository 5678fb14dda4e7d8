"""The patient's (or a relative's) employer: Safe Harbor removes the names "of the individual or of relatives,
employers, or household members" (45 CFR 164.514(b)(2)(i)), so the company someone works for is PHI even
though organisations in general stay (the hospital treating them, the insurer, a drug's maker).

Only a cue that says *works there* makes an organisation an employer:
- a label: "Employer: ...", "Place of employment: ...", "Arbeitgeber: ...", "Employeur : ...";
- prose: "works as a welder at ...", "retired from ...", "was laid off by ...", "employed with ...",
  "a job at ...", "arbeitet bei ...", "travaille chez ...", "trabaja en ...", "werkt bij ...".
The organisation is the capitalised run after the cue ("the", "&", "of", "de" may join it); lower-case words
("works at home", "works for a living") and a country or state alone ("worked in Texas") stay.
"""

from __future__ import annotations

import re

from phigate.api.identifiers import IdentifierType as T
from phigate.engine.names import _calendar_words
from phigate.engine.patterns import PatternSpec, _is_region

# one capitalised word of a name ("Stop", "MBTA", "O'Neill's", "3M", "J.P.", "Co.")
_WORD = (
    r"(?:[A-Z]|[0-9]+[A-Za-z])[\w'’\-]*(?:\.[A-Za-z][\w'’\-]*)*"
    r"(?:(?<=\b[A-Z])\.|(?<=\bSt|\bMt|\bFt|\bCo|\bDr)\.|(?<=\bInc|\bLtd)\.|(?<=\bCorp|\bBros)\.)?"
)
_JOIN = r"(?:&|and|of|de|del|des|du|la|le|van|von|der|for|y|e|und|et)"
_ORG = rf"(?:[Tt]he[ \t]+)?{_WORD}(?:[ \t]+(?:{_JOIN}[ \t]+)?{_WORD}){{0,5}}"

_LABEL = (
    r"employer|employer'?s[ \t]name|employer[ \t]name|employed[ \t]by|place[ \t]of[ \t]employment|workplace"
    r"|work[ \t]place|current[ \t]employer|former[ \t]employer|last[ \t]employer|arbeitgeber|employeur"
    r"|empleador|empregador|werkgever|datore[ \t]di[ \t]lavoro|pracodawca|arbetsgivare|arbejdsgiver"
    r"|arbeidsgiver|ty[öo]nantaja|zam[eě]stnavatel"
)
# "works as a senior line cook at", "retired in 2019 from", "was laid off last year by"
_ROLE = r"(?:[ \t]+(?:as|in)[ \t]+(?:an?[ \t]+|the[ \t]+)?[a-z][a-z\-/]*(?:[ \t]+[a-z][a-z\-/]*){0,3})?"
# each cue with the prepositions that name the employer after it ("works with PT" is therapy, not a job)
_WORKS = r"works?|worked|working|volunteers?|volunteered|volunteering|interns?|interned|interning"
_LEFT = r"retired|retiring|laid[ \t]off|fired|terminated|resigned|quit|dismissed|discharged[ \t]from[ \t]work"
_EMPLOYED = (
    r"employed|employment|job|jobs|hired|career|apprentice|apprenticeship|position|contract|contracted"
)
_YEAR = r"(?:[ \t]+(?:in|since|until)[ \t]+[0-9]{4})?"
_OCCUPATION = (
    r"occupation|profession|job|beruf|t[äa]tigkeit|m[ée]tier|ocupaci[óo]n|ocupa[çc][ãa]o|beroep|professione"
)
_ABROAD = (  # the same cue in other languages: "arbeitet bei", "travaille chez", "trabaja en", "werkt bij"
    r"arbeitet[ \t]+(?:bei|f[üu]r)|arbeitete[ \t]+(?:bei|f[üu]r)|besch[äa]ftigt[ \t]+(?:bei|bei[ \t]der)"
    r"|travaille[ \t]+(?:chez|pour|[àa])|travaillait[ \t]+(?:chez|pour|[àa])|employ[ée]e?[ \t]+(?:chez|par)"
    r"|trabaja[ \t]+(?:en|para)|trabajaba[ \t]+(?:en|para)|trabalha[ \t]+(?:na|no|em|para)"
    r"|trabalhava[ \t]+(?:na|no|em|para)|werkt[ \t]+(?:bij|voor)|werkte[ \t]+(?:bij|voor)"
    r"|lavora[ \t]+(?:presso|per|alla|al)|lavorava[ \t]+(?:presso|per|alla|al)|pracuje[ \t]+w"
    r"|arbetar[ \t]+(?:p[åa]|hos|f[öo]r)|arbejder[ \t]+(?:p[åa]|hos|for)|arbeider[ \t]+(?:p[åa]|hos|for)"
)

SPECS = [
    PatternSpec(
        "employer",
        T.NAME,
        rf"(?i:\b(?:{_LABEL}))[ \t]*(?:\([^)\n]{{0,30}}\)[ \t]*)?[:=][ \t]*(?P<v>{_ORG})",
        validator=lambda text, m: _v_employer(m),
        hs=rf"(?i:\b(?:{_LABEL}))[ \t]*[:=(]",
    ),
    PatternSpec(
        "employer-prose",
        T.NAME,
        rf"(?i:\b(?:{_WORKS})){_YEAR}{_ROLE}[ \t]+(?i:at|for)[ \t]+(?P<v>{_ORG})"
        rf"|(?i:\b(?:{_LEFT})){_YEAR}{_ROLE}[ \t]+(?i:from|by|at)[ \t]+(?P<r>{_ORG})"
        rf"|(?i:\b(?:{_EMPLOYED})){_YEAR}{_ROLE}[ \t]+(?i:at|by|with|for)[ \t]+(?P<e>{_ORG})"
        rf"|(?i:\bemployee)[ \t]+(?i:of|at)[ \t]+(?P<f>{_ORG})"
        rf"|(?i:\b(?:{_ABROAD}))[ \t]+(?P<w>{_ORG})"
        rf"|(?i:\b(?:{_OCCUPATION}))[ \t]*:[ \t]*[A-Za-z][a-z\-/]*(?:[ \t]+[a-z][a-z\-/]*){{0,3}}"
        rf"(?:[ \t]+(?i:at|for|with)|,)[ \t]+(?P<o>{_ORG})",
        validator=lambda text, m: _v_employer(m),
        hs=rf"(?i:\b(?:{_WORKS}|{_LEFT}|{_EMPLOYED}|employee|{_ABROAD}))[ \t]"
        rf"|(?i:\b(?:{_OCCUPATION}))[ \t]*:",
    ),
]

# words that answer "Employer:" without naming one, or that start a clause rather than a name
_NOT_AN_EMPLOYER = frozenset({
    "none", "n/a", "na", "unknown", "unemployed", "retired", "disabled", "self", "self-employed", "student",
    "homemaker", "home", "housewife", "n.a.", "nil", "same", "see", "not", "no", "yes", "age", "work",
    "currently", "previously", "times", "least", "most", "all", "both", "this", "that", "these", "those",
    "his", "her", "their", "our", "my", "your", "its", "a", "an", "one", "two", "three", "several", "many",
    "some", "about", "approximately", "over", "under", "years", "months", "weeks", "days", "mr", "mrs", "ms",
    "dr", "i", "he", "she", "they", "we", "you", "it", "who", "which", "what", "when", "where",
})
# a period that ends the sentence, not an abbreviation's: "the Tramways. Works at ..." but "St." or "Co."
# inside a name, "J.P."
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bSt)(?<!\bMt)(?<!\bFt)(?<!\bCo)(?<!\bDr)(?<!\bInc)(?<!\bLtd)(?=\.[ \t])"
)
_TRAILING = re.compile(rf"(?:[ \t]+{_JOIN})+$|\.$")


def _v_employer(m: re.Match[str]) -> tuple[int, int, T] | None:
    """The organisation's words, not a sentence's first word after the cue, nor a weekday, month, state or
    country ("worked for Texas", "job from Monday")."""
    g = next(g for g in ("v", "r", "e", "f", "w", "o") if g in m.re.groupindex and m.group(g) is not None)
    s, e = m.start(g), m.end(g)
    v = _SENTENCE_END.split(m.group(g), maxsplit=1)[0]
    e = s + len(v)
    cut = _TRAILING.search(v)
    while cut is not None and cut.start() > 0:
        if v.endswith(".") and re.search(r"(?:\b[A-Z]\.|Inc|Co|Ltd|Corp|Bros|Assn|Dept|St|Jr)\.$", v):
            break  # "Acme Co.", "J.P.": the period belongs to the name
        v = v[: cut.start()]
        e = s + len(v)
        cut = _TRAILING.search(v)
    words = v.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words:
        return None
    first = words[0].lower().rstrip(".")
    if first in _NOT_AN_EMPLOYER or first in _calendar_words():
        return None
    if _is_region(" ".join(words)):
        return None
    if len(words) == 1 and (len(first) == 1 or m.string[e : e + 1] == "/"):
        return None  # "N/A", "Employer: X"
    return s, e, T.NAME
