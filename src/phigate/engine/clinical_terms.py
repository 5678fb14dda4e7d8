"""Capitalised clinical words that name no patient: organisms, device makers and health-record systems,
cited authors, medicines by brand and form, score acronyms, a clinician's degree, the modal "Will", a ward
named like a person. Vetoes (a hit lying wholly inside one is dropped), in the ASCII scan copy.

- an organism's binomial ("Candida albicans", "Enterococcus faecium"): its genus is capitalised and may be
  a given name, but a known species epithet follows it, and no surname is lower-case Latin;
- a medical device maker or a health-record system, before its product or the device ("Boston
  Scientific", "Abbott MitraClip", "Edwards Sapien valve", "Cerner PowerChart") or in brackets after it
  ("Prismaflex (Baxter)"); makers whose names are common surnames need the product or device beside them;
- authors of a cited paper: "Nakamura et al.", or two names before a year or a journal ("Okafor and
  Lindqvist, 2021)", "... (Eur J Heart Fail 2018"); a declaration named after its city;
- a brand and its form ("Paracodin Tropfen", "Relvar Ellipta"), a score by its acronym ("CAM-ICU"), a
  degree after a name ("M.D.": "M." is no title before "D");
- "Will" and "Hope" opening a clause before a verb's base form ("Will review in clinic", "Hope this
  helps"): the name would take the verb's -s or -ed form ("Will reviewed the chart");
- a ward or unit named like a person, before its bay, bed or room ("Hope Ward bay 4"), and "the Royal
  <Name>" (a hospital known by its royal name alone).
"""

from __future__ import annotations

import re

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import lexicon
from phigate.engine.eponyms import untitled
from phigate.engine.normalize import fold_token
from phigate.engine.patterns import PatternSpec

