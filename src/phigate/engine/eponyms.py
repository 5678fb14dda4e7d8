"""Medical eponyms: a disease, sign, test, score or instrument named after a person is no one's PHI.

"Crohn's disease", "a positive Romberg", "Child-Pugh class B", "Guillain-Barre syndrome", "Morbus
Bechterew", "signe de Babinski": clinical text is dense with surnames that name a condition, and a name
detector that sees only the word masks them (a note loses its diagnosis). Three shapes, vetoes (a hit lying
wholly inside one is dropped), in the ASCII scan copy:

- a known eponym before its head noun or a finding word ("Murphy's sign", "Foley catheter", "positive
  Lachman", "Romberg negative");
- any capitalised word, not possessive and not after a title, before a head noun that follows no person
  ("Hartnup disease", "Epstein-Barr virus", "Lasegue-Zeichen"): "Anna's disease" and "Mr Ward syndrome"
  keep their names;
- another language's "disease of <Name>" ("maladie de Crohn", "Morbus Parkinson", "ziekte van Kahler").

A two-word name ("Ana Lima") spans more than the one word before the head noun, so it survives the veto.
"""

from __future__ import annotations

import re

from phigate.api.identifiers import IdentifierType as T
from phigate.engine.patterns import PatternSpec

# eponyms that name a condition, sign, test, score, operation or device (surnames as written in the scan
# copy: accents folded); the shapes below still need a head noun or a finding word beside them
KNOWN = (
    "Addison|Adson|Alport|Alzheimer|Apgar|Apley|Argyll|Arnold|Asperger|Auer|Austin|Babinski|Baker|Barlow"
    "|Barr|Barre|Barrett|Bartter|Battle|Beck|Becker|Behcet|Bell|Bennett|Berger|Billroth|Bishop|Blalock"
    "|Bouchard|Bowen|Brachmann|Braxton|Broca|Brodie|Brown|Brudzinski|Brugada|Budd|Buerger|Burkitt"
    "|Caplan|Charcot|Chiari|Child|Chvostek|Colles|Conn|Cooley|Corrigan|Courvoisier|Creutzfeldt|Crigler"
    "|Crohn|Cullen|Cushing|Dandy|DeBakey|de Quervain|Quervain|DiGeorge|Dix|Down|Dressler|Dubin|Duchenne"
    "|Dupuytren|Durkan|Ebstein|Edwards|Ehlers|Eisenmenger|Epstein|Erb|Ewing|Fabry|Fallot|Fanconi|Felty"
    "|Finkelstein|Fitz|Foley|Frank|Friedreich|Froment|Gaucher|Gilbert|Glasgow|Gleason|Goodpasture"
    "|Gottron|Graves|Grey Turner|Guillain|Hakim|Hallpike|Hamman|Hartmann|Hashimoto|Hawkins|Heberden"
    "|Heimlich|Henoch|Hirschsprung|Hodgkin|Hoffmann|Holter|Homans|Horner|Hughes|Huntington|Hurler"
    "|Jakob|Janeway|Kaposi|Kawasaki|Kayser|Kehr|Kernig|Kerley|Klinefelter|Korsakoff|Krukenberg"
    "|Kussmaul|Lachman|Lambert|Lasegue|Legg|Lhermitte|Libman|Lisch|Lown|Ludwig|Lyme|Mallory|Marfan"
    "|McBurney|McMurray|Meckel|Meniere|Milwaukee|Minnesota|Mobitz|Monteggia|Munchausen|Murphy|Neer"
    "|Nikolsky|Nissen|Ober|Ortolani|Osgood|Osler|Paget|Pancoast|Parkinson|Patrick|Perthes|Peyronie"
    "|Phalen|Pick|Pott|Prinzmetal|Pugh|Purtscher|Quincke|Ramsay Hunt|Ranson|Raynaud|Reiter|Rett|Reye|Rinne"
    "|Romberg|Roth|Roux|Rovsing|Schatzki|Scheuermann|Schober|Seldinger|Sengstaken|Sheehan|Shy|Simmonds"
    "|Sjogren|Smith|Spurling|Stevens|Still|Stokes|Swan|Ganz|Takayasu|Tay|Tanner|Tietze|Tinel|Tourette"
    "|Trendelenburg|Trousseau|Turner|Valsalva|Virchow|Volkmann|von Willebrand|Waldenstrom|Wallenberg"
    "|Weber|Wegener|Wenckebach|Wernicke|Whipple|Willebrand|Wilms|Wilson|Wolff|Zenker|Zollinger"
)
# nouns an eponym names; after any capitalised word that is neither possessive nor a titled person's
HEADS = (
    "disease|diseases|syndrome|syndromes|sign|signs|palsy|phenomenon|lymphoma|sarcoma|tumou?r|fundoplication"
    "|procedure|operation|maneuver|manoeuvre|reflex|reflexes|classification|criteria|catheter|catheters"
    "|virus|fever|fracture|anomaly|malformation|triad|retractor|forceps|speculum|aneurysm|diverticulum"
    "|esophagus|oesophagus|contracture|thyroiditis|encephalopathy|dystrophy|ataxia|chorea|granulomatosis"
    "|nodes|nodules?|spots|bodies|lines|cells|Krankheit|Syndrom|Zeichen|Reflex|Operation|Klassifikation"
    "|Kriterien|Katheter|Fraktur|sjukdom|syndrom|sygdom"
)
# nouns that follow a known eponym (a surname elsewhere): the heads above plus the tests and tools
KNOWN_HEADS = (
    rf"{HEADS}|test|tests|score|scale|scales|grade|stage|class|index|position|monitor|tube|chart|rule|rules"
    r"|formula|equation|law|incision|approach|repair|bypass|shunt|line|node|ulcer|hernia|cyst|cell|body"
    r"|murmur|pulse|breathing|respiration|tremor|infarct|lesion|deformity|arthropathy|Test|Score|Skala"
)
_FINDING = r"positive|negative|pos|neg|equivocal|bilateral|bilaterally|intact|absent|present"
_POSS = r"(?:'s|s'|')?"
_CAP = r"[A-Z][a-z]*[A-Z]?[a-z]+(?:-(?:en-Y|[A-Z][a-z]+)){0,2}"
# another language's "<disease> of <Name>": the phrase alone says the name is an eponym
_OF_NAME = (
    r"Morbus|maladie de|syndrome de|signe de|manoeuvre de|test de|score de|classification de"
    r"|enfermedad de|sindrome de|signo de|maniobra de|prueba de|escala de|clasificacion de"
    r"|morbo di|malattia di|sindrome di|segno di|manovra di|ziekte van|syndroom van|teken van|proef van"
    r"|doenca de|sinal de|manobra de"
)
_TITLES = frozenset(
    ["mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sr", "sra", "srta", "herr", "frau", "mme", "mlle", "m",
     "sig", "dott", "dhr", "mevr"]
)
_TITLE_BEFORE = re.compile(r"([A-Za-z]+)\.?[ \t]+$")

