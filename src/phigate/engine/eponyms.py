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
from phigate.engine.names import _after_title
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
    # tests, scores, stains, instruments and manoeuvres
    "|Allen|Allis|Altman|Babcock|Balfour|Ballard|Barthel|Basedow|Berg|Blake|Bland|Blatchford|Braden|Breslow"
    "|Bromage|Calve|Caprini|Centor|Chaikoff|Charlson|Clavien|Cormack|Danlos|Davies|Dindo|Dubowitz|Dukes"
    "|Ellison|Elston|Epworth|Fazekas|Fisher|Fleischer|Fleischner|Folstein|Forrest|Fuhrman|Galeazzi|Ganong"
    "|Gelpi|Gram|Guthrie|Hampton|Hegar|Hicks|Hinchey|Hounsfield|Ishihara|Jensen|Jobe|Johnson|Katz|Kelly"
    "|Khorana|Kielland|Killip|Kocher|Langenbeck|Lawton|Lehane|Leopold|Levine|Lloyd|Lowenstein|Mallampati"
    "|Martin|McRoberts|Metzenbaum|Moro|Morse|Murray|Najjar|Neelsen|Norton|Nugent|Osborn|Pfannenstiel"
    "|Pinard|Pratt|Richmond|Riker|Robinson|Robson|Rockall|Rubin|Ryle|Ryles|Savary|Schlatter|Sequard|Simpson"
    "|Sims|Snellen|Speed|Thayer|Tinetti|Tooth|Walker|Waterlow|Weiss|Wellens|White|Woods|Yankauer|Yergason"
    "|Ziehl|Zung|Zavanelli|House|Brackmann|Marie|Braxton Hicks|Cox|Kaplan|Meier|Hill|Sachs|Salter|Harris"
    "|Jackson|Unterberger|Bohler|Parkland|Schwab|Strasberg|Calot|Bankart|Lisfranc|Maisonneuve|Mann|Whitney"
    "|Carpentier|Masson|Ellis|Westgard|Levey|Jennings|Angle|Miller|Tegner|Lysholm|Outerbridge|Neer|Garden"
    "|Pauwels|Schatzker|Gustilo|Denis|Frankel|Spetzler|Hunt|Hess|Fisher|Fontaine|Kellgren|Lawrence"
    "|Wilcoxon|Bonferroni|Pearson|Spearman|Tukey|Hoehn|Yahr|Borrmann|Clark|Bristol|Edinburgh|Richter"
    # classifications and rules named after the city that wrote them
    "|Ottawa|Milan|Rome|Tokyo|Geneva|Atlanta|Vienna|Paris|Prague|Montreal|Seattle|Framingham|Berlin|Lugano"
    "|Ann Arbor|Los Angeles|Duke|Kings|Canadian|Wells"
)
# nouns an eponym names; after any capitalised word that is neither possessive nor a titled person's
HEADS = (
    "disease|diseases|syndrome|syndromes|sign|signs|palsy|phenomenon|lymphoma|sarcoma|tumou?r|fundoplication"
    "|procedure|operation|maneuver|manoeuvre|reflex|reflexes|classification|criteria|catheter|catheters"
    "|virus|fever|fracture|anomaly|malformation|triad|retractor|forceps|speculum|aneurysm|diverticulum"
    "|esophagus|oesophagus|contracture|thyroiditis|encephalopathy|dystrophy|ataxia|chorea|granulomatosis"
    "|nodes|nodules?|spots|bodies|lines|cells|Krankheit|Syndrom|Zeichen|Reflex|Operation|Klassifikation"
    "|Kriterien|Katheter|Fraktur|sjukdom|syndrom|sygdom|definition|criterion"
)
# nouns that follow a known eponym (a surname elsewhere): the heads above plus the tests and tools
KNOWN_HEADS = (
    rf"{HEADS}|test|tests|score|scale|scales|grade|stage|class|index|position|monitor|tube|chart|rule|rules"
    r"|formula|equation|law|incision|approach|repair|bypass|shunt|line|node|ulcer|hernia|cyst|cell|body"
    r"|murmur|pulse|breathing|respiration|tremor|infarct|lesion|deformity|arthropathy|Test|Score|Skala"
    r"|manoeuvres|maneuvers|drain|drains|hump|biplane|method|group|groups|plate|agar|medium|slopes|stain"
    r"|limits|plot|wave|waves|pattern|tightenings|contractions|scissors|clamp|guidelines|guideline|tilt"
    r"|lung injury score|ankle rules|knee rules|exact test|empty-can test|signed-rank test|rank test"
    r"|Index|Klasse|Stadium|Resektion|pouch|angle|triangle|canal|duct|ligament|fascia|capsule|fossa|foramen"
    r"|tubercle|plexus|membrane|gland|glands|space|vesicles|curves?|estimator|estimate|proportional-hazards"
    r"|regression|correction|correlation|stepping test|physeal injury|ADL|type|mucosa|epithelium|metaplasia"
    r"|grading|staging|trichrome|stain|classification|chart|charts"
)
# what a person's possessive is never followed by: "Bohler's angle", "Hartmann's pouch" (a patient's body part
# is "her duct"); heads a person may own ("Anna's line", "Anna's fracture") are not here
_ANATOMY = (
    r"angle|pouch|triangle|canal|duct|ligament|fascia|capsule|fossa|foramen|tubercle|plexus|membrane|gland"
    r"|glands|space"
)
# a named instrument: capitalised words before Scale, Inventory, Questionnaire... ("Hamilton Depression Rating
# Scale", "Canadian CT Head Rule", "Edinburgh Postnatal Depression Scale")
_INSTRUMENT = r"Scale|Inventory|Questionnaire|Index|Rule|Rules|Criteria|Classification"
# what may stand between a known eponym and its head: "Rome IV criteria", "Osborn J wave", "Kerley B lines"
_BETWEEN = r"(?: (?:I{1,3}|IV|V|VI|[A-Z]|[0-9]{1,2}(?:-[0-9]{1,2})?[a-z]{0,2}))?"  # "Westgard 1-3s rule"
_NUMERAL = r"I{1,3}[a-c]?|IV[a-c]?"

