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
# when the form asks about: "Employer at time of injury:", "Employer at onset:"
_WHEN = (
    r"(?:[ \t]+at[ \t]+(?:the[ \t]+)?(?:time[ \t]+of[ \t]+)?"
    r"(?:injury|accident|incident|onset|exposure|diagnosis|death))?"
)
# "works nights as a senior line cook at", "retired in 2019 from", "works part-time at"
_ROLE = (
    r"(?:[ \t]+(?:nights|days|evenings|weekends|overnights?|part[ \-]time|full[ \-]time|there|overtime|shifts"
    r"|seasonally|now|currently|still|mostly|remotely|locally))?"
    r"(?:[ \t]+(?:as|in)[ \t]+(?:an?[ \t]+|the[ \t]+)?[a-z][a-z\-/]*(?:[ \t]+[a-z][a-z\-/]*){0,3})?"
)
# each cue with the prepositions that name the employer after it ("works with PT" is therapy, not a job)
_WORKS = (
    r"works?|worked|working|volunteers?|volunteered|volunteering|interns?|interned|interning|shift|shifts"
)
_LEFT = r"retired|retiring|laid[ \t]off|fired|terminated|resigned|quit|dismissed|discharged[ \t]from[ \t]work"
_EMPLOYED = (
    r"employed|employment|job|jobs|hired|career|apprentice|apprenticeship|position|contract|contracted"
)
# "work" as a service or a place, not a job: "social work at <hospital>", "back to work at", "lab work at"
_NOT_A_JOB = re.compile(
    r"(?i)\b(?:social|case|lab|blood|field|paper|home|dental|follow-up|off|missed|back[ \t]to"
    r"|return(?:ed)?[ \t]to|(?:cleared|fit|ready|unable)[ \t]to|out[ \t]of|no|any|more|less|light|full"
    r"|modified)[ \t]+$"
)
_YEAR = (
    r"(?:[ \t]+(?:(?:in|since|until|from)[ \t]+)?[0-9]{4}(?:[ \t]?[-–][ \t]?(?:present|now|[0-9]{4}))?)?"
)
_OCCUPATION = (
    r"occupation|profession|job|beruf|t[äa]tigkeit|m[ée]tier|ocupaci[óo]n|ocupa[çc][ãa]o|beroep|professione"
)
_EMPLOYER_AFTER = (
    r",[ \t]+(?:the[ \t]+)?(?:patient'?s|pt'?s|his|her|their|my|client'?s)[ \t]+"
    r"(?:current[ \t]+|former[ \t]+|last[ \t]+)?employer"
    r"|[ \t]+\((?:the[ \t]+)?(?:patient'?s[ \t]+)?employer\)"
    # what only an employer does to someone: "<Org> has me on leave", "<Org> let her go", "<Org> laid him off"
    r"|[ \t]+(?:has|had|put|is[ \t]+keeping|kept)[ \t]+(?:me|him|her|them)[ \t]+on[ \t]+(?:sick[ \t]+)?leave"
    r"|[ \t]+(?:let|laid)[ \t]+(?:me|him|her|them)[ \t]+(?:go|off)\b"
    r"|[ \t]+(?:fired|sacked|dismissed|furloughed|rehired)[ \t]+(?:me|him|her|them)\b"
)
# occupations whose holder works *at* an organisation ("a cashier at", "as a welder for")
_JOBS = (
    r"technician|tech|teacher|nurse|aide|assistant|driver|operator|clerk|cashier|manager|engineer|mechanic"
    r"|electrician|plumber|carpenter|laborer|labourer|worker|cook|chef|server|waitress|waiter|bartender"
    r"|machinist|welder|farmer|hand|supervisor|foreman|forewoman|accountant|analyst|developer|programmer"
    r"|attendant|custodian|janitor|secretary|receptionist|librarian|paramedic|firefighter|guard|stocker"
    r"|roofer|hygienist|painter|installer|inspector|baker|butcher|barista|housekeeper|caregiver|counselor"
    r"|counsellor|coordinator|administrator|specialist|representative|rep|agent|associate|dispatcher"
    r"|trucker|miner|logger|fisherman|groundskeeper|landscaper|bookkeeper|banker|teller|pharmacist"
    r"|therapist|officer|employee|staffer|contractor|consultant|lineman|linesman|millwright|fitter|packer"
    r"|picker|sorter|loader|handler|porter|courier|cleaner|nanny|tutor|instructor|professor|lecturer"
)
# what a business's name ends with ("<name> logistics", "<name> ferry sawmill", "<name> meat packers")
_BUSINESS = (
    r"logistics|sawmill|abattoir|packers|packing|bakery|lumber|hardware|cannery|dairy|farms?|mills?|mine|plant"
    r"|factory|warehouse|foods|motors|garage|construction|transport|freight|trucking|co-op|coop|company|inc"
    r"|ltd|llc|industries|manufacturing|supplies|supply|foundry|quarry|shipyard|fisheries|ranch|castings"
    r"|plastics|steel|textiles|diner|cafe|motel|casino|nursery|garden centre|garden center|meats|feeds"
)
_WORKMATES = r"supervisor|boss|foreman|forewoman|co-?workers?|colleagues?|workmates?|shift[ \t]lead"
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
        rf"(?i:\b(?:{_LABEL}){_WHEN})[ \t]*(?:\([^)\n]{{0,30}}\)[ \t]*)?[:=][ \t]*(?P<v>{_ORG})",
        validator=lambda text, m: _v_employer(m),
        hs=rf"(?i:\b(?:{_LABEL}){_WHEN})[ \t]*[:=(]",
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
    # the word itself without a colon: "employer Acme Feed", "her employer, Acme Feed,", "plan sponsor Acme",
    # "Prepared for: HR, Acme Feed", "called at work (Acme Feed, 555-...)"
    PatternSpec(
        "employer-word",
        T.NAME,
        rf"(?i:\b(?:employer|plan[ \t]sponsor|group[ \t]sponsor)(?:[ \t]+(?:on[ \t]+file|of[ \t]+record))?)"
        rf"[,:]?[ \t]+(?P<v>{_ORG})"
        rf"|\((?i:work|employer|job),[ \t]+(?P<j>{_ORG})"  # "(work, <Org>) 555-...": a phone's owner
        rf"|\b(?:HR|Human[ \t]Resources)(?:[ \t](?i:department|dept\.?))?,[ \t]+(?P<h>{_ORG})"
        rf"|(?i:\bat[ \t]work)[ \t]*\([ \t]*(?P<k>{_ORG})",
        validator=lambda text, m: _v_employer(m),
        hs=r"(?i:\b(?:employer|plan[ \t]sponsor|group[ \t]sponsor))|\((?i:work|employer|job),[ \t]+[A-Z]"
        r"|\b(?:HR|Human[ \t]Resources)[ \t,]|(?i:\bat[ \t]work)[ \t]*\(",
    ),
    # an occupation's noun after an indefinite article: "a 44-year-old lube technician at Acme Tire"
    PatternSpec(
        "employer-job",
        T.NAME,
        rf"(?i:\b(?:an?|as[ \t]an?)[ \t]+(?:[0-9]{{1,3}}[ \-](?:year|yr)s?[ \-]old[ \t]+)?"
        rf"(?:[a-z][a-z\-]*[ \t]+){{0,2}}(?:{_JOBS})[ \t]+(?:at|for|with))[ \t]+(?P<v>{_ORG})"
        # someone from the workplace: "Supervisor at Acme Tire may call", "her coworkers from Acme"
        rf"|(?i:\b(?:{_WORKMATES})[ \t]+(?:at|from))[ \t]+(?P<r>{_ORG})",
        validator=lambda text, m: _v_employer(m),
        hs=rf"(?i:\b(?:{_JOBS}|{_WORKMATES})[ \t]+(?:at|for|with|from))[ \t]+[A-Z]",
        window=90,
    ),
    # in lower case, as speech-to-text writes it: "still working at <name> logistics", "my work, that's <name>
    # <place> sawmill": a business's noun ends the name, and a word no dictionary holds says it is one's own
    PatternSpec(
        "employer-lower",
        T.NAME,
        rf"(?i:\b(?:{_WORKS})(?:[ \t]+(?:nights|days|still|now|there|mostly))?[ \t]+(?:at|for)"
        r"|\b(?:at[ \t]+)?my[ \t]+(?:work|job),?[ \t]+(?:that's|that[ \t]+is|it's|it[ \t]+is|is))[ \t]+"
        rf"(?P<v>[a-z][a-z'\-]+(?:[ \t][a-z][a-z'\-]+){{0,2}}[ \t](?:{_BUSINESS}))(?![\w\-])",
        validator=lambda text, m: _v_employer_lower(m),
        hs=rf"(?i:\b(?:{_WORKS}|my[ \t]+work|my[ \t]+job))[ \t]",
        window=80,
    ),
    # the organisation named before the word: "Acme Feed, the patient's employer", "Acme Feed (employer)"
    PatternSpec(
        "employer-before",
        T.NAME,
        rf"(?P<v>{_ORG})(?:{_EMPLOYER_AFTER})",
        validator=lambda text, m: _v_employer(m),
        hs=_EMPLOYER_AFTER,
        window=80,
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
    "name", "id", "identification", "address", "phone", "contact", "information", "info", "details",
    "sponsored", "paid", "contribution", "responsibility", "portion", "share", "plan", "group", "health",
    "benefits", "insurance", "coverage", "wellness", "retirement", "pension",
})
# a period that ends the sentence, not an abbreviation's: "the Tramways. Works at ..." but "St." or "Co."
# inside a name, "J.P."
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bSt)(?<!\bMt)(?<!\bFt)(?<!\bCo)(?<!\bDr)(?<!\bInc)(?<!\bLtd)(?=\.[ \t])"
)
_TRAILING = re.compile(rf"(?:[ \t]+{_JOIN})+$|\.$")


_GROUPS = ("v", "r", "e", "f", "w", "o", "h", "k", "j")


def _v_employer(m: re.Match[str]) -> tuple[int, int, T] | None:
    """The organisation's words, not a sentence's first word after the cue, nor a weekday, month, state or
    country ("worked for Texas", "job from Monday")."""
    g = next(g for g in _GROUPS if g in m.re.groupindex and m.group(g) is not None)
    if g == "v" and m.group()[:4].lower() == "work" and _NOT_A_JOB.search(m.string, max(0, m.start() - 24),
                                                                         m.start()):
        return None
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


def _v_employer_lower(m: re.Match[str]) -> tuple[int, int, T] | None:
    """A lower-case business name: one of its words no dictionary holds ("the hardware store" stays)."""
    from phigate.engine import lexicon

    common = lexicon.common_words()
    words = m.group("v").split()[:-1]
    if not any(w not in common and w not in lexicon.excluded() for w in words):
        return None
    return m.start("v"), m.end("v"), T.NAME
