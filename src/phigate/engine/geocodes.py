"""Geography below the state that is not a postal address: coordinates in the notations people and devices
write them (degrees-minutes-seconds, degrees and decimal minutes, labelled latitude/longitude, Plus Codes,
what3words), where a road scene is (a mile marker, a county road), and the units elections and censuses
count people in (precincts, census tracts, block groups), and a county named before its word ("County
Longford", "Co. Wicklow"). Safe Harbor removes all of them: "all geographic subdivisions smaller than a
state ... and their equivalent geocodes" (45 CFR 164.514(b)(2)(i)(B)).

Patterns run on the scan copy, where "°", "′" and "″" read as "?".
"""

from __future__ import annotations

import re

from phigate.api.identifiers import IdentifierType as T
from phigate.engine.patterns import PatternSpec, _span

_DEG = r"(?:\?|°|[ \t]?deg\.?)"
_MIN = r"(?:\?|'|′|’)"
_SEC = r"(?:\?|\"|″|'')"
_DMS = rf"[0-9]{{1,3}}{_DEG}[ \t]?[0-9]{{1,2}}(?:\.[0-9]+)?{_MIN}(?:[ \t]?[0-9]{{1,2}}(?:\.[0-9]+)?{_SEC})?"
_ROAD = (
    r"(?:(?:County|State|Township|Forest|Farm[ \t]to[ \t]Market|Ranch[ \t]to[ \t]Market|Parish)[ \t]+"
    r"(?:Road|Rd\.?|Route|Rte\.?|Highway|Hwy\.?)[ \t]+[A-Z0-9]{1,4}(?:-[A-Z0-9]{1,3})?"
    r"|(?:CR|SR|FM|RR|US|I|Interstate|Hwy|Highway|Route|Rte)[ \t\-]?[0-9]{1,4}[A-Z]?)"
)

_STREET = (
    r"\b(?:[A-Z][a-z]+[ \t]){1,3}(?:St|Street|Rd|Road|Ave|Avenue|Dr|Drive|Blvd|Boulevard|Ln|Lane|Way|Pl|Place"
    r"|Ct|Cres|Crescent|Hwy|Highway|Pkwy|Parkway|Ter|Terrace|Cir|Circle|Trl|Trail|Pike|Line|Sideroad)\b\.?"
)
_BOUND = r"(?i:north|south|east|west)bound"
_UNIT = r"Precinct|Census[ \t]+Tract|Tract|Voting[ \t]+District|Election[ \t]+District|Block[ \t]+Group"