_FINDING = (
    r"positive|negative|pos|neg|equivocal|bilateral|bilaterally|intact|absent|present|normal|abnormal"
    r"|positivo|positiva|negativo|negativa|positif|negatif|positiv|negativ|centrado|centrada|central|midline"
    r"|indifferent|lateralises|lateralizes|lateralised|lateralized|lateralisiert|dudoso|dubbio"
)
_POSS = r"(?:'s|s'|')?"
_CAP = r"[A-Z][a-z]*[A-Z]?[a-z]+(?:-(?:en-Y|[A-Z][a-z]+)){0,2}"
# another language's "<disease> of <Name>": the phrase alone says the name is an eponym
_OF_NAME = (
    r"Morbus|maladie de|syndrome de|signe de|manoeuvre de|test de|score de|classification de"
    r"|enfermedad de|sindrome de|signo de|maniobra de|prueba de|escala de|clasificacion de"
    r"|morbo di|malattia di|sindrome di|segno di|manovra di|ziekte van|syndroom van|teken van|proef van"
    r"|doenca de|sinal de|manobra de|paralysie faciale de|paralysie de|paralisis de|paralisi di"
    r"|paralisis facial de|Paralysie faciale de|Paralysie de|Paralisis de|Paralisi di|Enfermedad de"
    r"|Maladie de|Syndrome de|Sindrome de|Sindrome di|Malattia di|Morbo di|Ziekte van|Syndroom van"
    r"|anemia di|anemia de|anemie de|Anemia di|Anemia de"
)
# a German compound's second half names the eponym's variant: "Barthel-Index", "Child-Pugh-Stadium B"
_GERMAN_HEADS = (
    r"Index|Klasse|Stadium|Resektion|Syndrom|Zeichen|Test|Score|Skala|Krankheit|Thyreoiditis|Ulkus|Reflex"
    r"|Operation|Klassifikation|Kriterien"
)