_EPITHETS = (
    "aureus|albicans|pneumoniae|coli|aeruginosa|difficile|faecalis|faecium|epidermidis|pyogenes|agalactiae"
    "|influenzae|meningitidis|gonorrhoeae|trachomatis|tuberculosis|fumigatus|glabrata|auris|baumannii"
    "|cloacae|mirabilis|marcescens|maltophilia|jejuni|pylori|monocytogenes|pertussis|pallidum|burgdorferi"
    "|neoformans|jirovecii|vaginalis|lamblia|histolytica|falciparum|vivax|typhi|enterica|sonnei|cholerae"
    "|parapsilosis|tropicalis|krusei|lugdunensis|capitis|hominis|haemolyticus|saprophyticus|mutans|mitis"
    "|oralis|anginosus|dysgalactiae|catarrhalis|oxytoca|aerogenes|freundii|vulgaris|stuartii|morganii"
    "|perfringens|fragilis|acnes|avium|abscessus|kansasii|marinum|leprae|israelii|gattii|dermatitidis"
    "|immitis|capsulatum|brasiliensis|mansoni|haematobium|lumbricoides|stercoralis|solium|saginata"
    "|gondii|cruzi|donovani|malariae|ovale|knowlesi|pneumophila|psittaci|burnetii|rickettsii|henselae"
    "|quintana|tularensis|pestis|anthracis|botulinum|tetani|diphtheriae|ducreyi|granulomatis|ureolyticum"
    "|hominis|genitalium|vulnificus|parahaemolyticus|hydrophila|multocida|canimorsus|cepacia|pseudomallei"
    "|mallei|ulcerans|chelonae|fortuitum|gordonae|xenopi|scrofulaceum|intracellulare|bovis|africanum"
    "|oryzae|arrhizus|niger|flavus|terreus|lusitaniae|guilliermondii|rubrum|mentagrophytes|canis|furfur"
    "|boydii|dysenteriae|flexneri|enterocolitica|pseudotuberculosis|aerogenes|sakazakii|odontolyticus"
    "|constellatus|intermedius|salivarius|sanguinis|gallolyticus|bovis|lactis|casei|rhamnosus|acidophilus"
)
EPITHETS = frozenset(_EPITHETS.split("|"))  # "S. Aureus", "H. Pylori": an abbreviated genus is no initial
_MAKERS_ALWAYS = (  # unmistakable as written
    r"Boston Scientific|Zimmer Biomet|Edwards Lifesciences|Smith ?(?:&|and) ?Nephew"
    r"|Johnson ?(?:&|and) ?Johnson|DePuy Synthes|Becton,? Dickinson|Siemens Healthineers|GE Healthcare"
    r"|Philips Respironics"
    r"|Fisher ?(?:&|and) ?Paykel|Cook Medical|Smiths Medical|B\. ?Braun|Fresenius Kabi|Fresenius Medical Care"
    r"|Hill-Rom|Baxter International|Intuitive Surgical|Tandem Diabetes|Insulet Omnipod|Dexcom|Medtronic"
    r"|Biotronik|LivaNova|Masimo|ResMed|Hologic|Teleflex|Terumo|Olympus Medical|Karl Storz|Cochlear"
    r"|Puritan Bennett|Getinge|Draeger|Drager|Hamilton Medical|Dako|Ventana|Leica Biosystems|bioMerieux"
    r"|VITEK|Cepheid|GeneXpert|Omnipod|LigaSure|FloTrac|Prismaflex|Eli Lilly|Novo Nordisk|Pfizer|Novartis"
    r"|Sanofi|AstraZeneca|GlaxoSmithKline|Boehringer Ingelheim|AbbVie|Janssen|Takeda|Amgen|Gilead"
    r"|Bristol-Myers Squibb|Merck Sharp|Sandoz|Viatris"
    # health-record systems and their products
    r"|Cerner|Meditech|Allscripts|athenahealth|eClinicalWorks|NextGen Healthcare|Oracle Health|PowerChart"
    r"|MyChart|Mirth Connect|InterSystems|HealthShare|Veradigm|Healow|WhatsApp|FaceTime|WeChat|Doximity"
    r"|Teladoc|Amwell|Zoom|Microsoft Teams|Walgreens|CVS Pharmacy|Boots Pharmacy|Rite Aid"
)
_MAKERS_NEED_PRODUCT = (
    r"Abbott|Edwards|Stryker|Baxter|Philips|Siemens|Olympus|Roche|Cook|Braun|Smiths|Arthrex|Zimmer|Biomet"
    r"|DePuy|Synthes|Exactech|Invacare|Permobil|Medline|Ottobock|Ossur"
)
_DEVICE_WORDS = (
    r"pacemaker|defibrillator|ICD|CRT-D|valve|pump|sensor|monitor|device|stent|catheter|lead|leads|implant"
    r"|prosthesis|knee|hip|nail|plate|screw|generator|system|analy[sz]er|meter|port|graft|mesh|coil|clip"
    r"|product|products|rep|representative|programme|program|platform|stainer|ventilator"
)
_FORMS = (
    r"Tropfen|Tabletten|Filmtabletten|Kapseln|Retardtabletten|Brausetabletten|Zapfchen|Saft|Loesung|Losung"
    r"|gouttes|comprimes|gelules|sirop|gotas|comprimidos|capsulas|jarabe|gocce|compresse|capsule|sciroppo"
    r"|druppels|tabletten|capsules|drank|zetpillen|Diskus|Turbohaler|Evohaler|Respimat|Ellipta|Handihaler"
    r"|Breezhaler|Genuair|Accuhaler|Inhaler|inhaler|FlexPen|FlexTouch|KwikPen|SoloStar|Penfill|mite|forte"
    r"|retard|Mitis|mitis|XR|SR|CR|ODT"
)
_BASE_VERBS = (
    r"review|reassess|recheck|see|call|follow|continue|need|needs|return|discuss|repeat|check|consider"
    r"|arrange|start|stop|monitor|update|contact|refer|send|order|request|book|chase|confirm|inform|email"
    r"|phone|ring|liaise|escalate|document|add|adjust|increase|decrease|titrate|wean|hold|restart|resume"
    r"|aim|plan|try|ask|let|let's|obtain|perform|complete|schedule|discharge|admit|transfer|keep|give"
    r"|require|be|have|get|make|do|go|come|this|that|you|it|to"
)