SPECS = [
    PatternSpec(
        "geo-dms",
        T.ADDRESS,
        rf"(?<![0-9.])(?P<v>{_DMS}[ \t]?[NSns],?[ \t]*{_DMS}[ \t]?[EWew])(?![A-Za-z])",
        hs=rf"[0-9]{{1,3}}{_DEG}[ \t]?[0-9]{{1,2}}",
    ),
    PatternSpec(  # the hemisphere first, degrees marked: "S27?41.508' E152?03.116'" (the scan copy of "°")
        "geo-dms-first",
        T.ADDRESS,
        rf"(?<![A-Za-z0-9])(?P<v>[NSns][ \t]?{_DMS},?[ \t]*[EWew][ \t]?{_DMS})",
        hs=rf"[NSns][ \t]?[0-9]{{1,3}}{_DEG}[ \t]?[0-9]{{1,2}}",
    ),
    PatternSpec(  # degrees and decimal minutes, hemisphere first: "N44 51.238, W120 17.604"
        "geo-ddm",
        T.ADDRESS,
        r"(?<![A-Za-z0-9])(?P<v>[NS][ \t]?[0-9]{1,2}(?:\?|°)?[ \t]+[0-9]{1,2}\.[0-9]{2,},?[ \t]*"
        r"[EW][ \t]?[0-9]{1,3}(?:\?|°)?[ \t]+[0-9]{1,2}\.[0-9]{2,})(?![0-9])",
        hs=r"[NS][ \t]?[0-9]{1,2}\??[ \t]+[0-9]{1,2}\.[0-9]{2,},?[ \t]*[EW]",
    ),
    PatternSpec(  # "lat 39.8714 / lon -77.2936", "latitude: 39.87, longitude: -77.29"
        "geo-lat-lon",
        T.ADDRESS,
        r"(?i:\b(?P<v>lat(?:itude)?)[ \t]*[:=]?[ \t]*-?[0-9]{1,2}\.[0-9]{2,}[ \t]*[,/;|]?[ \t]*"
        r"(?:lon|lng|long|longitude)[ \t]*[:=]?[ \t]*-?[0-9]{1,3}\.[0-9]{2,})",
        validator=lambda text, m: (m.start("v"), m.end(), T.ADDRESS),
        hs=r"(?i:\blat(?:itude)?)[ \t]*[:=]?[ \t]*-?[0-9]{1,2}\.[0-9]{2,}",
    ),
    PatternSpec(  # Open Location Code: "CJRV47QM+X5", "47QM+X5 Tullamore"
        "geo-plus-code",
        T.ADDRESS,
        r"(?<![A-Za-z0-9+])(?P<v>[23456789CFGHJMPQRVWX]{4,8}\+[23456789CFGHJMPQRVWX]{2,3})(?![A-Za-z0-9+])",
        validator=lambda text, m: _span(m, T.ADDRESS) if sum(map(str.isdigit, m.group("v"))) >= 2 else None,
        hs=r"[23456789CFGHJMPQRVWX]{4,8}\+[23456789CFGHJMPQRVWX]{2}",
    ),
    PatternSpec("geo-what3words", T.ADDRESS, r"(?P<v>///[a-z]{2,20}\.[a-z]{2,20}\.[a-z]{2,20})\b"),
    PatternSpec(  # "mile marker 187 on County Road K42", "MM 12 of I-80", "County Road K42"
        "road-scene",
        T.ADDRESS,
        rf"(?P<v>(?i:\bmile[ \t]?(?:marker|post)|\bmilepost|\bMM)[ \t]*#?[0-9]{{1,4}}(?:\.[0-9])?"
        rf"(?:[ \t]+(?:on|of|along|off)[ \t]+{_ROAD})?"
        rf"|\b(?:County|State|Township|Forest|Farm[ \t]to[ \t]Market|Ranch[ \t]to[ \t]Market|Parish)[ \t]+"
        r"(?:Road|Rd\.?|Route|Rte\.?|Highway|Hwy\.?)[ \t]+[A-Z0-9]{1,4}(?:-[A-Z0-9]{1,3})?)(?![A-Za-z0-9])",
        hs=r"(?i:\bmile[ \t]?(?:marker|post)|\bmilepost|\bMM)[ \t]*#?[0-9]"
        r"|\b(?:County|State|Township|Forest|Farm[ \t]to[ \t]Market|Ranch[ \t]to[ \t]Market|Parish)[ \t]+"
        r"(?:Road|Rd|Route|Rte|Highway|Hwy)",
    ),
    PatternSpec(  # where on a road a crash is: "Hwy 230 NB exit 17", "Highway 61 near km 402", "M71 J9
        # eastbound", "A612 northbound lay-by 2" (a road's number alone, "A1" or "B12", is no place)
        "road-position",
        T.ADDRESS,
        rf"(?P<v>(?:{_ROAD}|\b[AMB][0-9]{{1,4}}(?:\(M\))?)(?:[ \t]+(?:[NSEW]B|[NS][EW]B|{_BOUND}))?"
        r"[ \t,]+(?:(?:near|at|@|by|past|before|after)[ \t]+)?(?:the[ \t]+)?"
        r"(?:(?i:exit|junction|jct|km|kilometre|kilometer|mile|lay-by|layby|overpass|interchange)[ \t]*#?"
        r"[0-9]{1,4}(?:\.[0-9])?(?:[ \t]*(?:km[ \t]+post|post|marker))?|J[0-9]{1,3}(?:-[0-9]{1,3})?"
        rf"(?:[ \t]+{_BOUND})?))(?![A-Za-z0-9])",
        hs=rf"(?:{_ROAD}|\b[AMB][0-9]{{1,4}})",
    ),
    PatternSpec(  # an intersection, two named streets: "Elm St / Quarry Dr", "Mill Rd at Ferris Ave"
        "intersection",
        T.ADDRESS,
        rf"(?P<v>{_STREET}[ \t]*(?:/|&|@|\band\b|\bat\b|\bx\b)[ \t]*{_STREET})",
        hs=rf"{_STREET}[ \t]*(?:/|&|@|and|at|x)[ \t]*[A-Z]",
    ),
    PatternSpec(  # a military installation or a deployed site, by its head word: "Fort <Name>", "Joint Base
        # <Name>", "Naval Station <Name> <Name>", "RAAF Base <Name>", "CFB <Name>", "FOB <Name>", "<Name>
        # Barracks", "<Name> <Name> Training Area"
        "installation",
        T.ADDRESS,
        r"\b(?P<v>(?:Fort|Camp|Joint[ \t]Base|Naval[ \t](?:Air[ \t])?(?:Station|Base)|Air[ \t]Force[ \t]Base"
        r"|Marine[ \t]Corps[ \t](?:Base|Air[ \t]Station)|RAF|RAAF[ \t]Base|CFB|BFC|FOB|COP|Combat[ \t]Outpost"
        r"|Patrol[ \t]Base|Tactical[ \t]Base|Forward[ \t]Operating[ \t]Base)[ \t][A-Z][A-Za-z'\-]+"
        r"(?:[ \t][A-Z][A-Za-z'\-]+)?"
        r"|(?:[A-Z][A-Za-z'\-]+[ \t]){1,3}(?:Barracks|Training[ \t]Area|Garrison|Air[ \t]Base"
        r"|Army[ \t]Base))\b",
        validator=lambda text, m: _v_installation(m),
        hs=r"\b(?:Fort|Camp|Joint[ \t]Base|Naval[ \t](?:Air[ \t])?(?:Station|Base)|Air[ \t]Force[ \t]Base"
        r"|Marine[ \t]Corps[ \t](?:Base|Air[ \t]Station)|RAF|RAAF[ \t]Base|CFB|BFC|FOB|COP|Combat[ \t]Outpost"
        r"|Patrol[ \t]Base|Tactical[ \t]Base|Forward[ \t]Operating[ \t]Base)[ \t][A-Z]"
        r"|\b(?:[A-Z][A-Za-z'\-]+[ \t]){1,3}(?:Barracks|Training[ \t]Area|Garrison|Air[ \t]Base"
        r"|Army[ \t]Base)",
    ),
    PatternSpec(  # a military grid reference, "18T WL 80612 11417"; a British one after "grid": "SD 312 455"
        "grid-reference",
        T.ADDRESS,
        r"\b(?P<v>[0-9]{1,2}[C-HJ-NP-X][ \t]?[A-HJ-NP-Z]{2}[ \t]?[0-9]{2,5}[ \t]?[0-9]{2,5})\b"
        r"|(?i:\bgrid(?:[ \t]ref(?:erence)?)?\.?)[ \t:]*"
        r"(?P<v2>[A-HJ-Z]{2}[ \t]?[0-9]{3,5}[ \t]?[0-9]{3,5})\b",
        validator=lambda text, m: _v_grid(m),
        hs=r"\b[0-9]{1,2}[C-HJ-NP-X][ \t]?[A-HJ-NP-Z]{2}[ \t]?[0-9]{2,5}[ \t]?[0-9]{2,5}"
        r"|(?i:\bgrid(?:[ \t]ref(?:erence)?)?\.?)[ \t:]*[A-HJ-Z]{2}[ \t]?[0-9]{3}",
    ),
    PatternSpec(  # "Precinct 23", "Ward 9 Precinct 5", "Census Tract 8731.02", "block group 2"
        "census-unit",
        T.ADDRESS,
        rf"(?P<v>(?:\bWard[ \t]+[0-9]{{1,3}}[A-Z]?,?[ \t]+)?\b(?:{_UNIT})[ \t]+(?:No\.?[ \t]*|#)?[0-9]{{1,5}}"
        r"(?:\.[0-9]{1,2})?[A-Z]?)(?![0-9A-Za-z])",
        hs=rf"\b(?:Ward[ \t]+[0-9]{{1,3}}[A-Z]?,?[ \t]+)?(?:{_UNIT})[ \t]+(?:No\.?[ \t]*|#)?[0-9]",
    ),
    PatternSpec(  # a reserve's community and a county written in capitals: "<Name> Lake First Nation",
        # "<NAME> <NAME> COUNTY", "TOWNSHIP OF <NAME>"
        "community-caps",
        T.ADDRESS,
        r"\b(?P<v>[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+){0,2}[ \t]First[ \t]Nations?"
        r"|[A-Z]{2,}(?:[ \t][A-Z]{2,}){0,2}[ \t](?:COUNTY|PARISH|BOROUGH|TOWNSHIP)"
        r"|(?:TOWNSHIP|COUNTY|PARISH|BOROUGH|MUNICIPALITY)[ \t]OF[ \t][A-Z]{3,}(?:[ \t][A-Z]{3,}){0,2})\b",
        validator=lambda text, m: _v_community(m),
        hs=r"\b(?:[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+){0,2}[ \t]First[ \t]Nation"
        r"|[A-Z]{2,}(?:[ \t][A-Z]{2,}){0,2}[ \t](?:COUNTY|PARISH|BOROUGH|TOWNSHIP)"
        r"|(?:TOWNSHIP|COUNTY|PARISH|BOROUGH|MUNICIPALITY)[ \t]OF[ \t][A-Z])",
    ),
    PatternSpec(  # the county's word first: "County Longford", "Co. Wicklow", "the Chapter of Tohatchi"
        "county-before",
        T.ADDRESS,
        r"\b(?:County|Co\.|Chapter[ \t]of|Township[ \t]of|Parish[ \t]of|Borough[ \t]of|Municipality[ \t]of"
        r"|Landkreis|Comté[ \t]de|Condado[ \t]de)[ \t]+(?P<v>[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+)?)",
        validator=lambda text, m: _v_county(text, m),
        hs=r"\b(?:County|Co\.|Chapter[ \t]of|Township[ \t]of|Parish[ \t]of|Borough[ \t]of|Municipality[ \t]of"
        r"|Landkreis|Comt\?[ \t]de|Comte[ \t]de|Condado[ \t]de)[ \t]+[A-Z]",
    ),
]