_DISEASE_ALONE = (
    r"Parkinson|Alzheimer|Crohn|Raynaud|Hashimoto|Hodgkin|Huntington|Addison|Cushing|Meniere|Sjogren|Paget"
    r"|Tourette|Asperger|Perthes|Kawasaki|Behcet|Gaucher|Hirschsprung|Peyronie|Dupuytren|Kaposi|Burkitt"
    r"|Ewing|Marfan|Reye|Takayasu|Whipple|Buerger|Menkes|Scheuermann|Osgood|Bechterew|Kahler|Basedow"
)
_DISEASE_PAIRS = (
    r"Osgood-Schlatter|Guillain-Barre|Creutzfeldt-Jakob|Ehlers-Danlos|Legg-Calve-Perthes|Zollinger-Ellison"
    r"|Stevens-Johnson|Charcot-Marie-Tooth|Budd-Chiari|Arnold-Chiari|Dubin-Johnson|Crigler-Najjar"
    r"|Henoch-Schonlein|Mallory-Weiss|Peutz-Jeghers|Kimmelstiel-Wilson|Brown-Sequard|Wernicke-Korsakoff"
    r"|Sturge-Weber|Klippel-Feil|Lesch-Nyhan|Prader-Willi|Osler-Weber-Rendu|Tay-Sachs|Niemann-Pick"
    r"|Hand-Schuller-Christian|Churg-Strauss|Lambert-Eaton|Wolff-Parkinson-White|Kearns-Sayre"
)

