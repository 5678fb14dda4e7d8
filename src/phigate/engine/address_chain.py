"""Address continuation: the comma-separated parts that follow a detected street stay one address.

Street patterns find "Plot 12 Ngong Road" or "Am Lindenanger 5b", but the locality after it is often
a town in no list ("..., Kisumu", "..., Tower 4, Dubai", "..., Seoul 06404"). Written addresses keep
their parts on one line, separated by commas, so the parts after an address span are masked until
the line, the sentence or the clause ends, or a part is a state, country, organisation or vocabulary
word (Safe Harbor lets the state stay). A part already covered by another hit (a district taken for a
name) continues the chain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import lexicon
from phigate.engine.names import DEPARTMENT, ORG_WORDS
from phigate.engine.normalize import fold_token
from phigate.engine.patterns import PLACE_SUFFIXES, US_STATES, _is_region
from phigate.engine.scanner import Hit
from phigate.engine.script_text import SCRIPT_DIVISION

MAX_PARTS = 4
_US_STATE = re.compile(rf"(?:{US_STATES})")
# ", Kisumu" / ", Tower 4" / ", 21th Cross" / " - Recife"; optional postcode after the part
_PART = re.compile(
    # a comma ending the line carries the address over to the next one (letters, PDF text)
    # a space only when the part ends in its postcode: "[street] Rear Brindwick Falls 18261"
    r"(?:(?P<in>,?[ \t]+in[ \t]+)|,[ \t]*(?:\r?\n[ \t]*)?|[ \t]+-[ \t]+|\.[ \t]+|/(?=[0-9])|(?P<sp>[ \t]+))"
    r"(?P<seg>(?P<unit>(?i:apt|app|apto|unit|suite|ste|flat|bldg|bloco|piso|etage|stg|door|dept|casa|lote"
    r"|quadra|qd|andar|sala|conj|kat|daire|dpto|depto|departamento|apartamento|appartamento|oficina|bodega"
    r"|interior|torre|mz|manzana|blk|block|lot|scala|stiege|box)\.?[ \t]*"
    r"(?:[0-9][0-9A-Za-z\-]{0,5}|[A-Z](?![A-Za-z])))"  # a unit first: "Dpto. 190" is no town
    r"|(?:[0-9]{1,4}(?:st|nd|rd|th)?[ \t])?[A-Z][A-Za-z'\-]*[A-Za-z]"
    r"(?:[ \t](?:d[aeo]s?[ \t])?[A-Z][A-Za-z'\-]*[A-Za-z]){0,2}"  # "Juazeiro do Norte"
    # a number ending the part ("Tower 4", "Sector 15"); four digits are its postcode ("<town> 2917")
    r"(?:[ \t](?:[0-9]{1,3}[A-Za-z]?|[0-9]{4}[A-Za-z])(?![0-9A-Za-z]))?)"
    r"(?P<pc>[ \t]+(?:[A-Z]{1,3}-)?[0-9]{4,6}(?![0-9A-Za-z]))?"  # "..., Balatonfured H-8230"
)
# a postcode right after the address: "..., Cairns QLD 4884", "[street], Pune 411027", "..., 4661 FJ", or in
# brackets ("[street] 68 (25756)", "[street]（526）")
_POSTCODE = re.compile(
    r"(?:,?[ \t]+(?:(?P<st>[A-Z]{2,3})[ \t]+)?|[ \t]*[(（](?=[0-9]{3,6}[)）]))"
    r"(?P<pc>[0-9]{4,7}|[0-9]{3}(?=[)）])|[0-9]{4}[ \t]?[A-Z]{2}|[A-Z]{1,3}-[0-9]{4,5}"
    r"|[0-9]{3}[ \t][0-9]{2}(?![0-9]))"  # Swedish, Czech, Slovak, Greek: "914 38"
    r"(?![0-9A-Za-z])"
)
_YEAR_IN_PROSE = re.compile(r"(?:19|20)[0-9]{2},?[ \t]+[a-z]")
_STATE_PC = re.compile(r"(?:,[ \t]*|[ \t]+)(?P<pc>[0-9]{4,6})(?![0-9A-Za-z])")  # a CSV's ",Georgia,31507"
# the house number's tail a street pattern left: "Calle 44 # 12[-10]", "Vrtna 3[/2]"
_NUM_TAIL = re.compile(r"[-/][0-9]{1,4}[A-Za-z]?(?![0-9A-Za-z])")
# an address block's next line: the town alone, or with its postcode ("Address: 12 Kea Road\nDunmarrow, 8546")
_NEXT_LINE = re.compile(
    r"[ \t]*\r?\n[ \t]*(?P<seg>[A-Z][A-Za-z'\-]+(?:[ \t][A-Z][A-Za-z'\-]+){0,2})"
    r"(?:,?[ \t]+(?:[A-Z]{2,3}[ \t]+)?(?P<pc>[0-9]{4,6}|[A-Z]{1,2}[0-9][A-Z0-9]?[ \t]?[0-9][A-Z]{2}"
    r"|[0-9]{4}[ \t]?[A-Z]{2}|[0-9]{2}-[0-9]{3}|[0-9]{3}[ \t][0-9]{2}))?[ \t]*(?=\r?\n|$)"
)
# one component of a caret-separated field, then its town's and postcode's shapes
_CARET_PART = re.compile(r"\^([^^|~\r\n\"]{0,40})")
_CARET_TOWN = re.compile(r"[A-Z][A-Za-z'\-]*(?:[ \t][A-Za-z][A-Za-z'\-]*){0,3}")
_CARET_POSTCODE = re.compile(r"[0-9]{5}(?:-[0-9]{4})?|[0-9]{4}|[A-Z][0-9][A-Z][ ]?[0-9][A-Z][0-9]"
                             r"|[A-Z]{1,2}[0-9][A-Z0-9]?[ ][0-9][A-Z]{2}")
_PROSE_AFTER = re.compile(r"[ \t]+[a-z]")  # the sentence goes on after the town: "<street>, <town> failed"
_BARE_POSTCODE = re.compile(r"[ \t]+[0-9]{4,6}(?![0-9A-Za-z])")
# what may follow a part: the end of the line/clause, another part, a bracket, a quote, a postcode
# "Caruaru/PE": a Brazilian town, then its state
# "..., Kumasi (GH-...)": a bracket after the town
# ... or a form's column gap: "Employer: Acme, 8/14 Wattle St, Invermay   Phone ..."
_END = re.compile(r"[ \t]*(?:$|[\n\r,.;)\]|(\"'<?!]|[ \t]-[ \t]|/[A-Z]{2}(?![A-Za-z]))|[ \t]{2,}|\t")
# postcodes that carry letters or a space (UK, Canada, Netherlands, Poland, Czechia, Sweden...) or digits
_POSTCODE_SHAPE = re.compile(
    r"[A-Z]{1,2}[0-9][A-Z0-9]?[ \t]?[0-9][A-Z]{2}|[A-Z][0-9][A-Z][ \t]?[0-9][A-Z][0-9]|[0-9]{4}[ \t]?[A-Z]{2}"
    r"|[0-9]{3}[ \t][0-9]{2}|[0-9]{2}-[0-9]{3}|[0-9]{4,6}"
)
_TOWN_BEFORE = re.compile(r"(?<![A-Za-z'\-])(?P<t>[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+){0,2})[ \t]+$")
_STOP_WORDS = frozenset(
    ["and", "or", "with", "who", "where", "which", "tel", "phone", "fax", "email", "e-mail", "mobile",
     "dob", "born", "admitted", "discharged", "patient", "mrn", "ref", "note", "notes", "seen"]
)
_BLOCK_LINES = 3
_PARTICLES = frozenset(["de", "da", "do", "du", "la", "le", "van", "von", "der", "upon", "on", "en", "sur"])
_SALUTATIONS = frozenset(["dear", "re", "to", "from", "subject", "date", "hi", "hello", "attn", "cc", "your",
                          "our", "yours", "kind", "best", "regards", "sincerely", "thanks", "thank"])
# a postcode alone on its line: "3813", "0112", "DN4 7QX", "H3Z 2Y7", "341 33"
_POSTCODE_LINE = re.compile(
    r"[0-9]{3,6}|[0-9]{3} [0-9]{2}|[0-9]{5}-[0-9]{4}|[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}"
    r"|[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]"
)
# one to four capitalised words (particles between), a postcode after them: "<town> 0112", "Kōwhai Beach"
_LOCALITY_LINE = re.compile(
    r"(?P<words>[^\W\d_][\w'’\-]*(?:[ \t](?:(?:de|da|do|du|la|le|van|von|der|upon|on|en|sur)[ \t])?"
    r"[^\W\d_][\w'’\-]*){0,3})(?:[ \t]+(?:[A-Z]{2,3}[ \t]+)?[0-9]{3,6})?"
)
# street and place types that end a locality's name ("Orchard Court", "Kōwhai Beach", "Tawa Valley")
_LOCALITY_HEADS = PLACE_SUFFIXES | frozenset(
    ["court", "close", "gardens", "park", "estate", "village", "mews", "place", "row", "walk", "heights",
     "terrace", "crescent"])
_UNIT_LEAD = re.compile(r"[ \t0-9/,\-]*")  # a unit number before the street on its line: "5/"
STATES = frozenset(
    w.lower() for w in
    ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
     "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
     "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
     "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT", "NSW", "QLD", "VIC",
     "TAS", "ACT", "WA", "SA", "NT"]
)


_PLACE_QUALIFIERS = frozenset(["upper", "lower", "cross", "north", "south", "east", "west", "great", "little",
                               "nether", "middle", "old", "new", "near", "far", "outer", "inner", "top",
                               "bottom"])
_CHAINED = frozenset([T.ADDRESS, T.NAME, T.ZIP])
_CLINICIAN_BEFORE = re.compile(r"\b(?:Dr|DR|dr|Doctor|doctor|Prof|Professor)\.?[ \t]+$")
_LOWER_PLACE_AFTER_CLINICIAN = re.compile(
    r"[ \t]+(?:of|from|in)[ \t]+(?P<w>[a-z][a-z'\-]{3,})(?:[ \t](?P<sfx>[a-z]{3,9}))?(?![\w'\-])"
)
_PLACE_AFTER_CLINICIAN = re.compile(
    r"(?:,[ \t]*|[ \t]+(?P<prep>of|from|in)[ \t]+)(?P<seg>[A-Z][A-Za-z'\-]+(?:[ \t][A-Z][A-Za-z'\-]+){0,2})"
    r"(?![\w'\-])"
)


def _merged(hits: Sequence[Hit]) -> list[tuple[int, int, set[T]]]:
    out: list[tuple[int, int, set[T]]] = []
    for h in sorted(hits, key=lambda h: (h.start, -h.end)):
        if out and h.start < out[-1][1]:
            s, e, kinds = out[-1]
            kinds.add(h.type)
            out[-1] = (s, max(e, h.end), kinds)
        else:
            out.append((h.start, h.end, {h.type}))
    return out


_HOUSE_NO = re.compile(r"[ \t][0-9]{1,4}[A-Za-z]?(?=[ \t]*(?:[,;|]|\.(?:\s|$)|$|\r?\n))")
_NO_BEFORE = re.compile(r"(?:^|[\s(])[^\W\d_A-Z]{1,3}[ \t](?P<n>[0-9]{1,4}[A-Za-z]?)[ \t]$")
_LOCATIVE = re.compile(r"(?:^|[\s(])[^\W\d_A-Z]{1,3}[ \t]$|\|$")  # "na <street> 124", a cell: "|<street> 4|"
# a postcode right before a town, opening a cell, a field or a line: "|6830 <town>|", "962 41 <town>"
_PC_BEFORE = re.compile(
    r"(?:^|(?<=[|,;\t\n\"]))[ \t]*(?P<pc>[0-9]{4,5}|[0-9]{3} [0-9]{2}|[A-Z]{1,3}-[0-9]{4,5})[ \t]+$"
)
# a street and its number written before the town an address hit took: "posted to <street> 6, <town>"
_STREET_BEFORE = re.compile(
    r"(?<![\w'’\-])(?P<s>[A-Z][\w'’\-]+(?:[ \t][\w'’\-]+){0,2}[ \t][0-9]{1,4}[a-z]?(?:/[0-9]{1,4}[a-z]?)?),"
    r"[ \t]*$"
)
_NOT_STREETS = frozenset(
    ["room", "rm", "ward", "bed", "bay", "floor", "level", "page", "table", "figure", "fig", "day", "week",
     "grade", "stage", "type", "class", "version", "step", "section", "chapter", "line", "row", "dose",
     "cycle", "visit", "lot", "box", "suite", "unit", "building", "block", "phase", "part", "item",
     "question", "q"]
)


def named_streets(text: str, hits: Sequence[Hit]) -> list[Hit]:
    """A street taken for a name, with its house number after it and a short locative word before it
    ("lives na <street> 124, <town>", "went to <street> 16,"): the street is where someone lives."""
    out: list[Hit] = []
    for h in hits:
        if h.type is not T.NAME:
            continue
        n = _HOUSE_NO.match(text, h.end)
        if n is not None and _LOCATIVE.search(text, max(0, h.start - 5), h.start) \
                and not _HANDOVER_TO.search(text, max(0, h.start - 20), h.start):  # "handover to <name> 1843"
            out.append(Hit(h.start, n.end(), T.ADDRESS, "address:named-street"))
            continue
        b = _NO_BEFORE.search(text, max(0, h.start - 12), h.start)  # "sa 91 <street>, <town> 6004"
        if b is not None and text[h.end : h.end + 1] == ",":
            out.append(Hit(b.start("n"), h.end, T.ADDRESS, "address:named-street"))
    return out


_HANDOVER_TO = re.compile(r"(?i)\bhand(?:ed)?[ \-]?over[ \t]+to[ \t]+$")
_ABBREVIATION_GOES_ON = re.compile(r"\.[A-Za-z]")  # a title or degree in parts ("Sp.PD", "S.Kep")
_REGISTER_WORDS = frozenset(["lic", "reg", "licence", "license", "registration", "cert", "npi", "dea"])

class AddressChain:
    """Stateless; built once per plan (holds the lexicons it consults)."""

    def __init__(self) -> None:
        self.countries = lexicon.countries()
        self.excluded = lexicon.excluded()
        self.cities = lexicon.cities()
        self.common = lexicon.common_words()

    def _stops(self, seg: str) -> bool:
        words = [fold_token(w) for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", seg)]
        if not words:
            return True
        whole = " ".join(words)
        if whole in self.countries or whole in STATES or words[0] in _STOP_WORDS or _is_region(seg):
            return True
        if _US_STATE.fullmatch(seg):
            return True
        # "<unlisted town> Upper", "<unlisted town> Cross": beside a word no dictionary knows, a qualifier is
        # the town's own ("..., Upper Ward" still stops)
        town_word = any(w not in self.common and w not in self.excluded and w not in ORG_WORDS for w in words)
        return any((w in ORG_WORDS or (w in self.excluded and w not in self.cities))
                   and not (town_word and (w in _PLACE_QUALIFIERS or w in PLACE_SUFFIXES)) for w in words)

    def find(self, scan_text: str, hits: Sequence[Hit], norm_text: str | None = None) -> list[Hit]:
        """Extra ADDRESS hits continuing each ADDRESS hit (offsets into the same text)."""
        intervals = _merged(hits)  # chain from where the merged span ends, not one hit inside it
        starts = {s: e for s, e, kinds in intervals if kinds & _CHAINED}
        out: list[Hit] = []
        for _start, end, kinds in intervals:
            if T.ADDRESS not in kinds or scan_text[_start:end].lower() in STATES:
                continue  # a state taken for a place ("lives in TX, 2019 move") starts no address
            tail = end
            while end > 0 and scan_text[end - 1].isalpha() and tail < len(scan_text) and tail - end < 12 and (
                scan_text[tail].isalnum() or scan_text[tail] == "-"
            ):  # only inside a word: "45에", "3-2-1に住んで" end at the number, their particles stay
                tail += 1  # the span stopped inside a word ("[Jungang-dae]ro"): the word is the address's
            nt = _NUM_TAIL.match(scan_text, end) if end > 0 and scan_text[end - 1].isdigit() else None
            if nt is not None:
                tail = nt.end()
            if tail > end:
                out.append(Hit(end, tail, T.ADDRESS, "address:chain"))
                end = tail
            for _ in range(MAX_PARTS):
                pc = _POSTCODE.match(scan_text, end)
                if pc is not None and pc.group("st") is None and pc.group().startswith(",") \
                        and _YEAR_IN_PROSE.match(scan_text, pc.start("pc")):
                    break  # "Born in <town>, 1931, she moved": a year, the sentence goes on
                if pc is not None and (pc.group("st") is None or pc.group("st").lower() in STATES):
                    out.append(Hit(pc.start("pc"), pc.end("pc"), T.ADDRESS, "address:chain"))
                    # "..., 051860, Venecia": a town may follow its postcode, after a comma, or after a space
                    # where the postcode comes first ("..., 914 38 <town>", "..., 75011 <town>")
                    town = _PART.match(scan_text, pc.end())
                    if town is None or not scan_text.startswith((",", " "), pc.end()) or town.group("unit") \
                            or town.start("seg") in starts or not self._town(town.group("seg")) \
                            or _END.match(scan_text, town.end("seg")) is None:
                        break
                    out.append(Hit(town.start("seg"), town.end("seg"), T.ADDRESS, "address:chain"))
                    end = town.end("seg")
                    continue
                m = _PART.match(scan_text, end)
                if m is None:
                    break
                seg_start = m.start("seg")
                covered = starts.get(seg_start)
                if covered is not None:  # the part is another hit already ("[NAME], Seoul")
                    end = covered
                    continue
                if self._stops(m.group("seg")) or (norm_text is not None and SCRIPT_DIVISION.search(
                        norm_text, seg_start, m.end("seg") + 12) is not None):  # "<name> область"
                    # the state may stay, its postcode may not: "[street], ACT, 5139", "..., NSW 2830"
                    pc2 = _STATE_PC.match(scan_text, m.end("seg"))
                    if pc2 is not None and " ".join(m.group("seg").lower().split()) in STATES:
                        out.append(Hit(pc2.start("pc"), pc2.end("pc"), T.ADDRESS, "address:chain"))
                    break
                if m.group("in") and (fold_token(m.group("seg").split()[0]) in self.common
                                      or not m.group("seg")[:1].isalpha()):
                    # "[street] in March", "... in Room 4": "in" needs a town whose first word no dictionary
                    # knows ("in <town> Flats", "in <town> Terrace" are towns)
                    break
                if m.group("sp") is not None and m.group("pc") is None and m.group("unit") is None:
                    break  # a space-separated part needs its postcode or a unit word ("[street] Dpto. 190")
                if m.group("pc") is None and _END.match(scan_text, m.end("seg")) is None and not (
                    (scan_text.startswith(",", m.start()) or m.group("in"))
                    and _PROSE_AFTER.match(scan_text, m.end("seg")) and self._town(m.group("seg"))
                ):  # "[street] in <town> last Sunday": the sentence goes on after the town
                    break  # "..., Patient reports": prose, not an address part ("..., Ikorodo failed" is)
                out.append(Hit(seg_start, m.end(), T.ADDRESS, "address:chain"))
                end = m.end()
            nxt = _NEXT_LINE.match(scan_text, end)
            if nxt is not None and nxt.start("seg") not in starts and self._town(nxt.group("seg")):
                stop = nxt.end("pc") if nxt.group("pc") else nxt.end("seg")
                out.append(Hit(nxt.start("seg"), stop, T.ADDRESS, "address:chain"))
        for start, end, kinds in intervals:  # "..., Kisumu 40100": a town taken for a name, then its postcode
            after_comma = scan_text[max(0, start - 2) : start].lstrip(" ") == ","
            if T.NAME in kinds and T.ADDRESS not in kinds and after_comma:
                pc = _BARE_POSTCODE.match(scan_text, end)
                if pc is not None and _END.match(scan_text, pc.end()) is not None:
                    out.append(Hit(start, pc.end(), T.ADDRESS, "address:chain"))
        for start, end, kinds in intervals:  # "Dr. [NAME], <town>", "Dr. [NAME] of <town>": where they work
            if T.NAME not in kinds or not _CLINICIAN_BEFORE.search(scan_text, max(0, start - 12), start):
                continue
            p = _PLACE_AFTER_CLINICIAN.match(scan_text, end)
            if p is None:  # in lower case: "dr. [NAME] in <town> falls sent you"
                low = _LOWER_PLACE_AFTER_CLINICIAN.match(scan_text, end)
                if low is not None and fold_token(low.group("w")) not in self.common and (
                        low.group("sfx") is None or low.group("sfx") in PLACE_SUFFIXES):
                    stop = low.end("sfx") if low.group("sfx") in PLACE_SUFFIXES else low.end("w")
                    out.append(Hit(low.start("w"), stop, T.ADDRESS, "address:clinician-town"))
                continue
            if p.start("seg") in starts:
                continue
            seg = p.group("seg")
            words = [fold_token(w) for w in seg.split()]
            if words[0] in _REGISTER_WORDS or _ABBREVIATION_GOES_ON.match(scan_text, p.end("seg")):
                continue  # "Dr. [NAME], Lic. DDS <number>", "..., Reg. <number>", "..., Sp.PD": no town
            if words[0] in self.common or self._stops(seg) or seg[1:2].isupper() or DEPARTMENT(words[-1]) \
                    or not all(
                    w not in self.common or w in self.cities or w in PLACE_SUFFIXES for w in words[1:]):
                continue  # "Dr. [NAME], Cardiology", "... of Family Practice" ("<town> Lake" is a town)
            if p.group("prep") is None and _END.match(scan_text, p.end("seg")) is None:
                continue  # after a comma the town ends the line or the field: "Dr. [NAME], <town>   Tel"
            out.append(Hit(p.start("seg"), p.end("seg"), T.ADDRESS, "address:clinician-town"))
        for _start, end, kinds in intervals:  # HL7 / ASTM components: "<street>^^<town>^<state>^<zip>"
            if T.ADDRESS in kinds and scan_text.startswith("^", end):
                out.extend(self._caret_parts(scan_text, end, starts))
        for start, end, kinds in intervals:  # "..., Leeds LS6 2EQ": the town written before its postcode
            if kinds & {T.ADDRESS, T.ZIP} and _POSTCODE_SHAPE.fullmatch(scan_text, start, end):
                town = self._town_before(scan_text, start)
                if town is not None and town[0] not in starts:
                    out.append(Hit(town[0], town[1], T.ADDRESS, "address:chain"))
        return out

    def before_places(self, text: str, hits: Sequence[Hit]) -> list[Hit]:
        """What a written address puts before the town an ADDRESS hit took: its postcode ("|6830 <town>|")
        or its street and number ("posted to <street> 6, <town>")."""
        out: list[Hit] = []
        for h in hits:
            if h.type is not T.ADDRESS:
                continue
            line = max(0, text.rfind("\n", 0, h.start))
            p = _PC_BEFORE.search(text, max(line, h.start - 16), h.start)
            if p is not None:
                out.append(Hit(p.start("pc"), p.end("pc"), T.ADDRESS, "address:postcode-before"))
                continue
            s = _STREET_BEFORE.search(text, max(line, h.start - 60), h.start)
            if s is not None:
                first = fold_token(s.group("s").split()[0])
                if first not in self.common and first not in _NOT_STREETS:
                    out.append(Hit(s.start("s"), s.end("s"), T.ADDRESS, "address:street-before"))
        return out

    def lines_after(self, scan_text: str, hits: Sequence[Hit]) -> list[Hit]:
        """The lines a postal address puts under its street line, up to the block's end: the estate, the
        suburb, the town, the postcode alone ("14 <name> Brow / Orchard Court / <town> / 3813")."""
        covered = _merged(hits)
        out: list[Hit] = []
        for s, e, kinds in covered:
            if T.ADDRESS not in kinds:
                continue
            nl = scan_text.find("\n", e)
            if nl < 0 or scan_text[e:nl].strip(" \t,\r") or "\n" in scan_text[s:e]:
                continue  # the address goes on on its line: the comma chain's to follow
            line_start = scan_text.rfind("\n", 0, s) + 1
            lead = scan_text[line_start:s]
            if not (_UNIT_LEAD.fullmatch(lead) or lead.rstrip().endswith(":")):
                continue  # "Seen at <street>": a sentence that ends in an address, no postal block
            pos = nl + 1
            for _ in range(_BLOCK_LINES):
                eol = scan_text.find("\n", pos)
                eol = len(scan_text) if eol < 0 else eol
                line = scan_text[pos:eol].rstrip("\r")
                seg = line.strip(" \t,")
                if not seg:
                    break
                lead = pos + line.index(seg)
                if any(a <= lead and lead + len(seg) <= b for a, b, _ in covered):
                    pos = eol + 1  # a line another detector took (its postcode): the block goes on
                    continue
                kind = self._postal_line(seg)
                if kind is None:
                    break
                out.append(Hit(lead, lead + len(seg), kind, "address:block-line"))
                pos = eol + 1
        return out

    def _caret_parts(self, scan_text: str, end: int, starts: dict[int, int]) -> list[Hit]:
        """The town and postcode components after a street in a caret-separated field (HL7 XAD, ASTM, a
        MUMPS global): a state, a country or a one-letter address type stays."""
        out: list[Hit] = []
        for _ in range(6):
            m = _CARET_PART.match(scan_text, end)
            if m is None:
                break
            end = m.end()
            comp = m.group(1).strip()
            if not comp or m.start(1) in starts:
                continue
            if _CARET_POSTCODE.fullmatch(comp):
                out.append(Hit(m.start(1), m.end(1), T.ZIP, "address:caret-part"))
            elif len(comp) >= 3 and _CARET_TOWN.fullmatch(comp) and not self._stops(comp) \
                    and comp.lower() not in STATES:
                out.append(Hit(m.start(1), m.end(1), T.ADDRESS, "address:caret-part"))
        return out

    def _postal_line(self, seg: str) -> T | None:
        """ZIP for a postcode alone, ADDRESS for a locality line, None for anything else (a heading, a
        salutation, a sentence, a state or a country, which Safe Harbor lets stay)."""
        if _POSTCODE_LINE.fullmatch(seg):
            return T.ZIP
        m = _LOCALITY_LINE.fullmatch(seg)
        if m is None:
            return None
        raw = m.group("words").split()
        if not all(w[0].isupper() for w in raw if w not in _PARTICLES):
            return None
        words = [fold_token(w) for w in re.findall(r"[^\W\d_][\w'\-]*", m.group("words"))]
        if not words or words[0] in _STOP_WORDS or words[0] in _SALUTATIONS:
            return None
        if self._stops(m.group("words")) and not (len(words) <= 3 and words[-1] in _LOCALITY_HEADS):
            return None
        if self._town_words(words) or words[-1] in _LOCALITY_HEADS:
            return T.ADDRESS
        return None

    def _town(self, seg: str) -> bool:
        """Words a town may be: no state, country, organisation or label, no ordinary word but a city's."""
        if self._stops(seg) or (seg.isupper() and len(seg) <= 4):
            return False  # "..., GMS card": an acronym
        return self._town_words([fold_token(w) for w in seg.split()])

    def _town_words(self, words: list[str]) -> bool:
        """No ordinary word but a city's, or a qualifier beside a word no dictionary knows ("<x> Upper")."""
        if all(w not in self.common or w in self.cities for w in words):
            return True
        return any(w not in self.common and w not in self.excluded for w in words) and all(
            w not in self.common or w in self.cities or w in _PLACE_QUALIFIERS or w in PLACE_SUFFIXES
            for w in words)

    def _town_before(self, scan_text: str, start: int) -> tuple[int, int] | None:
        """Capitalised words right before `start` on its line that a town may be (no vocabulary)."""
        m = _TOWN_BEFORE.search(scan_text, max(0, start - 40), start)
        if m is None or self._stops(m.group("t")) \
                or not self._town_words([fold_token(w) for w in m.group("t").split()]):
            return None
        return m.start("t"), m.end("t")