SPECS = [
    PatternSpec("organism", T.ID, rf"\b[A-Z][a-z]{{2,20}} (?:{_EPITHETS})\b"),
    # software written in CamelCase from an ordinary word ("RightFax", "NextGen", "PowerChart", "CareLink"):
    # a product, where a person's CamelCase name starts with a particle ("McKay", "DeShawn", "LaToya")
    PatternSpec(
        "camel-product",
        T.ID,
        r"\b(?:Right|Next|My|Power|Smart|Health|Care|Med|Life|Open|Data|Fax|Cloud|Net|Web|Quick|True|Blue|Info"
        r"|Doc|Point|Click|Page|Link|Secure|Team|Work|Safe|Sure|Fast|Easy|Pro|Tele|Digi|One|Go|Net|Sync|Share"
        r"|Scan|Script|Chart|Lab|Pharm|Vital|Clini|Patient|Epic|Cura|Touch|Express|Direct|Simple|Total|Prime)"
        r"[A-Z][a-z]+(?:[A-Z][a-z]+)?\b",
    ),
    PatternSpec(
        "device-maker",
        T.ID,
        rf"\b(?:(?:{_MAKERS_ALWAYS})\b(?: [A-Z][A-Za-z0-9\-]+\b| [0-9]{{1,4}}\b)?"
        rf"|(?:{_MAKERS_NEED_PRODUCT}) (?:[A-Z][A-Za-z0-9\-]+|(?:{_DEVICE_WORDS})\b))",
        validator=lambda text, m: _v_maker(text, m),
        hs=rf"\b(?:{_MAKERS_ALWAYS}|(?:{_MAKERS_NEED_PRODUCT}) )",
    ),
    # scores and tools known by their acronyms, some hyphenated like a double-barrelled name
    PatternSpec(
        "score-acronym",
        T.ID,
        r"\b(?:CAM-ICU|HAS-BLED|CURB-65|CHA2DS2-VASc|CHADS2|APACHE(?: II| IV)?|q?SOFA|NEWS2|MEWS|PEWS|RASS"
        r"|NIHSS|MMSE|MoCA|PHQ-9|GAD-7|AUDIT-C|CIWA-Ar|TIMI|PERC|HEART score|GRACE score|Lung-RADS|BI-RADS"
        r"|LI-RADS|PI-RADS|TI-RADS|O-RADS)(?![\w\-])",
        hs=r"\b(?:CAM-ICU|HAS-BLED|CURB-65|CHA2DS2-VASc|CHADS2|APACHE|q?SOFA|NEWS2|MEWS|PEWS|RASS|NIHSS|MMSE|MoCA"
        r"|PHQ-9|GAD-7|AUDIT-C|CIWA-Ar|TIMI|PERC|HEART score|GRACE score|Lung-RADS|BI-RADS|LI-RADS|PI-RADS"
        r"|TI-RADS|O-RADS)",
    ),
    # a maker in brackets after its device: "Prismaflex (Baxter)", "FloTrac (Edwards)"
    PatternSpec("maker-in-brackets", T.ID, rf"\((?P<v>{_MAKERS_NEED_PRODUCT})\)"),
    # authors of a cited paper: "Nakamura et al.", "Okonjo and Rask (Eur J Heart Fail 2018", "(Ito & Sala,
    # 2020)"; a declaration named after its city ("the Declaration of Helsinki")
    PatternSpec(
        "cited-authors",
        T.ID,
        r"\b[A-Z][A-Za-z'\-]+(?:,? (?:and|&) [A-Z][A-Za-z'\-]+)? et al\b\.?"
        r"|\b[A-Z][A-Za-z'\-]+ (?:and|&) [A-Z][A-Za-z'\-]+,? \((?:[A-Z][A-Za-z.]*[ ]){0,6}(?:19|20)[0-9]{2}"
        r"|\b[A-Z][A-Za-z'\-]+ (?:and|&) [A-Z][A-Za-z'\-]+, (?:19|20)[0-9]{2}\)"
        r"|\bDeclaration of [A-Z][a-z]+",
    ),
    # a medicine by its brand and its form: "Paracodin Tropfen", "Relvar Ellipta", "Metohexal mite"
    PatternSpec(
        "drug-form",
        T.ID,
        rf"\b[A-Z][a-z]{{2,20}}(?:-[A-Z]?[a-z]+)? (?:{_FORMS})\b",
    ),
    PatternSpec(
        "modal-will",
        T.ID,
        # "Will" anywhere before a bare verb ("the district nurse Will review"); "Hope" only opening a clause
        rf"(?:(?:^|(?<=[\n.;:!?>(\-*])|(?<=[\n.;:!?>(\-*] ))(?:Hope|WILL)|\bWill) (?:{_BASE_VERBS})\b",
        hs=rf"(?:Will|Hope|WILL) (?:{_BASE_VERBS})\b",
    ),
    PatternSpec(
        "named-ward",
        T.ID,
        r"\b[A-Z][a-z]{2,20} (?:Ward|Unit|Wing|Suite)(?= (?:bay|bed|room|side|[Bb]ay|[Bb]ed|[0-9]))",
        hs=r"\b[A-Z][a-z]{2,20} (?:Ward|Unit|Wing|Suite) (?:bay|bed|room|side|Bay|Bed|[0-9])",
    ),
    # a ward where someone goes or stays: "discharged from Hope Ward", "on Mercy Ward" ("by", "with" and "to"
    # may name a person)
    PatternSpec("ward-place", T.ID, r"\b(?:from|on|onto|in|at) (?P<v>[A-Z][a-z]{2,20} Ward)\b"),
    # a clinician's degree after the name ("Ana Lima, M.D.", "Ph.D."): "M." is no title before "D"
    PatternSpec(
        "degree",
        T.ID,
        r"\b(?:M\.D|Ph\.D|D\.O|R\.N|N\.P|P\.A|M\.B|B\.S|Ch\.B|M\.S|D\.D\.S|Pharm\.D|D\.P\.M|M\.P\.H"
        r"|F\.R\.C\.P|F\.A\.C\.S|F\.A\.C\.P)\.?(?![A-Za-z])",
        hs=r"\b(?:M\.D|Ph\.D|D\.O|R\.N|N\.P|P\.A|M\.B|B\.S|Ch\.B|M\.S|D\.D\.S|Pharm\.D|D\.P\.M|M\.P\.H"
        r"|F\.R\.C\.P|F\.A\.C\.S|F\.A\.C\.P)",
    ),
    # a hospital known by its royal name alone ("referred to the Royal Marsden")
    PatternSpec("royal-institution", T.ID, r"\b(?:the|The) Royal [A-Z][a-z]+(?: [A-Z][a-z]+)?\b"),
]


_NEED_PRODUCT = re.compile(_MAKERS_NEED_PRODUCT)


def _v_maker(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """Not a titled person ("Mrs Abbott"), and a maker that is also a surname needs a product that is no
    name: "Edwards Sapien" is a valve, "Baxter Mary" a register's patient."""
    if untitled(text, m) is None:
        return None
    words = m.group().split()
    if len(words) == 2 and _NEED_PRODUCT.fullmatch(words[0]) and words[1][:1].isupper() \
            and not words[1].isupper():
        w = fold_token(words[1])
        if w in lexicon.first_names() or w in lexicon.last_names():
            return None
    return m.start(), m.end(), T.ID