_COMPANY_BEFORE = re.compile(r"[A-Z][\w&'\-]*[ \t]*$")
_NOT_A_PLACE = frozenset({
    "Court", "Courthouse", "Council", "Commissioners", "Clerk", "Health", "Hospital", "Jail", "Sheriff",
    "Road", "Route", "Highway", "Line", "General", "Medical", "Fair", "Fire", "Ambulance", "Police",
    "Emergency", "Rescue", "EMS", "Services", "Coroner", "Attorney", "Commission", "Board", "Public",
    "Social", "Department",
})


_NOT_A_COUNTY = frozenset({
    "the", "a", "an", "of", "this", "that", "your", "his", "her", "their", "our", "my", "any", "each",
    "every",
    "same", "other", "which", "what", "home", "neighbouring", "neighboring", "adjacent", "nearby", "rural",
    "urban", "local", "per", "by", "in", "and", "or", "for", "no", "not",
})


def _v_community(m: re.Match[str]) -> tuple[int, int, T] | None:
    """Not a label or a phrase in capitals: "COUNTY OF RESIDENCE", "THE COUNTY", "BY COUNTY"."""
    from phigate.engine import lexicon

    v = m.group("v")
    if " OF " in v:
        if all(w.lower() in lexicon.common_words() for w in v.split(" OF ", 1)[1].split()):
            return None
    elif any(w.lower() in _NOT_A_COUNTY for w in v.split()):
        return None
    return _span(m, T.ADDRESS)