SPECS = [
    PatternSpec(
        "eponym-known",
        T.ID,
        rf"\b(?:{KNOWN}){_POSS}(?:-(?:{KNOWN}))? (?i:{KNOWN_HEADS}|{_FINDING})\b",
        hs=rf"\b[A-Z][A-Za-z]+(?:'s|s'|')?(?:-[A-Z][a-z]+)? (?i:{KNOWN_HEADS}|{_FINDING})\b",
        validator=lambda text, m: untitled(text, m),
    ),
    PatternSpec(
        "eponym-finding",
        T.ID,
        rf"\b(?:(?i:{_FINDING}) (?:{KNOWN})|Roux-en-Y)\b",
        hs=rf"\b(?:(?i:{_FINDING}) [A-Z]|Roux-en-Y)",
    ),
    PatternSpec(
        "eponym-head",
        T.ID,
        rf"\b(?:(?:[A-Z][a-z]+ )?{_CAP} (?:virus|fever)|{_CAP}[ \-](?i:{HEADS}))\b",
        validator=lambda text, m: untitled(text, m),
    ),
    PatternSpec(
        "eponym-of",
        T.ID,
        rf"\b(?:{_OF_NAME})[ \t]+{_CAP}(?:[ \t]+(?:et|y|e|und|and|en)[ \t]+{_CAP})?\b",
    ),
]


def untitled(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """The match as an ID veto, unless a title stands before it: "Mr Foley catheter change" is Mr Foley's."""
    t = _TITLE_BEFORE.search(text, max(0, m.start() - 8), m.start())
    if t is not None and t.group(1).lower() in _TITLES:
        return None
    return m.start(), m.end(), T.ID