SPECS = [
    PatternSpec(
        "eponym-known",
        T.ID,
        rf"\b(?:{KNOWN}){_POSS}(?:-(?:{KNOWN})){{0,2}}{_BETWEEN} (?i:{KNOWN_HEADS}|{_FINDING})\b",
        hs=rf" (?i:{KNOWN_HEADS}|{_FINDING})\b",  # the head; the eponym is found before it (window)
        window=60,
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
        rf"\b(?:(?:[A-Z][a-z]+ )?{_CAP} (?:(?:spotted|ha?emorrhagic) )?(?:virus|fever)"
        rf"|{_CAP}[ \-](?i:{HEADS}))\b",
        validator=lambda text, m: untitled(text, m),
    ),
    # a compound of two capitalised words before a head ("Hill-Sachs lesion", "Kaplan-Meier survival curves");
    # a possessive before anatomy ("Bohler's angle"); a named instrument ("Hamilton Depression Rating
    # Scale"); a pair before its scale ("Schwab and England ADL")
    PatternSpec(
        "eponym-hyphen",
        T.ID,
        rf"\b[A-Z][a-z]+-[A-Z][a-z]+(?: [a-z]+)? (?:{KNOWN_HEADS})\b",
        hs=r"\b[A-Z][a-z]+-[A-Z][a-z]+ [a-z]",
        validator=lambda text, m: untitled(text, m),
    ),
    PatternSpec("eponym-anatomy", T.ID, rf"\b[A-Z][a-z]+(?:'s|s'|') (?:{_ANATOMY})\b"),
    PatternSpec(
        "eponym-instrument",
        T.ID,
        rf"\b(?:(?:{_CAP}|[A-Z]{{2,5}}) ){{1,4}}(?:{_INSTRUMENT})\b",
        hs=rf"[A-Z][A-Za-z]+ (?:{_INSTRUMENT})\b",
        window=80,
    ),
    PatternSpec(
        "eponym-pair",
        T.ID,
        r"\b[A-Z][a-z]+ (?:and|&) [A-Z][a-z]+"
        r" (?:ADL|scale|score|stage|staging|classification|criteria|grade)\b",
    ),
    # three eponyms joined ("Wolff-Parkinson-White", "Lown-Ganong-Levine") or an eponym's variant ("Rubin
    # II", "Kerley B", "Billroth-II-Resektion", "Barthel-Index"): no head noun needed. Two joined need one
    # ("Thayer-Martin agar"): bare, "Kelly-Martin" is a double-barrelled surname
    PatternSpec(
        "eponym-compound",
        T.ID,
        rf"\b(?:(?:{KNOWN})(?:-(?:{KNOWN})){{2,3}}"
        rf"|(?:{KNOWN})(?:-(?:{KNOWN}))?(?:-(?:{_NUMERAL}|{_GERMAN_HEADS})){{1,2}}"
        r"(?: (?:[A-C]|I{1,3}|IV)\b)?"
        rf"|(?:{KNOWN})(?:-(?:{KNOWN}))? (?:I{{1,3}}|IV|V|[A-C])\b)(?![\w'\-])",  # "Salter-Harris II"
        hs=r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+| (?:II|III|IV)|[ \-](?:[A-C]|II|III|IV)|-[A-Z][a-z]{3})",
        validator=lambda text, m: untitled(text, m),
    ),
    # instruments known by the eponym alone: "Catheter: Foley 14 Fr", "excluded by Holter"
    PatternSpec(
        "eponym-device",
        T.ID,
        r"\b(?:Foley|Holter|Yankauer|Hickman|Groshong|Tenckhoff|Mahurkar|PleurX|Pleurx|Portacath|Ryles?|Doppler"
        r"|Swan-Ganz|Levey-Jennings)\b"
        r"(?:[ \t][0-9]{1,2} ?(?:Fr|Ch|F)\b)?",
        validator=lambda text, m: _v_device(text, m),
    ),
    PatternSpec(
        "eponym-of",
        T.ID,
        rf"\b(?:{_OF_NAME})[ \t]+{_CAP}(?:[ \t]+(?:et|y|e|und|and|en)[ \t]+{_CAP})?\b",
    ),
    # a disease said by its eponym alone, in the possessive ("my dad had Parkinson's", "Raynaud's versus
    # arthritis"), or a pair that names one disease ("Osgood-Schlatter", "Guillain-Barre"); surnames common as
    # people's (Wilson, Bell, Down, Still, Graves) need their head noun
    PatternSpec(
        "eponym-alone",
        T.ID,
        # ("Reyes'" is a surname in a quoted SQL value: a bare apostrophe only after a final s, "Perthes'")
        rf"\b(?:(?:{_DISEASE_ALONE})(?:'s|(?<=s)')|(?:{_DISEASE_PAIRS}))(?![\w'\-])",
        hs=rf"\b(?:(?:{_DISEASE_ALONE})'|(?:{_DISEASE_PAIRS}))",
        validator=lambda text, m: untitled(text, m),
    ),
    # an eponym in brackets before its head ("lymphocytic (Hashimoto) thyroiditis"); a disease before its gene
    # or enzyme, as screening panels list them ("Krabbe (GALC)", "Pompe (GAA)"); a blood group system
    PatternSpec(
        "eponym-bracketed",
        T.ID,
        rf"\((?:{KNOWN})\)[ \t](?i:{HEADS})\b"
        rf"|\b(?:{_DISEASE_ALONE}|Krabbe|Pompe|Canavan)(?=[ \t]\([A-Z0-9]{{2,6}}\))"
        r"|\b(?:Kidd|Duffy|Kell|Lutheran|Lewis|Rhesus)(?=[ \t](?:blood[ \t]group|antigen|system|antibod))",
        hs=rf"\((?:{KNOWN})\)[ \t]|\b(?:{_DISEASE_ALONE}|Krabbe|Pompe|Canavan)[ \t]\("
        r"|\b(?:Kidd|Duffy|Kell|Lutheran|Lewis|Rhesus)[ \t][a-z]",
        validator=lambda text, m: untitled(text, m),
    ),
]


def untitled(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """The match as an ID veto, unless a title or a name label stands before it: "Mr Foley catheter
    change" and "Patient: Foley" are Mr Foley's."""
    if _after_title(text, m.start()) or _NAME_LABEL.search(text, max(0, m.start() - 16), m.start()):
        return None
    return m.start(), m.end(), T.ID


_NAME_LABEL = re.compile(
    r"(?i:name|patient|pt|surname|family|nom|nombre|nome|naam|client|resident)[ \t]*:[ \t]*$"
)
_GIVEN_AFTER = re.compile(r",?[ \t]+[A-Z][a-z]")


def _v_device(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """The instrument, unless the word is written as someone's name: a title or a name label before it, or
    a given name after it ("Foley, Mary")."""
    if _GIVEN_AFTER.match(text, m.end()) is not None:
        return None
    return untitled(text, m)