def _v_installation(m: re.Match[str]) -> tuple[int, int, T] | None:
    """Not an ordinary word after the head: "Camp <Name>" is a base, "Camp site" and "COP meeting" are not."""
    from phigate.engine import lexicon

    words = m.group("v").split()
    tail = words[1:] if words[0] in ("Fort", "Camp", "RAF", "CFB", "BFC", "FOB", "COP") else words
    if words[0] in ("Camp", "COP", "FOB") and all(w.lower() in lexicon.common_words() for w in tail):
        return None
    return _span(m, T.ADDRESS)


def _v_grid(m: re.Match[str]) -> tuple[int, int, T] | None:
    """The easting and northing have as many digits each (an MGRS or OS reference), not a phone's groups."""
    g = "v" if m.group("v") else "v2"
    digits = [d for d in re.findall(r"[0-9]+", m.group(g))]
    if g == "v":
        digits = digits[1:]  # the zone number
    if len(digits) == 2 and len(digits[0]) != len(digits[1]):
        return None
    return (*m.span(g), T.ADDRESS)


def _v_county(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """A place's name after the county's word; "Acme Co. Limited" (a company) and "County Court" stay."""
    if m.group().startswith("Co.") and _COMPANY_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return None
    words = m.group("v").split()
    if words[0] in _NOT_A_PLACE:
        return None
    if len(words) > 1 and words[1] in _NOT_A_PLACE:
        return m.start("v"), m.start("v") + len(words[0]), T.ADDRESS
    return _span(m, T.ADDRESS)
