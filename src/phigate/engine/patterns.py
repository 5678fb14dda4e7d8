"""Built-in pattern detectors: one regex per identifier shape, validated in Python.

Every pattern is written once in a dialect both Hyperscan and Python `re` accept, with two
placeholders: `{NB}` "no digit/letter right before" and `{NA}` "none right after" (and their digit-only
forms `{NBD}`, `{NAD}`; `{NC}` "no clock or decimal goes on", for a day before ":12"). Hyperscan gets
them as a consumed character class or nothing (it has no look-arounds), Python as look-arounds; Hyperscan only
reports *where* a candidate starts, and the Python regex re-matches there to find the exact value
(group `v` if present) before a validator accepts it. Patterns run over the ASCII "scan" copy of
the normalised text (see normalize.py), so both engines see the same characters.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from phigate.api.identifiers import IdentifierType as T

Validator = Callable[[str, "re.Match[str]"], "tuple[int, int, T] | None"]


@dataclass(frozen=True)
class PatternSpec:
    name: str  # detector name in findings: "regex:<name>"
    type: T
    regex: str  # shared dialect, see module docstring
    caseless: bool = False
    validator: Validator | None = None
    cue: bool = False  # a context cue for the name/address detectors, not a value
    kind: str = "regex"  # detector prefix in findings: regex:<name>, custom:<name>
    hs: str | None = None  # shorter Hyperscan prefilter (must match where the Python regex starts)
    window: int = 0  # >0: the prefilter hits inside the value; search this far back for its start
    back: str = ""  # how to find the start from a prefilter hit: "word" (start of the identifier) or
    # "digits" (digit runs in the window); empty: search the window with the full regex (slow)

    def python_regex(self) -> str:
        return (
            self.regex.replace("{NB}", "(?<![0-9A-Za-z])")
            .replace("{NBD}", "(?<![0-9])")
            .replace("{NA}", "(?![0-9A-Za-z])")
            .replace("{NAD}", "(?![0-9])")
            .replace("{NC}", "(?![:.][0-9])")
        )

    def hs_regex(self) -> str:
        r = (
            (self.hs or self.regex).replace("{NB}", "(?:^|[^0-9A-Za-z])")
            .replace("{NBD}", "(?:^|[^0-9])")
            .replace("{NA}", "")
            .replace("{NAD}", "")
            .replace("{NC}", "")
        )
        return re.sub(r"\(\?P<\w+>", "(?:", r)

    @property
    def has_prefix_char(self) -> bool:
        return self.regex.startswith("{NB")


def _span(m: re.Match[str], t: T) -> tuple[int, int, T]:
    if "v" in m.re.groupindex and m.group("v") is not None:
        return m.start("v"), m.end("v"), t
    return m.start(), m.end(), t


class _DigitsOnly(dict[int, "str | None"]):
    """str.translate table keeping only (ASCII) digits; built lazily per code point."""

    def __missing__(self, cp: int) -> str | None:
        out = chr(cp) if 48 <= cp <= 57 else None
        self[cp] = out
        return out


_DIGITS_ONLY = _DigitsOnly()


def _digits(s: str) -> str:
    return s.translate(_DIGITS_ONLY)


def _ndigits(s: str) -> int:
    return len(s.translate(_DIGITS_ONLY))


# --- validators ---------------------------------------------------------------------------------

CODE_CUES = re.compile(
    r"(?i)(?:snomed(?:[ \-]?ct)?|sctid|sct|loinc|ndc|cpt|hcpcs|icd(?:-?1[01])?|rxnorm|rxcui|cvx|code|version|v\.|build"  # noqa: E501
    r"|release|port|concept|cfr|u\.s\.c\.)"  # a law's title and section: "29 CFR 1910.134"
    r"[\s:#=\-]*$"
)
# CODE_CUES read backwards: one anchored match on the reversed window instead of a search that tries
# every offset of it (validators ask this for most numbers, so it is on the hot path).
_CODE_CUES_REVERSED = re.compile(
    r"(?i)(?:(?:tc[ \-]?)?demons|ditcs|tcs|cniol|cdn|tpc|scpch|(?:[01]1-?)?dci|mronxr|iucxr|xvc|edoc"
    r"|noisrev|\.v|dliub|esaeler|trop|tpecnoc|rfc|\.c\.s\.u)"
)
_SEPARATORS = " \t\r\n\f\v:#=-"


def _code_cue(text: str, start: int) -> bool:
    """Does a code-system label (LOINC, SNOMED CT, ICD-10, version, port...) end right before `start`?"""
    window = text[max(0, start - 16) : start].rstrip(_SEPARATORS)
    return bool(window) and _CODE_CUES_REVERSED.match(window[::-1]) is not None


def _v_long_number(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    start, end = m.start("v"), m.end("v")
    if _code_cue(text, start):
        return None
    if text[end : end + 1] == "." and text[end + 1 : end + 2].isdigit():
        return None  # "58210347.60": an amount or a measurement, not an identifier
    if snomed_shape(m.group("v")) and not _SSN_CUE_BEFORE.search(text, max(0, start - 16), start):
        return None  # "44054006", "183452005": SNOMED CT concepts (check digit and partition)
    if _meddra_code(text, start, end):
        return None
    return _span(m, T.ID)


_MEDDRA_CONTEXT = re.compile(r"(?i)meddra|\b(?:pt|llt|soc|hlt|hlgt)(?:_?(?:cd|code|name))?\b|preferred term"
                             r"|lowest level term|reaction|system organ class|ptcd|bdsycd|llt_code")


def _meddra_code(text: str, s: int, e: int) -> bool:
    """A MedDRA term's code: eight digits from 10000000 with MedDRA's words near (a line of an adverse-event
    listing, an E2B reaction element)."""
    return e - s == 8 and text.startswith("100", s) and bool(
        _MEDDRA_CONTEXT.search(text, max(0, s - 120), min(len(text), e + 80)))


def _luhn(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _v_card(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    d = _digits(m.group("v"))
    if 13 <= len(d) <= 19 and _luhn(d):
        return _span(m, T.ACCOUNT)
    return None


def _v_phone(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    v = m.group("v")
    d = _digits(v)
    if not 10 <= len(d) <= 15:
        return None
    s = m.start("v")
    before = text[max(0, s - 24) : s].lower()
    t = T.FAX if "fax" in before or "telefax" in before else T.PHONE
    return m.start("v"), m.end("v"), t


def _v_cue_phone(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    v = m.group("v").rstrip(" .-/")
    if not 6 <= len(_digits(v)) <= 15 or _ISO_DATE_START.match(v):
        return None  # "Call log: 2025-08-21 13:15": a date and a time
    cue = m.group(0)[: m.start("v") - m.start()].lower()
    t = T.FAX if "fax" in cue else T.PHONE
    return m.start("v"), m.start("v") + len(v), t


_ISO_DATE_START = re.compile(r"(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9](?![0-9])")
_NUMBERED_HEADING = re.compile(
    r"(?i)(?:\bv|version|ver\.?|listing|table|figure|fig\.|section|appendix|chapter|item|step|§)\s*$"
)


def _v_ipv4(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    v = m.group("v")
    if v in ("0.0.0.0", "127.0.0.1"):
        return None
    s = m.start("v")
    if _NUMBERED_HEADING.search(text, max(0, s - 12), s):
        return None  # "v1.2.3.4", "Listing 16.2.7.1", "Table 2.1.1.3", "§ 4.2.1.1": a version or a section
    return _span(m, T.IP)


def _v_ipv6(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    v = m.group("v")
    try:
        addr = ipaddress.IPv6Address(v)
    except ValueError:
        return None
    if addr.is_loopback or addr.is_unspecified:
        return None
    return _span(m, T.IP)


def _valid_md(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _v_date_iso(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    y, mo, d = (int(x) for x in re.findall(r"\d+", m.group("v"))[:3])
    if 1800 <= y <= 2200 and _valid_md(mo, d):
        return _span(m, T.DATE)
    return None


ADDRESS_LABELS = (
    r"address|home address|address on file|mailing address|street address|addr|adresse|adress|adres|adresa"
    r"|address line ?[123]|address line|addr line ?[123]|street line ?[12]|adresse ligne ?[12]"
    r"|anschrift|wohnadresse|direccion|domicilio|endereco|morada|indirizzo|residenza|osoite|cim|lakcim"
    r"|ktovet|anwani|ikheli|alamat|dia chi|adresi|ev adresi|adressi|bosted|bostadsadress|postadress"
    r"|adresa bydliste|bydliste|domiciliu|adresa de domiciliu|adres zamieszkania|miejsce zamieszkania"
    r"|cyfeiriad|seoladh|aadress|elukoht|tirahan|adres ng tirahan|helbidea|enderezo|adreca|lakcim|naslov"
    r"|residence|place of residence|residential address|domicile|usual residence|last known address"
    r"|heimili|heimilisfang|indirizz|adiresy|adresi|adressi|lokacioni"
    r"|adresas|adrese|dzivesvieta"
    # where a person was born or is registered, and the community they come from: a town too
    r"|place of birth|birthplace|birth place|registration district|home community|home town|hometown"
    # the landmark an Indian or African address gives to find the house; a US county (below the state)
    r"|landmark|nearest landmark|county|county of residence"
    # Azerbaijani, Turkish, Slovak, Kinyarwanda, Somali, Hausa, Yoruba, Igbo, Xhosa, Swahili, Greek,
    # Welsh, Mongolian, Kazakh, Uzbek, Georgian, Armenian (romanised) home-address labels
    r"|unvan|yasayis unvani|qeydiyyat unvani|ikamet adresi|ikametgah|bydlisko|trvale bydlisko"
    r"|adresa trvaleho pobytu|atuye|aho atuye|aderesi|cinwaan|cinwaanka|adireshi|adiresi|adreesi"
    r"|idilesi|makazi|mahali anapoishi|diefthynsi|dieythynsi|cyfeiriad cartref|khayag|mekenzhay"
    r"|manzil|yashash manzili|misamarti|hastse"
    # Faroese, Greenlandic, Setswana, Tahitian, Luganda, Tok Pisin, Ewe, Lingala
    r"|bustadur|najugaq|aterese|nohora'a|nohoraa|endagiriro|ples|adres|adresi"
)
DOB_LABELS = (
    r"date of birth|birth ?date|dob|d\.o\.b|born|geb|geboren|geburtsdatum|fecha de nacimiento|f\. nac"
    r"|data di nascita|data de nascimento|nascimento|data urodzenia|ur\.|date de naissance|ne le|nee le"
    r"|datum narozeni|narozen|narozena|szuletesi ido|szul\.|data nasterii|nascut|fodelsedatum|fodd"
    r"|syntymaaika|fodselsdato|dogum tarihi|d\. tarihi|data rozhdeniya|d\.r\.|data narodzhennia"
    r"|tarikh lahir|tanggal lahir|tgl lahir|ngay sinh|geboortedatum|geb\. datum|usuku lokuzalwa"
    r"|yetewelede|yetewoldebet|ta'arikh leida|taarich leida"
    r"|gimimo data|dzimsanas datums|datum rodenja|datum rojstva|datelindja|data tat-twelid"
    r"|daty nahaterahana|fadingardagur|faedingardagur"
)


_CALL = re.compile(r"[A-Za-z_][\w.]*\(")


_PROSE_RESUMES = re.compile(
    r"[ \t,]+(?:but|and|so|because|which|who|where|when|now|since|until|then|she|he|they|we|i|it|is|was|has"
    r"|had|if|as|for|to|with|right|correct|yes|no)(?![\w'\-])"
)


# the parts of an address value that name an institution or a date, not where someone lives: "<name>
# Hospital, ", "Labour Ward, ", "4 September 2023, "
_INSTITUTION_PART = re.compile(
    r"(?:(?:[0-9]{1,2}[ \t][A-Z][a-z]+[ \t][0-9]{4}|[A-Z][\w'\-]*(?:[ \t][A-Z][\w'\-]*){0,5}[ \t]"
    r"(?:Hospital|Infirmary|Clinic|Centre|Center|Ward|Unit|Maternity|Birth[ \t]Centre|Medical[ \t]Center))"
    r"(?:,[ \t]*|$))+"
)


def _v_address_label(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """The value of a form's address label, up to the next column ("  Phone:"), bar or tab;
    a trailing country or state stays (Safe Harbor keeps them)."""
    v = m.group("v")
    call = _CALL.match(v)
    if call is not None:  # address=Address(line1=..., city=...): the arguments are the address, not the line
        close = v.find(")", call.end())
        if close <= call.end():
            return None
        return m.start("v") + call.end(), m.start("v") + close, T.ADDRESS
    if v[:1] in "{[":  # Go's %+v, JS/Ruby inspect: Addr:{Line1:28 Kea Ave City:Quell} ...: the braces only
        close = v.find("}" if v[0] == "{" else "]", 1)
        if close <= 1:
            return None
        return m.start("v") + 1, m.start("v") + close, T.ADDRESS
    lead = 0
    if v[:1] in "\"'" and v.find(v[0], 1) > 1:  # address="3 Rimu Lane, 4500"): the quoted value, not the code
        lead, v = 1, v[1 : v.find(v[0], 1)]
    # (a middle dot or a bullet between fields is "?" in the scan copy: "<landmark> · alternate contact ...")
    cut = re.search(r"\t|\s{3,}|\s[|?]\s|\s{2,}[A-Z][\w .'\-]{0,30}:|\.\s+(?=[A-Z][a-z]+\s+[a-z])"
                    r"|\s-{1,2}\s+(?=[a-z])", v)  # "<town>, <province> -- travelled with ...": prose goes on
    if cut is not None:
        v = v[: cut.start()]
    inst = _INSTITUTION_PART.match(v)
    if inst is not None:  # "Place of birth: <date>, <hospital>, Labour Ward, <town>": the town, not the ward
        lead += inst.end()
        v = v[inst.end() :]
    said = _PROSE_RESUMES.search(v) if "said" in m.re.groupindex and m.group("said") else None
    if said is not None:  # "her address was <street>, <town> 2182 but she moved": the sentence goes on
        v = v[: said.start()]
    v = v.rstrip(" .;,?!")
    if _is_region(v):
        return None  # "Address: Finland": a country or state alone stays ("City: <capital>" is the town)
    for k in range(3):  # "..., <town>, <province>, <country>": the province and the country stay
        tail = _ADDRESS_TAIL.search(v)
        if tail is None or not (_is_division_tail(tail.group("r")) if k or "," in v[: tail.start()]
                                else _is_region(tail.group("r"))):
            break
        if tail.group("pc") is not None and not _STATE_RE.fullmatch(tail.group("r").strip()):
            break  # "..., Region III 8843": a postcode after a province is the address's (a US ZIP: its rule)
        v = v[: tail.start()].rstrip(" .;,")
    if len(v) < 3 or not (any(c.isdigit() for c in v) or sum(w[:1].isupper() for w in v.split()) >= 1):
        return None
    if v.lower().startswith(("same", "see ", "n/a", "none", "unknown", "not ", "on file")):
        return None
    return m.start("v") + lead, m.start("v") + lead + len(v), T.ADDRESS


_ORG_LOCATION = re.compile(
    r"(?i)hospital|clinic|klinik|sjukhus|sykehus|sygehus|sairaala|ziekenhuis|spital|hopital|ospedale"
    r"|krankenhaus|centre|center|surgery|practice|infirmary|health|medical|room|ward|suite|floor"
)


def _v_vcard_address(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """ADR's parts are ";"-separated, the country (and a state) last: Safe Harbor lets those stay."""
    v = m.group("v").rstrip()
    if "LOCATION" in m.group(0)[:12] and _ORG_LOCATION.search(v):
        return None  # "LOCATION:Karolinska Universitetssjukhuset, Mottagning 3": a hospital, not a home
    parts = v.split(";")
    while parts and (not parts[-1].strip() or _is_region(parts[-1])):
        parts.pop()
    kept = ";".join(parts).rstrip("; ")
    if not any(c.isdigit() for c in kept) and len(kept) < 3:
        return None
    return m.start("v"), m.start("v") + len(kept), T.ADDRESS


def _hetu_ok(v: str) -> bool:
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(v[:6] + v[7:10]) % 31] == v[10].upper()


def _v_dob_label(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    v = m.group("v")
    if re.match(r"[0-2]?[0-9]:[0-5][0-9](?![0-9]|[/.\-][0-9])", v):
        return None  # "Twin A born 18:57": a time of birth, no date element
    cut = re.search(r"\t|\s{2,}|[;|()\]]|,\s+(?![0-9]{4}\b)|\.\s+[A-Z]", v)
    if cut is not None:
        v = v[: cut.start()]
    v = v[: _date_prefix_len(v)].rstrip(" .,")
    if sum(c.isdigit() for c in v) < 2:
        return None
    return m.start("v"), m.start("v") + len(v), T.DATE


@lru_cache(maxsize=1)
def _date_word() -> re.Pattern[str]:
    return re.compile(
        rf"(?i)(?:-?[0-9]{{1,8}}(?:st|nd|rd|th|er|e|o|a|\.)?(?:[.,/\-][0-9]{{1,4}})*[.,/\-]?"
        rf"|[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?(?:am|pm)?|am|pm"
        rf"|(?:{MONTHS_EN}|{MONTHS_INTL}|{MONTHS_INTL2}|{MONTHS_INTL3})\.?,?|de|del|di|of|the|g\.?|r\.?|goda|roku|yil|yili|e\.c\.?)"
    )


def _date_prefix_len(v: str) -> int:
    """Where the date at the start of a label's value ends: "17 March 1979 for a follow-up" -> 13.
    Words after it are not the date ("born 17 March 1979 for a follow-up at the Hand Clinic")."""
    end = 0
    for w in re.finditer(r"\S+", v):
        if _date_word().fullmatch(w.group()) is None:
            break
        if any(c.isdigit() for c in w.group()) or (w.group()[:1].isalpha() and len(w.group()) > 3):
            end = w.end()
    return end


WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|domingo"
    r"|lunedi|martedi|mercoledi|giovedi|venerdi|domenica|segunda|terca|quarta|quinta|sexta"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag"
    r"|vrijdag|zaterdag|zondag|mandag|tisdag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|maanantaina?"
    r"|tiistaina?|keskiviikkona?|torstaina?|perjantaina?|lauantaina?|sunnuntaina?|pondeli|utery|streda"
    r"|ctvrtek|patek|sobotu|nedeli|poniedzialek|wtorek|sroda|czwartek|piatek|niedziela|rishon|sheni"
    r"|shlishi|revi'i|revii|hamishi|shishi|isnin|selasa|rabu|khamis|jumaat|sabtu|ahad|senin|kamis|jumat"
    r"|minggu|pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar|ponedelnik|vtornik|sreda|chetverg"
    r"|pyatnitsa|subbota|voskresenye|hamus|rob|arb|kidame|ehud|segno|maksegno"
)


def _v_day_month(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    if "." in m.group("v") and _UNIT_AFTER.match(text, m.end("v")):
        return None  # a unit after a decimal: a rate or a dose, no day and month ("on 1.5 L/min")
    a, b = (int(x) for x in re.findall(r"[0-9]+", m.group("v"))[:2])
    if _valid_md(a, b) or _valid_md(b, a):
        return _span(m, T.DATE)
    return None


_DATE_CUE = re.compile(
    r"(?i)\b(?:geb|geboren|born|dob|vom|bis|am|seit|dated?|on|le|du|au|el|del|il|dal|op|van|tot|em|de"
    r"|przyjety|przyjeta|wypisany|wypisana|urodzony|urodzona|admitted|discharged|seen|visit)\b[.:]?\s*(?:zum\s*)?$"
)


def _v_date_num(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    v = m.group("v")
    parts = re.split(r"[/.\-]", v)
    if len(parts) != 3:
        return None
    a, b, y = parts
    if v.count(".") and len(y) == 2 and (len(a) == 1 or len(b) == 1) and not _DATE_CUE.search(
        text, max(0, m.start("v") - 24), m.start("v")
    ):
        return None  # 1.2.10 looks like a version, unless a date word precedes it ("geb. 19.8.93")
    ia, ib = int(a), int(b)
    if not (_valid_md(ia, ib) or _valid_md(ib, ia)):
        return None
    if len(y) == 2 and _MEASURE_AFTER.match(text, m.end("v")):
        return None  # hearing thresholds at three frequencies: "15/35/40 dB"
    return _span(m, T.DATE)


_MEASURE_AFTER = re.compile(r"[ \t]*(?:dB|dBHL|dB HL|Hz|kHz|mmHg|mm|cm|mg|mL|%)(?![A-Za-z])")


def _v_date_compact(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    v = m.group("v")
    y, mo, d = int(v[:4]), int(v[4:6]), int(v[6:8])
    if 1900 <= y <= 2100 and _valid_md(mo, d):
        s = m.start("v")
        if _code_cue(text, s):
            return None
        return _span(m, T.DATE)
    return None


AMBIGUOUS_MONTHS = {"may", "mar", "march", "jun", "june", "jan", "aug", "sat", "sun"}


def _v_date_words(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    mon = m.group("mon")
    if mon.lower() in AMBIGUOUS_MONTHS and mon.islower():
        return None
    return _span(m, T.DATE)


def _v_age(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    n = int(_digits(m.group("n")))
    if 90 <= n <= 130:
        return _span(m, T.AGE)
    return None


def _v_sex_age(m: re.Match[str]) -> tuple[int, int, T] | None:
    g = "v" if m.group("v") is not None else "w"
    return (m.start(g), m.end(g), T.AGE) if 90 <= int(m.group(g)) <= 130 else None


def _cue_value(t: T, min_digits: int = 1) -> Validator:
    def check(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
        v = m.group("v").rstrip(".-/")
        if _ndigits(v) < min_digits:
            return None
        return m.start("v"), m.start("v") + len(v), t

    return check


def _v_vin(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    v = m.group("v")
    digits = _ndigits(v)
    if digits < 3 or digits > 15 or not any(c.isalpha() for c in v):
        return None
    if v.isalpha() or re.fullmatch(r"[0-9a-f]{17}|[0-9A-F]{17}", v):
        return None  # hex hash fragment
    return _span(m, T.VEHICLE)


ICD10 = re.compile(r"^[A-TV-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$")


_SINCE_YEAR = re.compile(r"(?i)(?:19|20)[0-9]{2}-(?:present|now|current|today|date|ongoing)")
_FORM_NAME = re.compile(r"(?:CMS|HCFA|UB|DD|SF|DS|OMB|SSA|CDC|FDA|IRS|VA|DHS|HHS|ADA|AMA)-?[0-9]{1,5}[A-Z]?")


def _v_mixed_id(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    v = m.group("v")
    core = v.replace("-", "")
    digits = _ndigits(core)
    letters = sum(c.isalpha() for c in core)
    if digits < 4 or letters == 0 or len(core) < 7 or ICD10.match(v):
        return None
    if re.fullmatch(r"[0-9a-f\-]{7,}", v) and letters and v.islower():
        return None  # lower-case hex: git shas, hashes, object ids
    if _FORM_NAME.fullmatch(v):
        return None  # a form's name: "CMS-1500", "HCFA-1500", "UB-04"
    if _SINCE_YEAR.fullmatch(v):
        return None  # "worked 2004-present": a span of years, no identifier
    if re.fullmatch(r"G[0-9]{1,2}P[0-9]{1,4}(?:-?[0-9]{1,4})?", v):
        return None  # obstetric gravida/para notation (G4P3003), not an identifier
    s = m.start("v")
    if _code_cue(text, s):
        return None
    if s > 0 and text[s - 1] == "\\" and _JSON_ESCAPE.match(v):
        return None  # "\u0022hi": an escaped quote, then a word
    return _span(m, T.ID)


_JSON_ESCAPE = re.compile(r"u[0-9A-Fa-f]{4}")


def _v_iban(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    v = m.group("v").replace(" ", "")
    if not 15 <= len(v) <= 34:
        return None
    rearranged = v[4:] + v[:4]
    try:
        num = int("".join(str(int(c, 36)) for c in rearranged))
    except ValueError:
        return None
    if num % 97 != 1:
        return None
    return _span(m, T.ACCOUNT)


STANDARD_HOSTS = re.compile(
    r"(?i)^(?:https?://)?(?:[a-z0-9\-]+\.)*(?:hl7\.org|loinc\.org|snomed\.info|unitsofmeasure\.org|w3\.org"
    r"|nlm\.nih\.gov|who\.int|ietf\.org|schema\.org|fhir\.org|terminology\.hl7\.org|example\.(?:com|org|net)"
    r"|cdc\.gov|fda\.gov|cms\.gov|ama-assn\.org|ihe\.net|dicom\.nema\.org)(?:[:/]|$)"
    # this machine's own services ("curl -f http://localhost:8080/healthz"): no one's address
    r"|^(?:https?://)?(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?:[:/]|$)"
)


def _v_url(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    v = m.group("v")
    trimmed = v.rstrip(".,;:!?)]}'\"")
    if STANDARD_HOSTS.match(trimmed):
        return None
    return m.start("v"), m.start("v") + len(trimmed), T.URL


def _v_ssn(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    v = m.group("v")
    d = _digits(v)
    if len(d) != 9:
        return None
    if d[:3] == "000" or d[3:5] == "00" or d[5:] == "0000":
        return None  # never issued (an X12 control number "000000417"); with its cue, ssn-cue masks it anyway
    seps = re.fullmatch(r"[0-9]{3}(\D*)[0-9]{2}(\D*)[0-9]{4}", v)
    if seps and bool(seps.group(1)) != bool(seps.group(2)):
        return None  # 10115-1234 is a ZIP+4, not an SSN
    if seps and not seps.group(1):
        st = m.start("v")
        if _code_cue(text, st) or (snomed_shape(d) and not _SSN_CUE_BEFORE.search(text, max(0, st - 16), st)):
            return None  # SNOMED CT 195967001
    return _span(m, T.SSN)


_VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_SSN_CUE_BEFORE = re.compile(r"(?i)(?:ssn|social security|soc\.? sec|ss#|ss no)[^0-9\n]{0,6}$")


def snomed_shape(digits: str) -> bool:
    """A SNOMED CT core concept id: 6-10 digits, the concept partition ("00" before the check digit) and a
    valid Verhoeff check digit. A random nine-digit number has both by chance once in 1,000, so a code
    column, a lab's coded result or an HL7 DG1 keeps its SNOMED codes instead of losing them as SSNs.
    (Extension ids, longer and in partition "10", look too much like phone and national numbers.)"""
    if not 6 <= len(digits) <= 10 or digits[-3:-1] != "00" or digits[0] == "0":
        return False
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


_NOT_MONTH = frozenset({
    "mg", "mcg", "ml", "l", "kg", "g", "cm", "mm", "mmhg", "units", "unit", "iu", "tabs", "tab", "tablets",
    "caps", "puffs", "drops", "x", "times", "patients", "pts", "beds", "rooms", "cases", "visits", "doses",
    "years", "yrs", "months", "weeks", "days", "hours",
    # a law's title and section: "29 CFR 1910.134", "42 U.S.C. 1320", "21 CFR Part 2011"
    "cfr", "usc", "u.s.c", "stat", "fr", "c.f.r",
    # an age before the date of birth's label: "<name>, 25, DOB 1999-12-07"
    "dob", "d.o.b", "born", "b", "aged", "age", "yo", "y/o",
})


def _v_day_word_year(m: re.Match[str]) -> tuple[int, int, T] | None:
    """A month name the pattern lists do not know (Swahili, Asturian, Burmese in the scan copy's
    `aaaa`): one to three words between a day and a year, at least one of them no ordinary word, none
    a unit or a count noun ("5 mg daily 2020", "12 beds in 2019" stay)."""
    from phigate.engine import lexicon

    raw = [w.strip(".'-") for w in m.group("w").split()]
    words = [w.lower() for w in raw]
    if any(w in _NOT_MONTH for w in words):
        return None
    if len(raw) == 1 and len(raw[0]) == 2 and raw[0][0].isupper() and raw[0][1].islower():
        return m.start("v"), m.end("v"), T.DATE  # a short month alone between day and year: "27 Ut 2023"
    common = lexicon.common_words()
    if all(w in common or len(w) < 3 for w in words):
        return None
    return m.start("v"), m.end("v"), T.DATE


_MONTH_WORD = "january|february|march|april|may|june|july|august|september|october|november|december"
ENGLISH_MONTHS = frozenset(_MONTH_WORD.split("|"))


def _name_word(k: str, *listed: frozenset[str], vowel: bool = True) -> bool:
    """Could the (lower-case) word `k` be part of a name: no excluded word (drugs, labels), no dictionary word
    unless one of the `listed` name lists holds it, and (with `vowel`) a vowel in it, so no abbreviation."""
    from phigate.engine import lexicon

    if k in lexicon.excluded() or (k in lexicon.common_words() and not any(k in names for names in listed)):
        return False
    return not vowel or any(c in "aeiouy" for c in k)
_ORDINAL = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
    "|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
_MAY_VERB = re.compile(r"may\s+(?:the\s+)?(?:first|second)\b")
_ORDINAL_WORDS = rf"(?:(?:twenty|thirty)[\s\-])?(?:{_ORDINAL})"


# "92 years old", "96yo", "93 jährige", "101 gadi": the number and a word for years in some language
_AGE = (
    r"{NB}(?P<v>(?P<n>[0-9]{2,3})\s*(?:-|\s)?\s*(?:years?|yrs?|y)[\s\-]*(?:old|of age|o\b)"
    r"|(?P<n2>[0-9]{2,3})\s*-?\s*(?:(?:y/o|y\.o\.|yo\b|yoa\b|yo[fm]\b|y/o[fm]\b|yrs?\b|years?\b|y\b|jahre|jahren"
    r"|j(?:a|ae)hrig[a-z]*|anos|años|ans|anni|lat|tuoi|jarige|arig|letni[a-z]*"
    # years in more languages (only ages over 89 count: _v_age_any): Latvian, Lithuanian, Albanian,
    # Czech/Slovak/Slovene, South Slavic, Finnish, Estonian, Hungarian, Turkish, Romanian, Dutch,
    # Nordic, Malay/Indonesian, Filipino, Hausa, Yoruba (the scan copy: accents folded)
    r"|(?:gadi|gadu|gadus|gadiem|metai|metu|vjec|let|leta|rokov|roky|godina|godine|godini|vuotta"
    r"|vuotias|aastat|aastane|eves|yasinda|ani|jaar|jr|ar|aar|tahun|taon|taong|shekara|odun"
    # Catalan/Cebuano, Papiamentu, Malay, Swahili, Uzbek, Basque, Samoan
    r"|anys|anyos|anyo|ana|umur|miaka|yosh|urte|urteko|tausaga"
    # Tagalog "(92 na siya)", "92 na po": already that old
    r"|na siya|na po|sano"
    # transliterated Greek ("asthenis 95 eton")
    r"|eton|etous"
    # Czech and Slovak "102-ročná", "93letý" (folded)
    r"|rocn[a-z]*|let[ya]"
    # Icelandic "(92 ára)", Irish "97 bliana d'aois"; South Slavic "96 god.", German "90 J."
    r"|ara|bliana|god)\b|j\.)"
    r")"
)


def _v_particle_name(m: re.Match[str]) -> tuple[int, int, T] | None:
    """Not an organisation or a place named with a particle ("Museum van <Family>", "Hof ter <Place>"): the
    given name and the family name are no dictionary, organisation or city words."""
    from phigate.engine import lexicon
    from phigate.engine.names import ORG_WORDS

    words = m.group("v").replace(".", " ").split()
    first, last = words[0].lower(), words[-1].lower()
    common, cities = lexicon.common_words(), lexicon.cities()
    if first in ORG_WORDS or last in ORG_WORDS:
        return None  # (a family name may be a town's: "van de <town>" is a person's name all the same)
    if len(first) > 1 and (first in common or first in cities):
        return None
    return _span(m, T.NAME)


def _v_plain(t: T) -> Validator:
    return lambda text, m: _span(m, t)


def _v_locality(m: re.Match[str]) -> tuple[int, int, T] | None:
    """A locality by its word, unless the words after it name a facility ("Barangay Health Station 3")."""
    from phigate.engine.names import ORG_WORDS

    if any(w.lower() in ORG_WORDS for w in m.group("v").split()[1:]):
        return None
    return _span(m, T.ADDRESS)


def _v_first_group(t: T, *groups: str) -> Validator:
    """The span of the first of `groups` that matched: one value, named once per alternative (a regex may not
    use one group name twice)."""
    return lambda text, m: next((m.start(g), m.end(g), t) for g in groups if m.group(g) is not None)


_NDC_BEFORE = re.compile(r"(?i)\bndc\b[\s:#]*$")


def _v_zip_state(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    if "-" in m.group("v") and _NDC_BEFORE.search(text, max(0, m.start("v") - 12), m.start("v")):
        return None  # "NDC 50090-2671-8": a drug code, not ZIP+4
    label = _NUMBER_LABEL_BEFORE.search(text, max(0, m.start() - 24), m.start("v"))
    if label is not None and (label.group("a") is None or not (
            _STATE_RE.fullmatch(label.group("a").title()) or label.group("a") in _ZIP_WORDS)):
        return _span(m, T.ID)  # "Advocate ID 73118", "PHCN 20448-7193": a number, not Idaho's ZIP
    if text.startswith("ID", m.start()) and not _WORD_BEFORE_STATE.search(text, max(0, m.start() - 30),
                                                                          m.start()):
        return _span(m, T.ID)  # "| ID 12345", "(ID 12345)": the label, with no town before the state
    return _span(m, T.ZIP)


_WORD_BEFORE_STATE = re.compile(r"[A-Za-z][A-Za-z.'\-]*,?[ \t]+$")


# what says the number after it is someone's identifier, not a ZIP code: a role or record word before "ID",
# an acronym label before a ZIP+4 shape
_NUMBER_LABEL_BEFORE = re.compile(
    r"(?:\b(?i:patient|member|user|staff|employee|student|provider|device|order|claim|case|record|subscriber"
    r"|account|client|badge|tax|national|worker|customer|encounter|visit|session|request|transaction|[a-z]+er"
    r"|[a-z]+or|[a-z]+ist|[a-z]+ian)[ \t]+ID|\b(?P<a>[A-Z]{3,6})|\b(?i:no|nr|number|#)"
    # a bill's, a card's or a charge's number: "invoice 73214-6098", "Health card 62908-1735", "charges: ..."
    r"|\b(?i:invoice|inv|receipt|order|card|charges?|refund(?:ed)?|payment|ticket|claim))[ \t]*[:#.]?[ \t]*$"
)
_ZIP_WORDS = frozenset(["ZIP", "ZIPCODE", "POSTAL", "PLZ", "CEP", "PIN", "CODE", "POST"])


# --- the patterns ---------------------------------------------------------------------------------

SEP = r"[ .\-/]{0,3}"
MONTHS_EN = (
    r"Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
)
MONTHS_INTL = (
    r"Januar|Februar|Marz|Maerz|Mai|Juni|Juli|Oktober|Dezember"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrzesnia|pazdziernika|listopada|grudnia"
    r"|styczen|luty|kwiecien|czerwiec|lipiec|sierpien|wrzesien|pazdziernik|listopad|grudzien"
    r"|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro"
    # Dutch, Scandinavian, Indonesian, Swahili, Tagalog, Turkish, Romanian, Czech, Hungarian (ASCII-folded)
    r"|januari|februari|maart|mei|augustus|maj|augusti|maret|agustus|desember|machi|aprili|julai|agosti"
    r"|septemba|oktoba|novemba|desemba|pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre"
    r"|ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik"
    r"|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie"
    r"|ledna|unora|brezna|dubna|kvetna|cervna|cervence|srpna|zari|rijna|listopadu|prosince"
    r"|marcius|aprilis|majus|junius|julius|augusztus|szeptember|oktober"
    r"|yanvarya|fevralya|marta|aprelya|maya|iyunya|iyulya|avgusta|sentyabrya|oktyabrya|noyabrya|dekabrya"
    r"|sichnia|liutoho|bereznia|kvitnia|travnia|chervnia|lypnia|serpnia|veresnia|zhovtnia|lystopada|hrudnia"
    r"|mac|ogos|disember|januwari|februwari|mashi|ephreli|meyi|julayi|agasti|septhemba|okthoba"
)
# Hyperscan refuses one SOM pattern with every month ("Pattern is too large"): these go in second patterns
MONTHS_INTL2 = (
    # Catalan, Welsh, Estonian, Finnish (partitive), Irish (ASCII-folded)
    r"gener|febrer|marc|maig|juny|juliol|agost|setembre|desembre"
    r"|ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr"
    r"|jaanuar|veebruar|marts|aprill|juuni|juuli|oktoober|detsember"
    r"|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesakuuta|heinakuuta|elokuuta|syyskuuta"
    r"|lokakuuta|marraskuuta|joulukuuta|eanair|feabhra|marta|aibrean|bealtaine|meitheamh|iuil|lunasa"
    # Ethiopian calendar (Amharic, romanised)
    r"|meskerem|tikimt|tikemet|hidar|tahsas|yekatit|megabit|miyazya|miazia|ginbot|hamle|nehase|pagume"
    # Lithuanian and Latvian (genitive, locative), Croatian (genitive), Slovene, Albanian, Maltese,
    # Malagasy, Icelandic (ASCII-folded; words as short and common as "me", "out", "mas" left out)
    r"|sausio|vasario|kovo|balandzio|geguzes|birzelio|liepos|rugpjucio|rugsejo|spalio|lapkricio|gruodzio"
    r"|janvari|februari|marta|aprili|maija|junija|julija|augusta|septembri|oktobri|novembri|decembri"
    r"|janvaris|februaris|aprilis|maijs|junijs|julijs|augusts|septembris|oktobris|novembris|decembris"
    r"|sijecnja|veljace|ozujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|listopada|studenoga|prosinca"
    r"|marec|junij|julij|avgust|januarja|februarja|marca|aprila|maja|junija|julija|avgusta|septembra"
    r"|oktobra|novembra|decembra|janar|shkurt|prill|qershor|korrik|gusht|shtator|tetor|nentor|dhjetor"
    r"|jannar|frar|marzu|mejju|gunju|lulju|awwissu|settembru|ottubru|novembru|dicembru"
    r"|janoary|febroary|martsa|aprily|jona|jolay|aogositra|septambra|oktobra|novambra|desambra"
    r"|januar|februar|agust|oktober|november|desember"
)
# a third set, for the same reason
MONTHS_INTL3 = (
    # Fijian, Samoan, Tongan (without the glottal stop's mark) and Maori; Tagalog's short "Hun." and "Nob."
    # (months that are also given names, "Sune", "Mati", left out)
    r"janueri|feperueri|epereli|jiune|okosita|seviteba|okotova|noveba|tiseba|ianuari|fepuari|aperila"
    r"|aukuso|setema|oketopa|novema|tesema|sanuali|fepueli|epeleli|siulai|aokosi|sepitema|okatopa|tisema"
    r"|kohitatea|huitanguru|haratua|hongongoi|mahuru|hakihea|hun|hul|nob"
)
MON = rf"(?P<mon>{MONTHS_EN}|{MONTHS_INTL})"
MON2 = rf"(?P<mon>{MONTHS_INTL2})"
MON3 = rf"(?P<mon>{MONTHS_INTL3})"
ORD = r"(?:st|nd|rd|th|er|e|\.|º)?"
YEAR = r"(?:1[89][0-9]{2}|2[01][0-9]{2})"
DOW = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?\.?,? )?"

US_STATES = (
    r"AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY"
    r"|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|MP|AA|AE|AP"
    r"|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii"
    r"|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan"
    r"|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico"
    r"|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island"
    r"|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia"
    r"|Wisconsin|Wyoming|Puerto Rico|Guam"
)
US_STATES_CAPS = US_STATES.upper()
_STATE_NAMES_CAPS = "|".join(x.upper() for x in US_STATES.split("|") if len(x) > 2)  # "DELAWARE", not "DE"
_STATE_RE = re.compile(rf"(?:{US_STATES})")

ID_VALUE = r"(?P<v>[A-Za-z0-9][A-Za-z0-9\-/.]{2,30}[A-Za-z0-9])"


ID_VALUE_SP = r"(?P<v>[A-Za-z0-9][A-Za-z0-9\-/.]{1,30}[A-Za-z0-9](?: [0-9]{2,8}){0,3})"
STRONG_SEP = (
    r"[\"']?\s*(?:(?:number|num|no|nr|n[or]?\.|#|id|identifier|code)\.?)?\s*(?:is|was|of)?\s*[:#=]?\s*#?\s*[\"']?\s*"
)
WEAK_SEP = (
    r"(?:[\"']?\s*(?:(?:number|num|no|nr|n[or]?\.|#|id|identifier|code)\.?)?\s*[\"']?\s*[:#=]\s*#?\s*[\"']?"
    r"|\s+(?:number|num|no\.|nr\.?|#|id|identifier)\s*(?:is|was)?\s*[:#=]?\s*#?)\s*"
)


# acronyms whose numbers are batches, products, codes and orders, not a person's
_NOT_PERSONAL_ACRONYMS = frozenset(
    ["LOT", "BATCH", "NDC", "CPT", "ICD", "PO", "REF", "INV", "SKU", "GTIN", "NCT", "ISBN", "DOI", "PMID",
     "SOP", "FORM", "PAGE", "ROOM", "BED", "WARD", "SITE", "CAS", "HS", "VAT", "EIN", "TIN", "NPI", "DEA"]
)


def _v_acronym_no(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    colon = ":" in text[m.end("k") : m.start("v")]
    if m.group("k") in _NOT_PERSONAL_ACRONYMS or _ndigits(m.group("v")) < (3 if colon else 5):
        return None  # without a colon ("ABC no. 612077") the number must be long enough to be a register's
    return m.start("v"), m.end("v"), T.ID


def _v_dotted_number(m: re.Match[str]) -> tuple[int, int, T] | None:
    if _ndigits(m.group("v")) < 4:
        return None
    k = m.group("k").lower()
    return m.start("v"), m.end("v"), T.LICENSE if k.startswith(("m.", "c.t", "lic")) else T.ID


def _cue(
    name: str, t: T, words: str, min_digits: int = 1, value: str = ID_VALUE, strong: bool = False
) -> PatternSpec:
    """A label followed by a value: `MRN 12345`, `Member ID: XJ-1234`. Weak labels need a `:`/`#`/`no.`."""
    sep = STRONG_SEP if strong else WEAK_SEP
    hs_words = _LOOKAHEAD.sub("", words)  # Hyperscan has no look-ahead: the prefilter is wider
    return PatternSpec(
        name, t, rf"\b(?:{words})\b{sep}{value}", caseless=True, validator=_cue_value(t, min_digits),
        hs=rf"\b(?:{hs_words})\b{sep}[A-Za-z0-9]",
    )


_NAME_WORD = r"(?:[A-Za-z][a-z'\-]{1,}|[A-Z][A-Z'\-]{1,})"
# the words of a secret's name, in a key or an assignment ("DB_PASSWORD=", "TWILIO_AUTH_TOKEN")
SECRET_WORDS = (
    r"password|passwd|pwd|passphrase|secret|token|api[_\-]?key|access[_\-]?key|private[_\-]?key"
    r"|client[_\-]?secret|auth[_\-]?key|credentials?"
)
_LOOKAHEAD = re.compile(r"\(\?[=!](?:[^()]|\([^()]*\))*\)")


# number words for 90-119 in German, Dutch, French (and Belgian/Swiss), Italian, Spanish, Portuguese, Catalan,
# Swedish, Norwegian, Danish, Luxembourgish, Polish, Czech/Slovak, Finnish, Hungarian, as folded to ASCII
_UNITS_DE = "ein|zwei|drei|vier|funf|fuenf|sechs|sieben|acht|neun"
_AGE_WORDS_INTL = (
    rf"(?:(?:{_UNITS_DE})und)?neunzig|(?:ein)?hundert(?:und)?(?:{_UNITS_DE}|eins|zehn)?"
    r"|(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)en)?negentig|honderd(?:en)?(?:een|twee|drie|vier|vijf)?"
    r"|quatre[- ]vingts?[- ](?:dix(?:[- ](?:sept|huit|neuf))?|onze|douze|treize|quatorze|quinze|seize)"
    r"|nonante(?:[- ](?:et[- ]un|deux|trois|quatre|cinq|six|sept|huit|neuf))?"
    r"|novant(?:a|uno|adue|atre|aquattro|acinque|asei|asette|otto|anove)|cento(?:uno|due|tre)?"
    r"|noventa(?:[ \t](?:y|e)[ \t](?:un[oa]?|uma|dos|dois|duas|tres|cuatro|quatro|cinco|seis|siete|sete"
    r"|ocho|oito|nueve|nove))?|ciento[ \t](?:un[oa]?|dos|tres)"
    r"|noranta(?:-(?:u|un|dos|tres|quatre|cinc|sis|set|vuit))?"
    r"|nittio(?:en|ett|tva|tre|fyra|fem|sex|sju|atta|nio)?|nitti(?:en|ett|to|tre|fire|fem|seks|sju|syv|atte|ni)?"
    r"|(?:(?:en|to|tre|fire|fem|seks|syv|otte|ni)og)?halvfems|(?:ett|et)?hundr(?:a|e|ede)"
    r"|(?:een|zwee|dra|veier|fennef|sechs|siwen|aacht|neng)an(?:an)?nonzeg|nonzeg"
    r"|dziewiecdziesiat(?:[ \t](?:jeden|dwa|trzy|cztery|piec|szesc|siedem|osiem|dziewiec))?"
    r"|devadesat(?:[ \t]?(?:jedna|dva|tri|ctyri|pet|sest|sedm|osm|devet))?|devadesiat"
    r"|yhdeksankymmenta(?:yksi|kaksi|kolme|nelja|viisi|kuusi|seitseman|kahdeksan|yhdeksan)?(?:vuotias\w*)?"
    r"|kilencven(?:egy|ketto|ket|harom|negy|ot|hat|het|nyolc|kilenc)?(?:eves\w*)?"
)

_PETS = (
    r"dog|dogs|cat|cats|puppy|pup|kitten|pet|parrot|budgie|bird|horse|pony|rabbit|bunny|hamster|guinea pig"
    r"|tortoise|ferret|lab|labrador|terrier|spaniel|collie|poodle|retriever|chihuahua|beagle"
)
_NOT_PET = frozenset([
    "and", "but", "or", "the", "a", "an", "so", "then", "too", "also", "which", "who", "that", "this", "it",
    "he", "she", "they", "we", "i", "you", "is", "was", "has", "had", "not", "no", "yes", "oh", "well", "now",
    "both", "all", "some", "etc", "plus", "please", "sadly", "though", "however",
])


def _v_pet(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    g = "v" if m.group("v") is not None else "v2"
    if m.group(g).lower() in _NOT_PET:
        return None
    before = text[max(0, m.start(g) - 4) : m.start(g)].rstrip(" \t")
    if g == "v" and before.endswith(",") and not m.group("v")[:1].isupper():
        return None  # "the cat, are fine": after a bare comma only a capitalised word names the pet
    return m.start(g), m.end(g), T.NAME


_RELATIVES = (
    r"mother|father|grandmother|grandfather|grandma|grandpa|great-grandmother|great-grandfather|aunt|uncle"
    r"|husband|wife|sister|brother|mom|mum|dad|spouse|partner|neighbou?r|grand-?aunt|grand-?uncle"
)
# a day and a month after a date word ("on 16/8", "le 30/10"), not a dose's or a score's fraction
_DAY_MONTH_AFTER_CUE = (
    r"(?P<v>[0-9]{1,2}/[0-9]{1,2}|[0-9]{1,2}\. ?[0-9]{1,2}\.?)"
    r"(?![0-9/]|\.?[0-9]|\s*(?:tab|tablet|dose|of\b|mg|ml|strength|x\b|points?\b|pts\b))"
)
_DATE_WORDS_INTL = "tarehe|hadi|mpaka|mhla|ranar|taariikhda|tanggal|tgl|petsa|hasta|jusqu'au"



SPECS: list[PatternSpec] = [
    # --- credentials (checked first: longest, most specific) ---
    PatternSpec(
        "connection-string",
        T.CREDENTIAL,
        r"\b(?P<v>[a-z][a-z0-9+.\-]{1,20}://[^\s:/@'\"<>]+:[^\s@'\"<>/]+@[^\s'\"<>]+)",
        caseless=True,
        validator=_v_plain(T.CREDENTIAL),
    ),
    PatternSpec(
        "api-key",
        T.CREDENTIAL,
        r"\b(?P<v>sk-(?:proj-|ant-|live-|test-)?[A-Za-z0-9_\-]{20,}|AKIA[0-9A-Z]{16}|ASIA[0-9A-Z]{16}"
        r"|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,}|xox[abprs]-[A-Za-z0-9\-]{10,}"
        r"|AIza[0-9A-Za-z_\-]{35}|glpat-[A-Za-z0-9_\-]{20,}|(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{16,}"
        r"|hf_[A-Za-z0-9]{30,}|npm_[A-Za-z0-9]{36}|SG\.[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9_\-]{20,})",
        validator=_v_plain(T.CREDENTIAL),
    ),
    PatternSpec(
        "jwt",
        T.CREDENTIAL,
        r"\b(?P<v>eyJ[A-Za-z0-9_\-]{5,}\.eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]{5,})",
        validator=_v_plain(T.CREDENTIAL),
    ),
    PatternSpec(
        "bearer",
        T.CREDENTIAL,
        r"\b(?:bearer|basic|token|apikey)\s+(?P<v>[A-Za-z0-9._~+/\-]{12,}=*)",
        caseless=True,
        validator=_v_plain(T.CREDENTIAL),
    ),
    PatternSpec(
        "secret-assignment",
        T.CREDENTIAL,
        rf"\b[A-Za-z0-9_.\-]*(?:{SECRET_WORDS})[A-Za-z0-9_\-]*[\"']?\s*[=:]\s*"
        r"[\"']?(?P<v>(?![{$])[^\s\"',;&<>]{3,})",  # not "{name: db}", "${DB_PASSWORD}": a reference
        caseless=True,
        validator=lambda text, m: _v_secret_assignment(m),
        hs=rf"\b[A-Za-z0-9_.\-]*(?:{SECRET_WORDS})[A-Za-z0-9_\-]*[\"']?\s*[=:]\s*"
        r"[\"']?[^\s\"',;&<>{$][^\s\"',;&<>]{2}",
    ),
    PatternSpec(  # curl -u user:password, wget --password: the password part
        "cli-password",
        T.CREDENTIAL,
        r"(?:\s-u|\s--user)[ =]['\"]?[^\s:'\"]{1,64}:(?P<v>[^\s'\"]{3,200})",
        validator=_v_plain(T.CREDENTIAL),
        hs=r"(?:\s-u|\s--user)[ =]['\"]?[^\s:'\"]{1,64}:[^\s'\"]{3}",
    ),
    PatternSpec(
        "private-key",
        T.CREDENTIAL,
        r"(?P<v>-----BEGIN [A-Z ]*PRIVATE KEY-----[A-Za-z0-9+/=\s\\n]*-----END [A-Z ]*PRIVATE KEY-----)",
        validator=_v_plain(T.CREDENTIAL),
    ),
    # --- contact ---
    PatternSpec(
        "email",
        T.EMAIL,
        r"(?P<v>[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})",
        validator=_v_plain(T.EMAIL),
        hs=r"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]",
    ),
    PatternSpec(  # "User: a.b@example.org (Tanawat Pholsri)": the address's owner, named after it
        "email-owner",
        T.NAME,
        r"@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}[ \t]*\((?P<v>[A-Z][A-Za-z'\-]+"
        r"(?:[ \t][A-Z][A-Za-z'\-]+){1,3})\)",
        validator=_v_plain(T.NAME),
        hs=r"@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}[ \t]*\([A-Z]",
    ),
    PatternSpec(
        "url",
        T.URL,
        r"(?P<v>\b(?:https?|ftp|wss?)://[^\s<>\"'`]+|\bwww\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+[^\s<>\"'`]*)",
        caseless=True,
        validator=_v_url,
        hs=r"\b(?:https?|ftp|wss?)://|\bwww\.[A-Za-z0-9\-]+\.",
    ),
    PatternSpec(
        "ipv4",
        T.IP,
        r"{NB}(?P<v>(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]"
        r"|[1-9]?[0-9])){3}){NA}",
        validator=_v_ipv4,
    ),
    PatternSpec(
        "ipv6",
        T.IP,
        r"{NB}(?P<v>(?:[0-9A-Fa-f]{1,4}:){1,7}(?::?[0-9A-Fa-f]{1,4}){1,7}|(?:[0-9A-Fa-f]{1,4}:){1,7}:"
        r"|::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4}){NA}",
        validator=_v_ipv6,
        hs=r"{NB}(?:[0-9A-Fa-f]{1,4}:){2}|{NB}[0-9A-Fa-f]{0,4}::",
    ),
    PatternSpec(
        "mac",
        T.DEVICE,
        r"{NB}(?P<v>[0-9A-Fa-f]{2}(?:[:\-][0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}){NA}",
        validator=lambda text, m: _span(m, T.DEVICE) if "." not in m.group("v") or sum(
            c.isdigit() for c in m.group("v")) < 12 else None,  # Cisco dotted form; all digits: a number
    ),
    PatternSpec(
        "ssn",
        T.SSN,
        rf"{{NB}}(?P<v>[0-9]{{3}}{SEP}[0-9]{{2}}{SEP}[0-9]{{4}}){{NAD}}",
        validator=_v_ssn,
    ),
    PatternSpec(
        "phone",
        T.PHONE,
        r"{NB}(?P<v>(?:\+|00)?(?:1[ .\-]{0,3})?(?:\([0-9]{3}\)|[0-9]{3})[ .\-/]{0,3}[0-9]{3}[ .\-/]{0,3}[0-9]{4}"  # noqa: E501
        r"(?:,?\s*(?:x|ext\.?|extension)\s*[0-9]{1,5})?){NAD}",
        caseless=True,
        validator=_v_phone,
    ),
    PatternSpec(
        "phone-intl",
        T.PHONE,
        r"(?P<v>(?:\+|\b00)[1-9][0-9]{0,2}[ .\-]{0,2}(?:\(0?[0-9]{1,4}\)[ .\-]{0,2})?[0-9]{1,5}"
        r"(?:[ .\-]{0,2}[0-9]{1,5}){1,5}){NAD}",
        validator=_v_phone,
        hs=r"(?:\+|\b00)[1-9][0-9]{0,2}[ .\-]{0,2}[0-9(]",
    ),
    PatternSpec(
        "phone-cue",
        T.PHONE,
        r"\b(?:phone|tel|telephone|telefon|telefono|tfno|telefone|tel[eé]fono|mobile|mobil|cell|cellphone|handy"
        r"|fax|telefax|pager|beeper|contact number|call|ph|dien thoai|sdt|mob|whatsapp|landline|telecom"
        r"|zap|whats|wpp|celular|cel|fone|liga|ligar|ligue|contato|contacto|movil|llame|llamar|telp|hp"
        r"|no hp)\.?(?:\s*(?:number|no|nr|#|num)\.?)?(?:\s+(?!is\b|at\b)[a-z]{1,5}){0,2}?"
        r"\s*(?:is|at)?\s*[:#=]?\s*"
        r"(?P<v>\+?\(?[0-9][0-9 ()./\-]{5,22}[0-9])",
        caseless=True,
        validator=_v_cue_phone,
        hs=r"\b(?:phone|tel|telephone|telefon|telefono|tfno|telefone|tel[eé]fono|mobile|mobil|cell|cellphone|handy"
        r"|fax|telefax|pager|beeper|contact number|call|ph|dien thoai|sdt|mob|whatsapp|landline|telecom"
        r"|zap|whats|wpp|celular|cel|fone|liga|ligar|ligue|contato|contacto|movil|llame|llamar|telp|hp|no hp)"
        r"[.\s:#=]{0,6}[a-z(+0-9]",
    ),
    PatternSpec(
        "phone-eu",
        T.PHONE,
        r"{NB}(?P<v>0[1-9](?:[ .][0-9]{2}){4}|0[1-9][0-9]{1,4}[ /\-][0-9]{5,8}){NAD}",
        validator=_v_plain(T.PHONE),
    ),
    # --- dates ---
    PatternSpec(
        "date-iso",
        T.DATE,
        # a time with T belongs to the timestamp; after a space it is a time of day, which stays
        r"{NB}(?P<v>[0-9]{4}[\-/.][0-9]{1,2}[\-/.][0-9]{1,2}(?:T[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?"
        r"(?:Z|[+\-][0-9]{2}:?[0-9]{2})?)?){NAD}",
        validator=_v_date_iso,
    ),
    PatternSpec(
        "date-numeric",
        T.DATE,
        r"{NB}(?P<v>[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-](?:[0-9]{4}|[0-9]{2})){NAD}",
        validator=_v_date_num,
    ),
    PatternSpec(
        "date-compact",
        T.DATE,
        r"{NB}(?P<v>(?:19|20)[0-9]{6}){NAD}",
        validator=_v_date_compact,
    ),
    PatternSpec(
        "date-month-first",
        T.DATE,
        # the weekday stays outside the value: "Sent: Tuesday, [DATE]" (a weekday alone is no date element)
        # (not a clock after the month: "Re-assess 2 Oct 08:12" has no 8 October)
        rf"\b{DOW}(?P<v>{MON}\.?\s+(?:the\s+)?[0-9]{{1,2}}{ORD}{{NC}}(?:,?\s*(?:{YEAR}|'[0-9]{{2}}))?){{NAD}}",
        caseless=True,
        validator=_v_date_words,
    ),
    PatternSpec(
        "date-day-first",
        T.DATE,
        # (a two-digit year is no clock's hour: "Re-assess 2 Oct 08:12")
        rf"{{NB}}(?P<v>[0-9]{{1,2}}{ORD}[ \-]*(?:of\s+|de\s+|d'|ta'\s*)?{MON}\.?(?:[ \-,]*(?:de\s+|del\s+)?(?:{YEAR}|'?[0-9]{{2}}{{NC}}))?)\b",  # noqa: E501
        caseless=True,
        validator=_v_date_words,
    ),
    PatternSpec(
        "date-month-year",
        T.DATE,
        rf"\b(?P<v>{MON}\.?,?\s+(?:de\s+)?{YEAR}){{NAD}}",
        caseless=True,
        validator=_v_date_words,
    ),
    PatternSpec(  # year first: "1947 m. balandžio 8 d.", "1971. gada 9. septembrī", "1968 оны 4 сарын 4"
        "date-year-first",
        T.DATE,
        rf"\b(?P<v>{YEAR}\.?\s*(?:m\.|g\.|gada|a a)\s+(?P<mon>{MONTHS_EN}|{MONTHS_INTL}|{MONTHS_INTL2})"
        rf"\s+[0-9]{{1,2}}\.?(?:\s*d\.)?)",
        caseless=True,
        validator=_v_date_words,
        hs=rf"\b{YEAR}\.?\s*(?:m\.|g\.|gada|a a)\s+[a-z]",
    ),
    PatternSpec(  # the same three shapes, months of MONTHS_INTL2: "17 de juliol de 2023", "Megabit 13"
        "date-month-first-2",
        T.DATE,
        rf"\b(?P<v>{MON2}\.?\s+[0-9]{{1,2}}{ORD}(?:,?\s*(?:{YEAR}|'[0-9]{{2}}))?){{NAD}}",
        caseless=True,
        validator=_v_date_words,
    ),
    PatternSpec(
        "date-day-first-2",
        T.DATE,
        rf"{{NB}}(?P<v>[0-9]{{1,2}}{ORD}[ \-]*(?:de\s+|d'|ta'\s*)?{MON2}\.?"
        rf"(?:[ \-,]*(?:de\s+)?(?:{YEAR}|'?[0-9]{{2}}))?)\b",
        caseless=True,
        validator=_v_date_words,
    ),
    PatternSpec(
        "date-month-year-2",
        T.DATE,
        rf"\b(?P<v>{MON2}\.?,?\s+(?:de\s+)?{YEAR}){{NAD}}",
        caseless=True,
        validator=_v_date_words,
    ),
    PatternSpec(  # the same shapes again, months of MONTHS_INTL3: "3 Epereli", "Hun. 5, 2024"
        "date-month-first-3",
        T.DATE,
        rf"\b(?P<v>{MON3}\.?\s+[0-9]{{1,2}}{ORD}(?:,?\s*(?:{YEAR}|'[0-9]{{2}}))?){{NAD}}",
        caseless=True,
        validator=_v_date_words,
    ),
    PatternSpec(
        "date-day-first-3",
        T.DATE,
        rf"{{NB}}(?P<v>[0-9]{{1,2}}{ORD}[ \-]*{MON3}\.?(?:[ \-,]*(?:{YEAR}|'?[0-9]{{2}}))?)\b",
        caseless=True,
        validator=_v_date_words,
    ),
    PatternSpec(
        "date-month-year-3",
        T.DATE,
        rf"\b(?P<v>{MON3}\.?,?\s+{YEAR}){{NAD}}",
        caseless=True,
        validator=_v_date_words,
    ),
    PatternSpec(  # Python reprs in tracebacks and pasted rows: datetime.date(1961, 3, 17)
        "date-repr",
        T.DATE,
        # and C#/Java/Ruby/JS/SQL/R: new DateTime(1968, 11, 11), LocalDate.of(...), Date.new(...),
        # new Date(1973, 11, 12) (month from 0: a date all the same), DATEFROMPARTS(...), make_date(...)
        r"\b(?:date|datetime|DateTime|DateOnly|LocalDate\.of|LocalDateTime\.of|Date\.new|DateTime\.new|Date"
        r"|DATEFROMPARTS|datefromparts|make_date|MAKE_DATE)"
        r"\((?P<v>(?:1[89]|2[01])[0-9]{2},\s*[0-9]{1,2},\s*[0-9]{1,2}(?:,\s*[0-9]{1,6}){0,4})\)",
        validator=_v_plain(T.DATE),
    ),
    PatternSpec(
        "date-vi",
        T.DATE,
        r"\b(?P<v>ngay\s+[0-9]{1,2}\s+thang\s+[0-9]{1,2}(?:\s+nam\s+[0-9]{4})?)",
        caseless=True,
        validator=_v_plain(T.DATE),
    ),
    PatternSpec(  # a day, a month in any language, a year: "14 Zhovten 1951", "3 de agostu de 1962"
        "date-day-word-year",
        T.DATE,
        r"(?<![\w.:/\-])(?P<v>(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th|er|e|\.)?,?"
        r"(?P<w>(?:[ \t]{1,3}[A-Za-z'][A-Za-z'.\-]{0,14}){1,3}),?[ \t]{1,3}(?:19|20)[0-9]{2})(?![0-9])",
        validator=lambda text, m: _v_day_word_year(m),
        # bounded gaps: Hyperscan 0.9.1's SOM misses matches after `\s+` (tests/engine/test_backends.py)
        hs=r"(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th|er|e|\.)?,?"
        r"(?:[ \t]{1,3}[A-Za-z'][A-Za-z'.\-]{0,14}){1,3},?[ \t]{1,3}(?:19|20)[0-9]{2}",
    ),
    PatternSpec(  # day/month without a year after a date word: "le 30/10", "Monday 16/8", "Retorno em 1/9"
        "date-day-month-cue",
        T.DATE,
        rf"(?<![/\-])\b(?:{WEEKDAYS}|on|le|el|em|am|op|il|dal|du|au|vom|bis|voor|before|until|by|due|review"
        r"|follow-up|retorno|rendez-vous|controllo|termin|afspraak|for|kontrolli|kontrola|kontrolle|besok|kham"
        r"|appt|appointment|meeting|visit|gp|clinic|till|fran|od|do|v|ve|dne|pa|taken|drawn|collected|after"
        r"|since|week of|dated|expires|discard after|use by|adm|admitted|admission|disch|discharged|d/c|dob"
        r"|born|died|dod|seen)[,:]?\s+"  # not after a slash or a hyphen: "Kt/V 1.4" is a dialysis dose
        + _DAY_MONTH_AFTER_CUE,
        caseless=True,
        validator=_v_day_month,
        hs=rf"\b(?:{WEEKDAYS}|on|le|el|em|am|op|il|dal|du|au|vom|bis|voor|before|until|by|due|review|follow-up"
        r"|retorno|rendez-vous|controllo|termin|afspraak|for|kontrolli|kontrola|kontrolle|besok|kham|appt"
        r"|appointment|meeting|visit|gp|clinic|till|fran|od|do|v|ve|dne|pa|taken|drawn|collected|after"
        r"|since|week of|dated|expires|discard after|use by|adm|admitted|admission|disch|discharged|d/c|dob"
        r"|born|died|dod|seen)[,:]?\s+[0-9]{1,2}(?:/|\. ?)[0-9]",
    ),
    PatternSpec(  # the same after date words of African and Southeast Asian languages (a list of its own: one
        # list is too large for Hyperscan's SOM): "tarehe 14/11", "tgl 9/10", Zulu "ngo-23/7" ("on")
        "date-day-month-cue-intl",
        T.DATE,
        rf"(?<![/\-])\b(?:(?:{_DATE_WORDS_INTL})[,:]?\s+|ngo-)" + _DAY_MONTH_AFTER_CUE,
        caseless=True,
        validator=_v_day_month,
        hs=rf"\b(?:(?:{_DATE_WORDS_INTL})[,:]?\s+|ngo-)[0-9]{{1,2}}(?:/|\. ?)[0-9]",
    ),
    PatternSpec(  # a month's abbreviation between slashes or dashes, any case: "23/SEP/2024", "5-ago-2024"
        "date-day-mon-year",
        T.DATE,
        r"(?<![\w/])(?P<v>(?:0?[1-9]|[12][0-9]|3[01])[/\-.](?:ene|feb|mar|abr|apr|may|mai|jun|jul|ago|aug|sep|set"
        r"|oct|out|okt|nov|dic|dez|dec|jan|fev|avr|mag|giu|lug|ott)\.?[/\-.](?:19|20)?[0-9]{2})(?![\w/])",
        caseless=True,
        validator=_v_plain(T.DATE),
        hs=r"(?:0?[1-9]|[12][0-9]|3[01])[/\-.](?:ene|feb|mar|abr|apr|may|mai|jun|jul|ago|aug|sep|set|oct|out|okt"
        r"|nov|dic|dez|dec|jan|fev|avr|mag|giu|lug|ott)\.?[/\-.](?:19|20)?[0-9]{2}",
    ),
    PatternSpec(  # access logs: [17/Nov/2022:09:41:26 -1000]
        "date-clf",
        T.DATE,
        r"{NB}(?P<v>[0-9]{1,2}/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/(?:19|20)[0-9]{2}(?::[0-9]{2}){0,3})",
        validator=_v_plain(T.DATE),
    ),
    PatternSpec(  # Central European spacing: "18. 7. 2022"
        "date-spaced-dots",
        T.DATE,
        r"{NB}(?P<v>[0-9]{1,2}\. [0-9]{1,2}\. ?(?:1[89]|2[01])[0-9]{2})(?![0-9])",
        validator=_v_day_month,
        hs=r"{NB}[0-9]{1,2}\. [0-9]{1,2}\. ?(?:1[89]|2[01])[0-9]{2}",
    ),
    PatternSpec(  # Hungarian order, year first, a full stop after each part: "2022. 11. 07.", "1947.06.18."
        "date-year-dots",
        T.DATE,
        r"{NB}(?P<v>(?:1[89]|20)[0-9]{2}\.[ \t]?(?:0?[1-9]|1[0-2])\.[ \t]?(?:0?[1-9]|[12][0-9]|3[01])\.?)"
        r"(?![0-9])",
        validator=_v_plain(T.DATE),
        hs=r"{NB}(?:1[89]|20)[0-9]{2}\.[ \t]?[0-9]{1,2}\.[ \t]?[0-9]",
    ),
    PatternSpec(  # CJK dates: normalisation turns 年/년 and 月/월 into "-", 日/일 into " " in the scan copy
        "date-cjk",
        T.DATE,
        r"{NB}(?P<v>(?:1[89]|2[01])[0-9]{2} ?- ?[0-9]{1,2} ?- ?[0-9]{1,2})(?![0-9])",
        validator=_v_date_iso,
        hs=r"{NB}(?:1[89]|2[01])[0-9]{2} ?- ?[0-9]{1,2} ?- ?[0-9]",
    ),
    # --- age over 89 ---
    PatternSpec(
        "age",
        T.AGE,
        _AGE + r"(?![A-Za-z]))",  # "95 answers" is no age
        caseless=True,
        validator=lambda text, m: _v_age_any(text, m),
        hs=_AGE + ")",  # Hyperscan has no look-ahead; the Python regex re-checks every candidate
    ),
    # dictated text (ambient scribes, voicemail transcription) spells numbers and dates out
    PatternSpec(  # "january twenty third", "the fifteenth of february", "march third nineteen eighty"
        "spoken-date",
        T.DATE,
        rf"\b(?P<v>(?:{_MONTH_WORD})\s+(?:the\s+)?{_ORDINAL_WORDS}"
        rf"|(?:the\s+)?{_ORDINAL_WORDS}\s+(?:of\s+)?(?:{_MONTH_WORD}))\b",
        caseless=True,
        # "you may first try", "may second the motion": lowercase "may" is the verb there; "may tenth" a date
        validator=lambda text, m: None if _MAY_VERB.match(m.group("v")) else _span(m, T.DATE),
        hs=rf"\b(?:(?:{_MONTH_WORD})\s{{1,3}}(?:the\s{{1,3}})?(?:twenty|thirty|{_ORDINAL})"
        rf"|(?:{_ORDINAL})\s{{1,3}}(?:of\s{{1,3}})?(?:{_MONTH_WORD}))",
    ),
    PatternSpec(  # ages written out: "a ninety-five-year-old", "mother is ninety-eight", "aged one hundred"
        "age-words",
        T.AGE,
        r"\b(?P<v>(?:ninety|one hundred|a hundred|hundred)(?:[- ](?:and[- ])?(?:one|two|three|four|five|six"
        r"|seven|eight|nine|ten|eleven|twelve))?)\b",
        caseless=True,
        validator=lambda text, m: _v_age_words(text, m),
    ),
    PatternSpec(  # ages 90-119 written out in other languages (scan text is folded: "funf", "tweeen")
        "age-words-intl",
        T.AGE,
        rf"\b(?P<v>{_AGE_WORDS_INTL})\b",
        caseless=True,
        validator=lambda text, m: _v_age_words_intl(text, m),
        # a prefilter hit inside a word ("drei|und|neunzig"): the match starts at the word's start
        hs=r"neunzig|negentig|quatre|nonante|novant|noventa|nittio|nitti|halvfems|noranta|nonzeg"
        r"|dziewiecdziesi|devadesat|devadesiat|yhdeksankymmenta|kilencven|cento|ciento|hundert|honderd"
        r"|hundra|hundre",
        window=24,
        back="word",
    ),
    PatternSpec(  # "im 94. Lebensjahr": the year of life a German note counts
        "age-lebensjahr",
        T.AGE,
        r"\b(?P<v>9[0-9]|1[01][0-9])\.[ \t]+Lebensjahr",
        hs=r"[0-9]\.[ \t]+Lebensjahr",
        window=4,
        back="digits",
    ),
    PatternSpec(  # an age field in JSON or a log: "age": "93", age=97
        "age-field",
        T.AGE,
        r"[\"']?\b(?:patient_?)?age(?:_?years)?[\"']?\s*[:=]\s*[\"']?(?P<v>(?P<n>[0-9]{2,3}))(?![0-9])",
        caseless=True,
        validator=_v_age,
        hs=r"\b(?:patient_?)?age(?:_?years)?[\"']?\s*[:=]\s*[\"']?[0-9]{2}",
    ),
    PatternSpec(  # a day of the month alone: "bloods again on the 3rd", "last intake around the 23rd"
        "ordinal-day",
        T.DATE,
        r"\b(?:on|by|before|after|since|until|till|from|around|about|due|through)[ \t]+the[ \t]+"
        r"(?P<v>(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th))\b(?![ \t]+(?:floor|percentile|centile|grade|cycle"
        r"|day|week|dose|time|visit|trimester|attempt|rib|toe|finger|digit|intercostal|edition|century|decade"
        r"|birthday|year|month|generation|line|round|session|fraction|place|minute|hour|of[ \t]+(?:the|a|his"
        r"|her|their|each|every)\b))",
        caseless=True,
        validator=lambda text, m: _span(m, T.DATE),
        hs=r"\b(?:on|by|before|after|since|until|till|from|around|about|due|through)[ \t]+the[ \t]+"
        r"[0-9]{1,2}(?:st|nd|rd|th)\b",
    ),
    PatternSpec(  # an age over 89 by its decade: "in her mid-90s", "Spouse <name> (early-100s)"
        "age-decade",
        T.AGE,
        r"\bin[ \t]+(?:her|his|their)[ \t]+"
        r"(?P<v>(?:(?:early|mid|late)[ \t\-]?)?(?:(?:9|10|11)0'?s|nineties))\b"
        r"|\((?P<w>(?:early|mid|late)[ \t\-]?(?:9|10|11)0'?s)\)",
        caseless=True,
        validator=lambda text, m: (m.start("v"), m.end("v"), T.AGE) if m.group("v") is not None
        else (m.start("w"), m.end("w"), T.AGE),
    ),
    PatternSpec(  # a telephone extension alone: "pager ext. 8087"
        "phone-extension",
        T.PHONE,
        r"\b(?:ext|extn|extension)\.?[ \t]*#?[ \t]*(?P<v>[0-9]{3,5})\b",
        caseless=True,
        validator=lambda text, m: _span(m, T.PHONE),
    ),
    PatternSpec(  # sex and age run together: "F/99", "Sex/Age: M/96", "96/F", "96 y/o F", "94/M/W" (race)
        "sex-age",
        T.AGE,
        r"(?<![\w/])(?:(?:[MF]|Male|Female)[ \t]?/[ \t]?(?P<v>[0-9]{2,3})(?![\w/.])"
        r"|(?P<w>[0-9]{2,3})[ \t]?/[ \t]?(?:[MF]|Male|Female)(?!\w)(?!/(?![A-Z]\b)))",
        validator=lambda text, m: _v_sex_age(m),
        hs=r"(?:\b(?:[MF]|Male|Female)[ \t]?/[ \t]?[0-9]{2,3}"
        r"|\b[0-9]{2,3}[ \t]?/[ \t]?(?:[MF]|Male|Female)\b)",
    ),
    PatternSpec(
        "age-cue",
        T.AGE,
        # "age | 94": a vertical table (Spark show(vertical=True), psql \x) or a Markdown row
        r"\b(?:age|aged|alter|edad|age de|eta|wiek|tuoi|turned|turns|turning|miaka|umri wa miaka|umri"
        r"|eletkor|ilikia|yas|yasi|starost|varsta|edat|alder|leeftijd|vanus"
        r"|shekara|shekarunsa|idade|umur|usia|wieku|vek|vozrast|ilikadiriwa"
        # Fijian "yabaki 93" (years), Samoan "tausaga 91", Tongan "ta'u 94", Maori "tau 92" after "age"
        # Zulu and Xhosa "(one)minyaka 90", Luganda "(ow')emyaka 90", Shona "makore 93" (years)
        r"|yabaki|tausaga|ta'u|edad ko|anni|[a-z]{0,3}minyaka|(?:ow')?emyaka|makore)\s*(?:[:=]|[ \t]*\|)?\s*"
        r"(?:of\s+)?(?P<v>(?P<n>[0-9]{2,3})){NAD}",
        caseless=True,
        validator=_v_age,
    ),
    PatternSpec(  # "Age at event: 100", "Age at onset = 93", "age at death: 101", "Age on record: 96"
        "age-at-label",
        T.AGE,
        r"\bage[ \t]+(?:at|on)[ \t]+(?:[a-z]+[ \t]+)?[a-z]+[ \t]*(?:\([a-z]+\)[ \t]*)?[:=][ \t]*"
        r"(?P<v>(?P<n>[0-9]{2,3})){NAD}",
        caseless=True,
        validator=_v_age,
    ),
    PatternSpec(  # an age in an XML element: <patientonsetage>101</patientonsetage>, <PatientAge>95<
        "age-element",
        T.AGE,
        r"<(?:[A-Za-z_]*:)?(?:[A-Za-z]*(?:onset|patient|subject|event|death|pt|current)_?|)age(?:_?at[A-Za-z_]*"
        r"|_?years|_?yrs)?(?:[ \t][^<>]{0,60})?>[ \t]*(?P<v>(?P<n>[0-9]{2,3}))[ \t]*</",
        caseless=True,
        validator=_v_age,
        hs=r"<[A-Za-z_:]{0,40}age(?:_?at[A-Za-z_]*|_?years|_?yrs)?(?:[ \t][^<>]{0,60})?>[ \t]*[0-9]{2,3}"
        r"[ \t]*</",
    ),
    PatternSpec(  # a pet's name beside what it is: "the dog, <Name>", "a cat named <Name>", "<name>, our
        # dog" (a household's pet names the household as a relative's name does)
        "pet-name",
        T.NAME,
        rf"\b(?:{_PETS})(?:[ \t]*,[ \t]*|[ \t]+(?:(?:is[ \t]+)?(?:named|called)|whose[ \t]+name[ \t]+is)"
        r"[ \t]+)(?P<v>[A-Za-z][a-z'\-]{1,20})(?![\w'\-])"
        r"|(?<![\w'\-])(?P<v2>[A-Za-z][a-z'\-]{1,20})[ \t]*,[ \t]*(?:our|my|his|her|their|the)[ \t]+"
        rf"(?:{_PETS})\b",
        validator=lambda text, m: _v_pet(text, m),
        hs=rf"\b(?:{_PETS})(?:[ \t]*,|[ \t]+(?:is[ \t]+)?(?:named|called|whose))"
        rf"|,[ \t]*(?:our|my|his|her|their|the)[ \t]+(?:{_PETS})\b",
        window=40,
    ),
    PatternSpec(  # a relative's age beside the word for them: "her mother, 97, also on the list", "maternal
        # grandmother, 91, alive", "His mother, <name>, is 94", "Grandfather (93)"
        "age-relative",
        T.AGE,
        rf"(?i:\b(?:{_RELATIVES}))(?:,[ \t]+[A-Z][^\n,;()]{{0,30}})?(?:,[ \t]+|[ \t]+(?:is|was|aged)[ \t]+"
        r"|[ \t]*\([ \t]*)(?P<v>(?P<n>9[0-9]|1[01][0-9]))(?=[ \t]*(?:,|\)|;|\.(?![0-9])|$|[ \t]+(?:yo|y/o|yrs"
        r"|years|and|alive|living|still|now)\b))",
        validator=_v_age,
        hs=rf"(?i:\b(?:{_RELATIVES}))[ \t,(]",
        window=60,
    ),
    PatternSpec(  # spoken ages: "She's 96 now", "my father is 102", "Mom was 94 when", "nan is now 93 and"
        "age-said",
        T.AGE,
        r"\b(?:she|he|they|i|who|patient|pt|mom|mum|mother|dad|father|grandma|grandmother|grandpa|grandfather"
        r"|nan|nana|nanna|gran|granny|grandad|granddad|husband|wife|aunt|uncle)"
        r"(?:'s|'m| is| am| was| will be| just| turns| turned)(?:\s+now)?\s+"
        r"(?P<v>(?P<n>(?:9[0-9]|1[01][0-9]))){NAD}"
        r"(?!\s*(?:%|percent|kg|kilos?|lbs?|pounds|mg|degrees|°|mm|cm|bpm|mmhg|minutes|min|hours|days|weeks"
        r"|months|over|/|\.[0-9]|on\s+(?:room|ra\b|air|o2|oxygen|[0-9])))",  # "she is 94 on room air": sats
        caseless=True,
        validator=_v_age,
        hs=r"\b(?:she|he|they|i|who|patient|pt|mom|mum|mother|dad|father|grandma|grandmother|grandpa"
        r"|grandfather|nan|nana|nanna|gran|granny|grandad|granddad|husband|wife|aunt|uncle)"
        r"(?:'s|'m| is| am| was| will be| just| turns| turned)(?:\s{1,3}now)?\s+(?:9[0-9]|1[01][0-9])",
    ),
    PatternSpec(
        "age-sex",
        T.AGE,
        r"{NB}(?P<v>(?P<n>[0-9]{2,3}))\s?(?:M|F|yo[MF]|y/o)\b",
        validator=_v_age,
    ),
    # --- ZIP / postal ---
    PatternSpec(
        "zip-state",
        T.ZIP,
        rf"\b(?:{US_STATES})\.?,?\s+(?P<v>[0-9]{{5}}(?:-[0-9]{{4}})?){{NAD}}",
        validator=_v_zip_state,
    ),
    PatternSpec(  # the same in capitals: "<TOWN> DELAWARE 19904" (pagers, call-centre summaries)
        "zip-state-caps",
        T.ZIP,
        rf"\b(?:{_STATE_NAMES_CAPS})[ \t]+(?P<v>[0-9]{{5}}(?:-[0-9]{{4}})?){{NAD}}",
        validator=_v_zip_state,
    ),
    PatternSpec(
        "zip-cue",
        T.ZIP,
        r"\b(?:zip|zipcode|zip code|postal code|postcode|post code|plz|cp|code postal|cap|kod pocztowy"
        r"|cod postal|codigo postal|cep|pin code|pincode|postnummer|postinumero|iranyitoszam"
        r"|sihtnumber|pasto kodas|psc|postnr|youbian|yubin bango|ma buu chinh|kode pos|posta kodu|c\.p)\.?"
        r"(?:[ \t]*\([^)\n]{1,40}\))?"  # "Postcode (if not shown above): 74827"
        r"\s*[:#=]?\s*['\"]?(?P<v>[0-9]{4,6}(?:-[0-9]{3,4})?|[0-9]{2}-[0-9]{3}|[0-9]{8}){NAD}",
        caseless=True,
        validator=_v_zip_state,
        # the regex's own shape, no looser: a start Hyperscan reports is the leftmost of all for one end, so a
        # loose gap from an earlier "zip" ("ZipTownXref for ZIP 60412") would hide the real label's start
        hs=r"\b(?:zip|zipcode|zip code|postal code|postcode|post code|plz|cp|code postal|cap|kod pocztowy"
        r"|cod postal|codigo postal|cep|pin code|pincode|postnummer|postinumero|iranyitoszam"
        r"|sihtnumber|pasto kodas|psc|postnr|youbian|yubin bango|ma buu chinh|kode pos|posta kodu|c\.p)\.?"
        r"(?:[ \t]*\([^)\n]*\))?\s*[:#=]?\s*['\"]?[0-9]{2}",  # ({1,40} is too large for Hyperscan's SOM)
    ),
    PatternSpec("zip4", T.ZIP, r"{NB}(?P<v>[0-9]{5}-[0-9]{4}){NAD}", validator=_v_zip_state),
    PatternSpec(
        "postcode-uk",
        T.ADDRESS,
        r"\b(?P<v>[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2})\b",
        validator=_v_plain(T.ADDRESS),
    ),
    PatternSpec(
        "postcode-ca",
        T.ADDRESS,
        r"\b(?P<v>[ABCEGHJ-NPRSTVXY][0-9][A-Z] ?[0-9][A-Z][0-9])\b",
        validator=_v_plain(T.ADDRESS),
    ),
    PatternSpec(
        "geo",
        T.ADDRESS,
        r"{NBD}(?P<v>[+\-]?[0-9]{1,2}\.[0-9]{4,}\s*,\s*[+\-]?[0-9]{1,3}\.[0-9]{4,}){NAD}",
        validator=_v_plain(T.ADDRESS),
    ),
    PatternSpec(  # where an address is a landmark: "lives behind <Name> Market", "near <Name> Taxi Rank"
        "landmark-address",
        T.ADDRESS,
        r"\b(?:behind|near|opposite|next to|beside|adjacent to|close to)[ \t]+(?:the[ \t]+)?"
        r"(?P<v>(?:[A-Z][\w'’\-]*[ \t]+){1,4}(?:Market|Church|Mosque|Borehole|Taxi Rank|Bus Stop|Bus Stage"
        r"|Shopping Cent(?:re|er)|Junction|Roundabout|Filling Station|Petrol Station|Trading Cent(?:re|er)"
        r"|Primary School|Secondary School|Police Station|Post Office|Water Tank|Chapel|Temple|borehole"
        r"|market|church|mosque))\b",
        validator=_v_plain(T.ADDRESS),
        hs=r"\b(?:behind|near|opposite|next to|beside|adjacent to|close to)[ \t]+(?:the[ \t]+)?[A-Z]",
    ),
    PatternSpec(
        "po-box",
        T.ADDRESS,
        r"\b(?P<v>(?:P\.?\s?O\.?\s?Box|Post Office Box|Postfach|Apartado(?: de correos)?|Casella postale"
        r"|Skrytka pocztowa)\s+[0-9]+)",
        caseless=True,
        validator=_v_plain(T.ADDRESS),
    ),
    # --- numbers with a label ---
    _cue(
        "mrn",
        T.MRN,
        r"mrn|mr|nhc|n\.h\.c|medical record|med\.? rec(?:ord)?|chart|patient id|pt id|patient number"
        r"|record number|record"
        r"|hospital number|hosp(?:ital)? no|unit number|case number|patientennummer|n[uú]mero de historia"
        r"|historia cl[ií]nica|dossier|numero dossier|cartella|nhs|nhs number|uhid|emr|ehr|hn|rn|no\. rn"
        r"|kard|kartta|karta|kartoteka|journal|journalnummer|chorobopis|tik|tik mispar|dosya|protokol",
    ),
    _cue("mrn-strong", T.MRN, r"mrn|medical record number|patient id|nhs number|uhid", strong=True),
    # a practice's own chart numbers, written without a colon: "chart 61970", "Pt no. 702231", "Clinic no.
    # 28410", "Patient ref PT-55102" (five digits or more: a year is no chart)
    _cue("mrn-chart", T.MRN, r"chart|patient ref|pt ref|(?:pt|patient|clinic|practice|file)(?=[ \t]*no\b)",
         min_digits=5, strong=True),
    # a study subject by number ("subject 123456", "participant S101-001", "Subject ID: 123456"); an e-mail's
    # "Subject:" line is no cue
    _cue("subject-id", T.ID, r"subject(?![ \t]*:)|participant(?![ \t]*:)|subject id|participant id"
         r"|screening (?:no|number|id)|randomi[sz]ation (?:no|number|id)", min_digits=4, strong=True),
    PatternSpec(  # "Hosp. No.: 12/3456", "IP NO. IP/12345", "hospital number 123456", "Hosp no ABC/12345"
        "mrn-hosp-no",
        T.MRN,
        r"\b(?:Hosp(?:ital)?|I\.?P|O\.?P|In-?patient|Out-?patient)\.?[ \t]*(?:No|Number|Num|#)\b\.?"
        r"[ \t]*[:#]?[ \t]*(?P<v>[A-Za-z0-9][A-Za-z0-9\-/]{1,20}[0-9])(?![\w/])",
        caseless=True,
        validator=_cue_value(T.MRN, 3),
        hs=r"\b(?:Hosp(?:ital)?|I\.?P|O\.?P|In-?patient|Out-?patient)\.?[ \t]*(?:No|Number|Num|#)",
    ),
    PatternSpec(  # a register's number by its acronym: "TB No.: TB/1234", "<ACRONYM> No.: <ACRONYM>/12345/X"
        "acronym-no",
        T.ID,
        r"\b(?P<k>[A-Z]{2,6})\.?[ \t]+(?:No|NO|no|Nr|Number|#)\.?[ \t]*:?[ \t]*"
        r"(?P<v>[A-Za-z0-9][A-Za-z0-9\-/]{1,24}[A-Za-z0-9])(?![\w/])",
        validator=_v_acronym_no,
        hs=r"\b[A-Z]{2,6}\.?[ \t]+(?:No|NO|no|Nr|Number|#)",
    ),
    _cue("account-strong", T.ACCOUNT, r"account|acct|billing acct|fallnummer|aktenzeichen|n[uú]mero de cuenta",  # noqa: E501
         min_digits=4, strong=True, value=ID_VALUE_SP),
    _cue("device-strong", T.DEVICE, r"serial|s/n|serial no|serial sn|serial s/n|imei|udi|seriennummer",
         min_digits=2, strong=True),
    _cue("vehicle-strong", T.VEHICLE, r"plate|license plate|licence plate|registration|kennzeichen|matr[ií]cula|rego"  # noqa: E501
         r"|plaque|targa|targata|targato|immatriculation|immatricule|immatricolazione|chassis no"
         r"|own vehicle|vehicle no\.?|vehicle number|ambulance no\.?"
         # Spanish and Portuguese "placa", Chile's "patente", Malay and Indonesian registration words, the
         # vehicle a report says was involved
         r"|placa|placa do (?:carro|veiculo|veículo)|patente|no\.? pendaftaran|nombor pendaftaran"
         r"|nomor polisi|nopol|plat nomor"
         r"|vehicle involved|vehicle in accident|vehiculo involucrado|veiculo envolvido"
         # "reg UP 42 617", "reg.nr MKT 38P", "kenteken", Nordic and Czech registration words
         r"|reg(?=[ \t:#]*(?-i:[A-Z0-9]))|reg\.? ?(?:no|nr|num)|reg\.nr|regnr|car reg|vehicle reg"
         r"|number plate|numberplate|registreringsnummer"
         r"|registreringsnr|rekisterinumero|rek\.? ?nro|kenteken|spz|nummerplade"
         # "(vehicle KQM 4471)": a plate's shape after the word (capitals, then digits)
         r"|vehicle(?=[ \t:#]+(?-i:[A-Z]{1,3}[ \-]?[0-9]{2,4}|[0-9][A-Z]{2,3}[0-9]{2,3}))"
         r"|car(?=[ \t:#]+(?-i:[A-Z]{0,3})[ \-]?[0-9]{4,7}\b)"  # "the family car 661093"
         # a US plate's "tag" when letters and digits follow ("tag 8KT415"; "image tag v1.2" stays)
         r"|tag(?=[ \t:#]+(?-i:[A-Z]{1,3}[0-9]|[0-9]{1,3}[A-Z]))",
         min_digits=1, strong=True,
         # groups after the first hold a digit ("WX 4821K"), or follow capitals ("KA 05 MH 1234"), or
         # are three capitals ending a UK plate ("AB12 CDE")
         value=r"(?P<v>[A-Za-z0-9][A-Za-z0-9\-]{0,8}"  # "plate T 30416": one letter, then the number
               r"(?: (?:(?-i:[A-Z]{1,3}) )?(?=[A-Za-z]*[0-9])[A-Za-z0-9]{1,5}"
               r"| (?-i:[A-Z]{3})(?![A-Za-z])){0,2})"),
    # a clinician's registration in Latin America: "colegiado 60318", "JVPM 20455", "M.N. 712244", "CRM-SP
    # 104482", "lic. 40917"
    _cue("registration-latam", T.LICENSE, r"colegiado|jvpm|cmh|cmp|mpps|crm(?:-[a-z]{2})?"
         r"|registro profesional"
         # Brazil's nursing, pharmacy, biomedicine, nutrition, psychology, dentistry and physiotherapy
         # councils ("COREN-PE 841.978-ENF", "CRF-RN 49379", "CRBM-2 ..."), Colombia's RETHUS and "TP"
         # (tarjeta profesional), Peru's pharmacists (COQF; not "COP": Colombian pesos, nor "CEP": a postcode)
         r"|coren(?:-[a-z]{2})?|crf(?:-[a-z]{2})?|crbm(?:-[0-9])?|crn(?:-[0-9])?|crp(?:-[0-9]{2})?"
         r"|crefito(?:-[0-9]{1,2})?|rethus|coqf|cmvp|rnpi"
         r"|tp(?=[ \t]+[0-9]{4,6}-?[a-z]\b)",
         min_digits=4, strong=True),
    PatternSpec(  # the same after an abbreviation with dots, or a number sign: "M.N. 712244", "lic. 40917",
        # "N° 508211" ("N?" in the scan copy), "C.I. V-7.204.118"; a word boundary cannot close a dot
        "dotted-number",
        T.ID,
        r"(?<![\w.])(?P<k>(?i:m\.[np]\.|c\.t\.m\.p\.|lic\.|c\.i\.|n\?|nro\.))[ \t]*:?[ \t]*"
        r"(?P<v>(?:[A-Za-z]-?)?[0-9][0-9.\-]{2,14}[0-9])(?![0-9])",
        validator=lambda text, m: _v_dotted_number(m),
        hs=r"(?i:m\.[np]\.|c\.t\.m\.p\.|lic\.|c\.i\.|n\?|nro\.)[ \t]*:?[ \t]*[A-Za-z0-9]",
    ),
    # a record's number after a Spanish or Portuguese label: "Número de acta: 88310", "carné No. 41207", "N°
    # 508211", "C.I. V-7.204.118", "Ficha clínica: 5521804-3"
    _cue("numero-es", T.ID, r"n[uú]mero de acta|acta|carn[eé]|ficha cl[ií]nica|ficha|expediente"
         r"|prontu[aá]rio", min_digits=4, strong=True),
    # an officer's, a barrister's or a process server's number ("badge 6614", "collar no. 4481", "Garda no.
    # 71302K", "Bar No. 551902"): they identify the person who wrote the report
    _cue("service-number", T.ID, r"badge|(?:collar|force|garda|shield|warrant|service|regimental|bar"
         r"|process server|reg)(?=\.?[ \t]+(?:no|number)\b)", min_digits=3, strong=True),
    _cue("specimen-strong", T.ID, r"labelled|labeled|specimen|accession|client id|hospital no|record|chart no"
         r"|chartno|case no|fall-nr", min_digits=3, strong=True),
    _cue("ssn-cue", T.SSN, r"ssn|social security(?: number)?|soc sec|sozialversicherungsnummer|nss|insee",
         min_digits=4, strong=True),
    PatternSpec(  # an SSN's last four, named so: "SSN (last 4): 6260", "last four of her social 6260"
        "ssn-last-four",
        T.SSN,
        r"(?i:\b(?:ssn|social security(?:[ \t]number)?|ss\#)[ \t]*\(?last[ \t]?(?:4|four)(?:[ \t]digits)?\)?"
        r"|\blast[ \t]?(?:4|four)(?:[ \t]digits)?[ \t]+of[ \t]+(?:(?:her|his|their|the|your|my)[ \t]+)?"
        r"(?:ssn|social(?:[ \t]security(?:[ \t]number)?)?))[ \t]*(?:is|was|[:#=])?[ \t]*"
        r"(?P<v>[0-9]{4})(?![0-9])",
        validator=lambda text, m: _span(m, T.SSN),
        hs=r"(?i:\b(?:ssn|social security|ss\#)[ \t]*\(?last|\blast[ \t]?(?:4|four))",
        window=40,
    ),
    PatternSpec(  # French NIR (numéro de sécurité sociale), often written in spaced groups
        "nir",
        T.SSN,
        r"{NB}(?P<v>[12] ?[0-9]{2} ?(?:0[1-9]|1[0-2]|[2-9][0-9]) ?(?:[0-9]{2}|2[AB]) ?[0-9]{3} ?[0-9]{3}"
        r"(?: ?[0-9]{2})?){NAD}",
        validator=lambda text, m: _span(m, T.SSN) if m.group("v").count(" ") >= 3 else None,  # spaced only
    ),
    _cue("passport", T.LICENSE,
         r"passport|passeport|reisepass|pasaporte|passaporto|paszport|paspoort|pasport", strong=True),
    PatternSpec(  # vCard name lines: "FN:<Given> <Family>", "N:<Family>;<Given>;;;"
        "vcard-name",
        T.NAME,
        r"(?:^|\n)(?:FN|N|NICKNAME)(?:;[^:\n]{0,80})?:(?P<v>[^\n]*[A-Za-z][^\n]*)",
        validator=_v_plain(T.NAME),
        hs=r"(?:^|\n)(?:FN|N|NICKNAME)[;:]",
    ),
    PatternSpec(  # vCard and iCal addresses: "ADR;TYPE=home:;;Box 417;Pangnirtung;NU;X0A 0V0;Canada"
        "vcard-address",
        T.ADDRESS,
        r"(?:^|\n)(?:ADR|LOCATION)(?:;[^:\n]{0,80})?:(?P<v>[^\n]*[0-9][^\n]*)",
        validator=lambda text, m: _v_vcard_address(text, m),
        hs=r"(?:^|\n)(?:ADR|LOCATION)[;:]",
    ),
    PatternSpec(  # iCal attendees and organisers: "ATTENDEE;CN=Hovhannes Petrosyan;ROLE=..."
        "ical-cn",
        T.NAME,
        r"(?:ATTENDEE|ORGANIZER|CONTACT)[^\n:]{0,80}?;CN=\"?(?P<v>[^;:\"\n]{2,80})",
        validator=_v_plain(T.NAME),
        hs=r"(?:ATTENDEE|ORGANIZER|CONTACT)[^\n:]{0,80}?;CN=",
    ),
    PatternSpec(  # Nordic and Baltic streets: "Koulukatu 9 as. 4", "Tallinna mnt 31-16", "Storgatan 12B"
        "street-nordic",
        T.ADDRESS,
        r"\b(?P<v>[A-Z][a-z]+(?:katu|tie|kuja|polku|vayla|raitti|gata|gatan|vagen|veien|vei|gade|vej|straede"
        r"|tanav|puiestee)\s*[0-9]{1,4}(?:\s?[A-Za-z](?![A-Za-z])|-[0-9]{1,3})?"
        r"(?:,?\s*(?:as\.|lgh|leil\.|krt\.)\s*[0-9]{1,4})?"
        r"|[A-Z][a-z]+ (?:mnt|pst|tn|maantee|puiestee)\.?\s*[0-9]{1,4}(?:-[0-9]{1,4})?)",
        validator=lambda text, m: _v_address(text, m),  # defined with the other address rules below
        hs=r"\b[A-Z][a-z]+(?:katu|tie|kuja|polku|vayla|raitti|gata|gatan|vagen|veien|vei|gade|vej|straede"
        r"|tanav|puiestee|\x20mnt|\x20pst|\x20tn|\x20maantee|\x20puiestee)\.?\s*[0-9]",
    ),
    PatternSpec(  # Finnish henkilötunnus: ddmmyy, century sign, individual number, check character mod 31
        "hetu",
        T.SSN,
        r"{NB}(?P<v>(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])[0-9]{2}[-+A-FU-Y][0-9]{3}[0-9A-Y]){NA}",
        validator=lambda text, m: _span(m, T.SSN) if _hetu_ok(m.group("v")) else None,
    ),
    PatternSpec(  # Italian codice fiscale: 6 letters, 2 digits, month letter, 2 digits, place, check letter
        "codice-fiscale",
        T.ID,
        r"\b(?P<v>[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z])\b",
        validator=_v_plain(T.ID),
    ),
    _cue(
        "health-plan",
        T.HEALTH_PLAN,
        r"member|subscriber|policy|policy holder|plan|beneficiary|medicare|medicaid|insurance|insured|group"
        r"|hicn|mbi|health plan|coverage|versichertennummer|krankenkasse|afiliado|aseguradora|mutuelle"
        r"|tessera sanitaria|nr ubezpieczenia|bhyt",
        min_digits=3,  # "Plan: ABVD-12", "Policy: v2": a regimen and a version; members' numbers are long
    ),
    # without a colon only when the number is long: "group 418265" ("group 2", "age group 18-65" stay)
    _cue("group-number", T.HEALTH_PLAN, r"group|grp", min_digits=5, strong=True),
    _cue(
        "account",
        T.ACCOUNT,
        r"account|acct|a/c|acc|billing|invoice|iban|routing|aba|bank|konto|cuenta|compte|conto|rachunek"
        r"|credit card|card|visa|mastercard|amex",
        min_digits=3,
    ),
    _cue(
        "license",
        T.LICENSE,
        r"license|licence|lic|driver'?s licen[sc]e|dl|certificate|cert|dea|npi|permit|passport|registration"
        r"|f[uü]hrerschein|ausweis|personalausweis|licencia|permis|patente|dni|nie|nif|pesel|nin|bvn|aadhaar"
        r"|pan|cmnd|cccd|national id|id card|state id|diploma|s[uü]r[uü]c[uü] belgesi|s[uü]r[uü]c[uü] belge"
        r"|ehliyet",
        min_digits=2,
    ),
    _cue(
        "vehicle",
        T.VEHICLE,
        r"vin|vehicle id|vehicle identification|license plate|licence plate|plate|tag|kennzeichen|matr[ií]cula"  # noqa: E501
        r"|plaque|targa|tablica|bien so|plaka|plakas[iı]|ara[cç] plakas[iı]",
        min_digits=1,
        value=r"(?P<v>[A-Za-z0-9][A-Za-z0-9\- ]{1,14}[A-Za-z0-9])",
    ),
    _cue(
        "device",
        T.DEVICE,
        r"serial|s/n|sn|device|device id|udi|imei|imsi|iccid|meid|model/serial|pacemaker|implant|lot|seriennummer"  # noqa: E501
        r"|numero de serie|n[uú]mero de serie|matricola|asset tag",
    ),
    _cue(
        "other-id",
        T.ID,
        r"id|identifier|claim|encounter|visit|accession|specimen|sample|order|requisition|ticket|reference"
        r"|ref|confirmation|booking|appointment|employee|staff|badge|student|fin|csn|har|episode"
        r"|job|dictation|transcription|document|report|interpreter"  # "Job #: 448120", "interpreter ID 3383"
        r"|register",  # a mortuary's or a property book's "Register no. M38412"
        min_digits=2,
    ),
    # a traveller's booking: a flight's record locator ("PNR: B7L3XU", "Booking T4M6TP") and e-ticket number
    _cue("travel-booking", T.ID, r"pnr|record locator|booking ref|booking reference|booking|e-ticket|eticket",
         min_digits=1, strong=True),
    # --- numbers by shape ---
    PatternSpec(
        "vin",
        T.VEHICLE,
        r"\b(?P<v>[A-HJ-NPR-Z0-9]{17})\b",
        validator=_v_vin,
    ),
    PatternSpec(
        "mbi",
        T.HEALTH_PLAN,
        r"\b(?P<v>[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?"
        r"[AC-HJKMNP-RT-Y]{2}[0-9]{2})\b",
        validator=_v_plain(T.HEALTH_PLAN),
    ),
    PatternSpec(
        "udi",
        T.DEVICE,
        r"(?P<v>\(01\)[0-9]{14}(?:\([0-9]{2,4}\)[A-Za-z0-9\-]+)*|\b01[0-9]{14}(?:(?:11|17)[0-9]{6}|(?:10|21)[A-Za-z0-9]{1,20})+"
        r"|\+[A-Z][0-9A-Z]{3}[0-9A-Z]{4,}/?[0-9A-Z$+%]*)",
        validator=_v_plain(T.DEVICE),
        hs=r"\(01\)[0-9]{14}|\b01[0-9]{14}[0-9A-Za-z]|\+[A-Z][0-9A-Z]{7}",
    ),
    PatternSpec(
        "card",
        T.ACCOUNT,
        r"{NB}(?P<v>[0-9]{4}(?:[ \-]?[0-9]{4}){2}[ \-]?[0-9]{1,7}){NAD}",
        validator=_v_card,
    ),
    PatternSpec(
        "iban",
        T.ACCOUNT,
        r"\b(?P<v>[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b",
        validator=_v_iban,
    ),
    PatternSpec(
        "long-number",
        T.ID,
        r"{NB}(?P<v>[0-9]{8,}){NA}",
        validator=_v_long_number,
    ),
    PatternSpec(
        "mixed-id",
        T.ID,
        r"{NB}(?P<v>(?:[A-Za-z]{1,5}-?[0-9]|[0-9]+-?[A-Za-z])[A-Za-z0-9]*(?:[-/][A-Za-z0-9]+){0,3}){NA}",
        validator=lambda text, m: _v_mixed_id(text, m) if _mixed_prefilter(m.group("v")) else None,
        hs=r"{NB}(?:[A-Za-z]{1,5}-?[0-9]|[0-9]+-?[A-Za-z])",
    ),
    PatternSpec(  # a system's random key for a person or a record: DHIS2 uids, short links, export keys
        "random-token",
        T.ID,
        r"{NB}(?P<v>[A-Za-z0-9]{10,22}){NA}",
        validator=lambda text, m: _v_random_token(text, m),
        # (a lower-case letter, then capitals or digits, then lower case again: not every code in capitals)
        hs=r"{NB}[A-Za-z0-9]{0,16}(?:[a-z][A-Z0-9]{1,8}[a-z]|[A-Z0-9]{2}[a-z]{1,8}[A-Z0-9])",
    ),
]


_CASE_RUN = re.compile(r"[a-z]+|[A-Z]+|[0-9]+")
_WORD_PART = re.compile(r"[A-Z]?[a-z]{3,}")
_THRICE = re.compile(r"([A-Za-z])\1\1")


def _v_random_token(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """Ten to 22 letters and digits in both cases with no word inside and the case changing at every turn
    ("Dqh7vvNUL4T"): drawn at random, a key to one record. camelCase names ("getPatient2Id") hold words."""
    v = m.group("v")
    if v.isupper() or v.islower() or v.isdigit():
        return None
    runs = _CASE_RUN.findall(v)
    if _THRICE.search(v):
        return None  # letters of other scripts fold to "a" ("<katakana>OD<kanji>15mg"); chance rarely repeats
    if len(runs) < 5 or (len(runs) < 7 and not any(c.isdigit() for c in v)):
        return None
    from phigate.engine import lexicon

    common = lexicon.common_words()
    if any(w.lower() in common for w in _WORD_PART.findall(v)):
        return None
    return _span(m, T.ID)


def _mixed_prefilter(v: str) -> bool:
    return len(v) >= 7 and not v.isdigit() and any(c.isalpha() for c in v)


_AGE_WORD_CUE = re.compile(
    r"(?i)(?:\b(?:is|was|turned|turns|aged|age|at|of|a|an|am)|['\u2019](?:s|re|m))\s+(?:now\s+)?$"
)  # "she's ninety-six", "you're ninety eight now"
_AGE_WORD_ALONE = re.compile(r"[ \t]*(?:\)|,)")
_AGE_WORD_OPEN = re.compile(r"(?:\(|,[ \t])[ \t]*\Z")
_AGE_WORD_NEXT = re.compile(
    r"(?i)[- ]years?[- ]old|\s+(?:years?|yrs)\b|[- ]year[- ]olds?\b"
    # a birthday to come: "ninety eight in june", "a hundred next month", "ninety-one on Saturday"
    r"|[ \t]+(?:in|on|this|next|come)[ \t]+(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|month|week|year)\b"
)


def _v_age_words(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """A spelled-out age of 90 or more: followed by "years (old)", or after "is"/"turned"/"aged" and
    not followed by a unit ("ninety minutes", "ninety percent")."""
    s, e = m.start("v"), m.end("v")
    alone = _AGE_WORD_ALONE.match(text, e) and _AGE_WORD_OPEN.search(text, max(0, s - 4), s)
    if _AGE_WORD_NEXT.match(text, e) or alone:  # alone beside a name: "Ana Obi, ninety-seven,"
        return s, e, T.AGE
    after = text[e : e + 16].lower()
    if _AGE_WORD_CUE.search(text, max(0, s - 24), s) and not re.match(
        r"\s*(?:-|\s)?\s*(?:percent|%|minutes?|mins?|seconds?|days?|weeks?|months?|mg|ml|units?|times?|beats?"
        r"|bpm|degrees?|kg|lbs?|pounds?|cm|mm|feet|ft|dollars?|cents?|patients?|people|of\b)", after):
        return s, e, T.AGE
    return None


# a year word after the number ("Jahre", "ans", "anni", "anos", "jaar", "ar", "lat"), or a word that says the
# number is someone's age before it ("ist", "a", "ha", "tiene", "tem", "er", "ar", "is", "heeft")
_AGE_YEAR_NEXT = re.compile(
    r"(?i)(?:[ \t]+|-)(?:jahre?n?|jahrig\w*|jaar|jarige?|ans?|annees?|anni|anys|anos|anyos|ar|ars|aar|jor"
    r"|lat|let|roku|rokov|vuotta|eves|years?|yrs?)\b"
)
_AGE_VERB_BEFORE = re.compile(
    r"(?i)\b(?:ist|wird|wurde|a|ha|compie|tiene|cumple|tem|fez|fara|er|ar|blir|fyller|is|wordt|werd|heeft"
    r"|est|fete|vient d'avoir|de|di|von|van|agee?s?|aged|age|alter|eta|edad|idade|leeftijd|alder)[ \t]+$"
)
_AGE_UNIT_NEXT = re.compile(
    r"(?i)[ \t]*(?:%|prozent|pour ?cent|per ?cento|por ?ciento|procent|minut\w*|sekund\w*|stund\w*|heures?"
    r"|ore|horas?|uur|timer|dag\w*|tag\w*|jours?|giorni|dias?|mg|ml|kg|euro|eur|kr|chf|mal|fois|volte|veces)\b"
)


def _v_age_words_intl(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """A spelled-out age of 90 to 119 in another language: a year word after it ("dreiundneunzig Jahre",
    "nonante-quatre ans"), a word of its own that says age ("yhdeksankymmentakaksivuotias"), or a verb that
    gives someone an age before it ("Ze is vijfennegentig en woont"), never a quantity ("neunzig Minuten")."""
    s, e = m.start("v"), m.end("v")
    v = m.group("v").lower()
    if v.endswith(("vuotias", "eves")) or _AGE_YEAR_NEXT.match(text, e):
        return s, e, T.AGE
    if v.startswith(("cento", "ciento", "hundr", "honderd", "ett", "et")) or "hundert" in v:
        return None  # "cento", "hundert" alone: a hundred of anything; with years only (above)
    if _AGE_VERB_BEFORE.search(text, max(0, s - 24), s) and not _AGE_UNIT_NEXT.match(text, e):
        return s, e, T.AGE
    return None


def _v_age_any(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    n = m.group("n") or m.group("n2")
    if n is None or not 90 <= int(n) <= 130:
        return None
    if m.group("n2") is not None and m.group("v")[-1:] in "yY" and not m.group("v")[-2:-1].isdigit():
        return None  # "94y" is an age; "Figure 91 y axis" is not (a bare "y" only glued to the number)
    return _span(m, T.AGE)

STREET_SUFFIX = (
    r"Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Circle|Cir|Way|Place|Pl|Terrace"
    r"|Ter|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Loop|Path|Pike|Alley|Aly|Plaza|Plz|Crescent|Cres|Close"
    r"|Row|Walk|Run|Crossing|Xing|Ridge|Heights|Hts|Point|Pt|Park|Grove|Gr|View|Hill|Hills|Creek|Route|Rte"
    r"|Expressway|Expy|Freeway|Fwy|Junction|Jct|Landing|Manor|Meadow|Meadows|Mill|Mills|Pass|Port|Shore|Shores"
    r"|Spring|Springs|Station|Summit|Valley|Vista|Village|Villages|Well|Wells|Estate|Estates|Gardens|Garden|Green"
    r"|Harbor|Harbour|Haven|Island|Knoll|Knolls|Lake|Lakes|Mount|Mountain|Oval|Pines|Ranch|Rapids|Ridge|Bypass"
    r"|Branch|Bridge|Brook|Brooks|Burg|Camp|Canyon|Cape|Causeway|Center|Centre|Cliff|Cliffs|Club|Common|Corner"
    r"|Corners|Course|Courts|Cove|Coves|Dale|Dam|Divide|Drives|Extension|Ext|Falls|Ferry|Field|Fields|Flat|Flats"
    r"|Ford|Fords|Forest|Forge|Forges|Fork|Forks|Fort|Glen|Glens|Greens|Grove|Groves|Harbors|Hollow|Inlet|Isle"
    r"|Key|Keys|Light|Lights|Lock|Locks|Lodge|Mall|Manors|Mews|Motorway|Neck|Orchard|Overpass|Parks|Parkways"
    r"|Pine|Plain|Plains|Points|Ports|Prairie|Radial|Ramp|Rest|Rue|Shoal|Shoals|Skyway|Spur|Spurs|Squares|Stravenue"
    r"|Stream|Streets|Throughway|Trace|Track|Trafficway|Tunnel|Turnpike|Underpass|Union|Unions|Viaduct|Views|Ville"
    r"|Vistas|Ways|Wall|Marg|Nagar|Colony|Layout|Chowk|Bazaar|Bazar|Vihar|Enclave|Puram|Gali|Mohalla|Sector|Phase"
    r"|Block|Quarters|Wynd|Brae|Loan|Gate|Rise|Yard|Chase|Vennel|Close|Concession|Sideroad|Rang|Purok|Sitio"
    # British and Irish street types
    r"|Croft|Brow|Fold|Garth|Paddock|Spinney|Dene|Nook|Holt|Vale|Lea|Leys|Parade|Wharf|Villas|Approach|Quay"
    r"|Grange|Circus|Embankment|Mead|Glade|Copse|Coppice|Dell|Pastures|Lawns|Crossway|Lawn|Drove|Heath"
    # their abbreviations ("24 <Name> Cl", "3 <Name> Pde", "9 <Name> Gdns")
    r"|Cl|Pde|Crt|Gdns|Grn"
    # Australian and New Zealand street types
    r"|Circuit|Cct|Esplanade|Esp|Promenade|Concourse|Outlook|Retreat|Link|Crest|Boulevarde|Tce|Strand"
    # Canadian prairie and Australian bays, Indian housing societies
    r"|Bay|Society"
)
UNIT = (
    r"(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Room|Rm|Bldg|Building|Flat|No|#|Lot|Trlr|Trailer|Spc|Space)"
    r"\.?\s*#?\s*[A-Za-z0-9\-]{1,6}|[ \t]+(?:Upper|Lower|Rear|Front|Bsmt|Basement)\b)?"
)
CAP = r"[A-Z0-9][A-Za-z0-9'.\-]*"


_NUMBER_STREET_GAP = re.compile(r"[0-9]+(?:\s?(?:bis|ter))?,?(?P<gap>\s+)(?P<w>[A-Za-z]+)", re.I)


def _v_number_first_street(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """Not a reference's or a date's last part ("REF/1187/40213   Route", "04/16/2023 via NBO"): no slash
    or dash before the number, no column gap after it, and English "via" is no Italian street."""
    s = m.start("v")
    g = _NUMBER_STREET_GAP.match(m.group("v"))
    if s > 0 and text[s - 1] in "/-.":
        return None
    if g is not None and (len(g.group("gap")) > 1 or g.group("w") == "via"):
        return None
    return _v_address(text, m)


# words no street is named by: "MSG 1 1402 FOR DR OKAFOR" is a pager line, no "1402 For Drive"
_FUNCTION_WORD = re.compile(r"(?i)[ \t](?:for|to|by|from|with|and|the|of|at|re|per|via|then|call|page)[ \t]")


def _clock_then_words(v: str) -> bool:
    """"1320 TO DR <NAME>", "1245 DROP MAIN LAB": a pager or courier log's clock time, then ordinary words,
    not a four-digit postcode and its town ("1320 GENVAL")."""
    from phigate.engine import lexicon

    num, _, rest = v.partition(" ")
    if len(num) != 4 or not num.isdigit() or int(num[:2]) > 23 or int(num[2:]) > 59:
        return False
    first = rest.split(None, 1)[0].lower() if rest.strip() else ""
    return first in lexicon.common_words() and first not in lexicon.cities()


def _v_address(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    s = m.start("v")
    if s > 0 and text[s - 1] == ":" and m.group("v")[:1].isdigit():
        return None  # "16:47:35 PT": a clock time and its zone, not "12 Point"
    v = m.group("v")
    if v.endswith("'") and v.count("'") % 2 == 1:  # "$3 = '18 impasse des Roches'": the quote closes it
        return s, s + len(v) - 1, T.ADDRESS
    return _span(m, T.ADDRESS)


# the last word of many towns' names ("Dunmarrow Station", "Quellsky Gap", "Brindwick Junction"): ordinary
# words, but before ", <state>" they end a place's name
PLACE_SUFFIXES = frozenset([
    "station", "junction", "springs", "spring", "falls", "gap", "bend", "crossing", "crossroads",
    "lake", "lakes", "creek", "hill", "hills", "valley", "city", "park", "beach", "heights", "ridge",
    "prairie", "cove", "terrace", "harbor", "harbour", "landing", "mills", "mill", "bluff", "bluffs",
    "point", "village", "grove", "forks", "fork", "hollow", "run", "corner", "corners", "ferry", "ford",
    "glen", "island", "mountain", "plains", "rapids", "shores", "summit", "wells", "woods", "meadows",
    "patch", "flat", "flats", "tank", "slough", "mesa", "wash", "spur", "pines", "oaks", "canyon",
    "county", "town", "center", "centre", "square", "bay", "port", "haven", "view", "vista", "yard",
    "gardens", "commons", "estate", "narrows", "downs", "green", "end", "fields", "vale", "dale", "moor",
    "wood", "settlement", "township", "tanks", "reach", "gully", "heath",
])


# a town's label, or a verb of living in or coming from it in other languages ("wohnt in", "natural de",
# "bor i"): the prose-places rule and its prefilter share them
_PLACE_WORDS_ABROAD = (
    r"|city|town|village|wohnt in|wohnhaft in|Wohnort|Stadt|Ort|vive en|reside en|ciudad|localidad|habite a"
    r"|vit a|ville|vive a|abita a|citta|mieszka w|miasto|miejscowosc|song tai|que quan"
    r"|depuis|desde|natural de|natural da|natural do|reste a|demeure a|bor i|bor pa|bodde i|woont te"
    r"|lebt in|vive em|mora em|reside em|risiede a|habita en|viu a|viu en|kommer fra|kommer fran|kommt aus"
    r"|vient de|viene de|vem de|viene da|afkomstig uit"
    # where a form was signed or someone born: "Fait à <town>, le ...", "né(e) le 03/05/1941 à <town>"
    r"|(?i:fait a|ne a|nee a|ne\(e\) a|nato a|nata a|nacido en|nacida en|geboren in|geboren te|nascido em"
    r"|nascida em|le [0-9]{1,2}[./\-][0-9]{1,2}[./\-][0-9]{2,4} a|le [0-9]{1,2}(?:er)? [a-z]{3,9} [0-9]{4} a)"
)
_PLACE_MORE = (
    r"|grew up in|raised in|originally from|hails from|native of|commutes? (?:from|to)|stays? in|staying in"
    r"|(?:summers|winters|weekends|holidays|vacations?|vacationing|vacationed|holidayed) (?:in|at)"
    r"|(?:spends?|spent) (?:the )?(?:summers?|winters?|weekends?|holidays?) (?:in|at)"
    r"|(?:pharmacy|clinic|practice|surgery|shelter|church|school|library|store|supermarket|gym|daycare"
    r"|group home|care home|nursing home|food bank|parish|mosque|synagogue|temple|hospital|centre|center"
    r"|urgent care|walk-in|office|lab|laboratory|hospice|infirmary|ER) (?:in|near)"
    r"|(?:just |right )?(?:outside(?: of)?|near|nearby) |(?:miles|mi|km|minutes|hours) from"
    # a home said by where it is: "his old address in <town>", "move house to <town>", "our flat in"
    r"|(?:address|house|home|flat|apartment|place|farm) in|(?:move|moving|moved) house to|moving to"
    # where the writer is, and where greetings come from: "we're in <town>", "love from <town>"
    r"|(?i:we're|we are|i'm|i am|we live|they're|they live|we're all|we're back|back home) in"
    r"|(?i:love|greetings|hello|hugs|prayers|thoughts|regards|best wishes) from|Born in|late of|formerly of"
)


# states, provinces and territories of Australia and Canada, as their addresses abbreviate them
_REGIONS_ABROAD = r"NSW|VIC|Vic|QLD|Qld|TAS|Tas|ACT|NT|SA|WA|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|PEI|YT|NU"
_POSTCODE = r"[0-9]{4,6}|[A-Z][0-9][A-Z][ \t]?[0-9][A-Z][0-9]"
_REGION = rf"(?:{_REGIONS_ABROAD}|[A-Z][a-z]+[ \t](?:State|Province|Region|Territory))\.?"
_REGION_POSTCODE = rf"{_REGION}[ \t]+(?:{_POSTCODE})"


def _v_district_word(m: re.Match[str]) -> tuple[int, int, T] | None:
    """Words no dictionary holds before the district's word: "Al Naseem district", not "The district",
    "School District"."""
    from phigate.engine import lexicon

    common = lexicon.common_words()
    if any(w.lower() in common for w in m.group("v").split()[:-1]):
        return None
    return _span(m, T.ADDRESS)


def _v_postcode_after_province(m: re.Match[str]) -> tuple[int, int, T] | None:
    """The region must be one the lexicon knows above state level (its last one to three words), the number
    no year."""
    from phigate.engine import lexicon

    v = m.group("v")
    if len(v) == 4 and v[:2] in ("19", "20"):
        return None
    words = m.group("r").lower().split()
    countries = lexicon.countries()
    known = any(" ".join(words[k:]) in countries for k in range(len(words)))
    if _STATE_RE.fullmatch(m.group("r")) or not known:
        return None  # a US state's ZIP has its own rules (the ZIP3 table)
    return _span(m, T.ZIP)


def _after_comma(text: str, s: int) -> bool:
    """The words start an address's item: a comma (and blanks) right before them."""
    return text[max(0, s - 3) : s].rstrip(" \t").endswith(",")


def _v_town_run(m: re.Match[str], *, listed: bool = False) -> tuple[int, int, T] | None:
    """The capitalised words a strong context places (a region and postcode after them, a form's box): all
    of them, ordinary words too ("Ilesa East"), less the leading ones that are words or headings. An item
    of an address after a comma is all town, ordinary words and all ("<street>, Smoky Lake Crossing AB")."""
    from phigate.engine import lexicon

    words = list(re.finditer(r"[A-Za-z'.\-]+", m.group("v")))
    excluded, common = lexicon.excluded(), lexicon.common_words()
    cities = lexicon.cities()
    if listed and len(words) > 1 and all(w.group()[:1].isupper() for w in words) \
            and not any(w.group().lower().strip(".") in excluded for w in words):
        base = m.start("v")
        return base + words[0].start(), base + words[-1].end(), T.ADDRESS
    while words:
        first = words[0].group().lower()
        if first.strip(".") in excluded or (first in common and len(words) > 1 and first not in cities):
            words.pop(0)
        else:
            break
    if not words or any(w.group().lower().strip(".") in excluded for w in words):
        return None
    if all(w.group().lower() in common for w in words) and words[0].group().lower() not in lexicon.cities():
        return None
    v = m.group("v")[words[0].start() : words[-1].end()]
    if _is_region(v):
        return None
    base = m.start("v")
    return base + words[0].start(), base + words[-1].end(), T.ADDRESS


# an inner capital after a word's first letters, unless those are a name's prefix (McAllen, DeKalb, LaGrange)
_CODE_IDENTIFIER = re.compile(r"\b(?!(?:Mc|Mac|De|La|Le|Du|Di|Da|Van|Von|St)[A-Z])[A-Z]?[a-z]+[A-Z]")


# the last word of a place that is an institution someone is sent to, not a town
_INSTITUTION_LAST = frozenset(
    ["house", "lodge", "shelter", "hostel", "refuge", "hospital", "hospice", "clinic"]
)


def _v_city_state(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon

    if _CODE_IDENTIFIER.search(m.group("v")):
        return None  # "the interval lives in MathUtil": a class, not a town (McAllen, DeKalb, LaGrange are)
    words = list(re.finditer(r"[A-Za-z'.\-]+", m.group("v")))
    if words and words[-1].group().lower() in _INSTITUTION_LAST:
        return None  # "discharged to <name> House", "moved to <name> Shelter": a hostel, not a town
    excluded = lexicon.excluded()
    common = lexicon.common_words()
    keep: list[re.Match[str]] = []
    pending: list[re.Match[str]] = []  # plain words ending the run: part of the name if a proper one precedes
    for w in reversed(words):
        k = w.group().lower().strip(".")
        if k in PLACE_SUFFIXES and not keep and not pending and len(words) > 1:
            keep.append(w)
            continue
        if k in excluded:
            break
        if k in common and not keep and k not in lexicon.cities():
            if len(pending) == 2:
                break
            pending.append(w)  # "<town> Mains", "<town> Bottoms", "<town> Upper": a town's second word
            continue
        keep.extend(pending)
        pending = []
        keep.append(w)
        if len(keep) >= 3:
            break
    if not keep:
        return None
    base = m.start("v")
    if _is_region(m.group("v")[keep[-1].start() : keep[0].end()]):
        return None  # "moved from Puerto Rico", "lives in Texas": above the level Safe Harbor masks
    return base + keep[-1].start(), base + keep[0].end(), T.ADDRESS


ADDRESS_SPECS: list[PatternSpec] = [
    PatternSpec(
        "street-us",
        T.ADDRESS,
        # no letter before the number: "...a418c838, Spring Boot" is the tail of a UUID, not a house number;
        # no decimal: "Cr 2.47, Hgb 7.3. ECG ST dep" is lab values (a comma may be a CSV's: "1993,37 Oak Ln")
        rf"{{NBD}}(?<![A-Za-z])(?<![0-9]\.)(?P<v>[0-9]{{1,6}}[A-Za-z]?(?:-[0-9]+)?,?[ \t]+"
        r"(?:(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.?[ \t]+)?"
        # a name word before the suffix: "3+4, Wells" is no street
        rf"(?:(?![0-9]+[.,][0-9]){CAP}[ \t]+){{1,3}}(?:{STREET_SUFFIX}|{STREET_SUFFIX.upper()})\b\.?{UNIT})",
        validator=lambda text, m: None if _FUNCTION_WORD.search(m.group("v")) else _v_address(text, m),
        hs=rf"\s(?:{STREET_SUFFIX}|{STREET_SUFFIX.upper()})\b",
        window=90,
        back="digits",
    ),
    PatternSpec(  # an address built in code: Address("<street>", "<town>", "FL", "33957"): the town, the ZIP
        "quoted-town-state-zip",
        T.ADDRESS,
        r"[\"'](?P<v>[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){0,3})[\"'],[ \t]*"
        r"[\"'](?P<st>[A-Z]{2})[\"'],[ \t]*[\"'](?P<z>[0-9]{5}(?:-[0-9]{4})?)[\"']",
        validator=lambda text, m: _span(m, T.ADDRESS) if _STATE_RE.fullmatch(m.group("st")) else None,
        window=60,
        hs=r"[\"'],[ \t]*[\"'][A-Z]{2}[\"'],[ \t]*[\"'][0-9]{5}",
    ),
    PatternSpec(
        "quoted-state-zip",
        T.ZIP,
        r"[\"'](?P<st>[A-Z]{2})[\"'],[ \t]*[\"'](?P<v>[0-9]{5}(?:-[0-9]{4})?)[\"']",
        validator=lambda text, m: _span(m, T.ZIP) if _STATE_RE.fullmatch(m.group("st")) else None,
    ),
    PatternSpec(
        "street-unit",
        T.ADDRESS,
        # a room only before a house number ("Room 12, 45 High St"): alone it is a hospital's or a clinic's
        r"\b(?P<v>(?:Apt|Apartment|Suite|Ste|Unit|Flat|Wohnung|Piso|Appartement|Interno|Mieszkanie)\.?\s*#?\s*"
        r"[0-9]+[A-Za-z]?|Room\s*#?\s*[0-9]+[A-Za-z]?(?=,?\s+[0-9]+[A-Za-z]?\s+[A-Z]))\b",
        validator=_v_address,
        hs=r"\b(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Wohnung|Piso|Appartement|Interno|Mieszkanie)\.?\s*#?\s*[0-9]",
    ),
    PatternSpec(
        "street-keyword-first",
        T.ADDRESS,
        r"\b(?P<v>(?:Calle|C/|Avenida|Avda\.?|Av\.|Paseo|Plaza|Camino|Carretera|Ronda|Travesia|Rambla|Via|Viale"
        r"|Piazza|Piazzale|Corso|Largo|Vicolo|Strada|Rua|Rue|Avenue|Boulevard|Bd\.?|Chemin|Allee|Impasse|Quai|Cours"
        r"|Ulica|ul\.|Ul\.|al\.|Al\.|Aleja|os\.|Osiedle|pl\.|Plac|Duong|Pho|Ngo|Hem|Jalan|Jl\.|Travessa"
        r"|Praca|Shari|Sharia|Shareh|Tariq|Haret|An der|Auf der|ulica|aleja|plac|osiedle|calle|avenida|Mtaa wa|Barabara ya|Njia ya|Titin|Kalye|Daan|Lorong"  # noqa: E501
        r"|Privada|Cerrada|Callejon|Andador|Prolongacion|Calzada|Circuito|Retorno|Beco|Ladeira|Estrada|Rodovia"
        r"|Alameda|Calea|Aleea|Str\.|Sos\.|Splaiul|Intrarea|rue|chemin|allee|impasse|boulevard)"
        r"\s+(?:(?:de|del|de la|des|du|la|le|les|los|las|di"
        r"|della|dei|degli|delle|d'|l'|do|da|dos|das|al|el)\s*)*[A-Z0-9][A-Za-z0-9'.\-]*(?:\s+(?:(?:de|del|la|di"
        r"|della|du|des|al|el|los|las)\s+)?[A-Z][A-Za-z0-9'.\-]*){0,3},?\s*(?:[Nn][.?]?\s*|[Nn]o\.?\s*|[Nn]r\.?\s*"
        r"|#\s*)?[0-9]+[A-Za-z]?(?:/[0-9]+)?"
        # a Spanish floor and door: "Avenida de los <name>, 23, 4º D", "Calle <name> 14, 2.º izqda."
        # (the scan text folds "º" and "ª" to "o" and "a")
        r"(?:,?[ \t]*[0-9]{1,2}[ \t]?\.?(?:[ºª°]|[oa](?![A-Za-z0-9]))[ \t]?"
        r"(?:[A-H](?![A-Za-z])|izq(?:da|uierda)?\.?|dcha\.?|derecha)?)?)",
        validator=_v_address,
        hs=r"\b(?:Calle|C/|Avenida|Avda\.?|Av\.|Paseo|Plaza|Camino|Carretera|Ronda|Travesia|Rambla|Via|Viale"
        r"|Piazza|Piazzale|Corso|Largo|Vicolo|Strada|Rua|Rue|Avenue|Boulevard|Bd\.?|Chemin|Allee|Impasse|Quai|Cours"
        r"|Ulica|ul\.|Ul\.|al\.|Al\.|Aleja|os\.|Osiedle|pl\.|Plac|Duong|Pho|Ngo|Hem|Jalan|Jl\.|Travessa"
        r"|Praca|Shari|Sharia|Shareh|Tariq|Haret|An der|Auf der|ulica|aleja|plac|osiedle|calle|avenida|Mtaa wa|Barabara ya|Njia ya|Titin|Kalye|Daan|Lorong"  # noqa: E501
        r"|Privada|Cerrada|Callejon|Andador|Prolongacion|Calzada|Circuito|Retorno|Beco|Ladeira|Estrada|Rodovia"
        r"|Alameda|Calea|Aleea|Str\.|Sos\.|Splaiul|Intrarea|rue|chemin|allee|impasse|boulevard)\s+[A-Za-z0-9]",
    ),
    PatternSpec(
        "street-number-first-intl",
        T.ADDRESS,
        r"{NBD}(?P<v>[0-9]{1,5}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|chemin|allee|impasse|place|quai"
        r"|route|cours|via|viale|calle|avenida|rua"
        # the street word of more languages, house number first (the scan copy has no accents): Breton,
        # Gaelic, Irish, Welsh, Catalan, Albanian, Baltic, Hungarian, Slavic, Turkish, Malay, Tagalog,
        # Swahili, Greek (romanised), Nordic, Dutch
        r"|straed|hent|sraid|bothar|stryd|heol|ffordd|carrer|rruga|iela|gatve|tanav|utca|ulica|ulice|cesta|sokak"
        r"|caddesi|jalan|lorong|kalye|barabara|mtaa|odos|gade|gata|vej|laan|dreef|kade)"
        r"\s+(?:(?:de|du|des|la|le|l'|d')\s*)*[A-Za-z][A-Za-z'\-]*"
        r"(?:\s+(?-i:[A-Z])[A-Za-z'\-]*){0,3})",  # more words only capitalised: "... and 12 Heol y ..." stops
        caseless=True,
        validator=lambda text, m: _v_number_first_street(text, m),
    ),
    PatternSpec(
        "street-de",
        T.ADDRESS,
        r"\b(?P<v>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*(?:strasse|strase|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee"
        r"|steig|pfad|markt|graben|kamp|stieg|twiete|zeile"
        # Nordic and Finnish compounds: "Ringstigen 9", "Storgatan 12", "Mannerheimintie 5"
        r"|gatan|vagen|stigen|grand|backen|torget|leden|vej|gade|veien|vegen|gata|stien|bakken|torvet|tie|katu"
        r"|kuja|polku)\s*[0-9]+\s?[a-z]?)\b",
        validator=_v_address,
    ),
    PatternSpec(  # the name, then the street word, then the number: "Dunaujvarosi utca 243"
        "street-name-word",
        T.ADDRESS,
        r"\b(?P<v>[A-Z][A-Za-z'\-]+(?:[ \t][A-Z][A-Za-z'\-]+)?[ \t](?:utca|ut|ter|korut|ulica|iela|gatve"
        r"|prospektas|prospekts|sokak|sokagi|caddesi|cesta|ulice|trg|namestie|aleja|bulvar|bulevar|rruga|tanav|maantee|gasse"
        r"|straat|laan|gate|gata|vej|gade)\.?[ \t][0-9]{1,4}[a-z]?(?:/[0-9]{1,4})?)\b",
        validator=_v_address,
    ),
    PatternSpec(  # Dutch and Flemish streets: "Sint Jorisstraat 8", "Jufferenwal 63-K", "Grote Noord 41bis"
        "street-nl",
        T.ADDRESS,
        r"\b(?P<v>(?:(?:Sint|St\.|Van|De|Den|Oude|Nieuwe|Korte|Lange|Grote|Kleine|Hoge|Lage|Burgemeester|Dokter"
        r"|Prins|Prinses|Koning|Koningin|Graaf|Heer)\s+)?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*(?:straat|laan|gracht|kade"
        r"|singel|dijk|dreef|plein|steeg|wal|pad|hof|weg|baan|veld|park|erf|hoven|kamp|burgwal|vest|zijde)"
        r"\s*[0-9]{1,4}(?:\s?[a-z](?![a-z])|-[A-Z0-9]{1,3}(?![A-Za-z0-9])|bis|ter)?)",
        validator=_v_address,
        hs=r"\b(?:(?:Sint|St\.|Van|De|Den|Oude|Nieuwe|Korte|Lange|Grote|Kleine|Hoge|Lage|Burgemeester|Dokter"
        r"|Prins|Prinses|Koning|Koningin|Graaf|Heer)\s+)?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*(?:straat|laan|gracht|kade"
        r"|singel|dijk|dreef|plein|steeg|wal|pad|hof|weg|baan|veld|park|erf|hoven|kamp|burgwal|vest|zijde)"
        r"\s*[0-9]",
    ),
    PatternSpec(  # Turkish: "Cumhuriyet Cad. No: 52/4", "Gazi Mah. Cinarli Sk. No:99 D:4"
        "street-tr",
        T.ADDRESS,
        r"\b(?P<v>(?:[A-Z][a-z]+\s+){1,3}(?:Mah(?:allesi)?\.?\s+(?:[A-Z][a-z]+\s+){1,3})?"
        r"(?:Cad(?:desi)?\.?|Cd\.|Sk\.|Sok(?:ak|agi)?\.?|Bulv(?:ari)?\.?|Blv\.)\s*"
        r"(?:No\s*:?\s*[0-9]{1,4}(?:/[0-9A-Z]{1,3})?(?:\s*D\s*:\s*[0-9]{1,3})?)?)",
        validator=_v_address,
    ),
    PatternSpec(
        "street-de-2",
        T.ADDRESS,
        r"\b(?P<v>[A-Z][A-Za-z\-]+\s+(?:Strasse|Strase|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer)\s*[0-9]+\s?[a-z]?)\b",
        validator=_v_address,
    ),
    PatternSpec(
        "street-pinyin",
        T.ADDRESS,
        r"\b(?P<v>(?:[A-Z][a-z]+\s){1,2}(?:Lu|Jie|Dajie|Dadao|Hutong|Xiang|Nongtang|Lane|Road)\s*[0-9]+"
        r"(?:\s*(?:Hao|hao)\b)?)",  # (the space after the number stays outside: "Lane 12 now")
        validator=_v_address,
    ),
    PatternSpec(
        "district",
        T.ADDRESS,
        r"\b(?P<v>(?:Phuong|Quan|Huyen|Xa|Tinh|Thanh pho|TP\.|Thon|Khu pho)\s+[A-Z0-9][A-Za-z0-9]*(?:\s+[A-Z][A-Za-z]*){0,3}"  # noqa: E501
        r"|(?:Mc|Mac|O'|De|La|St\.\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:County|Parish|Borough|Township|Qu|Xian|Zhen|Cun"
        r"|District|LGA|Tehsil|Taluk"
        r"|Mandal|Kreis|Landkreis|Gemeinde|Comune|Municipio|Powiat|Gmina|Arrondissement))\b",
        validator=_v_address,
    ),
    PatternSpec(  # a numbered city district inside an address: "..., ap. 29, Sector 3, Bucuresti", "Bezirk 5"
        "district-number",
        T.ADDRESS,
        r",[ \t](?P<v>(?:Sector|Sektor|Bezirk|Distrito|Rayon)[ \t][0-9]{1,2})(?![0-9])",
        validator=_v_plain(T.ADDRESS),
        hs=r",[ \t](?:Sector|Sektor|Bezirk|Distrito|Rayon)[ \t][0-9]",
    ),
    PatternSpec(
        "postcode-city",
        T.ADDRESS,
        r"(?:^|[,\n;]\s*|\s{2,})(?P<v>(?:[A-Z]{1,2}-[0-9]{3}|(?:[A-Z]{1,2}-)?(?:[0-9]{5}|[0-9]{4}|[0-9]{2}-[0-9]{3}))"
        # one line, one space: "1939   Chart#" across a column gap is a year and the next column's label
        r"[ \t][A-Z][A-Za-z\-]+(?:[ \t]+(?:am|an|im|de|di|sur|[A-Z][A-Za-z\-]+)){0,2})",
        validator=lambda text, m: None if _clock_then_words(m.group("v")) else _v_address(text, m),
    ),
    PatternSpec(
        "pin-city",
        T.ADDRESS,
        r"\b(?P<v>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*[-,]\s*[0-9]{3}\s?[0-9]{3})(?![0-9])",
        validator=_v_address,
        hs=r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*[-,]\s*[0-9]{3}\s?[0-9]{3}",
    ),
    PatternSpec(
        "city-state",
        T.ADDRESS,
        rf"\b(?P<v>[A-Z][A-Za-z'.\-]+(?:\s[A-Z][A-Za-z'.\-]+){{0,3}}),\s*(?:{US_STATES})(?![A-Za-z])",
        validator=_v_city_state,
        hs=rf"\b[A-Z][A-Za-z'.\-]+(?:\s[A-Z][A-Za-z'.\-]+){{0,3}},\s*(?:{US_STATES})",
    ),
    PatternSpec(  # no comma, then a ZIP code: "both from <town> CA 92683", "<town> Grove CA 92840-1234"
        "city-state-zip",
        T.ADDRESS,
        rf"\b(?P<v>[A-Z][A-Za-z'.\-]+(?:[ \t][A-Z][A-Za-z'.\-]+){{0,1}})[ \t]+(?:{US_STATES})[ \t]+"
        r"[0-9]{5}(?:-[0-9]{4})?(?![0-9])",
        validator=_v_city_state,
        hs=rf"\b[A-Z][A-Za-z'.\-]+(?:[ \t][A-Z][A-Za-z'.\-]+){{0,1}}[ \t]+(?:{US_STATES})[ \t]+[0-9]{{5}}",
    ),
    # a town before a state or province and its postcode outside the US: "Kooringal, QLD 4040", "Ilesa East,
    # Osun State 232104", "Gatineau, QC J8T 4L6" (the region stays)
    PatternSpec(
        "town-region-postcode",
        T.ADDRESS,
        rf"\b(?P<v>[A-Z][A-Za-z'.\-]+(?:[ \t][A-Z][A-Za-z'.\-]+){{0,3}}),?[ \t]+{_REGION_POSTCODE}"
        r"(?![0-9A-Za-z])",
        validator=lambda text, m: _v_town_run(m, listed=_after_comma(text, m.start("v"))),
        hs=rf"[A-Za-z'.\-],?[ \t]+{_REGION_POSTCODE}",
        window=60,
    ),
    # a claim form's box, no colon: "CITY Kettering Falls          STATE MO"
    PatternSpec(
        "form-city",
        T.ADDRESS,
        r"(?:^|(?<=\n)|(?<=[ \t]{2}))(?:CITY|TOWN|CITY/TOWN)[ \t]+"
        r"(?P<v>[A-Z][A-Za-z'\-]+(?:[ \t][A-Z][A-Za-z'\-]+){0,3})(?=[ \t]{2,}|[ \t]*(?:\r?\n|$))",
        validator=lambda text, m: _v_town_run(m),
        hs=r"(?:CITY|TOWN)[ \t]+[A-Z]",
    ),
    # where someone lives or comes from, in languages that decline the town after it ("mieszka sama w
    # Łowiczu", "žije v Písku", "Asuu yksin Kajaanissa", "dojeżdża z Radomia", "hringdi frá Húsavík");
    # the scan copy has no accents
    PatternSpec(
        "place-cue-declined",
        T.ADDRESS,
        r"\b(?i:mieszka(?:ja)?|zamieszkal[ay]?|zyje|zije|bydli|asuu|asuvat|elab|elavad|gyvena|dzivo|byr|wohnt"
        r"|lebt|lakik|dojezdza|przyjechal[ay]?|przywieziona?|privezena?|prijela?|hringdi|atbraukt|kay)"
        r"(?:[ \t][a-z]+){0,2}?[ \t](?:(?i:w|we|v|ve|z|ze|na|in|a|i|u|no|fra|iz)[ \t])?"
        r"(?P<v>[A-Z][A-Za-z'\-]+(?:[ \t][A-Z][A-Za-z'\-]+){0,2})",
        validator=_v_city_state,
    ),
    # a locality by the word before it: "Kel. Sukamaju, Kec. Cibeunying", "Col. Roma Norte", "Fracc. Jardines
    # del Valle", "Dist. <district>", "Brgy. San Isidro", "Alc. Coyoacán"
    PatternSpec(
        "locality-prefix",
        T.ADDRESS,
        r"\b(?P<v>(?:Kel\.|Kelurahan|Kec\.|Kecamatan|Desa|Kab\.|Kabupaten|Dusun|Brgy\.|Barangay|Col\.|Colonia"
        r"|Fracc\.|Fraccionamiento|Alc\.|Alcald[ií]a|Del\.|Delegaci[oó]n|Dist\.|Mohalla|Tehsil|Taluka?|Mandal"
        r"|Bairro|Quartiere|Frazione|Ortsteil|Gemeinde|Ward No\.)[ \t]+"
        r"[A-Z][\w'\-]+(?:[ \t](?:(?:de|del|de la|los|las|da|do|dos|das|di|y)[ \t])?[A-Z][\w'\-]+){0,3})",
        validator=lambda text, m: _v_locality(m),
    ),
    PatternSpec(  # a district, a ward, a colony by its word: "Al Naseem district", "Gandhi Nagar"
        "district-word",
        T.ADDRESS,
        r"\b(?P<v>(?:[A-Z][\w'\-]+[ \t]){1,3}(?:district|District|Subdistrict|subdistrict|Colony|colony"
        r"|Nagar|Layout|Barangay|Purok|Sector|Mohalla|Tehsil|Taluk|Mandal))\b",
        validator=lambda text, m: _v_district_word(m),
    ),
    PatternSpec(  # a postcode after a province abroad: "Malolos, Bulacan 3000", "Kerala PIN 682001"
        "postcode-after-province",
        T.ZIP,
        r"(?P<r>[A-Z][\w'\-]+(?:[ \t](?!PIN\b)[A-Z][\w'\-]+){0,2}),?[ \t]+(?:PIN[ \t]*:?[ \t]*)?"
        r"(?P<v>[0-9]{4,6}|[0-9]{3}-[0-9]{4}|[0-9]{5}-[0-9]{3})(?![0-9\-])",
        validator=lambda text, m: _v_postcode_after_province(m),
        hs=r"[A-Za-z'\-],?[ \t]+(?:PIN[ \t]*:?[ \t]*)?[0-9]{3,6}",
        window=40,
    ),
    PatternSpec(
        "postcode-after-region",
        T.ZIP,
        rf"[A-Za-z'.\-],?[ \t]+{_REGION}[ \t]+(?P<v>{_POSTCODE})(?![0-9A-Za-z])",
        hs=rf"[A-Za-z'.\-],?[ \t]+{_REGION}[ \t]+(?:{_POSTCODE})",
    ),
    PatternSpec(  # a form's address line: "Adress: Storgatan 27, 412 63 Göteborg", "Ktovet: Rehov ..."
        "address-label",
        T.ADDRESS,
        # or no colon before a house number and a capitalised name: "địa chỉ 25 Lý Thường Kiệt, Hà Nội"
        rf"(?<![\w.,;'\"/-])(?:{ADDRESS_LABELS})"
        # or said: "my address is <Street> 112-B, ...", "mijn adres is ...", "mon adresse est ..." (a capital,
        # then a number soon)
        r"(?:\s*[:=]|[ \t]+(?=[0-9]{1,5}[A-Za-z]?,?[ \t]+(?-i:[A-Z]))"
        r"|[ \t]+(?P<said>is|ist|est|es|e|er|era|was|now|still)(?:[ \t]+(?:still|now))?[ \t]+"
        r"(?=[0-9]{1,5}[A-Za-z]?,?[ \t]+(?-i:[A-Z])"
        r"|(?-i:[A-Z])[A-Za-z'\-]*(?:[ \t][A-Za-z'\-]+){0,2},?[ \t][0-9]))"
        # the value ends where a bar or a middle dot ("?" in the scan copy) opens the line's next field
        r"\s*(?P<v>(?:(?![ \t][|?][ \t])[^\n]){3,160})",
        caseless=True,
        validator=_v_address_label,
        hs=rf"(?:{ADDRESS_LABELS})(?:\s*[:=]|[ \t])",  # (the connectors too make it too large for Hyperscan)
    ),
    PatternSpec(  # where someone lives, said in West Slavic prose: "bytem <street> 512, 683 41 <town>" (Czech
        # "residing at"), "býva v <town>, <street> 318" (Slovak), "bydlí v", "mieszka w", "zam." (Polish)
        "address-resides",
        T.ADDRESS,
        r"\b(?:(?:trvale|trvalo)[ \t]+)?(?:bytem|bytom|bydli[ \t]+ve?|byva[ \t]+ve?|mieszka[ \t]+w"
        r"|zamieszka(?:ly|la|li|le)(?:[ \t]+w)?|zam\.)[ \t]+(?P<v>(?-i:[A-Z])[^\n;()\[\]]{2,100})",
        caseless=True,
        validator=_v_address_label,
        hs=r"\b(?:bytem|bytom|bydli[ \t]+ve?|byva[ \t]+ve?|mieszka[ \t]+w|zamieszka(?:ly|la|li|le)|zam\.)"
        r"[ \t]+[A-Z]",
    ),
    PatternSpec(  # a form's birth date: "data rozhdeniya: 13 iyunya 1969 g.", "Syntymäaika: 3.2.1950"
        "dob-label",
        T.DATE,
        # (?!\w): "geb" must not take "geboren" apart ("geb|oren 14-03-1945" read "oren" as a month)
        # the value ends where the validator cuts it anyway (";", "|", brackets): the next label is read too
        rf"\b(?:{DOB_LABELS})(?!\w)\s*[:=.]?\s*(?P<v>[0-9][^\n;|()\]]{{2,40}}"
        rf"|[A-Za-z]{{3,12}}\.?\s+[0-9][^\n;|()\]]{{1,30}})",
        caseless=True,
        validator=_v_dob_label,
        hs=rf"\b(?:{DOB_LABELS})",
    ),
    PatternSpec(  # rural, highway-contract and military addresses: "Rural Route 3, Box 284", "PSC 35, Box 7"
        "route-box",
        T.ADDRESS,
        r"\b(?P<v>(?:Rural Route|R\.?R\.?|RFD|HC|Highway Contract|Star Route|PSC|CMR|Unit)\s*[0-9]{1,5},?\s*"
        r"Box\s*[0-9]{1,6}(?:,?\s*(?:APO|FPO|DPO)\s*(?:AE|AP|AA)\s*[0-9]{5})?|(?:APO|FPO|DPO)\s+(?:AE|AP|AA)\s+[0-9]{5})",
        validator=_v_plain(T.ADDRESS),
    ),
    PatternSpec(  # initials, then the particles of a Dutch, French, Portuguese or German family name:
        # "J.H. van der <Family>", "T. de <Family>", "A. dos <Family>"; a given name before Dutch compound
        # particles: "<Given> van der <Family>", "<Given> in 't <Family>", "<Given> op de <Family>"
        "particle-name",
        T.NAME,
        r"(?<![\w.'’])(?P<v>(?:[A-Z]\.){1,3}[ \t]?(?:(?:van|de|den|der|ter|ten|te|in|op|uit|'t|het|von|zu|du"
        r"|da|dos|das|do|del|della|di|le|la)[ \t]){1,3}[A-Z][a-z'’\-]+"
        r"|[A-Z][a-z]{2,}[ \t](?:van der|van den|van de|van 't|in 't|in het|op de|op den|op 't|uit de|uit den"
        r"|ter|ten)[ \t][A-Z][a-z'’\-]+)(?![\w'’])",
        validator=lambda text, m: _v_particle_name(m),
        # (the prefilter starts where the value does; "<Word> in " alone, frequent in English, is no hit)
        hs=r"(?:[A-Z]\.){1,3}[ \t]?(?:van|de|den|der|ter|ten|te|in|op|uit|'t|het|von|zu|du|da|dos|das|do|del"
        r"|della|di|le|la)[ \t]"
        r"|[A-Z][a-z]{2,}[ \t](?:van d|van 't|in 't|in het|op de|op den|op 't|uit de|ter |ten )",
    ),
    # a name with its patronymic connector: "<Given> binti <Father>", "<GIVEN> BIN <FATHER>", "ibn", and the
    # family name joined by "al-" after it ("<given> bint <father> al-<family>")
    PatternSpec(
        "patronymic-bin",
        T.NAME,
        r"(?<![\w'])(?P<v>[A-Z][a-z'’\-]+(?:[ \t][A-Z][a-z'’\-]+)?[ \t](?:bin|binti|bint|bte|ibn)[ \t]"
        r"[A-Z][a-z'’\-]+(?:[ \t][A-Z][a-z'’\-]+)?(?:[ \t](?:al|el)-[A-Z][a-z'’]+)?"
        r"|[A-Z]{2,}(?:[ \t][A-Z]{2,})?[ \t](?:BIN|BINTI|BINT|BTE|IBN)[ \t][A-Z]{2,}(?:[ \t][A-Z]{2,})?)"
        r"(?![\w'])",
        validator=_v_plain(T.NAME),
        hs=r"[A-Za-z][ \t](?:bin|binti|bint|bte|ibn|BIN|BINTI|BINT|BTE|IBN)[ \t][A-Z]",
        window=60,
    ),
    # an SSN masked but for its last four digits ("xxx-xx-4417", "***-**-4417"): they still identify
    PatternSpec(
        "ssn-masked-last-four",
        T.SSN,
        r"(?<![\w*#])(?:[xX]{3}|\*{3}|#{3})-(?:[xX]{2}|\*{2}|#{2})-(?P<v>[0-9]{4})(?![0-9])",
        validator=_v_plain(T.SSN),
        hs=r"(?:[xX]{3}|\*{3}|#{3})-(?:[xX]{2}|\*{2}|#{2})-[0-9]{4}",
    ),
    PatternSpec(  # a house on a numbered road: "4820 Hwy 61 N", "112 State Route 9", "2301 FM 1960 W"
        "numbered-road",
        T.ADDRESS,
        r"{NBD}(?P<v>(?:[0-9]{1,6}[ \t]+"
        r"(?:(?:U\.?S\.?|State|County|Old|Farm to Market|Ranch to Market)[ \t]+)?"
        r"(?:Highway|Hwy|Route|Rte)\.?[ \t]?#?[0-9]{1,4}[A-Z]?"
        r"|[0-9]{2,6}[ \t]+(?:County[ \t]+(?:Road|Rd)\.?|SR|CR|FM|RM)[ \t]?-?[ \t]?[0-9]{1,4}[A-Z]?)"
        r"(?:[ \t](?:[NSEW]|North|South|East|West)(?![A-Za-z]))?){NA}",
        validator=_v_plain(T.ADDRESS),
        hs=r"{NBD}[0-9]{1,6}[ \t]+(?:U\.?S\.?[ \t]+|State[ \t]+|County[ \t]+|Old[ \t]+|Farm to Market[ \t]+"
        r"|Ranch to Market[ \t]+)?(?:Highway|Hwy|Route|Rte|Road|Rd|SR|CR|FM|RM)[ \t.#-]*[0-9]",
    ),
    PatternSpec(
        "place-cue",
        T.ADDRESS,
        r"\b(?:lives in|living in|lives at|resides in|resident of|residing in|moved to|moved from|born in|hometown"  # noqa: E501
        r"|(?i:discharged home to|discharged to|returned home to|relocated to|travell?ed (?:from|to))"
        # someone coming or calling from a place: "rang from <town>", "cannot travel alone from <town>"
        r"|(?i:rang|phoned|called|calling|came|comes|drove|flew|flown in|travel|travelling|traveling|visiting"
        r"|down|up|over|visits|visited|way|phone|drives|driving|travels|coming|arrived|arriving|returns)"
        r"(?:[ \t](?:alone|here|in|back|over|down|up|out|today|yesterday))?[ \t]from"
        # a few words between: "lives w sister Ana in", "lives about 20 min away in", "wants to go home to"
        r"|(?i:lives)(?:[ \t][\w'\-]+){1,5}?[ \t]in|(?:go|going|get|went|return|returned|sent) home to"
        r"|(?:at|from) (?:church|school|work|home) in"
        # where someone is from, stays or goes, and the places near it: "grew up in", "summers in", "near"
        + _PLACE_MORE
        + _PLACE_WORDS_ABROAD + r")\s*:?\s*"
        r"(?P<v>[A-Z][A-Za-z'\-]+(?:\s[A-Z][A-Za-z'\-]+){0,2})",
        validator=_v_city_state,
        hs=r"\b(?:lives in|living in|lives at|resides in|resident of|residing in|moved to|moved from|born in|hometown"  # noqa: E501
        r"|(?i:discharged home to|discharged to|returned home to|relocated to|travell?ed (?:from|to))"
        # someone coming or calling from a place: "rang from <town>", "cannot travel alone from <town>"
        r"|(?i:rang|phoned|called|calling|came|comes|drove|flew|flown in|travel|travelling|traveling|visiting"
        r"|down|up|over|visits|visited|way|phone|drives|driving|travels|coming|arrived|arriving|returns)"
        r"(?:[ \t](?:alone|here|in|back|over|down|up|out|today|yesterday))?[ \t]from"
        r"|(?i:lives)[ \t]|home to|(?:church|school|work|home) in"
        + _PLACE_MORE
        + _PLACE_WORDS_ABROAD + r")",
        window=60,
    ),
]
ADDRESS_SPECS.append(
    PatternSpec(
        "street-vi",
        T.ADDRESS,
        r"\b(?P<v>(?:So|so|Khom|Khu|Ngo|Ngach|Hem|Kiet)\s+[0-9]+(?:/[0-9]+)*(?:,?\s+(?:duong|Duong|pho|Pho|Phuong|phuong"
        r"|so|So|Khom|Khu|To|Ap|Thon|Xom|[A-Z][a-z]+|[0-9]+(?:/[0-9]+)*))*"
        r"|[0-9]+/[0-9]+(?:/[0-9]+)*\s+(?:duong|Duong|pho|Pho|Khom|Khu|Ngo|Hem)\b(?:\s+(?:so|So|[A-Z][a-z]+|[0-9]+))*"
        r"|(?:thanh pho|thi xa|thi tran|tinh|quan|huyen|phuong|xa)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})",
        validator=_v_address,
        hs=r"\b(?:So|so|Khom|Khu|Ngo|Ngach|Hem|Kiet)\s+[0-9]|\b[0-9]+/[0-9]+(?:/[0-9]+)*\s+(?:duong|Duong|pho|Pho|Khom"
        r"|Khu|Ngo|Hem)\b|\b(?:thanh pho|thi xa|thi tran|tinh|quan|huyen|phuong|xa)\s+[A-Z]",
    )
)
# words that end the name of a settlement and hardly anything else: after them even an ordinary word is the
# place's ("in Walnut Bayou", "from Vista Flats", "in Lumberyard Hollow")
_SETTLEMENT_ENDS = {"Bayou", "Flats", "Hollow", "Crossroads", "Landing", "Corners", "Wick", "Siding",
                    "Outstation",
                    "Gully", "Forks", "Bluffs", "Springs", "Falls", "Junction"}
# a locality named after a preposition by its landform or settlement word, with no town list to vouch for it:
# "of <Unlisted> Fork Landing", "from <Unlisted> Valley Road End", "just outside <Unlisted> Upper"
_LOCALITY_ENDS = "|".join(sorted(
    {w.capitalize() for w in PLACE_SUFFIXES} | {"Rise", "Cross", "Upper", "Lower", "Line", "Heath", "Brook"}
    | _SETTLEMENT_ENDS, key=lambda w: (-len(w), w)))
ADDRESS_SPECS.append(
    PatternSpec(
        "locality-word",
        T.ADDRESS,
        # after a preposition, or alone in brackets: "a fall at home (<Unlisted> Flats)"; or the last part
        # of an address or a signature after a comma: "GP: Dr <name>, <Unlisted> Lake" (see the validator)
        r"(?:\b(?:from|of|in|on|near|outside|at|to|around)[ \t]+|\((?=[^()\n]{3,40}\))|,[ \t]+)"
        r"(?P<v>[A-Z][a-z'\-]{2,}(?:[ \t][A-Z][a-z'\-]+){0,2}"
        rf"[ \t](?:{_LOCALITY_ENDS}))\b(?![ \t]+[A-Z])",
        validator=lambda text, m: _v_locality_word(m),
        hs=rf"[ \t](?:{_LOCALITY_ENDS})\b",
        window=70,
    )
)
SPECS.extend(ADDRESS_SPECS)


_NOT_A_PLACE_WORD = frozenset(["the", "a", "an", "his", "her", "their", "our", "my", "your", "this",
                               "that", "no",
                               "any", "some", "emergency", "hard", "soft", "safe", "crash", "forced",
                               "water"])


_LIST_END = re.compile(r"[ \t]*(?:[(.;,\r\n]|$)")


def _v_locality_word(m: re.Match[str]) -> tuple[int, int, T] | None:
    """The first word in no dictionary, list of organisations or departments ("Central Park", "Medical
    Center", "North End" stay), the place no region."""
    from phigate.engine import lexicon
    from phigate.engine.names import DEPARTMENT, ORG_WORDS

    if m.group(0)[0] == "," and not _LIST_END.match(m.string, m.end()):
        return None  # "Tea, Coffee Hill Estate blend": after a comma only a place that ends its line or item
    words = [w.lower() for w in m.group("v").split()]
    common = lexicon.common_words()
    ordinary = words[0] in common and not (
        len(words) == 2 and m.group("v").split()[-1] in _SETTLEMENT_ENDS and not m.group(0).startswith("(")
        and words[0] not in _NOT_A_PLACE_WORD and not words[0].endswith(("ing", "ed")))
    if ordinary or words[0] in lexicon.excluded() or any(w in ORG_WORDS or DEPARTMENT(w) for w in words):
        return None
    if _is_region(m.group("v")):
        return None
    return _span(m, T.ADDRESS)


# a date and a time of day written after it ("06/18/2018 0540", "2018-04-11 23"): the date detectors
# mask the date; the time is no identifier (Safe Harbor lists dates, not times)
_DATE_THEN_TIME = re.compile(
    r"(?<![0-9])(?:[0-9]{1,2}[-./][0-9]{1,2}[-./](?:(?:1[89]|20)[0-9]{2}|[0-9]{2})"
    r"|(?:1[89]|20)[0-9]{2}[-./][0-9]{1,2}[-./][0-9]{1,2}) (?:[01][0-9]|2[0-3])(?:[0-5][0-9])?(?![0-9])"
)


_YEAR_THEN_TIME = re.compile(r"(?:1[89]|20)[0-9]{2} (?:[01][0-9]|2[0-3])[0-5][0-9]")
_WORDED_DATE_HEAD = re.compile(r"(?:[A-Za-z]\.?[-. ]|[0-9],? )$")


# a count of tokens, not a token: "input_tokens=5284", "max_tokens: 1024"
_TOKEN_COUNT_KEY = re.compile(r"(?i)tokens(?:[_\-]?(?:count|used))?[\"']?\s*[=:]")


def _v_secret_assignment(m: re.Match[str]) -> tuple[int, int, T] | None:
    if m.group("v").isdigit() and _TOKEN_COUNT_KEY.search(m.group(0), 0, m.start("v") - m.start()):
        return None  # "input_tokens=5284": how many tokens, in a trace or a usage block
    return _span(m, T.CREDENTIAL)


# keys that name a first-level division or a country ("addr_state", "province"): its value stays (vetoes.py,
# structured.py)
REGION_KEY_WORDS = "state|province|region|country|emirate|governorate|prefecture|territory"
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


_AMOUNT = re.compile(r"[1-9][0-9]{4,8}\.[0-9]{2}").fullmatch


def _v_digit_groups(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    v = m.group("v")
    digits = _ndigits(v)
    if not 7 <= digits <= 20 or _AMOUNT(v):
        return None  # "1388104.52": an amount written without thousands separators (cost, expenses)
    s, e = m.span("v")
    if text[s - 1 : s] == "-" or text[e : e + 1] == "-":
        u = UUID.search(text, max(0, s - 24), e + 24)
        if u is not None and u.start() <= s and u.end() >= e:
            return None  # a UUID's groups ("756077e2-6333-4503-..."): a run's or a request's id
    dt = _DATE_THEN_TIME.search(text, max(0, s - 6), e + 1) if " " in v else None
    if dt is not None and dt.start() <= s and dt.end() >= e:
        return None  # this match or its tail (the scanner tries later starts too)
    if _YEAR_THEN_TIME.fullmatch(v) and _WORDED_DATE_HEAD.search(text, max(0, s - 3), s):
        return None  # "17-May-2025 0740", "July 4, 2024 1105": a worded date's year and the time after it
    if _code_cue(text, s):
        return None
    return _span(m, T.ID)


# the words that make a key an identifier's name, shared by key-value pairs, bind pairs and SQL predicates;
# KEY_TYPES then says which identifier
_CLINICIAN_WORDS = (
    r"provider|physician|doctor|clinician|practitioner|surgeon|attending|referring|referrer|coordinator"
    r"|pharmacist|prescriber|midwife|therapist|case_?worker|social_?worker"
    # a family doctor or a vaccinator in Dutch, Estonian, French, German, Finnish and Swedish keys
    r"|huisarts|perearst|vaccinateur|medecin|hausarzt|laakari|lakare"
)
ID_KEY_WORDS = (
    r"(?:ssn|social|mrn|chart|record|patient_?id|pid|hospital_?no|insur|member|policy|subscriber|plan_?id"
    r"|medicare|medicaid|account|acct|iban|licen[cs]e|passport|npi|cpn|vin|vehicle|plate|serial|device|udi|imei"
    r"|fax|phone|mobile|tel|cell|e-?mail|zip|post_?code|postal|city|town|street|address|addr|dob|birth|born"
    r"|name|first|last|given|family|surname|forename|guardian|spouse|mother|father|caregiver|client|patient"
    r"|decedent|informant|decision_?maker|surrogate|kin|nok|line_?[1-3]|dependa?ent|relative|emergency_?contact"
    r"|proxy|hcpoa|caller|nama|nombre|apellido|prenom|imie|nazwisko|isim|soyad|xingming|employer|workplace"
    r"|arbeitgeber|employeur|empleador|empregador|werkgever|user|login|handle|screen_?name"
    rf"|line_?id|wechat|weixin|kakao|viber|skype|zalo|cp|cep|indeks|youbian|{_CLINICIAN_WORDS}"
    # schema abbreviations and other languages' words, typed as table headers are (tabular.column_type)
    r"|nm|nme|fnm|lnm|nom|nome|cty|age|nac|nasc|datum|assigned_?to|assignee|adjuster|collector)"
)
_ELEMENT_TYPES = {"postalCode": T.ZIP, "birthDate": T.DATE, "deceasedDateTime": T.DATE, "family": T.NAME,
                  "given": T.NAME, "city": T.ADDRESS, "district": T.ADDRESS}
_QUOTED_ELEMENTS = "|".join(_ELEMENT_TYPES)
KEY_TYPES: list[tuple[re.Pattern[str], T]] = [
    (re.compile(r"(?i)(?<![a-z])ssn|ssn(?![a-z])|social"), T.SSN),  # not "className"
    (re.compile(r"(?i)mrn|chart|record|patient_?id|pid|hospital_?no|case_?no"), T.MRN),
    (re.compile(r"(?i)insur|member|policy|subscriber|plan_?id|medicare|medicaid|beneficiar"), T.HEALTH_PLAN),
    (re.compile(r"(?i)account|acct|iban|billing"), T.ACCOUNT),
    # "dea", "vin" as words or camelCase parts only: not "idea", "deadline", "province", "driving"
    # "cpn": New Zealand's common person number of a practitioner
    (re.compile(r"(?i)licen[cs]e|passport|npi|(?<![a-z])cpn(?![a-z])|(?i:(?<![a-z])dea(?![a-z]))|Dea(?![a-z])|DEA"),
     T.LICENSE),
    (re.compile(r"(?i)^line$"), T.ADDRESS),  # key-list only: FHIR Address.line
    (re.compile(r"(?i:(?<![a-z])vin(?![a-z])|vehicle|plate|registration)|Vin(?![a-z])|VIN"), T.VEHICLE),
    (re.compile(r"(?i)serial|device|udi|imei"), T.DEVICE),
    (re.compile(r"(?i)fax"), T.FAX),
    (re.compile(r"(?i)phone|mobile|tel|cell"), T.PHONE),
    (re.compile(r"(?i)e-?mail"), T.EMAIL),
    (re.compile(r"(?i)zip|post_?code|postal|plz|^cp$|^cep$|^pin_?code$|^codigo_?postal$|indeks|youbian"),
     T.ZIP),
    # "city" and "line" as words or camelCase parts: not "ethnicity", "toxicity", "baseline", "pipeline"
    (re.compile(r"(?<![A-Za-z])(?i:city|line)|(?<=[a-z])(?:City|Line)|(?<![A-Z])(?:CITY|LINE)"
                r"|(?i:town|street|address|addr)"), T.ADDRESS),
    (re.compile(r"(?i)dob|birth|born"), T.DATE),
    # a clinician by the role ("RenderingProvider", "referringProvider", "attending"): a person's name unless
    # the value names an organisation
    (re.compile(rf"(?i){_CLINICIAN_WORDS}"), T.NAME),
    (re.compile(r"(?i)name|first|last|given|family|surname|forename|guardian|spouse|mother|father|caregiver"
                # "kin" on its own or after "of" (next_of_kin, NextOfKin), not in "Skin" or "kinase"
                r"|client|patient|decedent|informant|decision_?maker|surrogate|(?<![a-z])kin(?!ase)|ofkin|nok"
                r"|dependa?ent|relative"
                r"|emergency_?contact|proxy|hcpoa|caller|nama|nombre|apellido|prenom|imie|nazwisko|isim|soyad"
                r"|xingming|employer|workplace|arbeitgeber|employeur|empleador|empregador|werkgever"),
     T.NAME),
]
# a key naming a thing's name, not a person's ("databaseName", "drug_name", "host_name")
_THING_KEY = re.compile(
    r"(?i)(?:database|db|schema|table|column|file|host|server|service|app|drug|med|product|brand|facility"
    r"|hospital|clinic|org|company|device|model|queue|topic|bucket|index|vendor|payer|plan|department|ward"
    r"|unit|test|lab|event|field|class|module|function|method|user|display|code|site|cluster|node|pod"
    r"|container|image|repo|branch|project|tenant|bucket)_?name"
)


def _key_type(key: str) -> T | None:
    """The identifier a key names: by its words (KEY_TYPES), else as a table header would be read, with
    schema abbreviations expanded ("pat_lst_nm", "ptntFrstNm", "nom_usage", "bene_age")."""
    for rx, t in KEY_TYPES:
        if rx.search(key):
            return t
    from phigate.engine.tabular import column_type

    return column_type(key) if len(key) <= 40 else None


def _person_key(key: str) -> bool:
    return _THING_KEY.search(key) is None


def _pipe_row(text: str, m: re.Match[str]) -> bool:
    """`key | value` inside a markdown or psql table row with more columns: a header, not a pair."""
    sep = text.find("|", m.end("k"), m.end())
    if sep < 0:
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line.count("|") > 1


# a login or a handle by its key: "user=mkowalc42", "caregiver_login": "ana.m.476", "handle: @ana_rides"
# (a word alone, "user=postgres", stays: a service's account more often than a person's)
_LOGIN_KEY = re.compile(
    r"(?i)user|login|handle|screen_?name|line_?id|wechat|weixin|kakao|viber|skype|zalo|imessage|submitter"
    r"|requested_?by|requester|assignee|assigned_?to|created_?by|modified_?by|updated_?by|entered_?by|approver"
    r"|reviewer|operator"
)
_LOGIN_SHAPE = re.compile(r"@?[A-Za-z][A-Za-z0-9]*(?:[._\-][A-Za-z0-9]+)+|@?[A-Za-z]{2,}[0-9]+[A-Za-z0-9]*")


# service accounts a log or an API names under a user key: no person's login
_SERVICE_ACCOUNTS = frozenset([
    "postgres", "admin", "root", "system", "guest", "mirth", "service", "daemon", "nobody", "jenkins",
    "ubuntu",
    "oracle", "mysql", "nginx", "apache", "interface", "interfaces", "batch", "scheduler", "anonymous",
    "unknown", "default", "integration", "automation", "svc", "cron", "epic", "cerner", "vista", "rhapsody",
    "cloverleaf", "hl7", "sysadmin", "administrator", "superuser", "support", "helpdesk", "null", "none",
])


def _login(key: str, v: str, plain: bool = False) -> bool:
    if _LOGIN_KEY.search(key) is None or "@" in v[1:]:
        return False
    if _LOGIN_SHAPE.fullmatch(v) is not None:
        return True
    if not plain:  # "User: metformin" is a chat's turn, not a login
        return False
    # a plain login where a record puts it ("user": "<login>", user=<LOGIN>): a word no dictionary holds and
    # no service's account
    from phigate.engine import lexicon

    return (
        v.isalpha() and 5 <= len(v) <= 12 and (v.islower() or v.isupper())
        and v.lower() not in lexicon.common_words() and v.lower() not in _SERVICE_ACCOUNTS
    )


_SECRET_KEY = re.compile(rf"(?i){SECRET_WORDS}")


def _v_env_pair(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """The value typed by its variable's name, as KEY=value is; a secret's value whatever it looks like."""
    if _SECRET_KEY.search(m.group("k")):
        v = m.group("v")
        return (m.start("v"), m.end("v"), T.CREDENTIAL) if len(v) >= 3 and not v.startswith("$") else None
    return _v_key_value(text, m)


def _v_key_value(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    key = m.group("k")
    v = m.group("v")
    if not v.strip() or (v.startswith("[") and v.endswith("]")):
        return None
    if _login(key, v, plain=True):
        return m.start("v"), m.end("v"), T.ID
    t = _key_type(key)
    if t is None:
        return None
    if t is T.AGE:  # "bene_age": "91": an age over 89 only ("Max Age: 140" is a limit)
        return (m.start("v"), m.end("v"), t) if v.strip().isdigit() and 89 < int(v) <= 125 else None
    if t is T.NAME and _person_key(key) and RECORD_KEY_VALUE.fullmatch(v.strip()):
        return _span(m, T.ID)  # WHERE pt.patient = '<uuid>', "patient": "p-00412": the person's record key
    if t is T.NAME and (not v[:1].isupper() or not _person_key(key)):
        return None
    if t in (T.PHONE, T.FAX, T.SSN, T.ZIP) and not any(c.isdigit() for c in v):
        return None  # "phoneticMatch": "SOUNDEX_REFINED": an enum, no number
    if t is T.NAME and _CLINICIAN_KEY.search(key) and (_ORG_VALUE.search(v) or not any(
            c.isalpha() for c in v)):
        return None  # "provider": "Valley Medical Center": the organisation stays
    if t in (T.HEALTH_PLAN, T.MRN) and _PERSON_VALUE.fullmatch(v) and not _ordinary_words(v):
        t = T.NAME  # "subscriber": "Ana Vea": the person, not their number
    end = m.end("v")
    cut = _date_prefix_len(v) if t is T.DATE else 0
    if cut and cut != len(v.rstrip()):
        end = m.start("v") + cut  # "dob": "3 March 1950 (approx.)": the date only
    if t is T.ADDRESS and _is_region(v):
        return None  # "address": "Finland": a country or state alone stays
    if t is T.ADDRESS:  # "..., Timothyville, Kansas 31245": state stays, ZIP found alone
        tail = _ADDRESS_TAIL.search(v)
        if tail is not None and _is_region(tail.group("r")):
            end = m.start("v") + tail.start()
    return (m.start("v"), end, t) if end > m.start("v") else None


# a record key under a person's key: a UUID, or letters and digits mixed with at least four digits
RECORD_KEY_VALUE = re.compile(
    rf"{UUID.pattern}|(?=(?:[^0-9]*[0-9]){{4}})[A-Za-z0-9][A-Za-z0-9\-_/.:]{{3,40}}"
)
_PERSON_VALUE = re.compile(r"[A-Z][a-z'\-]+(?:,? [A-Z][a-z'\-]+){1,3}")
_CLINICIAN_KEY = re.compile(rf"(?i){_CLINICIAN_WORDS}")
_ORG_VALUE = re.compile(
    r"(?i)\b(?:hospital|clinic|cent(?:er|re)|health|healthcare|medical|group|associates|practice|partners|inc|llc"
    r"|ltd|plan|insurance|care|services?|university|pharmacy|lab|labs|laboratory|network|system|institute"
    r"|hospice|hospitals|clinics|orthopedics|orthopaedics|pediatrics|paediatrics|rehabilitation|trust)\b"
)
_LIST_ITEM = re.compile(r"[\"']([^\"'\n]*)[\"']")


def _v_key_list(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """Every item of the list, as one span inside the outer quotes: ["[NAME]"] (the list's arity is
    lost, its values are not). Typed by the key as key-value types a single value."""
    key = m.group("k")
    items = _LIST_ITEM.findall(m.group("v"))
    t = _key_type(key)
    if t is None or t is T.AGE:
        return None
    if t is T.NAME and (not _person_key(key) or not any(i[:1].isupper() for i in items)):
        return None
    return (m.start("v") + 1, m.end("v") - 1, t)


_ADDRESS_TAIL = re.compile(
    r",\s*(?P<r>[A-Za-z][A-Za-z .'’\-]{1,30}?)\.?(?P<pc>\s+[0-9]{3,5}(?:-[0-9]{4})?|-[0-9]{4,6})?\s*$"
)


# the word a first-level division's name carries for its type: "Región de <name>", "województwo <name>",
# "obl. <name>", "Intara y'<name>", "<name> Province", "<name> Division", "<name> megye"
_REGION_TYPE_BEFORE = re.compile(
    r"^(?:province of|state of|region of|region del?|regiao d[eo]|departamento del?|departement d[eu']?"
    r"|provincia del?|provincia|estado del?|estado|wojewodztwo|obl\.?|oblast|steeti|intara y['’]?"
    r"|province|region|state|prefecture of)[ ]*"
)
_REGION_TYPE_AFTER = re.compile(
    r"[ ]+(?:province|division|region|state|oblast|megye|voivodeship|governorate|prefecture|department"
    r"|kraj|zupanija|maakond|vilayeti|ili)$"
)


def _is_region(words: str) -> bool:
    """A US state, a country, or another country's first-level division that says it is one ("<name>
    Province", "obl. <name>", "Región de <name>"): Safe Harbor lets geography at state level and above stay.
    A division's bare name is more often its capital, the town ("City: <name>", "<street>, <name>")."""
    from phigate.engine import lexicon

    w = words.strip()
    if _STATE_RE.fullmatch(w) or w.lower() in lexicon.countries():
        return True
    key, bare = _division_key(w)
    return bare != key and _listed_division(key, bare)


def _division_key(words: str) -> tuple[str, str]:
    from phigate.engine.normalize import fold_token

    key = " ".join(fold_token(x) for x in words.split())
    return key, _REGION_TYPE_AFTER.sub("", _REGION_TYPE_BEFORE.sub("", key))


def _listed_division(key: str, bare: str) -> bool:
    from phigate.engine import lexicon

    regions = lexicon.regions()
    return bool(bare) and key not in ("city", "region") and (bare in regions or key in regions)


def _is_division_tail(words: str) -> bool:
    """The last part of a written address, after its town: a first-level division even by its bare name
    ("<street>, <town>, Risaralda")."""
    return _is_region(words) or _listed_division(*_division_key(words.strip()))


# a number some paper or system filed the person under: "Order #: ORD40218873", "Rx# 2250918",
# "ref KX31-55210"; what a developer numbers ("Issue #4412", "PR #18807", "build #27514") stays
_NUMBERED_THINGS = frozenset(
    ["issue", "issues", "pr", "pull", "build", "run", "commit", "step", "page", "line", "item", "version",
     "release", "bug", "story", "task", "epic", "sprint", "row", "col", "column", "test", "case", "lot",
     "batch", "slide", "figure", "fig", "table", "section", "chapter", "comment", "thread", "channel", "cat",
     "catalog", "catalogue", "ndc", "model", "part", "sku", "gtin", "upc", "ean", "protocol", "approval",
     "hrec", "irb", "rec", "nct", "grant", "award", "contract", "po", "invoice"]
)
_DIGIT_RUN4 = re.compile(r"[0-9]{4}")


def _v_filed_number(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    v = m.group("v")
    digits = _ndigits(v)
    if m.group("k").lower() in _NUMBERED_THINGS or digits < 4 or (digits < 5 and v.isdigit()) \
            or not _DIGIT_RUN4.search(v):
        return None  # "HREC/21/QPCH/307": an approval's parts, no filed number
    return _span(m, T.ID)


_CORE_STREET = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Crescent|Cres|Close|Row|Terrace"
    r"|Tce|Place|Pl|Way|Parade|Pde|Mews|Hill|Walk|Square|Grove|Gardens"
)
_DEMONYM_END = ("ian", "ese", "ish", "ean", "can", "ani", "ic")
_RESIDENT_NOUN = (
    r"man|woman|boy|girl|resident|mother|father|mum|mom|dad|grandmother|grandfather|teen|teenager|pensioner"
    r"|farmer|student|driver|cyclist|motorcyclist|pedestrian|local|native"
)


def _v_resident_town(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """"a 24-year-old <town> woman": the town, not a nationality, an ethnicity or a plain word."""
    from phigate.engine import lexicon

    words = m.group("v").split()
    common, countries = lexicon.common_words(), lexicon.countries()
    if any(w.lower() in countries or w.lower().endswith(_DEMONYM_END) for w in words):
        return None  # "Nigerian", "Black British", "Irish"
    if len(words) == 1 and words[0].lower() in common:
        return None  # "Black", "Local"
    return _span(m, T.ADDRESS)


_NOT_A_STREET_START = frozenset(
    ["the", "a", "an", "this", "that", "my", "his", "her", "our", "their", "your"]
)


def _v_street_prose(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """"on <Name> Hill", "the corner of <Name> St": a street, whatever words its name is made of."""
    if m.group("v").split()[0].lower() in _NOT_A_STREET_START or _CODE_IDENTIFIER.search(m.group("v")):
        return None
    return _span(m, T.ADDRESS)


def _v_day_ordinal(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    return _span(m, T.DATE) if 1 <= int(m.group("d")) <= 31 else None


PROSE_PLACE_SPECS: list[PatternSpec] = [
    PatternSpec(  # a street named in prose without a number: "knocked off his bike on <Name> Hill", "the
        # pharmacy on <Name> St", "the corner of <Name> St and <Name> Ct"
        "street-prose",
        T.ADDRESS,
        r"\b(?:on|off|along|near|down|up|onto|into|past|behind|opposite|outside|corner of|intersection of"
        r"|junction of|and)[ \t]+(?P<v>[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+){0,2}[ \t]"
        rf"(?:{_CORE_STREET}))\b\.?(?![ \t]*[A-Z][a-z])",
        validator=_v_street_prose,
        hs=r"\b(?:on|off|along|near|down|up|onto|into|past|behind|opposite|outside|corner of|intersection of"
        r"|junction of|and)[ \t]+[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+){0,2}[ \t]"
        rf"(?:{_CORE_STREET})\b",
    ),
    PatternSpec(  # a local news story's resident: "an 81-year-old <town> man"
        "resident-town",
        T.ADDRESS,
        r"\b[0-9]{1,3}-year-old[ \t]+(?P<v>[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+){0,2})[ \t]+"
        rf"(?:{_RESIDENT_NOUN})\b",
        validator=_v_resident_town,
        hs=r"\b[0-9]{1,3}-year-old[ \t]+[A-Z][a-z'\-]+",
    ),
    PatternSpec(  # a day of the month alone after a weekday or a verb ("Tuesday the 10th", "night of the
        # 7th", "was the 23rd,"); after "on", "by", "until"... it is "ordinal-day"'s. Only where the sentence
        # goes on as after a date: "was the 3rd child" stays
        "day-ordinal",
        T.DATE,
        r"(?i:\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?|for|of|was|is|booked)"
        r"[ \t]+)the[ \t]+"
        r"(?P<v>(?P<d>[0-3]?[0-9])(?:st|nd|rd|th))\b"
        r"(?=[ \t]*(?:[,.;:!?)\n]|$|-|(?i:at|and|or|when|so|but|because|we|i|she|he|they|until|till|if|for"
        r"|to|in|after|then|next)\b))",
        validator=_v_day_ordinal,
        hs=r"(?i:\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?|for|of|was|is|booked)"
        r"[ \t]+)the[ \t]+[0-3]?[0-9](?i:st|nd|rd|th)\b",
    ),
    PatternSpec(  # an age as an ordinal: "her 93rd birthday", "in his 96th year"
        "age-ordinal",
        T.AGE,
        r"\b(?P<v>(?:9[0-9]|1[01][0-9])(?:st|nd|rd|th))[ \t]+(?i:birthday|bday|year)\b",
        validator=_v_plain(T.AGE),
    ),
    PatternSpec(  # a forum handle: "u/morvyn52", "/u/not_a_nurse"
        "forum-handle",
        T.ID,
        r"(?<![\w/])/?u/(?P<v>[A-Za-z0-9][A-Za-z0-9_\-]{2,19})(?![\w/])",
        validator=_v_plain(T.ID),
        hs=r"u/[A-Za-z0-9][A-Za-z0-9_\-]{2}",
    ),
]


CODE_SPECS: list[PatternSpec] = [
    PatternSpec(  # a generated record's file: "<Given>614_<Family>921_<uuid>.json" (Synthea's numbered names)
        "numbered-name-file",
        T.NAME,
        r"(?<![A-Za-z0-9])(?P<v>[A-Z][a-z]+[0-9]{1,3}_[A-Z][a-z'\-]+[0-9]{1,3})(?![A-Za-z0-9])",
        validator=_v_plain(T.NAME),
        hs=r"[A-Z][a-z]+[0-9]{1,3}_[A-Z][a-z'\-]+[0-9]{1,3}",
    ),
    PatternSpec(
        "filed-number",
        T.ID,
        r"\b(?P<k>[Rr]ef|[Rr]eference|[A-Za-z]{2,20}(?=[ \t]?#))\.?[ \t]?#?[ \t]*:?[ \t]*"
        r"(?P<v>[A-Za-z0-9][A-Za-z0-9\-/]{2,24}[A-Za-z0-9])(?![\w/])",
        validator=_v_filed_number,
        hs=r"\b(?:[Rr]ef|[Rr]eference|[A-Za-z]{2,20}[ \t]?#)",
    ),
    PatternSpec(
        "digit-groups",
        T.ID,
        r"{NB}(?P<v>[0-9]{2,8}(?:[-./ ][0-9]{2,8}){1,3}){NA}",
        validator=_v_digit_groups,
        hs=r"{NB}[0-9]{2,8}[-./ ][0-9]{2,8}",
    ),
    PatternSpec(
        "phone-uk",
        T.PHONE,
        r"(?P<v>\(0[0-9]{2,4}\)\s?[0-9]{3,4}\s?[0-9]{3,4})",
        validator=_v_plain(T.PHONE),
    ),
    PatternSpec(  # an area code in brackets, national style: "(31) 97214-5538", "0 (532) 418 76 05"
        "phone-paren",
        T.PHONE,
        # or the subscriber number in one block: "(233) 07924", "(99) 868282"
        r"(?<![\w)])(?P<v>(?:0 ?)?\(0?[0-9]{2,4}\) ?"
        r"(?:[0-9]{2,5}(?:[ .\-][0-9]{2,4}){1,3}|(?P<one>[0-9]{5,8})))(?![0-9])",
        validator=lambda text, m: _v_phone_paren(m),
        hs=r"(?:\b0 ?)?\(0?[0-9]{2,4}\) ?[0-9]{2,5}(?:[ .\-][0-9]{2,4}|[0-9]{3})",
    ),
    PatternSpec(  # a FHIR validator's message quotes an element's value: "postalCode '60431' does not match
        # city '<town>'", "family 'X' differs": the element says what the value is
        "element-quoted",
        T.ADDRESS,
        rf"\b(?P<k>{_QUOTED_ELEMENTS})[ \t]+(?:value[ \t]+)?['\"](?P<v>[^'\"\n]{{1,60}})['\"]",
        validator=lambda text, m: (m.start("v"), m.end("v"), _ELEMENT_TYPES[m.group("k")]),
        hs=rf"\b(?:{_QUOTED_ELEMENTS})[ \t]+(?:value[ \t]+)?['\"]",
    ),
    PatternSpec(  # a Kubernetes container's env entry: "- name: SMOKE_TEST_PATIENT_NAME" then "value: ..."
        "env-pair",
        T.ID,
        r"(?m)-[ \t]*name:[ \t]*[\"']?(?P<k>[A-Za-z_][A-Za-z0-9_.\-]{1,80})[\"']?[ \t]*\r?\n"
        r"[ \t]*value:[ \t]*[\"']?(?P<v>[^\"'\n]{1,160}?)[\"']?[ \t]*$",
        validator=lambda text, m: _v_env_pair(text, m),
        hs=r"-[ \t]*name:[ \t]*[\"']?[A-Za-z_][A-Za-z0-9_.\-]{1,80}[\"']?[ \t]*\r?\n[ \t]*value:",
    ),
    PatternSpec(
        "key-value",
        T.ID,
        rf"(?P<k>\b[A-Za-z_]*{ID_KEY_WORDS}[A-Za-z_0-9]*)(?:\\{{0,3}}[\"'])?"
        r"\s*(?:=>|[:=]|[ \t]+\|)\s*"
        # an Avro union {"string": "..."}, a DynamoDB attribute {"S": "..."}, in Terraform's HCL { S = "..." }
        r"(?:\{\s*[\"']?(?:string|int|long|double|float|S|N)[\"']?\s*[:=]\s*)?"
        # JSON inside a JSON string escapes its quotes: \"patient_name\": \"...\" (a logged tool call)
        r"(?:\\{0,3}[\"'](?P<v>(?:[^\"'\n\\]|\\(?!\\{0,2}[\"'])){1,80})\\{0,3}[\"']"
        r"|(?P<v2>-?[A-Za-z0-9][A-Za-z0-9\-/.?]{0,40}"
        r"(?: [0-9A-Z][0-9A-Z\-/.?]{0,10}(?![\w\-/.?]*[=:])){0,2}))",
        caseless=True,
        validator=lambda text, m: _v_key_value(text, m) if m.group("v") is not None else _v_key_bare(text, m),
        hs=rf"{ID_KEY_WORDS}[A-Za-z_0-9]*(?:\\{{0,3}}[\"'])?\s*(?:[:=]|\|)",
        window=40,
        back="word",
    ),
    PatternSpec(  # a JSON or Python list under an identifying key: "given": ["Zebedee", "Ann"]; an address's
        # "line": ["4 Kea Lane"] (FHIR JSON pasted as text)
        "key-list",
        T.ID,
        rf"(?P<k>\b[A-Za-z_]*{ID_KEY_WORDS}[A-Za-z_0-9]*|(?<![\w\-])line)[\"']?\s*(?:=>|[:=])\s*\[\s*"
        r"(?P<v>[\"'][^\"'\n]{1,80}[\"'](?:\s*,\s*[\"'][^\"'\n]{1,80}[\"']){0,9})\s*\]",
        caseless=True,
        validator=lambda text, m: _v_key_list(text, m),
        hs=rf"(?:{ID_KEY_WORDS}[A-Za-z_0-9]*|\bline)[\"']?\s*(?:=>|[:=])\s*\[",
        window=40,
        back="word",
    ),
    PatternSpec(  # Rails' bound parameters in a SQL log line: [["mrn", "5163840-7"], ["LIMIT", 1]]
        "bind-pair",
        T.ID,
        rf"(?<=\[)[\"'](?P<k>[A-Za-z_]*{ID_KEY_WORDS}[A-Za-z_0-9]*)[\"']\s*,\s*[\"'](?P<v>[^\"'\n]{{1,80}})[\"']\s*\]",
        caseless=True,
        validator=_v_key_value,
        # no "[" in the prefilter: Hyperscan 0.9.1 with SOM misses `\[\s*["'][A-Za-z_]*(?:mrn|patient_?id)`
        # after some prefixes ("Patient Load  [["): tests/engine/test_backends.py checks both back ends agree
        hs=rf"[\"'][A-Za-z_]*{ID_KEY_WORDS}[A-Za-z_0-9]*[\"']\s*,",
    ),
    PatternSpec(  # a SQL predicate: WHERE last_name ILIKE 'Palaniappan%', p.mrn = '0042'
        "sql-predicate",
        T.ID,
        rf"(?P<k>\b[A-Za-z_]*{ID_KEY_WORDS}[A-Za-z_0-9]*)\s*(?:=|==|!=|<>|\b(?:i?like|similar to)\b)\s*"
        r"'%?(?P<v>[^'%\n]{1,80})%?'",
        caseless=True,
        validator=_v_key_value,
        hs=rf"{ID_KEY_WORDS}[A-Za-z_0-9]*\s*(?:=|!=|<>|\b(?:i?like|similar)\b)\s*'",
        window=40,
        back="word",
    ),
    PatternSpec(  # a record's id in a URL path or query: /patients/1386549-2/labs, ?patient=2719054
        "url-record-id",
        T.MRN,
        r"(?:/(?:patients?|members?|persons?|people|subjects?|mrns?|charts?|residents?|clients?)/"
        r"|[?&;](?:patient|member|person|subject|mrn|chart|resident|client)(?:_?id)?=)"
        r"(?P<v>[A-Za-z0-9][A-Za-z0-9\-_.]{2,40})(?=[/?#&;\s\"'\]),]|$)",
        caseless=True,
        validator=lambda text, m: _span(m, T.MRN) if _ndigits(m.group("v")) >= 4 else None,
        hs=r"(?:/(?:patients?|members?|persons?|people|subjects?|mrns?|charts?|residents?|clients?)/"
        r"|[?&;](?:patient|member|person|subject|mrn|chart|resident|client)(?:_?id)?=)[A-Za-z0-9]",
    ),
    PatternSpec(  # a FHIR reference to the person's own resource anywhere: "Patient/7f3c9a1e-...", "subject
        # Patient/pt-a7c3e9152bf4" (the logical id links every resource about the patient)
        "fhir-person-ref",
        T.ID,
        r"(?<![\w/])(?:Patient|RelatedPerson|Person)/(?P<v>[A-Za-z0-9][A-Za-z0-9\-.]{0,63})(?![\w\-])",
        validator=lambda text, m: _span(m, T.ID) if _ndigits(m.group("v")) >= 1 else None,
        hs=r"(?:Patient|RelatedPerson|Person)/[A-Za-z0-9]",
    ),
    PatternSpec(
        "json-identifier",
        T.ID,
        r"[\"']identifier[\"']\s*:\s*\[?\s*\{[^{}]{0,200}?[\"']value[\"']\s*:\s*[\"'](?P<v>[^\"'\n]{1,60})[\"']",
        validator=_v_plain(T.ID),
        hs=r"[\"']identifier[\"']\s*:",
    ),
]


# CDA elements whose <name> is a thing's: the author's organisation, a facility, a drug's material
_XML_THING = re.compile(
    r"<(?:[A-Za-z]+:)?(?P<p>[A-Za-z]*(?:Organization|organization|Organisation|Manufacturer|manufacturer|Facility"
    r"|facility|Location|location|Material|Entity|Place|place|Device|device|Program|Product|product|Provider"
    r"Organization))(?:\s[^<>]*)?>\s*$"
)


def _xml_thing_name(text: str, m: re.Match[str]) -> bool:
    """<representedOrganization><name>Valley Kidney Associates</name>: an organisation's, not a person's."""
    if m.group("k").lower() != "name":
        return False
    return _XML_THING.search(text, max(0, m.start() - 120), m.start()) is not None


def _xml_org_name(m: re.Match[str]) -> bool:
    """<name><org> HOSPICE</name>: a custodian's or a provider organisation's name, no person's."""
    return m.group("k").lower().endswith("name") and _ORG_VALUE.search(m.group("v")) is not None


def _v_xml_element(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    if m.group("k").lower().endswith("state") or _xml_thing_name(text, m) or _xml_org_name(m):
        return None
    return _v_key_value(text, m)


# an HL7 v2 field written as a key ("pid_5=DOE^JANE", "PID.11: 12 Elm St^^Salem^OR^97301", an interface's
# INI or a log): the segment and field number say what it holds
_HL7_FIELDS: dict[str, dict[int, T]] = {
    "pid": {2: T.MRN, 3: T.MRN, 4: T.MRN, 5: T.NAME, 6: T.NAME, 7: T.DATE, 9: T.NAME, 11: T.ADDRESS,
            13: T.PHONE, 14: T.PHONE, 18: T.ACCOUNT, 19: T.SSN, 20: T.LICENSE, 29: T.DATE},
    "nk1": {2: T.NAME, 4: T.ADDRESS, 5: T.PHONE, 6: T.PHONE},
    "gt1": {2: T.ID, 3: T.NAME, 5: T.ADDRESS, 6: T.PHONE, 7: T.PHONE, 8: T.DATE, 12: T.SSN},
    "in1": {16: T.NAME, 18: T.DATE, 19: T.ADDRESS, 36: T.HEALTH_PLAN, 49: T.ID},
    "pv1": {7: T.NAME, 8: T.NAME, 9: T.NAME, 17: T.NAME, 19: T.ACCOUNT},
}
HL7_KEY = PatternSpec(
    "hl7-field-key",
    T.ID,
    r"(?<![\w.\-])(?i:(?P<s>pid|nk1|gt1|in1|pv1))[_.\-](?P<n>[0-9]{1,2})[\"']?[ \t]*[=:][ \t]*[\"']?"
    r"(?P<v>[^\n\"']{1,160})",
    validator=lambda text, m: _v_hl7_key(m),
    hs=r"(?i:pid|nk1|gt1|in1|pv1)[_.\-][0-9]{1,2}[\"']?[ \t]*[=:]",
)


def _v_hl7_key(m: re.Match[str]) -> tuple[int, int, T] | None:
    t = _HL7_FIELDS[m.group("s").lower()].get(int(m.group("n")))
    v = m.group("v").rstrip(" \t,;")
    if t is None or not v.strip("^~& "):
        return None
    return m.start("v"), m.start("v") + len(v), t


XML_ELEMENT = PatternSpec(  # CDA and other XML: <family>DeLuca</family>, <postalCode>29338</postalCode>
    "xml-element",
    T.ID,
    r"<(?P<k>(?:[A-Za-z]+:)?(?:family|given|name|prefix|suffix|streetAddressLine|street|city|county|postalCode"
    r"|zip|state|phone|telephone|email|ssn|mrn|birthDate|birthdate|dob))(?:\s[^<>]*)?>(?P<v>[^<>\n]{1,80})</",
    caseless=True,
    validator=lambda text, m: _v_xml_element(text, m),
    hs=r"<(?:[A-Za-z]+:)?(?:family|given|name|prefix|suffix|streetAddressLine|street|city|county|postalCode"
    r"|zip|state|phone|telephone|email|ssn|mrn|birthDate|birthdate|dob)[\s>]",
)


XML_FIELD = PatternSpec(  # any XML element named like a column: <LastName>, <PatientName>, <HomePhone>
    "xml-field",
    T.ID,
    r"<(?:[A-Za-z][\w.\-]*:)?(?P<k>[A-Za-z][\w.\-]{1,40})(?:\s[^<>]*)?>(?P<v>[^<>\n]{1,80})</",
    validator=lambda text, m: (None if _xml_thing_name(text, m) or _xml_org_name(m)
                               else _v_named_value(text, m)),
    hs=r"<[A-Za-z][\w.:\-]{1,60}(?:\s[^<>\n]{0,200})?>[^<>\n]{1,80}</",
)
_PLOT = r"(?:Plot|Stand|Erf|Allotment|Section[ \t][0-9]{1,4},[ \t]*Allotment)[ \t]+(?:No\.?[ \t]*)?[0-9]"
PLOT_ADDRESS = PatternSpec(  # "Plot 72, Tsholofelo Ward", "Stand 4411", "Erf 1203", "Section 2, Allotment 4"
    "plot-address",
    T.ADDRESS,
    rf"\b(?P<v>{_PLOT}{{1,5}}[A-Za-z]?(?![0-9A-Za-z])"
    r"(?:,[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]"
    r"(?:Ward|Road|Street|Village|Estate|Extension|Location|Rd|St))?)",
    validator=_v_address,
    hs=rf"\b{_PLOT}",
)
_ENCODED_WORD = r"=\?[A-Za-z0-9_\-]+\?[QqBb]\?[^?\s]{1,200}\?="
MIME_NAME = PatternSpec(  # RFC 2047 display names: From: =?UTF-8?Q?M=C3=A1ria_Dobos?= <b@example.org>
    "mime-name",
    T.NAME,
    r"(?m)^(?:From|To|Cc|Bcc|Reply-To|Sender|Return-Path|Delivered-To)[ \t]*:[ \t]*"
    rf"(?P<v>{_ENCODED_WORD}(?:[ \t]+{_ENCODED_WORD})*)",
    validator=_v_plain(T.NAME),
    hs=r"(?:From|To|Cc|Bcc|Reply-To|Sender|Return-Path|Delivered-To)[ \t]*:[ \t]*=\?",
)
_RELATION_ABROAD = frozenset([
    "hija", "hijo", "esposa", "esposo", "marido", "madre", "padre", "hermana", "hermano", "nieta", "nieto",
    "abuela", "abuelo", "filha", "filho", "mae", "irma", "irmao", "figlia", "figlio", "moglie", "marito",
    "sorella", "fratello", "fille", "fils", "epouse", "epoux", "soeur", "frere", "tochter", "sohn", "ehefrau",
    "ehemann", "schwester", "bruder", "dochter", "zoon", "echtgenote", "echtgenoot", "zus", "broer",
])
_RELATION = (
    r"(?i:mr|mrs|ms|miss|dr|wife|husband|son|daughter|mother|father|brother|sister|partner|grandson"
    r"|granddaughter|nephew|niece|carer|caregiver|nok|next of kin|bed[ \t]?[0-9]{1,3}[a-z]?[ \t]?[-:=]"
    # whom a message greets, thanks or copies: "thank you ojukwe!", "hi tobenna,", "cc ugonna at ..."
    r"|thank you|thanks|thx|hi|hello|hey|dear|this is|dis is|cc|its|it's|user|doctor"
    r"|mum|mom|dad|mam|mama|papa|grandma|grandpa|granny|nana|auntie|aunt|uncle|cousin"
    # dictated and typed-fast notes: "patient hodan warsame comma", "caller identified as ...", "txt ..."
    r"|patient|pt|contact|txt|text|identified as|named|name is|spoke with|spoke to|caller"
    # relatives in the languages of Western Europe, as chats type them ("con mi hija <name> en ...")
    rf"|{'|'.join(sorted(_RELATION_ABROAD))})"
)
_PARTICLE = r"(?:le|la|de|du|da|di|van|von|der|den|ter|bin|binti|al|el|ap|ni|nic|mac|ó|o)"
LOWER_NAME = PatternSpec(  # handover notes typed fast: "bed 4 mrs tipene", "daughter huia will visit"
    "lower-name",
    T.NAME,
    rf"(?<![\w']){_RELATION}\.?[,:]?[ \t]+"  # "my daughter, kim nguyen, at ...", "user: ..."
    rf"(?P<v>[a-z][a-z'\-]{{2,}}(?:[ \t](?:{_PARTICLE}[ \t])?[a-z][a-z'\-]{{2,}})?)"
    r"(?![\w'\-])",
    validator=lambda text, m: _v_lower_name(text, m),
    hs=rf"{_RELATION}\.?[,:]?[ \t]+[a-z][a-z'\-]{{2}}",
)


# relations and roles in capitals before a name in capitals ("SPOUSE <NAME>", "CHAPLAIN <NAME>")
_UPPER_CUES = frozenset([
    "pt", "patient", "spouse", "husband", "wife", "son", "daughter", "mother", "father", "brother", "sister",
    "granddaughter", "grandson", "grandkid", "niece", "nephew", "partner", "caller", "contact", "agent", "rn",
    "lpn", "nok", "guardian", "caregiver", "mr", "mrs", "ms", "miss", "chaplain", "cm", "sw", "driver",
    "operator", "dispatcher", "interpreter", "aide", "coordinator", "courier", "nurse", "grandma", "grandpa",
    "mom", "dad", "friend", "neighbor", "neighbour", "pcp", "attending", "provider", "doctor",
    # legacy screens, run sheets and labels: "DR <FAMILY>", "OWNER <GIVEN> <FAMILY>", "HANDOVER TO <NAME>",
    # "USER: <LOGIN>", "PRINTED ... BY <LOGIN>", "PLEASE CALL <NAME> ON"
    "dr", "owner", "handover", "cons", "consultant", "referrer", "gp", "crew", "user", "userid", "by", "call",
    "c/o", "known as",
])
# (longest first, then alphabetical: a set's order changes with each process's hash seed, and the Hyperscan
# cache is keyed by the pattern's text)
_UPPER_CUES_CAPS = "|".join(sorted((c.upper() for c in _UPPER_CUES), key=lambda w: (-len(w), w)))


_DEGREE = (
    r"M\.?D\.?|D\.?O\.?|R\.?N\.?|N\.?P\.?|P\.?A\.?-?C\.?|Ph\.?D\.?|MBBS|MBChB|FRCP\w*|FRACP|FRCSC?|DPM|DDS"
    r"|DMD|PharmD|LCSW|DPT|CNM|CRNA|APRN|FNP(?:-BC)?|MSW|PsyD"
)
# a signature in capitals with its degree, on its own line: "<GIVEN> <FAMILY>, M.D."
SIGNED_CAPS = PatternSpec(
    "caps-signature",
    T.NAME,
    rf"(?m)^[ \t]*(?P<v>[A-Z][A-Z'\-]+(?:[ \t][A-Z]\.?)?(?:[ \t][A-Z][A-Z'\-]+){{1,2}}),[ \t]*(?:{_DEGREE})"
    r"(?![\w])",
    validator=lambda text, m: _v_caps_signature(m),
    hs=rf"[A-Z]{{2}}[ \t][A-Z]\.?[ \t]?[A-Z'\-]*,[ \t]*(?:{_DEGREE})|[A-Z]{{2}},[ \t]*(?:{_DEGREE})",
    window=60,
)


def _v_caps_signature(m: re.Match[str]) -> tuple[int, int, T] | None:
    """Not when every word is vocabulary ("CHIEF RESIDENT, MD")."""
    from phigate.engine import lexicon

    common = lexicon.common_words()
    words = [w.lower() for w in re.findall(r"[A-Za-z'\-]{2,}", m.group("v"))]
    if all(w in common for w in words):
        return None
    return _span(m, T.NAME)


UPPER_NAME = PatternSpec(  # pagers, answering services, legacy screens: "PT <FAMILY> <GIVEN> RM 12"
    "upper-name",
    T.NAME,
    r"(?<![\w'])(?P<cue>KNOWN AS|C/O|[A-Z]{2,13})(?:[ \t]TO)?\.?[,:]?[ \t]+"
    r"(?P<v>(?:[A-Z]\.[ \t]?)?[A-Z][A-Z'\-]{2,}(?:,?[ \t][A-Z][A-Z'\-]{2,}){0,2})(?![\w'\-])",
    validator=lambda text, m: _v_upper_name(text, m),
    hs=rf"(?:{_UPPER_CUES_CAPS})(?:[ \t]TO)?\.?[,:]?[ \t]+(?:[A-Z]\.[ \t]?)?[A-Z][A-Z'\-]{{2}}",
)


def _v_upper_name(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """Words in capitals after a relation or role in capitals: a name while no dictionary knows them, each
    long enough not to be an abbreviation ("PT NPO", "PT COPD" stay) unless a name list holds it."""
    from phigate.engine import lexicon

    cue = m.group("cue").lower()
    if cue not in _UPPER_CUES:
        return None
    common, excluded = lexicon.common_words(), lexicon.excluded()
    first, last = lexicon.first_names(), lexicon.last_names()
    s = e = m.start("v")
    for w in _UPPER_WORD.finditer(text, s, m.end("v")):  # ("DR. O. <FAMILY>": the initial is no word here)
        k = w.group().lower()
        if k in common or k in excluded or not any(c in "aeiouy" for c in k) or _inflected(k, common):
            break
        listed = k in first or k in last or _INITIAL_AFTER.match(text, w.end()) is not None \
            or (cue in _STRONG_UPPER_CUES and sum(c in "aeiouy" for c in k) >= (1 if len(k) >= 4 else 2))
        # "DR. O. <FAMILY>", "C/O <FAMILY>" (not "DR NPO", "MR MRI")
        if (len(k) < 5 or _WORD_SUFFIX.search(k)) and not listed:
            break  # "PT NPO", "PT AMBULATING", "PT DIAPHORETIC": an abbreviation, a clinical word
        e = w.end()
    if e == s or _DOSE_AFTER.match(text, e):
        return None
    return s, e, T.NAME


_UPPER_WORD = re.compile(r"[A-Z][A-Z'\-]+")
_STRONG_UPPER_CUES = frozenset(["dr", "mr", "mrs", "ms", "c/o", "known as"])
# an initial after a word in capitals, then the list goes on: "<FAMILY> A / <FAMILY> N", "<FAMILY> N (DRIVER)"
_INITIAL_AFTER = re.compile(r"[ \t][A-Z](?![\w'.])(?=[ \t]*(?:/|\(|,|;|\r?\n|$|[ \t]{2}))")
# endings of English and clinical words that no unlisted name has ("-ing", "-tion", "-itis"); "-ic" only in
# words in capitals after a role ("DIAPHORETIC"), not the Slavic "-vic"/"-cic", and not in a family name after
# a given name, where "-ic" ends Croatian and Bosnian names as often as clinical words
_ENDINGS = r"ing|ed|tion|sion|ment|ness|ive|ous|itis|osis|emia|aemia|ity|able|ible|ful|less|al"
_WORD_SUFFIX = re.compile(rf"(?:{_ENDINGS}|(?<![vcz])ic)$")
_CAPS_WORD_SUFFIX = re.compile(rf"(?:{_ENDINGS}|ics)$")


def _inflected(word: str, common: frozenset[str]) -> bool:
    """An English word's inflection of a dictionary word ("ambulating", "refused", "fevers")."""
    for suffix, stems in (("ing", ("", "e")), ("ed", ("", "e")), ("es", ("",)), ("s", ("",)), ("ly", ("",))):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)]
            if any(base + st in common for st in stems) or (base[-1:] == base[-2:-1] and base[:-1] in common):
                return True
    return False


GIVEN_CAPS_SURNAME = PatternSpec(  # "<Given> <FAMILY>", "<Given> ould <FAMILY>": the family name in capitals
    "given-caps-surname",
    T.NAME,
    r"(?<![\w'\-])(?P<v>[A-Z][a-z][a-z'\-]+[ \t]"
    r"(?:(?:ould|bin|binti|bint|ben|ibn|abu|mint|van|de|da|del|al|el)[ \t])?"
    r"[A-Z][A-Z'\-]{2,}(?:[ \t][A-Z][A-Z'\-]{2,})?)(?![\w'\-])",
    validator=lambda text, m: _v_given_caps(text, m),
    hs=r"[A-Z][a-z][a-z'\-]+[ \t](?:[a-z]{2,5}[ \t])?[A-Z][A-Z'\-]{2}",
)


INITIAL_SURNAME = PatternSpec(  # "Chair 7   J. <Family>", "Actual:   A. <Family>": an initial, a family name
    "initial-surname",
    T.NAME,
    # the initial after a space or a bracket only: "4.2 mmol/L. Para ..." is a unit and a sentence
    r"(?<![^\s(\[,:;\"'])(?P<v>[A-Z]\.[ \t]?[A-Z][a-z][a-z'\-]{2,}(?:-[A-Z][a-z]{2,})?)(?![\w'\-])",
    validator=lambda text, m: _v_initial_surname(text, m),
    hs=r"[A-Z]\.[ \t]?[A-Z][a-z][a-z'\-]{2}",
)
TOWN_STATE_ZIP_CAPS = PatternSpec(  # "9 OAK ST, <TOWN> DELAWARE 19904": the town in capitals
    "town-state-zip-caps",
    T.ADDRESS,
    rf"(?<![\w'\-])(?P<v>[A-Z][A-Z'\-]{{2,}}(?:[ \t][A-Z][A-Z'\-]{{2,}}){{0,2}}),?[ \t]+(?:{US_STATES_CAPS})"
    r"[ \t]+[0-9]{5}(?:-[0-9]{4})?(?![0-9])",
    validator=lambda text, m: _v_town_caps(m),
    # the state and its ZIP, not any three capitals: the town before them is found back in the window
    hs=rf"[ \t](?:{US_STATES_CAPS})[ \t]+[0-9]{{5}}",
    window=48,
)


def _v_town_caps(m: re.Match[str]) -> tuple[int, int, T] | None:
    """The words in capitals right before the state that no dictionary holds ("ADDR ON FILE <TOWN>"): the
    prefilter fires at the state, so the town is cut out of the longest run before it."""
    from phigate.engine import lexicon

    common = lexicon.common_words()
    s, e = m.start("v"), m.end("v")
    for w in _UPPER_WORD.finditer(m.string, s, e):
        if w.group().lower() in common or w.group().lower() in _UPPER_CUES:
            s = w.end() + 1
    return (s, e, T.ADDRESS) if s < e else None


def _v_initial_surname(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """An initial, then a word no dictionary holds: a person ("J. <Family>"), not a genus ("E. coli" is lower
    case), a journal's abbreviation ("J. Biol. Chem.") or an ordinary word after a sentence's last letter
    ("Vitamin D. Patient")."""
    from phigate.engine import lexicon
    from phigate.engine.clinical_terms import EPITHETS

    word = m.group("v").split(".", 1)[1].strip().split("-")[0]
    k = word.lower()
    if k in lexicon.common_words() or k in lexicon.excluded() or _drug_like(k) or k in EPITHETS:
        return None
    if len(word) <= 5 and text[m.end() : m.end() + 1] == ".":
        return None  # "J. Biol.", "N. Engl."
    return _span(m, T.NAME)


def _v_given_caps(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """A capitalised given name, then a family name in capitals: the given name a listed one or in no
    dictionary, each word in capitals in none and no clinical word ("Renal ULTRASOUND", "Seen ASAP",
    "Cardiology CLINIC" stay)."""
    from phigate.engine import lexicon

    common, excluded = lexicon.common_words(), lexicon.excluded()
    first, last = lexicon.first_names(), lexicon.last_names()
    words = m.group("v").split()
    given, caps = words[0].lower(), [w.lower() for w in words[1:] if w.isupper()]
    if given in excluded or (given in common and given not in first) or _drug_like(given):
        return None
    if text[max(0, m.start("v") - 5) : m.start("v")] == "Code ":
        return None  # "Code Gray MICU": a hospital's emergency code, then the unit it was called to
    for k in caps:
        if k in common or k in excluded or not any(c in "aeiouy" for c in k) or _inflected(k, common):
            return None
        if (len(k) < 4 or _CAPS_WORD_SUFFIX.search(k)) and k not in last:
            return None
    return _span(m, T.NAME)


def _drug_like(word: str) -> bool:
    """A drug by its stem (names.DRUG_SHAPE) or an insulin brand's ending: "Humalog KWIKPEN" is no person."""
    from phigate.engine.names import DRUG_SHAPE

    return DRUG_SHAPE.search(word) is not None or word.endswith(("log", "lin", "tus"))





_CONTRACTION = re.compile(r"(?:it|he|she|that|there|here|what|who|where|i|we|you|they|let)'(?:s|re|ll|ve|d|m)"
                          r"|[a-z]+n't")


def _v_lower_name(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """Lower-case words after a title or a relative: a name only while no dictionary knows them."""
    from phigate.engine import lexicon

    if set(m.group("v")) <= {"a", " ", "\t"}:
        return None  # the scan copy's letters of another script ("doctor 선생님" reads "doctor aaa")
    common, excluded = lexicon.common_words(), lexicon.excluded()
    first, last = lexicon.first_names(), lexicon.last_names()
    cue = m.group(0).split(None, 1)[0].rstrip(".,:").lower()
    if cue in ("hi", "hey", "hello", "thanks", "thx") and m.group(0).split(None, 1)[0].endswith("."):
        return None  # "says hi. ecg said sinus": the greeting ended its sentence
    honorific = cue in ("mr", "mrs", "ms", "miss", "dr")
    words = m.group("v").split()
    if cue in _RELATION_ABROAD:  # no English word in "mi hijo tiene fiebre": the name lists decide
        if words[0] not in first:
            return None
        words = words[:2] if len(words) > 1 and words[1] in last else words[:1]
    keep: list[str] = []
    for i, w in enumerate(words):  # after "mr"/"dr" a listed name counts even if a word too ("mr smith")
        if i == 1 and len(words) == 3 and re.fullmatch(_PARTICLE, w):
            keep.append(w)  # "roald van dommelen": the particle belongs to the surname after it
            continue
        if (w in common or w in excluded or _CONTRACTION.fullmatch(w)) \
                and not (honorific and (w in first or w in last)):
            break  # "hi it's <given> here": a contraction is no name
        keep.append(w)
    if len(keep) == 2 and len(words) == 3:
        keep = keep[:1]  # the particle without its surname
    if not keep:
        return None
    s = m.start("v")
    if cue == "son" and keep[0] not in first:
        from phigate.engine.lower_case import foreign_around

        if foreign_around(text, m.start(), m.end(), common):
            return None  # "avec son gendre": French "son" (his), then a French word
    if _DOSE_AFTER.match(text, s + len(" ".join(keep))):
        return None  # "Mother: oxytocin 10 units IM": a drug and its dose
    return s, s + len(" ".join(keep)), T.NAME


_DOSE_AFTER = re.compile(
    r"[ \t]+[0-9]+(?:[.,][0-9]+)?[ \t]?(?:mg|mcg|µg|ug|g|ml|mL|units?|iu|IU|mmol|meq|mEq|%)\b"
)


XML_VALUE = PatternSpec(  # FHIR XML and other attribute-valued XML: <family value="Doe"/>
    "xml-value",
    T.ID,
    r"<(?:[A-Za-z][\w.\-]*:)?(?P<k>[A-Za-z][\w.\-]{1,40})[ \t]value=\"(?P<v>[^\"<>\n]{1,200})\"",
    validator=lambda text, m: _v_named_value(text, m),
    hs=r"<[A-Za-z][\w.:\-]{1,60}[ \t]value=\"",
)
JQ_PATH = PatternSpec(  # jq --stream and other path/value pairs: [["name",0,"given",0],"Jane"]
    "jq-path",
    T.ID,
    r"\[\[(?P<path>\"[^\[\]\n]{1,200})\],[ \t]?\"(?P<v>[^\"\n]{1,200})\"\]",
    validator=lambda text, m: _v_path_value(text, m),
    hs=r"\[\[\"[A-Za-z_]",
)
PHP_DUMP = PatternSpec(  # var_dump: ["name"]=>\n  string(14) "Milos Vukovic"; print_r: [name] => ...
    "php-dump",
    T.ID,
    r"\[\"?(?P<k>[A-Za-z_][\w\-]{0,40})\"?\]\s{0,3}=>[ \t]*"
    r"(?:\r?\n[ \t]{0,40}string\([0-9]{1,6}\) \"(?P<v>[^\"\n]{1,200})\"|(?P<w>[^\s\[\]\n][^\n]{0,120}))",
    validator=lambda text, m: _v_named_value(text, m, "v" if m.group("v") is not None else "w"),
    hs=r"\[\"?[A-Za-z_][\w\-]{0,40}\"?\][ \t]{0,3}=>",
)


# A chat transcript (a support bot, an agent's log): the line after "What's your full name?" or "Home
# address?" is the answer, capitals or not ("User: <given> <family>"), after an optional speaker label.
_WHOSE = (  # a person's name is asked for, not a drug's or a file's
    r"(?:your|his|her|their|full|first|last|given|family|legal|maiden|sur|patient'?s?|child'?s?"
    r"|mother'?s?|father'?s?|caller'?s?|member'?s?)"
)
ANSWER_SPECS = [
    PatternSpec(
        "answer-name",
        T.NAME,
        rf"{_WHOSE}[ \t]{{0,2}}name[ \t]{{0,3}}\?[ \t]*\r?\n[ \t]*(?:[A-Za-z][\w .'\-]{{0,20}}:[ \t]*)?"
        r"(?P<v>[^\n\d:@?]{2,60})",
        caseless=True,
        validator=lambda text, m: _v_answer(m, T.NAME),
        hs=rf"{_WHOSE}[ \t]{{0,2}}name[ \t]{{0,3}}\?[ \t]*\r?\n",
    ),
    PatternSpec(
        "answer-address",
        T.ADDRESS,
        r"address[ \t]{0,3}\?[ \t]*\r?\n[ \t]*(?:[A-Za-z][\w .'\-]{0,20}:[ \t]*)?(?P<v>[^\n@?]{4,120})",
        caseless=True,
        validator=lambda text, m: _v_answer(m, T.ADDRESS),
        hs=r"address[ \t]{0,3}\?[ \t]*\r?\n",
    ),
]
_NOT_ANSWERS = frozenset({"yes", "no", "sure", "ok", "okay", "why", "what", "pardon", "sorry", "n/a", "none",
                          "skip", "prefer not to say", "i don't know", "unknown"})


def _v_answer(m: re.Match[str], t: T) -> tuple[int, int, T] | None:
    v = m.group("v").rstrip(" .,;!")
    words = v.split()
    if not words or v.lower() in _NOT_ANSWERS or len(words) > (5 if t is T.NAME else 14):
        return None
    if t is T.ADDRESS and not (any(c.isdigit() for c in v) or len(words) >= 2):
        return None
    return m.start("v"), m.start("v") + len(v), t


# A case presentation's person: "Lisiate Hufanga, 67, presented ...", "Ruxandra Vladescu (45 y/o) was ...":
# two or three capitalised words, then an age between commas or in brackets. No name list needed: the
# age says it is a person; a heading or a measurement ("Blood Pressure, 120,") is made of ordinary words.
NAME_AGE = PatternSpec(
    "name-age",
    T.NAME,
    r"(?<![\w'\-])(?P<v>[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){1,2})"
    r"(?:, (?:an? |aged )?[0-9]{1,3}(?:[ -]?(?:years?|yrs?|y/o|yo|y)(?:[ -]old)?)?(?: ?[MF])?,"
    r"| \([0-9]{1,3}(?: ?(?:years?|yrs?|y/o|yo|y))?(?:,? ?[MF])?\)"
    r"| \((?:M|F|male|female|Male|Female)\))",  # or the sex alone: "Lerato Mokoena (F)"
    validator=lambda text, m: _v_name_age(text, m),
    hs=r"[A-Z][a-z'\-]+ [A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+)?(?:, (?:an? |aged )?[0-9]| \([0-9MFmf])",
)

# where someone lives, typed fast: "lives alone @ 14 quell lane, brindwick." (no capitals to go on: the
# cue, a house number, the street up to a comma, the town up to the next stop)
HOME_CUE = PatternSpec(
    "home-cue",
    T.ADDRESS,
    r"(?i:\b(?:lives|living|resides|residing|resident|staying|stays|d/c home|discharged home)"
    r"(?:[ \t]+(?:alone|independently|with [a-z]+))?[ \t]+(?:at|@))[ \t]+"
    r"(?P<v>[0-9]{1,5}(?:[/\-][0-9]{1,4})?[a-z]?,?[ \t]+[^\W\d_][^\n,.;()\[\]]{1,40}"
    r"(?:,[ \t]*[^\W\d_][^\n,.;()\[\]0-9]{1,30})?"
    # or the street first, its number after ("lives at Vrtna ulica 12a, ...", "resident at Lindevej 3/2")
    r"|(?P<w>[^\W\d_][\w'\-.]*(?:[ \t][^\W\d_][\w'\-.]*){0,3})"
    r"[ \t][0-9]{1,5}[A-Za-z]?(?:/[0-9]{1,4}[A-Za-z]?)?"
    r"(?=[ \t]*(?:[,;\n]|$|\.(?:[ \t]|$))))",
    # no trailing blank: the address chain reads the postcode after the town ("..., Springfield 29478")
    validator=lambda text, m: _v_home_cue(m),
    hs=r"(?i:\b(?:lives|living|resides|residing|resident|staying|stays|home)(?:[ \t]+[a-z]+){0,2}"
    r"[ \t]+(?:at|@))[ \t]+[^ \t\n]",
)
# words that make "<words> <number>" after the cue a time or a room, not a street ("lives at home since 2019")
_HOME_NOT_STREET = frozenset(
    ["since", "for", "from", "until", "till", "in", "on", "with", "about", "age", "aged", "room", "rm", "bed",
     "ward", "least", "times", "x", "the", "a", "an", "and", "or", "of"]
)


# the whole clause after "lives at"/"resident at" when it holds a number and reads like an address, in
# any language's address words ("lives at Mingachevir shahari, Nizami kuchasi, b. 6, m. 3. Call back"):
# up to the sentence's end (a stop before a capital), a semicolon, a bracket or the line's end
HOME_CLAUSE = PatternSpec(
    "home-clause",
    T.ADDRESS,
    r"(?i:\b(?:lives|living|resides|residing|resident)[ \t]+(?:at|@))[ \t]+"
    r"(?P<v>[^\W\d_][^\n;()\[\]{}\"<>|]{2,90}?)(?=\.?[ \t]*$|\.[ \t]+[A-Z]|\.?[ \t]*[;\n\"(\[|])",
    validator=lambda text, m: _v_home_clause(m),
    hs=r"(?i:\b(?:lives|living|resides|residing|resident)[ \t]+(?:at|@))[ \t]+[^ \t\n0-9]",
)
_CLAUSE_WORDS = re.compile(r"[^\W\d_][\w'\-]*")
_US_STATE_NAME = re.compile(rf"(?:{US_STATES})")


def _v_home_clause(m: re.Match[str]) -> tuple[int, int, T] | None:
    v = m.group("v").rstrip(" \t.,")
    if not any(c.isdigit() for c in v):
        return None
    words = _CLAUSE_WORDS.findall(v)
    if len(words) > 10 or any(w.lower() in _CLAUSE_STOPS for w in words):
        return None  # prose: "lives at home with her husband since 2019"
    from phigate.engine import lexicon
    from phigate.engine.address_chain import STATES
    from phigate.engine.normalize import fold_token

    countries = lexicon.countries()
    while "," in v:  # the country or the state at the end may stay (Safe Harbor)
        head, _, last = v.rpartition(",")
        key = " ".join(fold_token(w) for w in last.split())
        if key not in countries and key not in STATES and not _US_STATE_NAME.fullmatch(last.strip()):
            break
        v = head.rstrip(" \t")
    if not any(c.isdigit() for c in v):
        return None
    return m.start("v"), m.start("v") + len(v), T.ADDRESS


_CLAUSE_STOPS = frozenset(
    ["since", "for", "until", "till", "with", "and", "but", "who", "where", "which", "when", "because", "has",
     "have", "had", "is", "was", "are", "were", "will", "about", "ago", "years", "year", "months", "weeks",
     "days", "home", "the", "his", "her", "their", "my", "our", "your", "this", "that", "age", "aged", "bed",
     "ward", "room", "floor", "times", "per", "than", "then", "now", "currently", "present", "presently"]
)


# the code that opens a client's home: "key safe 4196", "lockbox code 3307", "door code 7710", "alarm PIN
# 28834" (a year after "key safe fitted" is no code: only a label's words may stand between)
_KEY_SAFE = r"key ?safe|keysafe|lock ?box|key ?box"
_ACCESS_LABEL = (
    rf"(?i:\b(?:{_KEY_SAFE}|(?:door|gate|alarm(?: panel)?|entry|garage|building|keypad|front door|back door)"
    r"[ \t]+(?:code|pin|combination|combo)))"
)
ACCESS_CODE = PatternSpec(
    "access-code",
    T.CREDENTIAL,
    rf"{_ACCESS_LABEL}(?:[ \t:=#(,\-]|\b(?i:is|code|pin|number|no|combination|combo)\b)*"
    r"(?P<v>[0-9]{3,8})(?![0-9])",
    validator=_v_plain(T.CREDENTIAL),
    hs=_ACCESS_LABEL,
    window=40,
)
# the same code said after where the key safe is: "Key safe by the side gate, code 4196", "lockbox on
# the porch rail, code 3307", "key safe fitted 2023 (code 5120, on file)"
ACCESS_CODE_LATER = PatternSpec(
    "access-code-later",
    T.CREDENTIAL,
    rf"(?i:\b(?:{_KEY_SAFE})\b[^.;\n]{{0,60}}?\b(?:code|pin|combination)[ \t:=#]*)"
    r"(?P<v>[0-9]{3,8})(?![0-9])",
    validator=_v_plain(T.CREDENTIAL),
    hs=rf"(?i:\b(?:{_KEY_SAFE})\b)",
    window=90,
)
# a subject's initials after their label ("Initials: QVK", "Pt init: T-W", "<patientinitial>BLM"): in a trial
# they stand for the name
SUBJECT_INITIALS = PatternSpec(
    "initials-label",
    T.NAME,
    # ("(initials Z-T, age ...)": "initials" and a space will do)
    r"(?i:\b(?:subject |patient |pt |subj )?init(?:ial)?s?\b\.?[ \t]*[:=>][ \t]*|\binitials[ \t]+)"
    r"(?P<v>[A-Z]{2,4}|[A-Z](?:-[A-Z]){1,2})(?![A-Za-z0-9])",
    validator=_v_plain(T.NAME),
    hs=r"(?i:\b(?:subject |patient |pt |subj )?init(?:ial)?s?\b\.?[ \t]*[:=>])|(?i:\binitials)[ \t]+[A-Z]",
)
# who did something in a system, by the login it shows: "uploaded by hmarrow", "Generated by tquell",
# "[ozelnik@host ~]$"
ACTOR_LOGIN = PatternSpec(
    "actor-login",
    T.ID,
    r"(?:\b(?i:uploaded|generated|created|modified|entered|signed|approved|reviewed|edited|updated|submitted"
    r"|exported|changed|verified|locked|run|done|performed|closed|opened|answered|raised|sent|posted|filed"
    r"|assigned|resolved|acknowledged|released|merged|cancelled|canceled|scheduled|accessed|viewed|printed"
    r"|deleted|moved|requeued|reprocessed) by[ \t]+"
    r"(?P<v>[a-z][a-z0-9._]{3,20}|[A-Z]{5,10}[0-9]{0,2})\b(?![@\-]|\.\w)"
    r"|\[(?P<v2>[a-z][a-z0-9._\-]{2,30})@[\w.\-]+[ \]]"
    # a login and a time in a comment's byline: "Comment (<login>, 2024 ...)"
    r"|\((?P<v3>[a-z][a-z0-9._]{3,15}),[ \t]*(?:19|20)[0-9]{2}\b)",
    validator=lambda text, m: _v_actor_login(m),
    hs=r"(?:\b(?i:uploaded|generated|created|modified|entered|signed|approved|reviewed|edited|updated"
    r"|submitted|exported|changed|verified|locked|run|done|performed|closed|opened|answered|raised|sent|posted"
    r"|filed|assigned|resolved|acknowledged|released|merged|cancelled|canceled|scheduled|accessed|viewed"
    r"|printed|deleted|moved|requeued|reprocessed) by[ \t]+[A-Za-z]|\[[a-z][a-z0-9._\-]{2,30}@"
    r"|\([a-z][a-z0-9._]{3,15},[ \t]*(?:19|20)[0-9]{2})",
)


def _v_actor_login(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon

    g = "v" if m.group("v") else "v2" if m.group("v2") else "v3"
    v = m.group(g)
    if v.lower() in lexicon.common_words() or v.lower() in _SERVICE_ACCOUNTS:
        return None  # "reviewed by the", "run by cron", "[root@db01 ~]#": a word or a service account
    return m.start(g), m.end(g), T.ID


# who did it in an audit trail's columns: "<time>  <login>  Moved 204519 to Hold", "<time>  <login>  Edited"
AUDIT_LOGIN = PatternSpec(
    "audit-login",
    T.ID,
    r"[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?[ \t]{2,}(?P<v>[a-z][a-z0-9._]{3,20})"
    r"[ \t]{2,}[A-Z][a-z]",
    validator=lambda text, m: None if m.group("v") in _LOG_LEVELS else _v_actor_login(m),
    hs=r"[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?[ \t]{2,}[a-z][a-z0-9._]{3,20}[ \t]{2,}"
    r"[A-Z][a-z]",
)
_LOG_LEVELS = frozenset(["info", "debug", "warn", "warning", "error", "trace", "fatal", "notice", "crit",
                         "critical", "alert", "emerg", "verbose"])


# whose note or mention it is in code and on code hosts: "TODO(<login>): ...", "@<login> opened this issue",
# "thanks @<login>" (a decorator, an annotation or a CSS at-rule is no mention: it opens its line alone or
# before "(" or ".", is capitalised, or is an English word)
CODE_MENTION = PatternSpec(
    "code-mention",
    T.ID,
    r"(?:\b(?:TODO|FIXME|XXX|HACK|BUG|NOTE)\((?P<v>[A-Za-z][\w.\-]{1,30})\)"
    r"|(?<![\w.@/])@(?P<v2>[a-z][a-z0-9_\-]{2,38})(?=[ \t,:;!?)\n]|\.[ \t\n]|$))",
    validator=lambda text, m: _v_code_mention(text, m),
    hs=r"\b(?:TODO|FIXME|XXX|HACK|BUG|NOTE)\([A-Za-z]|@[a-z]",
)


# doc-comment tags, CSS at-rules and template directives that follow an "@" in code
_AT_TAGS = frozenset([
    "param", "params", "arg", "argument", "returns", "return", "throws", "throw", "exception", "see",
    "since", "deprecated", "author", "type", "typedef", "callback", "example", "link", "linkplain",
    "inheritdoc", "override", "todo", "const", "constant", "enum", "async", "private", "public",
    "protected", "static", "readonly", "internal", "ignore", "module", "namespace", "class", "interface",
    "extends", "implements", "template", "fires", "event", "listens", "yields", "default", "description",
    "summary", "file", "fileoverview", "license", "version", "copyright", "import", "media", "keyframes",
    "font-face", "supports", "page", "charset", "layer", "container", "apply", "tailwind", "layout",
    "include", "mixin", "extend", "use", "forward", "each", "else", "foreach", "endforeach", "endif",
    "csrf", "vite", "ts-ignore", "ts-expect-error", "ts-nocheck", "jsx", "flow", "noinspection", "suppress",
    "memberof", "instance", "property", "prop", "emits", "slot", "api", "apiparam", "apisuccess",
    "apierror", "route", "get", "post", "put", "patch", "delete", "mock", "fixture", "var", "method",
    "function", "func", "brief", "details", "note", "warning", "bug", "retval", "tparam", "pre",
    "invariant", "test"
])


def _v_code_mention(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon

    g = "v" if m.group("v") else "v2"
    v = m.group(g)
    if v.lower() in lexicon.common_words() or v.lower() in _AT_TAGS or sum(c.isalpha() for c in v) < 3:
        return None  # "TODO(security)", "@media", "@param": a word
    if g == "v2":
        line = text.rfind("\n", 0, m.start()) + 1
        if not text[line : m.start()].strip() and text[m.end() : m.end() + 1] in ("\n", ""):
            return None  # "@dataclass" alone on its line: a decorator
    return m.start(g), m.end(g), T.ID


# a British number plate in today's format, two letters, the age pair, three letters, in brackets or after a
# registration word: "(LK19 XRW)" beside a car's make, "reg KT71FOD" ("CD45 RNA" in a sentence stays)
UK_PLATE = PatternSpec(
    "uk-plate",
    T.VEHICLE,
    r"(?:\(|\b(?i:reg|vrm|vrn|registration)\.?:?[ \t]?)(?P<v>[A-HJ-PR-Y]{2}[0-9]{2} ?[A-HJ-PR-Z]{3})"
    r"(?![A-Za-z0-9])",
    validator=_v_plain(T.VEHICLE),
    hs=r"(?:\(|\b(?i:reg|vrm|vrn|registration)\.?:?[ \t]?)[A-HJ-PR-Y]{2}[0-9]{2} ?[A-HJ-PR-Z]{3}",
)


# a person's login under a key no identifier list names: "submitterId": "<LOGIN>", "requestedBy": "<login>"
_WHO_KEY = (
    r"(?i:submitter|requested_?by|requester|assignee|assigned_?to|created_?by|modified_?by|updated_?by"
    r"|entered_?by|approver|reviewer|operator)"
)
LOGIN_KEY = PatternSpec(
    "login-key",
    T.ID,
    rf"(?P<k>\b[A-Za-z_]*{_WHO_KEY}[A-Za-z_]*)[\"']?[ \t]*[:=][ \t]*"
    r"[\"'](?P<v>[A-Za-z][A-Za-z0-9._\-]{2,30})[\"']",
    validator=lambda text, m: (
        (*m.span("v"), T.ID) if _login(m.group("k"), m.group("v"), plain=True) else None
    ),
    hs=rf"{_WHO_KEY}[A-Za-z_]*[\"']?[ \t]*[:=][ \t]*[\"']",
    window=40,
    back="word",
)


# where a record's number is filed in a practice system: "Patient no.: <n>", "Client no.: <n>", "File no.:
# <n>", "UR: <n>" (an Australian hospital's unit record)
RECORD_NO = PatternSpec(
    "record-no",
    T.MRN,
    r"\b(?:(?:Patient|Client|File|Chart|Case|Record|Folder|Unit[ \t]Record|Resident)[ \t]+"
    r"(?:no|No|NO|num|Num|number|Number|ID)\.?|File|FILE|UR|URN|U/R)[ \t]*[:#]?[ \t]*"
    r"(?P<v>(?=[0-9\-/]*[0-9]{4})[0-9][0-9\-/]{2,14}[0-9])(?![0-9A-Za-z/])"
    # without a colon, a case's, a file's or a call's reference ("case 7152-24", "call ref ABC-86252")
    r"|\b(?i:case|file|collar|call[ \t]ref|call[ \t]reference|incident|request|referral|occurrence"
    r"|complaint)[ \t]+#?"
    r"(?P<v2>(?:[A-Z]{2,4}-)?[0-9]{4,8}(?:-[0-9]{2,4})?)(?![0-9A-Za-z/])"
    # a case history's number in Central and South-East Europe (scan copy: accents folded, the numero sign
    # read "N"): "Cislo chorobopisu: 803217", "Istoriya na zabolyavaneto N 4412/23", "Torzsszam: 3316/22",
    # "Broj istorije bolesti: 5530/23", "Ar. Mitroou: 519372", "IZ N 2874/22"
    r"|(?i:\b(?:cislo[ \t]chorobopisu|chorobopis|istoriya[ \t]na[ \t]zabolyavaneto|istorija[ \t]bolesti"
    r"|istorije[ \t]bolesti|broj[ \t]istorije[ \t]bolesti|torzsszam|korlapszam|ar\.?[ \t]mitroou|iz"
    # Croatian "povijest bolesti", Italian "cartella clinica", a record's "Rec."
    r"|(?:broj[ \t])?povijesti[ \t]bolesti|cartella[ \t]clinica|rec\.)"
    r"[ \t]*(?:N|No\.?|Nr\.?|br\.?|n\.)?[ \t]*:?[ \t]*)"
    r"(?P<v3>[0-9]{3,8}/[0-9]{2,4}|[0-9]{4,8})(?![0-9A-Za-z/])",
    validator=lambda text, m: _v_record_no(m),
    hs=r"\b(?:(?:Patient|Client|File|Chart|Case|Record|Folder|Unit[ \t]Record|Resident)[ \t]+"
    r"(?:no|No|NO|num|Num|number|Number|ID)\.?|File|FILE|UR|URN|U/R)[ \t]*[:#]?[ \t]*[0-9]"
    r"|\b(?i:case|file|collar|call[ \t]ref|call[ \t]reference|incident|request|referral|occurrence"
    r"|complaint)[ \t]+#?(?:[A-Z]{2,4}-)?[0-9]{4}"
    r"|(?i:\b(?:cislo[ \t]chorobopisu|chorobopis|istoriya[ \t]na[ \t]zabolyavaneto|istorija[ \t]bolesti"
    r"|istorije[ \t]bolesti|broj[ \t]istorije[ \t]bolesti|torzsszam|korlapszam|ar\.?[ \t]mitroou|iz"
    r"|(?:broj[ \t])?povijesti[ \t]bolesti|cartella[ \t]clinica|rec\.)"
    r"[ \t]*(?:N|No\.?|Nr\.?|br\.?|n\.)?[ \t]*:?[ \t]*)[0-9]{3}",
)
_YEARISH = re.compile(r"(?:19|20)[0-9]{2}(?:[/\-][0-9]{2})?")
# a person's number by the role a file keeps them under: "Candidate no. 592184", "collector ID K41836",
# "Employer ref: HR-30462", "Donor #D-20417"
PERSON_NO = PatternSpec(
    "person-no",
    T.ID,
    # (a member's number is a health plan's, a service number a force's: their own patterns type them)
    r"\b(?i:candidate|employee|staff|worker|claimant|applicant|donor|student|pupil|participant"
    r"|collector|employer|badge|personnel)[ \t]+(?:no|No|NO|num|number|Number|ID|Id|ref|Ref|REF|#)\.?"
    r"[ \t]*[:#]?[ \t]*(?P<v>(?=[A-Z0-9\-]*[0-9]{4})[A-Z]{0,4}-?[0-9][0-9A-Z\-]{2,14}[0-9A-Z])(?![\w/])",
    validator=lambda text, m: None if _YEARISH.fullmatch(m.group("v")) else _span(m, T.ID),
    hs=r"\b(?i:candidate|employee|staff|worker|claimant|applicant|donor|student|pupil|participant"
    r"|collector|employer|badge|personnel)[ \t]+(?:no|No|NO|num|number|Number|ID|Id|ref|Ref|REF|#)\.?"
    r"[ \t]*[:#]?[ \t]*[A-Z]{0,4}-?[0-9]",
)


def _v_record_no(m: re.Match[str]) -> tuple[int, int, T] | None:
    g = "v" if m.group("v") else "v2" if m.group("v2") else "v3"
    if _YEARISH.fullmatch(m.group(g)):
        return None  # "Case 2019 review", "File 2024/25 budget": a year
    return (*m.span(g), T.MRN)


# a service member's number: Canada's service number ("<L><nn> <nnn> <nnn>") after its label, and a battle
# roster or ZAP number ("ZAP <LL><nnnn>", a MIST line's "Z: <LL><nnnn>")
SERVICE_NUMBER = PatternSpec(
    "service-number-mil",
    T.ID,
    r"(?i:\b(?:service[ \t]number|service[ \t]no\.?|regimental[ \t]number|SN))[ \t]*[:#]?[ \t]*"
    r"(?P<v>[A-Z][0-9]{2}[ \t]?[0-9]{3}[ \t]?[0-9]{3})\b"
    r"|\b(?:ZAP|Zap|Z:|BRN)[ \t]*#?[ \t]*(?P<v2>[A-Z]{2}[0-9]{4})\b",
    validator=lambda text, m: (m.span("v") if m.group("v") else m.span("v2")) + (T.ID,),
    hs=r"(?i:\b(?:service[ \t]number|service[ \t]no\.?|regimental[ \t]number"
       r"|SN))[ \t]*[:#]?[ \t]*[A-Z][0-9]{2}"
    r"|\b(?:ZAP|Zap|Z:|BRN)[ \t]*#?[ \t]*[A-Z]{2}[0-9]{4}",
)


# a licence or permit number after its word, with the board's acronym or a prefix: "permis 21-447", "permis
# <ACR> 74-1180", "Licence <ACR>: 60913", "lic. RPH.0412207"
LICENCE_WORD = PatternSpec(
    "licence-word",
    T.LICENSE,
    r"(?i:\b(?:permis|licence|license|lic\.?|numero[ \t]de[ \t]permis"
    # a clinician's stamp or registration in Central and South-East Europe and Turkey (scan copy: accents
    # folded): "pecsetszam: 51207", "cod parafa T38251", "Dip. Tescil No: 472913", "st. zdravnika 86214",
    # "licenca br. 318842"
    r"|licenca|pecsetszam|parafa|cod[ \t]parafa|tescil|st\.[ \t]zdravnika|kod[ \t]lekara|sifra[ \t]lekara"
    # a certifying board's number ("CAOHC certification C-39254", "MROCC certification 55172")
    r"|certification|approved[ \t]doctor"
    # a clinician's code in the Baltic and Nordic languages (scan copy): Latvian "arsta kods", Estonian
    # "registreerimiskood", Icelandic "laeknanumer", Danish "aut.-ID", Norwegian "autorisasjonsnummer"
    r"|arsta[ \t]kods|registreerimiskood|la?e?knanumer|aut\.?-id|autorisasjonsnummer|autorisationsnummer"
    # Portuguese "cedula (profissional)", "carteira profissional", Italian "codice regionale (medico)" and
    # "Ordine dei Medici n.", Austrian "Vertragspartnernummer" ("vpnr=")
    r"|cedula(?:[ \t]profissional)?|carteira[ \t]profissional|codice[ \t]regionale(?:[ \t]medico)?"
    r"|ordine[ \t]dei[ \t]medici|iscr(?:\.|izione)?[ \t](?:all'|al[ \t])?ordine|vertragspartnernummer|vpnr)"
    r"[ \t]*(?:no\.?|#|n[o\?]\.?|n\.o?|br\.?|nr\.?)?[ \t]*[:=]?[ \t]*)"
    r"(?:[A-Z]{2,5}(?:[ \t]+|[ \t]*:[ \t]*))?(?P<v>(?:[A-Z]{2,4}\.)?[A-Z]{0,2}-?[0-9]{2,3}-?[0-9]{2,7})"
    r"(?![0-9A-Za-z])",
    validator=lambda text, m: None if _YEARISH.fullmatch(m.group("v")) else _span(m, T.LICENSE),
    hs=r"(?i:\b(?:permis|licence|license|lic\.?|numero[ \t]de[ \t]permis"
    r"|licenca|pecsetszam|parafa|cod[ \t]parafa|tescil|st\.[ \t]zdravnika|kod[ \t]lekara|sifra[ \t]lekara"
    r"|certification|approved[ \t]doctor"
    r"|arsta[ \t]kods|registreerimiskood|la?e?knanumer|aut\.?-id|autorisasjonsnummer|autorisationsnummer"
    # Portuguese "cedula (profissional)", "carteira profissional", Italian "codice regionale (medico)" and
    # "Ordine dei Medici n.", Austrian "Vertragspartnernummer" ("vpnr=")
    r"|cedula(?:[ \t]profissional)?|carteira[ \t]profissional|codice[ \t]regionale(?:[ \t]medico)?"
    r"|ordine[ \t]dei[ \t]medici|iscr(?:\.|izione)?[ \t](?:all'|al[ \t])?ordine|vertragspartnernummer|vpnr)"
    r"[ \t]*(?:no\.?|#|n[o\?]\.?|n\.o?|br\.?|nr\.?)?[ \t]*[:=]?[ \t]*)"
    r"(?:[A-Z]{2,5}[ \t]*:?[ \t]*)?(?:[A-Z]{2,4}\.)?[A-Z]{0,2}-?[0-9]{2}",
)


# a person's name in DICOM's and HL7's form, two capitalised parts joined by a caret ("<FAMILY>^<GIVEN>"),
# wherever it stands (a worklist's row, an operator field, a log line)
CARET_NAME = PatternSpec(
    "caret-name",
    T.NAME,
    r"(?<![\w^])(?P<v>[A-Z][A-Z'\-]{1,30}\^[A-Z][A-Z'\-]{1,30})(?![\w])",
    validator=lambda text, m: _v_caret_name(m),
    hs=r"[A-Z][A-Z'\-]{1,30}\^[A-Z][A-Z'\-]{1,30}",
)


def _v_caret_name(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon

    parts = [p.lower() for p in m.group("v").split("^")]
    common = lexicon.common_words()
    if all(p in common for p in parts) or any(len(p) < 2 for p in parts):
        return None  # "^HOME^PHONE", "ADT^A" : an HL7 code's parts
    if parts[0] in common and len(parts[1]) <= 3:
        return None  # "...^XR CHEST 2 VIEWS^EAP": a procedure's text and its code system
    start = m.start("v")
    if m.string[max(0, start - 2) : start] == "$$" or m.string[m.end("v") : m.end("v") + 1] == "(":
        return None  # "$$EN^<ROUTINE>(DFN)": a MUMPS call, tag and routine
    return _span(m, T.NAME)


# a plate after the car it belongs to: "car is <plate>", "the car was <plate>", "vehicle <plate>" (letters and
# digits, a hyphen)
PLATE_AFTER_CAR = PatternSpec(
    "plate-after-car",
    T.VEHICLE,
    # and "bil" (Danish, Norwegian, Swedish), "auto" (Dutch, Finnish...), "PKW", the Romance languages' words;
    # a Danish plate's three groups
    r"(?i:\b(?:car|vehicle|van|truck|ute|motorbike|ambulance|bil|bilen|auto|pkw|vehiculo|veiculo|veicolo"
    r"|voiture|coche|carro|fahrzeug|bodaboda|boda|babur|moto)(?:[ \t]+(?:is|was))?[ \t]+)"
    r"(?P<v>(?=[A-Z0-9\- ]*[0-9])(?=[A-Z0-9\- ]*[A-Z])[A-Z0-9]{2,4}[ \-]?[A-Z0-9]{2,5}"
    r"(?:[ \-][A-Z0-9]{2,4})?)(?![A-Za-z0-9])",
    # the plate itself holds a digit and a letter (a unit's name, "road ambulance MICA 1", is no plate)
    validator=lambda text, m: _span(m, T.VEHICLE) if any(c.isdigit() for c in m.group("v"))
    and any(c.isalpha() for c in m.group("v")) else None,
    hs=r"(?i:\b(?:car|vehicle|van|truck|ute|motorbike|ambulance|bil|bilen|auto|pkw|vehiculo|veiculo|veicolo"
    r"|voiture|coche|carro|fahrzeug|bodaboda|boda|babur|moto)"
    r"(?:[ \t]+(?:is|was))?[ \t]+)"
    r"[A-Z0-9]",
)


# who a booking is with, named alone in a reminder: "your podiatry appt with <Given> on Tue" (a department,
# "with Cardiology", or a title, "with Dr", is another rule's)
APPT_WITH = PatternSpec(
    "appt-with",
    T.NAME,
    r"(?i:\b(?:appt|appointment|session|booking|visit|review|consult|consultation|call)[ \t]+with[ \t]+)"
    r"(?P<v>[A-Z][a-z'\-]{2,}(?:[ \t][A-Z][a-z'\-]{2,})?)(?![A-Za-z'\-])",
    validator=lambda text, m: _v_appt_with(m),
    hs=r"(?i:\b(?:appt|appointment|session|booking|visit|review|consult|consultation"
       r"|call)[ \t]+with[ \t]+)[A-Z]",
)


def _v_appt_with(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon
    from phigate.engine.names import DEPARTMENT, ORG_WORDS, TITLES

    words = [w.lower() for w in m.group("v").split()]
    common = lexicon.common_words()
    if words[0] in common or words[0] in TITLES or any(w in ORG_WORDS or DEPARTMENT(w) for w in words):
        return None
    if _TEAM_AFTER.match(m.string, m.end("v")):
        return None  # "appt with Physio team": a service
    return _span(m, T.NAME)


_TEAM_AFTER = re.compile(
    r"(?i)[ \t]+(?:team|clinic|service|services|department|dept|unit|ward|nurse|nurses)\b"
)


# Quebec's health card (RAMQ): four letters of the names, then eight digits, often spaced "ABCD 1234 5678"
RAMQ = PatternSpec(
    "ramq",
    T.HEALTH_PLAN,
    r"\b(?P<v>[A-Z]{4}[ \t]?[0-9]{4}[ \t]?[0-9]{4})(?![0-9A-Za-z])",
    validator=_v_plain(T.HEALTH_PLAN),
    hs=r"\b[A-Z]{4}[ \t]?[0-9]{4}[ \t]?[0-9]{4}",
)
# a message signed on a line of its own after a dash: "— <Given>", "-- <Given> <Family>" (the scan copy writes
# every dash as "-")
DASH_SIGNOFF = PatternSpec(
    "dash-signoff",
    T.NAME,
    r"(?m)^[ \t]*(?:--|-)[ \t]?(?P<v>[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+)?)[ \t]*$",
    validator=lambda text, m: None if _in_bullets(text, m) else _v_first_not_common(m, T.NAME),
    hs=r"(?:--|-)[ \t]?[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+)?[ \t]*(?:\r?\n|$)",
)
# a numbered partner or contact in a list: "PARTNER 2 — <Given> <Family>", "Contact 2: <Given>"
NUMBERED_CONTACT = PatternSpec(
    "numbered-contact",
    T.NAME,
    r"\b(?i:partner|contact|household[ \t]contact|sexual[ \t]contact|exposed[ \t]person)[ \t]*#?[0-9]{1,3}"
    r"[ \t]*(?:--|-|:)[ \t]*(?P<v>[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+)?)(?![A-Za-z'\-])",
    validator=lambda text, m: _v_first_not_common(m, T.NAME),
    hs=r"\b(?i:partner|contact|household[ \t]contact|sexual[ \t]contact|exposed[ \t]person)[ \t]*#?[0-9]{1,3}"
    r"[ \t]*(?:--|-|:)[ \t]*[A-Z]",
)


_BULLET = re.compile(r"[ \t]*[-*+\u2022]")


_CLOSING = re.compile(r"(?i)(?:thanks|thank you|many thanks|regards|kind regards|best|cheers|sincerely|warmly"
                      r"|love|ta|yours|take care)[ \t]*[,.!]?[ \t]*$|.*[,!][ \t]*$")


def _in_bullets(text: str, m: re.Match[str]) -> bool:
    """A dash line is a signature after a closing ("Thanks,") or ending the text after a blank line; beside
    other dash lines, or after any other line, it is a list's item ("- Metformin")."""
    start = text.rfind("\n", 0, m.start()) + 1
    prev = text.rfind("\n", 0, max(0, start - 1)) + 1
    end = text.find("\n", m.end())
    if (start and _BULLET.match(text, prev, start)) or (end >= 0 and _BULLET.match(text, end + 1)):
        return True
    before = text[prev : max(prev, start - 1)]
    if _CLOSING.match(before):
        return False
    return not (not before.strip() and (end < 0 or not text[end:].strip()))


# who wrote a note in a query file or a ticket: "-- <Given> <Family>: sent the A03s by hand"
DASH_AUTHOR = PatternSpec(
    "dash-author",
    T.NAME,
    r"(?m)^[ \t]*(?:--|//|#)[ \t]?(?P<v>[A-Z][a-z'\-]+[ \t][A-Z][a-z'\-]+):[ \t]",
    validator=lambda text, m: _v_all_not_common(m, T.NAME),
    hs=r"(?:--|//|#)[ \t]?[A-Z][a-z'\-]+[ \t][A-Z][a-z'\-]+:[ \t]",
)
# a ticket's people fields, aligned by spaces: "Assigned to     <Given> <Family>", "Caller   <Given> <Family>"
TICKET_PERSON = PatternSpec(
    "ticket-person",
    T.NAME,
    r"\b(?:Assigned[ \t]to|Opened[ \t]by|Resolved[ \t]by|Closed[ \t]by|Requested[ \t]by|Reported[ \t]by"
    r"|Requested[ \t]for|Caller|Assignee|Reporter|Watcher)[ \t]*:?[ \t]+"
    r"(?P<v>[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+){1,2})(?![A-Za-z'\-])",
    validator=lambda text, m: _v_all_not_common(m, T.NAME),
    hs=r"\b(?:Assigned[ \t]to|Opened[ \t]by|Resolved[ \t]by|Closed[ \t]by|Requested[ \t]by|Reported[ \t]by"
    r"|Requested[ \t]for|Caller|Assignee|Reporter|Watcher)[ \t]*:?[ \t]+[A-Z]",
)
# a grid's "<Family>, <Given> <I>" cell: a middle initial after a comma-separated pair, then the column's end
FAMILY_GIVEN_INITIAL = PatternSpec(
    "family-given-initial",
    T.NAME,
    r"(?<![\w,])(?P<v>[A-Z][a-z'\-]{1,20},[ ]?[A-Z][a-z'\-]{1,20}[ ][A-Z])\.?(?=[ \t]{2,}|\t|[ \t]*\r?\n"
    r"|[ \t]*$|[ ][0-9])",
    validator=lambda text, m: _v_family_given(m),
    hs=r"[A-Z][a-z'\-]{1,20},[ ]?[A-Z][a-z'\-]{1,20}[ ][A-Z]",
)
# an HL7 address's county, its ninth component: "...^<ST>^<zip>^<country>^<type>^^<COUNTY>|"
HL7_COUNTY = PatternSpec(
    "hl7-county",
    T.ADDRESS,
    r"\^[A-Z]{2}\^[0-9]{5}(?:-[0-9]{4})?\^[A-Z]{0,3}\^[A-Z]{0,2}\^[^\^"
    r"|~\n]{0,20}\^(?P<v>[A-Za-z][A-Za-z .'\-]{2,40})"
    r"(?=[|~^\r\n])",
    validator=lambda text, m: None if _is_region(m.group("v")) else _span(m, T.ADDRESS),
    hs=r"\^[A-Z]{2}\^[0-9]{5}(?:-[0-9]{4})?\^[A-Z]{0,3}\^[A-Z]{0,2}\^[^\^|~\n]{0,20}\^[A-Za-z]",
)


def _v_all_not_common(m: re.Match[str], t: T) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon

    common = lexicon.common_words()
    if any(w.lower() in common for w in m.group("v").split()):
        return None  # "-- Next Steps: ...", "Assigned to Service Desk"
    return _span(m, t)


def _v_family_given(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon

    family, given = (w.strip() for w in m.group("v")[:-2].split(",", 1))
    common, countries = lexicon.common_words(), lexicon.countries()
    if family.lower() in countries or _is_region(given) or (
        family.lower() in common and given.lower() in common
    ):
        return None  # "Paris, France", "Salt, Pepper"
    return _span(m, T.NAME)


# "FAMILY,GIVEN" in capitals with no space, as EHR audit trails, print logs and breach lists write a person
# ("<FAMILY>,<GIVEN>", "<TWO WORDS>,<GIVEN>"); a CSV header's "NAME,DOB" is vocabulary
CAPS_FAMILY_GIVEN_TIGHT = PatternSpec(
    "caps-family-given-tight",
    T.NAME,
    r"(?<![\w,'ʻ?])(?P<v>[A-Z][A-Z'ʻ\-]{0,23}[A-Z](?:[ ][A-Z][A-Z'ʻ\-]{0,23}[A-Z])?,[A-Z][A-Z'ʻ\-]{1,23}[A-Z]"
    r"(?:[ ][A-Z]\.?)?)(?![\w,'ʻ]|[ ][0-9])",  # (not a CSV row's "?CVA,CTAS 3")
    validator=lambda text, m: _v_caps_family_given_tight(m),
    hs=r"[A-Z][A-Z'ʻ\-]{0,23}[A-Z](?:[ ][A-Z][A-Z'ʻ\-]{0,23}[A-Z])?,[A-Z][A-Z'ʻ\-]{1,23}[A-Z]",
)


def _v_caps_family_given_tight(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon
    from phigate.engine.names import vocabulary
    from phigate.engine.normalize import fold_token

    words = [fold_token(w) for w in re.findall(r"[A-Za-z'ʻ\-]{2,}", m.group("v"))]
    common, cities = lexicon.common_words(), lexicon.cities()
    if any(vocabulary(w) or w in cities or _STATE_RE.fullmatch(w.upper()) for w in words) \
            or all(w in common for w in words):
        return None  # "NAME,DOB", "ACUTE,CHRONIC", "BLOOD,URINE": a header or two words
    return _span(m, T.NAME)


# a GEDCOM family file's person and place lines: "1 NAME <given> /<family>/", "2 SURN <family>", "2 PLAC
# <town>, <region>" (the place's first part: a region or a country after it may stay)
GEDCOM_LINE = PatternSpec(
    "gedcom-line",
    T.NAME,
    r"(?m)^(?P<lvl>[0-9]{1,2})[ \t]+(?P<tag>NAME|GIVN|SURN|NICK|_MARNM|PLAC|CITY|ADR1|ADDR|POST)[ \t]+"
    r"(?P<v>[^\n\r,]{2,80})",
    validator=lambda text, m: _v_gedcom(m),
    hs=r"[0-9][ \t]+(?:NAME|GIVN|SURN|NICK|_MARNM|PLAC|CITY|ADR1|ADDR|POST)[ \t]+[^ \t\r\n]",
)


_GEDCOM_PLACES = {"PLAC": T.ADDRESS, "CITY": T.ADDRESS, "ADR1": T.ADDRESS, "ADDR": T.ADDRESS, "POST": T.ZIP}


def _v_gedcom(m: re.Match[str]) -> tuple[int, int, T] | None:
    tag, v = m.group("tag"), m.group("v").rstrip()
    if not any(c.isalnum() for c in v) or v.startswith("@"):
        return None
    t = _GEDCOM_PLACES.get(tag, T.NAME)
    if t is T.ADDRESS and _is_region(v):
        return None  # "2 PLAC Pakistan": a country stays
    return m.start("v"), m.start("v") + len(v), t


# a pedigree's row: its generation and number, the person, then their sex's symbol, an age or a death
# ("III-2 <given> <F.> ● 47y", "IV-1  <given> ■ 9y", "II-3 <given> <family> (d. 71)")
PEDIGREE_ROW = PatternSpec(
    "pedigree-row",
    T.NAME,
    r"(?<![\w\-])(?:I|II|III|IV|V|VI|VII)[-.:][0-9]{1,2}\*?[ \t]+"
    r"(?P<v>[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]*\.?)?)"
    r"(?=[ \t]+(?:[●○■□◆◇♂♀▲△◼◻†✝?]|\(|[0-9]{1,3}[ ]?y\b|d\.))",  # (the scan copy reads a symbol "?")
    validator=lambda text, m: _v_pedigree_person(m),
    hs=r"(?:I|II|III|IV|V|VI|VII)[-.:][0-9]{1,2}\*?[ \t]+[A-Z]",
)
# an age at death over 89 in a pedigree or a family history: "■/ d. 91 (2021)", "(d. 94)", "d. 101."
AGE_AT_DEATH = PatternSpec(
    "age-at-death",
    T.AGE,
    r"(?:\(|[●○■□◆◇♂♀?/][ \t]?|[.;,][ \t])d\.[ \t]?(?P<v>9[0-9]|1[01][0-9])(?![0-9.,/:])",
    validator=lambda text, m: _span(m, T.AGE),
    hs=r"(?:\(|[●○■□◆◇♂♀?/][ \t]?|[.;,][ \t])d\.[ \t]?(?:9[0-9]|1[01][0-9])",
)


def _v_pedigree_person(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon
    from phigate.engine.names import vocabulary
    from phigate.engine.normalize import fold_token

    keys = [fold_token(w.rstrip(".")) for w in m.group("v").split()]
    if vocabulary(keys[0]) or keys[0] in ("proband", "consultand", "unaffected", "affected", "carrier"):
        return None  # "II-1 Proband (", "III-2 Unaffected ●": the pedigree's own words
    if len(keys) == 1 and keys[0] in lexicon.common_words() and keys[0] not in lexicon.first_names():
        return None
    return _span(m, T.NAME)


# where a camp, a settlement or a site houses a family: its block, zone or sector, then the shelter, tent or
# plot ("Block C5, Shelter 461", "Zone 5, tente 31", "Manzana 9, Lote 26", "Quadra 3,
# Barraca 80", "Hamlet 5, Tukul 75", "Zone 8, Block 85, Plot 71"): an address smaller than a town
_CAMP_AREA = (r"(?i:block|bloc|bloque|zone|zona|secteur|sector|cluster|hamlet|quadra|quadrant|manzana"
              r"|m[oó]dulo|sub-block|village|section|phase|dormitorio|dortoir)")
_CAMP_AREA_ID = r"[ \t]+[A-Z]?[0-9]{1,4}[A-Z]?(?:-[0-9A-Z]{1,3})?,[ \t]*"
CAMP_SHELTER = PatternSpec(
    "camp-shelter",
    T.ADDRESS,
    rf"\b(?P<v>{_CAMP_AREA}{_CAMP_AREA_ID}(?:{_CAMP_AREA}{_CAMP_AREA_ID})?"
    r"(?i:shelter|tent|tente|tukul|barraca|hut|shed|lote|plot|litera|carpa|unidade|caravan|cabin|casa"
    r"|maison|case)[ \t]+[A-Z]?[0-9]{1,4}[A-Z]?)\b",  # (not a ward's "Zone 2, Bed 4")
    validator=lambda text, m: _span(m, T.ADDRESS),
    hs=rf"\b{_CAMP_AREA}{_CAMP_AREA_ID}",
)


# a register's "FAMILY, GIVEN" in capitals with no label, where a record's detail follows it: a bracket, a
# semicolon, its record number's label ("filed to <id> of <FAMILY>, <GIVEN>;", "- <FAMILY>, <GIVEN> E, MRN")
CAPS_FAMILY_COMMA_GIVEN = PatternSpec(
    "caps-family-comma-given",
    T.NAME,
    r"(?<![\w,])(?P<v>[A-Z][A-Z'\-]{0,23}[A-Z](?:[ ][A-Z][A-Z'\-]{0,23}[A-Z])?,[ ]?[A-Z][A-Za-z'\-]{1,23}"
    r"[A-Za-z](?:[ ][A-Z]\.?)?)(?=[ \t]*(?:\(|;|,[ \t]*(?:MRN|Hosp|NHS|DOB|D\.O\.B|MR|UR|URN|PID|Acct|FIN)\b"
    r"|[ \t]+(?:DOB|MRN)\b))",
    validator=lambda text, m: _v_caps_family_comma_given(m),
    hs=r"[A-Z][A-Z'\-]{1,24}(?:[ ][A-Z][A-Z'\-]{1,24})?,[ ]?[A-Z][A-Za-z'\-]",
)


def _v_caps_family_comma_given(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon
    from phigate.engine.names import vocabulary
    from phigate.engine.normalize import fold_token

    words = [fold_token(w) for w in re.findall(r"[A-Za-z'\-]{2,}", m.group("v"))]
    common, cities = lexicon.common_words(), lexicon.cities()
    names = lexicon.first_names() | lexicon.last_names()
    if any((w in common and w not in names) or vocabulary(w) or w in cities or _STATE_RE.fullmatch(w.upper())
           for w in words):
        return None  # "CREATININE, SERUM (mg/dL)", "LONDON, UK (", "RESULTS, FINAL;"
    return _span(m, T.NAME)


def _v_first_not_common(m: re.Match[str], t: T) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon

    if m.group("v").split()[0].lower() in lexicon.common_words():
        return None  # "— Thanks", "Contact 2: Unknown"
    return _span(m, t)


# a month in a year without a day ("BRTHDTC 1947-10", "started 2018-06"): Safe Harbor removes the month, the
# year stays
YEAR_MONTH = PatternSpec(
    "year-month",
    T.DATE,
    r"(?<![\w\-./])(?P<v>(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2]))(?![\w\-/:]|\.\w)",
    validator=_v_plain(T.DATE),
    hs=r"(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])",
)
# a day and month with no year before a time of day ("28/11 08:00" in a MAR's reverse, "GTT 7/6 at 06:00",
# "note 7/10 13:12", "LOG 9/8 0552", "al 19/9 a las 10:30"), or after "birthday"; a score before a time
# stays ("pain 7/10 08:00", "power 4/5 at 14:10")
_CLOCK_AFTER = (r"[ \t]+(?:(?i:at|@|a las|a la|um|a|alle|om|kl\.?)[ \t]+)?(?:[01]?[0-9]|2[0-3])[:h][0-5][0-9]"
                r"(?![0-9])|[ \t]+(?:[01][0-9]|2[0-3])[0-5][0-9](?![0-9.])(?!:[0-9])")
DAY_MONTH_TIME = PatternSpec(
    "day-month-time",
    T.DATE,
    r"(?<![\w./\-])(?P<v>(?:[0-2]?[0-9]|3[01])/(?:0?[1-9]|1[0-2]))(?![0-9/])"
    rf"(?={_CLOCK_AFTER})|(?i:\bbirthday[ \t:]+(?:on[ \t]+)?)"
    r"(?P<v2>(?:[0-2]?[0-9]|3[01])/(?:0?[1-9]|1[0-2]))(?![0-9/])",
    validator=lambda text, m: _v_day_month_time(text, m),
    hs=r"(?:[0-2]?[0-9]|3[01])/(?:0?[1-9]|1[0-2])[ \t]+(?:(?i:at|@|a las|a la|um|a|alle|om|kl\.?)[ \t]+)?"
    r"[0-9]|(?i:\bbirthday[ \t:]+)",
)


def _v_day_month_time(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    if m.group("v2") is not None:
        return m.start("v2"), m.end("v2"), T.DATE
    if _SCORE_BEFORE.search(text, max(0, m.start() - 28), m.start()):
        return None
    return _v_day_month(text, m)
# a login named in prose or a form: "Her username is kea_v88", "login: tavi.orlenko"
_LOGIN_WORDS = (
    r"identifiant|nom d'utilisateur|gebruikersnaam|gebruiker|usuario|nombre de usuario|utente|nome utente"
    r"|benutzername|benutzer|nutzername|anvandarnamn|brukernavn|brugernavn|kayttajatunnus|account under"
    r"|the account|account"
)
USERNAME = PatternSpec(
    "username-cue",
    T.ID,
    r"(?i:\b(?:user ?name|login|log-in|user id|userid|screen ?name"
    r"|(?P<a>(?:logged|signed) (?:in|on) as|authenticated as)"  # "logged in as jbrennan"
    # other languages' words and "account under" take a login's shape only ("utente registrato" stays)
    rf"|(?P<w>{_LOGIN_WORDS}))(?:[ \t]+(?:is|was|ist|war|est|es|e|intranet|portal|app|web)(?![\w.]))?"
    r"[ \t]*[:=]?[ \t]*)"
    r"[\"'`]?(?P<v>[A-Za-z0-9][A-Za-z0-9._\-]{2,39}[A-Za-z0-9])",
    validator=lambda text, m: _v_username(m),
    hs=rf"(?i:\b(?:user ?name|login|log-in|user id|userid|screen ?name|(?:logged|signed) (?:in|on) as"
    rf"|authenticated as|{_LOGIN_WORDS}))[ \t:=]",
)
# a one-time, pick-up or access code read or texted to a person ("codice di ritiro: 047153", "your code
# 581306", "código de acceso 4471"): it opens the person's results or prescription. A bare "code" takes
# six to eight digits (a CPT code has five, a postcode follows "zip" or "postal").
ONE_TIME_CODE = PatternSpec(
    "one-time-code",
    T.CREDENTIAL,
    r"(?i:\b(?:(?P<q>one-time code|otp|verification code|security code|access code|pick-?up code|passcode"
    r"|codice di (?:ritiro|accesso|verifica|sblocco)|codigo de (?:retiro|acceso|verificacion|seguridad)"
    r"|code de (?:retrait|confirmation|verification|securite|acces)|abholcode|zugangscode|bestatigungscode"
    r"|ophaalcode|toegangscode|verificatiecode)|codice|codigo|code)"
    r"(?:[ \t]+(?:is|e|es|est|ist|was))?[ \t]*:?[ \t]*)(?P<v>[0-9]{4,8})(?![0-9\-/.,]?[0-9])",
    validator=lambda text, m: _v_one_time_code(text, m),
    hs=r"(?i:\b(?:one-time code|otp|verification code|security code|access code|pick-?up code|passcode"
    r"|codice|codigo|code|abholcode|zugangscode|bestatigungscode|ophaalcode|toegangscode|verificatiecode))",
    window=60,
)
_NOT_OTP_BEFORE = re.compile(
    r"(?i)\b(?:zip|postal|post|postcode|area|country|error|status|product|item|article|lot|batch|ndc|cpt|icd(?:-?1[01])?"
    r"|hcpcs|loinc|snomed|procedure|diagnosis|billing|reason|tracking|discount|promo|bar|qr|exit|return"
    r"|response|cost|tax|sort|branch|dial|region|language|source|program|course)[ \t_\-]*$"
)


_CODE_SYSTEM_NEAR = re.compile(r"(?i)\b(?:meddra|snomed|icd|loinc|rxnorm|atc|ndc|cpt|hcpcs|pt|llt|soc)\b")


def _v_one_time_code(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    if _NOT_OTP_BEFORE.search(text, max(0, m.start() - 16), m.start()) \
            or _CODE_SYSTEM_NEAR.search(text, max(0, m.start() - 24), m.start()):
        return None  # "ZIP code 60614", "CPT code 992134", "error code 500123", "(MedDRA PT, code 10019211)"
    if m.group("q") is None and len(m.group("v")) < 6:
        return None  # "code 4471": a bare code of a few digits may be anything's
    return _span(m, T.CREDENTIAL)


# a day beside a month named in another language ("18 di juuli", "2 Jannar", "Setyembre 28, 1924"):
# month_words.is_month decides; the scan copy has its accents folded. A count of things is no date: a
# lower-case word needs a particle, an ordinal or a year ("2 agonists" stays).
_YEAR_AFTER = r"(?:,?[ \t]+(?P<y>(?:1[89]|20)[0-9]{2})(?![0-9]))?"
MONTH_WORD_DATES = [
    PatternSpec(
        "month-word",
        T.DATE,
        r"{NB}(?P<d>[0-3]?[0-9])(?P<o>\.|st|nd|rd|th)?[ \t]+(?P<p>(?:di|de|del|of|ng|ni|ka|la|le|sa)[ \t]+)?"
        r"(?P<m>[A-Za-z]{3,12})(?![A-Za-z'])" + _YEAR_AFTER,
        validator=lambda text, m: _v_month_word(m, m.group("p") or m.group("o")),
        hs=r"{NB}[0-3]?[0-9](?:\.|st|nd|rd|th)?[ \t]+(?:(?:di|de|del|of|ng|ni|ka|la|le|sa)[ \t]+)?"
        r"[JFMASONDYIjfmasondyi][A-Za-z]{2}",
    ),
    PatternSpec(
        "word-month",
        T.DATE,
        r"{NB}(?P<m>[A-Za-z]{4,12})[ \t]+(?P<d>[0-3]?[0-9])(?![0-9]|[.,:/][0-9])" + _YEAR_AFTER,
        validator=lambda text, m: _v_month_word(m, None),
        hs=r"{NB}[JFMASONDYI][a-z]{3,11}[ \t]+[0-3]?[0-9]",
    ),
]


def _v_month_word(m: re.Match[str], marked: str | None) -> tuple[int, int, T] | None:
    from phigate.engine.month_words import is_month

    if not (m.group("m")[0].isupper() or m.group("y") or marked) or not 1 <= int(m.group("d")) <= 31:
        return None
    if m.string[max(0, m.start() - 1) : m.start()] == ":":
        return None  # "à 16:25. Merci": a time's minutes, then the next sentence
    groups = m.groupdict()
    if groups.get("o") == "." and not groups.get("y") and not is_month(m.group("m"), fuzzy=False):
        line = m.string.rfind("\n", 0, m.start()) + 1
        if not m.string[line : m.start()].strip():
            return None  # a numbered list's item ("4. Atrial fibrillation"): only a month's own name is one
    return (m.start(), m.end(), T.DATE) if is_month(m.group("m")) else None


# what a person is also called: "calls her Kea", "known as Kea", "goes by kea" (lower case in chat too)
# (the street name a person sleeping rough goes by; "someone called <word>", "a man she calls <word>")
_AKA_CUES = (
    r"calls? (?:him|her|them|me)|known as|goes by|go by|nicknamed|aka|a\.k\.a\.|prefers to be called"
    r"|likes to be called|called by (?:his|her) nickname|street name|calls? (?:himself|herself|themselves)"
    r"|(?:someone|somebody|a (?:man|woman|guy|lad|girl|friend|bloke))(?: (?:she|he|they|we) calls?)?"
    r"(?: called)?"
)
AKA = PatternSpec(
    "aka",
    T.NAME,
    rf"(?i:\b(?:{_AKA_CUES}))[ \t:]+[\"']?(?P<v>[A-Za-z][A-Za-z'\-]{{1,24}})",
    validator=lambda text, m: _v_nickname(m, text),
    hs=rf"(?i:\b(?:{_AKA_CUES}))",
)
# initials before a surname: two initials, or one between a given name and a surname, or one before a
# listed surname ("A. G. Varnaska", "Tavi S. Orlenko"); a pathogen's genus is none ("S. Aureus")
INITIALS = PatternSpec(
    "initials",
    T.NAME,
    r"{NB}(?P<ini>(?:[A-Z]\.[ \t]?){1,3})(?P<sur>[A-Z](?:'[A-Z])?[a-z]+(?:-[A-Z][a-z]+)?)(?![A-Za-z'])",
    validator=lambda text, m: _v_initials(text, m),
    hs=r"{NB}[A-Z]\.[ \t]?(?:[A-Z]\.[ \t]?){0,2}[A-Z](?:'[A-Z])?[a-z]",
)
_GIVEN_BEFORE = re.compile(r"(?<![A-Za-z'])(?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]$")


_NICKNAME_CUE = re.compile(
    r"(?i)goes by|go by|nicknamed|calls? (?:him|her|them|me)|to be called|street name"
    r"|calls? (?:himself|herself|themselves)"
    r"|(?:someone|somebody|man|woman|guy|lad|girl|friend|bloke)(?: (?:she|he|they|we))? call"
)
# "known as" and "aka" name a person's other name after a name or in its field ("<name>, known as <word>",
# "(also known as <word>)", "Known as: <word>"), not in "a condition known as <word>"
_PERSON_AKA = re.compile(r"(?:[,(]|\balso|^|\n|[ \t]{2})[ \t]*$")
_PERSON_AKA_AFTER = re.compile(r"(?i)(?:known as|aka|a\.k\.a\.)[ \t]*:")


def _v_nickname(m: re.Match[str], text: str = "") -> tuple[int, int, T] | None:
    """A name no list holds; after "goes by", "calls him", "nicknamed", "street name" or a person's "known
    as" even a capitalised word ("goes by Kipper"), unless a record's own vocabulary (a drug, a label, a
    department)."""
    from phigate.engine.names import vocabulary
    from phigate.engine.normalize import fold_token

    v = m.group("v")
    found = _v_name_shape(v, m.start("v"), m.end("v"))
    person = _NICKNAME_CUE.search(m.group(0)) is not None or _PERSON_AKA_AFTER.match(m.group(0)) is not None \
        or _PERSON_AKA.search(text, max(0, m.start() - 8), m.start()) is not None
    if found is None and v[:1].isupper() and not v.isupper() and person and not vocabulary(fold_token(v)):
        return m.start("v"), m.end("v"), T.NAME
    return found


def _v_name_shape(word: str, s: int, e: int) -> tuple[int, int, T] | None:
    from phigate.engine.name_shapes import unknown_word

    return (s, e, T.NAME) if not word.isupper() and unknown_word(word) else None


def _v_initials(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine.name_shapes import SPECIES, is_listed_surname, unknown_word

    if m.start() > 0 and text[m.start() - 1] in "./":
        return None  # "U.S. Army"; "6.3 mmol/L. Anna came": a unit's letter ends the sentence
    sur = m.group("sur")
    if sur.lower() in SPECIES or not unknown_word(sur):
        return None
    g = _GIVEN_BEFORE.search(text, max(0, m.start() - 30), m.start())
    g_ok = g is not None and unknown_word(g.group("given"))
    if m.group("ini").count(".") < 2 and not g_ok and not is_listed_surname(sur):
        return None
    return (g.start("given") if g is not None and g_ok else m.start()), m.end("sur"), T.NAME


# who is speaking, in chat typed in lower case too: "yes dis is <name>", "hi im <name>", "my name is <name>"
SELF_INTRO = PatternSpec(
    "self-intro",
    T.NAME,
    r"(?i:\b(?:this is|dis is|it's|it is|i am|i'm|im|my name is|my name's|name's|me llamo|je m'appelle"
    r"|ich bin|mi chiamo|eu sou|ako si|jina langu ni|mi nomber ta"
    # "its" typed for "it's" only before a capitalised word that ends the greeting: "hey its <given> again"
    r"|its(?=[ \t]+(?-i:[A-Z])[a-z'’\-]+(?:[ \t]+(?:again|here|from|calling|speaking|btw)\b|[ \t]*[,.!]"
    r"|[ \t]*$))))[ \t]+"
    r"(?P<v>[^\W\d_][\w'’\-]{2,20})(?![\w'’])",
    validator=lambda text, m: _v_self_intro(m),
    hs=r"(?i:\b(?:this is|dis is|it's|it is|i am|i'm|im|my name is|my name's|name's|me llamo|je m'appelle"
    r"|ich bin|mi chiamo|eu sou|ako si|jina langu ni|mi nomber ta|its))[ \t]+[A-Za-z]",
)


def _v_self_intro(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon
    from phigate.engine.names import LABELS, TITLES, _calendar_words
    from phigate.engine.normalize import fold_token

    k = fold_token(m.group("v"))
    if k in lexicon.common_words() or k in lexicon.excluded() or k in TITLES or k in LABELS \
            or k in _calendar_words():
        return None  # "this is urgent", "it's Tuesday", "I'm Dr ...", "this is patient ...", "im Dezember"
    english = m.group(0)[:2].lower() in ("th", "di", "it", "i'", "im", "i ", "my")
    if not english and not m.group("v")[0].isupper():
        return None  # other languages' cues need a capital: "ich bin müde" is tired, not a name
    places = k in lexicon.proper_nouns() or k in lexicon.cities()
    if m.group("v").isupper() or (places and k not in lexicon.first_names()):
        return None  # "this is ICU", "it's Boston"
    return _span(m, T.NAME)


# cues that only ever introduce a name, in lower case too, with the family name after the given one: "me
# llamo <given> <family> y ...", "je m'appelle", "ik heet", "mein Name ist", "my name is"
_NAMING = (
    r"my name is|me llamo|mi nombre es|je m'appelle|mon nom est|mi chiamo|il mio nome e|ik heet|mijn naam is"
    r"|ich hei(?:ss|ß|s)e|mein name ist|meu nome e|eu me chamo|chamo-me|jag heter|mitt namn ar|mitt navn er"
    r"|jeg hedder|nazywam sie|mam na imie|jmenuji se|benim adim"
)
SELF_NAMED = PatternSpec(
    "self-named",
    T.NAME,
    rf"(?i:\b(?:{_NAMING}))[ \t]+(?P<v>[^\W\d_][\w'’\-]{{1,20}}(?:[ \t][^\W\d_][\w'’\-]{{1,20}})?)(?![\w'’])",
    validator=lambda text, m: _v_self_named(m),
    hs=rf"(?i:\b(?:{_NAMING}))[ \t]+[A-Za-z]",
)
_NOT_NAME_AFTER = frozenset([
    "and", "und", "et", "en", "och", "og", "but", "pero", "mais", "ma", "maar", "aber", "from", "von", "de",
    "da", "la", "el", "il", "le", "the", "is", "ist", "est", "es", "i", "im", "am", "was", "who", "que",
    "qui", "che", "die",
])


def _v_self_named(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon
    from phigate.engine.normalize import fold_token

    words = m.group("v").split()
    if fold_token(words[0]) in _NOT_NAME_AFTER or (words[0].isupper() and len(words[0]) <= 4):
        return None
    if len(words) == 2 and (fold_token(words[1]) in _NOT_NAME_AFTER
                            or (fold_token(words[1]) in lexicon.common_words() and words[1].islower())):
        words = words[:1]  # "my name is ana and": the sentence goes on
    s = m.start("v")
    return s, s + len(" ".join(words)), T.NAME


# South Asian English: a name before an honorific ("asking for <name> sir", "<name> ji"), and a chat's
# sender after its timestamp ("[10:03 pm] <name>: me.")
NAME_HONORIFIC = PatternSpec(
    "name-honorific",
    T.NAME,
    r"(?<![\w'])(?P<v>[A-Z][a-z'\-]{2,20})[ \t]+(?:sir|madam|ma'am|mam|ji|saab|sahib|bhai|didi|akka|anna"
    r"|bhaiya)(?![\w'])",
    validator=lambda text, m: _v_not_ordinary(m),
    hs=r"[A-Z][a-z'\-]{2,20}[ \t]+(?:sir|madam|ma'am|mam|ji|saab|sahib|bhai|didi|akka|anna|bhaiya)",
)
CHAT_SENDER = PatternSpec(
    "chat-sender",
    T.NAME,
    r"(?m)^[ \t]*\[[^\]\n]{4,40}\][ \t]*(?:-[ \t]*)?(?P<v>[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+){0,2}):[ \t]",
    validator=lambda text, m: _v_chat_sender(m),
    hs=r"\][ \t]*(?:-[ \t]*)?[A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+){0,2}:[ \t]",
    window=60,
)
# a chat export's sender after the date and time without brackets ("07/05/25 06:40 - <name>: ...", Android
# WhatsApp), or a handle after a bracketed time ("[11:20] <handle_with_underscore>: ...")
CHAT_SENDER_DASHED = PatternSpec(
    "chat-sender-dashed",
    T.NAME,
    r"(?m)^[ \t]*[0-9]{1,4}[/.\-][0-9]{1,2}[/.\-][0-9]{2,4},?[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
    r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]+[-–][ \t]+(?P<v>[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+){0,2}):[ \t]"
    r"|^[ \t]*\[[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\][ \t]*(?P<h>[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+):[ \t]",
    validator=lambda text, m: _v_chat_sender(m),
    hs=r"[0-9]:[0-9]{2}(?::[0-9]{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]+[-–][ \t]+[A-Z][\w'\-]+"
    r"(?:[ \t][A-Z][\w'\-]+){0,2}:"
    r"|[0-9]:[0-9]{2}(?::[0-9]{2})?\][ \t]*[a-z][a-z0-9]*[_.][a-z0-9]",
    window=40,
)


def _v_chat_sender(m: re.Match[str]) -> tuple[int, int, T] | None:
    """A sender that is a person: not a role or a bot written as words ("Doctor:", "Front Desk:")."""
    from phigate.engine import lexicon

    if "h" in m.re.groupindex and m.group("h") is not None:
        return m.start("h"), m.end("h"), T.NAME
    if all(w.lower() in lexicon.common_words() for w in m.group("v").split()):
        return None
    return _span(m, T.NAME)


# an ABHA address (India's health-account handle): "<name>123@abdm"
ABHA_ADDRESS = PatternSpec(
    "abha-address",
    T.ID,
    r"(?<![\w.@])(?P<v>[a-z0-9][a-z0-9._]{2,40}@(?:abdm|sbx|ndhm))(?![\w.@])",
    hs=r"@(?:abdm|sbx|ndhm)",
    window=50,
)


# a bare number of record length with no unit or code system around it: "The number on the card is 8317264"
BARE_NUMBER = PatternSpec(
    "bare-number",
    T.ID,
    r"{NB}(?P<v>[0-9]{7,12}){NA}",
    validator=lambda text, m: _v_bare_number(text, m),
    hs=r"{NB}[0-9]{7,12}",
)
_NOT_IDS = re.compile(
    r"(?i)(?:snomed|sct|rxnorm|rxcui|loinc|cpt|hcpcs|ndc|icd|cvx|code|codes|coding|system|version|build|port"
    r"|pid|size|bytes|epoch|count|total|amount|balance|sum|\$|usd|eur|gbp|ts|timestamp|nonce|seed|offset"
    r"|line|row|id_?token|sha|commit|hash|#)\W{0,3}$"
)
_UNIT_AFTER = re.compile(
    r"[ \t]?(?i:iu|u|units?|copies|cells|mg|mcg|ug|ng|ml|l|lpm|mmol|g|kg|k|b|kb|mb|bytes?|ms|ns|us|s|sec|x|%"
    r"|/)"
    r"(?![a-z])"
)


def _v_bare_number(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    s, e = m.span("v")
    if (s > 0 and text[s - 1] in ".,-/:+$#=_") or (
        text[e : e + 1] in (".", ",", "-", "/", ":") and text[e + 1 : e + 2].isdigit()
    ):
        return None  # part of a decimal, a range, a path or a time
    if _NOT_IDS.search(text, max(0, s - 24), s) or _UNIT_AFTER.match(text, e):
        return None
    if (snomed_shape(text[s:e]) and not _SSN_CUE_BEFORE.search(text, max(0, s - 16), s)) \
            or _meddra_code(text, s, e):
        return None  # a SNOMED CT concept ("183452005"), a MedDRA term's code ("10019211" by its PT)
    return s, e, T.ID


def _v_username(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon

    v = m.group("v")
    if v.lower() in lexicon.common_words() or v.lower() in ("and", "the", "was", "for", "with", "field"):
        return None  # "login page", "username field"
    if m.group("a") is not None and not (v[0].islower() or _LOGIN_SHAPE.fullmatch(v)):
        return None  # "logged in as Admin", "signed in as Guest": a role; a person's name is the names'
    if m.group("w") is not None and (_LOGIN_SHAPE.fullmatch(v) is None or sum(map(str.isalpha, v)) < 3):
        return None  # "usuario registrado", "account 1234": no login's shape (numbers are other rules')
    return _span(m, T.ID)


def _v_phone_paren(m: re.Match[str]) -> tuple[int, int, T] | None:
    n = _ndigits(m.group("v"))
    if m.group("one") is not None:  # one block: not "(2019) 123456", a year in brackets
        area = m.group("v")[m.group("v").index("(") + 1 : m.group("v").index(")")]
        return _span(m, T.PHONE) if 8 <= n <= 12 and not re.fullmatch(r"(?:19|20)[0-9]{2}", area) else None
    return _span(m, T.PHONE) if 9 <= n <= 13 else None


def _v_home_cue(m: re.Match[str]) -> tuple[int, int, T] | None:
    w = m.group("w")
    if w is not None and any(x.lower().strip(".") in _HOME_NOT_STREET for x in w.split()):
        return None
    return m.start("v"), m.start("v") + len(m.group("v").rstrip()), T.ADDRESS


RECORD_WORD = PatternSpec(  # record-number words with no separator: "Exp. 1047315", "prontuário 2691538"
    "record-word",
    T.MRN,
    r"(?:\b(?i:exp|expediente|prontu[aá]rio|hosp(?:ital)? no|cartella n|n[o°º]?\.? ?(?:de )?dossier"
    r"|ksi[eę]gi g[lł]|protokol no|rekam medis|no\. rm)|\bPID)\.?[ \t]{0,2}[:#]?[ \t]{0,2}"
    r"(?P<v>[0-9][0-9\-/]{4,14}[0-9])(?![0-9])",
    validator=lambda text, m: _span(m, T.MRN) if _ndigits(m.group("v")) >= 6 else None,
    hs=r"(?:\b(?i:exp|expediente|prontu|hosp|hospital|cartella|dossier|ksi|protokol|rekam|no\. rm)|\bPID)",
    window=60,
)
# a chat transcript's speaker at the start of a line ("Tavi Orlenko: salaam ya doktor", "[09/03 08:13]
# Sefa Mbiru: bom dia"): two to four capitalised words no dictionary holds, then a colon, in a text with
# more such lines ("Clinic Nurse:", "Blood Pressure:" are ordinary words)
_SPEAKER = re.compile(r"(?m)^(?:\[[^\]\n]{1,40}\][ \t]*)?([A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+){0,3}):[ \t]")
CHAT_SPEAKER = PatternSpec(
    "chat-speaker",
    T.NAME,
    r"(?:^|\n)(?:\[[^\]\n]{1,40}\][ \t]*)?(?P<v>[A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+){1,3}):[ \t]",
    validator=lambda text, m: _v_speaker(text, m),
    hs=r"(?:^|\n)\[|(?:^|\n)[A-Z][A-Za-z'\-]+[ \t][A-Z]",
)


def _v_speaker(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon
    from phigate.engine.names import LABELS, ORG_WORDS, TITLES

    common, excluded = lexicon.common_words(), lexicon.excluded()
    first, last = lexicon.first_names(), lexicon.last_names()
    for word in m.group("v").split():
        if word.isupper() or re.fullmatch(r"[Aa]+", word):
            return None  # an acronym, or a word of another script (its letters are "a" in the scan copy)
        w = word.lower().strip("'-")
        if w in ORG_WORDS or w in LABELS or w in TITLES or (
            (w in common or w in excluded) and w not in first and w not in last
        ):
            return None
    lo, hi = max(0, m.start() - 3000), min(len(text), m.end() + 3000)
    speakers = [s.group(1) for s in _SPEAKER.finditer(text, lo, hi)]
    if len(speakers) < 3 or len(set(speakers)) == len(speakers):
        return None  # a form's labels ("Doğum Tarihi:", "Yatış Tarihi:") do not come back; speakers do
    return _span(m, T.NAME)


# New Zealand's National Health Index number after its name, old ("ZAC5361") and new format ("HCM12YS"),
# with or without a colon
NHI_NUMBER = PatternSpec(
    "nhi",
    T.ID,
    r"\bNHI(?:[ \t]*(?:number|no\.?|#))?[ \t]*[:#=]?[ \t]*(?P<v>[A-Z]{3}[0-9]{2}[A-Z0-9]{2})\b",
    hs=r"\bNHI(?:[ \t]*(?:number|no\.?|#))?[ \t]*[:#=]?[ \t]*[A-Z]{3}[0-9]{2}[A-Z0-9]{2}\b",
)


# a day and month after what is done on it again ("see her again 22/12", "device interrogated 17/11"): apart
# from date-day-month-cue, whose Hyperscan form is at its size limit
# "tomorrow" (and "today") as bilingual chats write it before a day and month: Japanese "ashita", Swahili
# "kesho", Tagalog "bukas", Malay/Indonesian "besok"/"esok", French, Spanish, Portuguese, German, Italian,
# Polish, Turkish (the scan copy has no accents)
_TOMORROW = r"tomorrow|tmrw|ashita|kesho|bukas|besok|esok|demain|manana|amanha|morgen|domani|jutro|yarin"
DAY_MONTH_AGAIN = PatternSpec(
    "date-day-month-again",
    T.DATE,
    r"(?<![/\-])\b(?:again|interrogated|reviewed|phone|telephone|video|virtually|" + _TOMORROW + r")[,:]?\s+"
    + _DAY_MONTH_AFTER_CUE,
    caseless=True,
    validator=_v_day_month,
    hs=r"\b(?:again|interrogated|reviewed|phone|telephone|video|virtually|" + _TOMORROW
    + r")[,:]?\s+[0-9]{1,2}(?:/|\. ?)[0-9]",
)
# a day and month, then the time it is at ("Holy Communion 19/5 at 1620", "review 3/4 @ 14:30"); not a score
# ("pain 7/10 at 1400", "power 4/5 at rest")
DAY_MONTH_AT_TIME = PatternSpec(
    "date-day-month-at-time",
    T.DATE,
    r"(?<![\w/.\-])(?P<v>[0-9]{1,2}/[0-9]{1,2})[ \t]+(?:at|@)[ \t]+(?:[01]?[0-9]|2[0-3])(?::?[0-5][0-9])"
    r"(?:[ \t]?(?:am|pm|h|hrs))?(?![0-9/]|\.[0-9])",
    caseless=True,
    validator=lambda text, m: _v_day_month_at_time(text, m),
    hs=r"[0-9]{1,2}/[0-9]{1,2}[ \t]+(?:at|@)[ \t]+[0-9]{1,2}:?[0-5][0-9]",
)
_SCORE_BEFORE = re.compile(
    r"(?i)\b(?:pain|score|scored|scale|rated|rates|power|strength|gcs|apgar|grade|murmur|mrc|nrs|vas|ratio"
    r"|sats?|fio2|peep|o2)\b[^\n.;]{0,16}$"
)


def _v_day_month_at_time(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    if _SCORE_BEFORE.search(text, max(0, m.start() - 28), m.start()):
        return None
    a, b = (int(x) for x in m.group("v").split("/"))
    if b == 10 and a <= 10:
        return None  # "7/10 at 1400": a score out of ten, whatever word came before it
    if a < b <= 4:
        return None  # "give 1/2 at 0800": half a tablet
    return _span(m, T.DATE) if _valid_md(a, b) or _valid_md(b, a) else None
# a list's row opened by a day and month and the time ("24/3  2210   <record> ..."): a no-show or call list
DAY_MONTH_ROW = PatternSpec(
    "date-day-month-row",
    T.DATE,
    r"(?m:^)[ \t]*(?P<v>[0-9]{1,2}/[0-9]{1,2})[ \t]+(?:[01][0-9]|2[0-3]):?[0-5][0-9](?![0-9/])",
    validator=lambda text, m: _v_day_month_row(m),
    hs=r"(?m:^)[ \t]*[0-9]{1,2}/[0-9]{1,2}[ \t]+[0-9]{2}:?[0-5][0-9]",
)


def _v_day_month_row(m: re.Match[str]) -> tuple[int, int, T] | None:
    a, b = (int(x) for x in m.group("v").split("/"))
    return _span(m, T.DATE) if _valid_md(a, b) or _valid_md(b, a) else None


# a year, its word, then the day and the month in Kazakh, Uzbek or Azerbaijani Latin ("2024 jylğy 16
# jeltoqsan", "2025-yil 28-iyun", "2025-ci il 3 mart"): the day and month go, the year may stay
_TURKIC_MONTHS = (
    r"qantar|aqpan|nauryz|sauir|mamyr|mausym|silde|shilde|tamyz|qyrkuiek|qazan|qarasa|qarasha|jeltoqsan"
    r"|yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|avqust|sentabr|sentyabr|oktabr|oktyabr|noyabr|dekabr"
)
TURKIC_YEAR_FIRST = PatternSpec(
    "date-turkic-year-first",
    T.DATE,
    rf"\b(?:1[89]|20)[0-9]{{2}}[ \t]*-?[ \t]*(?:jylgy|jyly|jili|yil|yili|ci il|cu il|il)[ \t]+"
    rf"(?P<v>[0-9]{{1,2}}[ \t]*-?[ \t]*(?:{_TURKIC_MONTHS}))\b",
    caseless=True,
    hs=r"\b(?:1[89]|20)[0-9]{2}[ \t]*-?[ \t]*(?:jylgy|jyly|jili|yil|yili|ci il|cu il|il)[ \t]+[0-9]{1,2}",
)


# Azerbaijan's personal code on an identity card ("FİN: DZBQ9LH"): seven letters and digits
AZ_FIN = PatternSpec(
    "az-fin",
    T.SSN,
    r"\bF[İI]N[ \t]*:[ \t]*(?P<v>[0-9A-Z]{7})\b",
    hs=r"\bF[A-Za-z]N[ \t]*:[ \t]*[0-9A-Z]{7}\b",
)


# Australia's Centrelink customer reference number: nine digits and a letter ("CRN 655 956 659B")
CENTRELINK_CRN = PatternSpec(
    "centrelink-crn",
    T.SSN,
    r"\bCRN[ \t]*[:#]?[ \t]*(?P<v>[0-9]{3}[ \t]?[0-9]{3}[ \t]?[0-9]{3}[A-Z])\b",
    hs=r"\bCRN[ \t]*[:#]?[ \t]*[0-9]{3}[ \t]?[0-9]{3}[ \t]?[0-9]{3}[A-Z]\b",
)


# a census or huddle line's person by the bed they lie in: "3. <Family>, <Given> (bed 16)", "<Given> <Family>
# (rm 4)"
BED_NAME = PatternSpec(
    "bed-name",
    T.NAME,
    r"(?<![\w'’\-])(?P<v>[A-Z][A-Za-z'’\-]+(?:,?[ \t][A-Z][A-Za-z'’\-]+){0,3})[ \t]+"
    r"\((?:bed|rm|room|bay|cubicle)[ \t]*#?[0-9]{1,3}[A-Za-z]?\)",
    validator=lambda text, m: _v_bed_name(text, m),
    hs=r"[A-Z][A-Za-z'\-]+(?:,?[ \t][A-Z][A-Za-z'\-]+){0,3}[ \t]+\((?:bed|rm|room|bay|cubicle)",
)


# a handover list's patient after the bed, in English and the languages wards write ("Bed 6: <given>
# <family> - ...", Welsh "Gwely 4:", Spanish "Cama", French "Lit", German "Bett", Italian "Letto", Portuguese
# "Leito", Tagalog "Kama"); not a problem or a diagnosis in its place ("Bed 6: Chest Pain - stable")
BED_THEN_NAME = PatternSpec(
    "bed-then-name",
    T.NAME,
    r"\b(?:Bed|Bay|Room|Rm|Cubicle|Gwely|Cama|Lit|Bett|Letto|Leito|Kama"
    # a room in Croatian, Serbian, Slovenian, Spanish, Galician, Italian, French, German, Portuguese, Polish
    r"|Soba|Hab\.?|Habitaci[oó]n|Stanza|Chambre|Ch\.|Zimmer|Zi\.|Quarto|Pok[oó]j|Sala)[ \t]*#?"
    r"[0-9]{1,3}(?:/[0-9]{1,2})?[A-Za-z]?(?:-[A-Z])?[ \t]*"
    r"[:\-–][ \t]*(?P<v>[^\W\d_][\w'’\-]+(?:[ \t][^\W\d_][\w'’\-]+){0,2})(?=[ \t]*(?:[-–,(;]|$))",
    validator=lambda text, m: _v_bed_then_name(m),
    hs=r"\b(?:Bed|Bay|Room|Rm|Cubicle|Gwely|Cama|Lit|Bett|Letto|Leito|Kama|Soba|Hab|Habitaci|Stanza|Chambre|Ch\."
    r"|Zimmer|Zi\.|Quarto|Pok|Sala)",
)


def _v_bed_then_name(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon
    from phigate.engine.names import vocabulary
    from phigate.engine.normalize import fold_token

    words = m.group("v").split()
    if not all(w[0].isupper() and not w.isupper() for w in words):
        return None  # "Bed 4: ok", "Bed 4: NBM": no one's name
    keys = [fold_token(w) for w in words]
    common = lexicon.common_words()
    if any(vocabulary(k) for k in keys) or all(k in common and k not in lexicon.first_names() for k in keys):
        return None
    if len(keys) == 1 and keys[0] not in lexicon.first_names() and keys[0] not in lexicon.last_names():
        return None  # "Sala 3: Observación -": one word a list holds as a name, or a name's two
    return _span(m, T.NAME)


def _v_bed_name(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon
    from phigate.engine.names import LABELS, ORG_WORDS, TITLES

    common, excluded = lexicon.common_words(), lexicon.excluded()
    first, last = lexicon.first_names(), lexicon.last_names()
    words = [(w.start(), w.group()) for w in re.finditer(r"[^\s,]+", m.group("v"))]
    while words and (words[0][1].lower() in common or words[0][1].lower() in excluded) \
            and words[0][1].lower() not in first and words[0][1].lower() not in last:
        words = words[1:]  # "Moved <Given> <Family> (bed 4)": the verb is no part of the name
    keys = [w.lower() for _, w in words]
    if not keys or all(k in common for k in keys) or any(
            k in ORG_WORDS or k in LABELS or k in TITLES or k in excluded for k in keys):
        return None  # "Fall Risk (bed 12)", "Isolation (bed 2)"
    if any(w.isupper() and len(w) <= 4 for _, w in words):
        return None  # an acronym: "ICU (bed 3)"
    return m.start("v") + words[0][0], m.end("v"), T.NAME


# an address's tail: "..., No. 64, Brindwick 61270," "24 Quell Road, Dunmarrow 35320"
TOWN_POSTCODE = PatternSpec(
    "town-postcode",
    T.ADDRESS,
    r",[ \t]+(?P<v>[A-Z][A-Za-z'\-]+(?:[ \t][A-Z][A-Za-z'\-]+){0,2}[ \t]+[0-9]{4,6})"
    r"(?=[ \t]*(?:[\n\r,.;)]|$)|[ \t]+(?:but|and|or|until|since|then|before|after|when|where|which|who)\b)",
    validator=lambda text, m: _v_town_postcode(text, m),
    hs=r",[ \t]+[A-Z][A-Za-z'\-]+(?:[ \t][A-Z][A-Za-z'\-]+){0,2}[ \t]+[0-9]{4,6}",
)


def _v_town_postcode(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """Only after a part holding a house number on the same line, and when the words are no ordinary ones."""
    from phigate.engine import lexicon

    line = text.rfind("\n", 0, m.start()) + 1
    if not any(c.isdigit() for c in text[max(line, m.start() - 60) : m.start()]):
        return None
    common, cities = lexicon.common_words(), lexicon.cities()
    words = m.group("v").split()[:-1]
    if _code_cue(text, m.end("v") - len(m.group("v").split()[-1])):
        return None  # "..., RxNorm 860975": a code system and its code
    if any(w.isupper() or (w.lower() in common and w.lower() not in cities) for w in words) or _is_region(
        " ".join(words)
    ):
        return None  # "..., CPT 99213": a code system and its code
    return _span(m, T.ADDRESS)


ROMANISED_DATE = PatternSpec(  # Japanese and Chinese dates in Latin letters: "Showa 9-nen 11-gatsu 6-nichi",
    # "10-gatsu 3-nichi", "1966 nian 11 yue 17 ri", "3 yue 14 hao"
    "romanised-date",
    T.DATE,
    r"\b(?P<v>(?:(?:Meiji|Taisho|Showa|Heisei|Reiwa)[ \t]?[0-9]{1,2}-nen[ \t]?|[0-9]{4}-nen[ \t]?)?"
    r"[0-9]{1,2}-gatsu[ \t]?[0-9]{1,2}-nichi"
    r"|(?:[0-9]{4}[ \t]?nian[ \t]?)?[0-9]{1,2}[ \t]?yue[ \t]?[0-9]{1,2}[ \t]?(?:ri|hao))\b",
    caseless=True,
    validator=_v_plain(T.DATE),
    hs=r"[0-9]-gatsu|[0-9][ \t]?yue[ \t]?[0-9]",
    window=40,
)
# an Irish Eircode: a routing key (letter, two digits; D6W) and four characters of an unambiguous
# alphabet, with a digit and a letter among them ("F12 K7W3", "P72 RF83")
EIRCODE = PatternSpec(
    "eircode",
    T.ADDRESS,
    r"\b(?P<v>(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W)[ ]?"
    r"(?=[0-9AC-FHKNPRTV-Y]{0,3}[0-9])(?=[0-9AC-FHKNPRTV-Y]{0,3}[A-Z])[0-9AC-FHKNPRTV-Y]{4})\b"
    # after its word any four characters of the alphabet ("Eircode V93 TNPC")
    r"|\bEircode:?[ \t]*(?P<w>(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W)[ ]?[0-9AC-FHKNPRTV-Y]{4})\b",
    validator=lambda text, m: (*m.span("v" if m.group("v") is not None else "w"), T.ADDRESS),
    hs=r"\b(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}\b|\bEircode:?[ \t]*[AC-FHKNPRTV-Y]",
)
# a password said in prose: "pasted the prod db pw Qz7rTe2mWx9#k in the runbook", "password is Kx8..."
PROSE_PASSWORD = PatternSpec(
    "prose-password",
    T.CREDENTIAL,
    # (the scan text is folded: "contraseña", "lösenord", "hasło" arrive without their accents)
    r"\b(?:pw|pwd|passwd|password|passcode|passphrase|pass|wachtwoord|passwort|kennwort|mot de passe|mdp"
    r"|contrasena|clave|senha|parola d'ordine|losenord|passord|adgangskode|salasana|haslo|heslo|jelszo"
    r"|sifre)\b"
    r"(?:[ \t]+(?:is|was|=|:|war|ist|est|etait|era|es|e|er|ar|on|jest|je|oli))?"
    r"(?:[ \t]+(?:still|now|just))?[ \t]+"  # "the password is still <secret>"
    r"(?P<v>[^\s'\"`<>\[\]]{8,64})",
    caseless=True,
    validator=lambda text, m: _v_prose_password(m),
)


def _v_prose_password(m: re.Match[str]) -> tuple[int, int, T] | None:
    v = m.group("v").rstrip(",;.)")  # "Wachtwoord was <secret>, is verlopen": the comma ends the sentence
    if len(v) < 8 or not _secret_like(v):
        return None
    return m.start("v"), m.start("v") + len(v), T.CREDENTIAL


# a birth date built in code: Go's time.Date(1987, time.November, 14, ...), Java's LocalDate.of(1987, 11, 14)
CODE_DATE = PatternSpec(
    "code-date",
    T.DATE,
    r"\b(?:time\.Date|LocalDate\.of|LocalDateTime\.of|new Date|DateOnly|date)\("
    r"(?P<v>(?:1[89]|20)[0-9]{2},[ \t]*(?:time\.[A-Z][a-z]+|Month\.[A-Z]+|[0-9]{1,2}),[ \t]*[0-9]{1,2})"
    r"(?![0-9])",
    validator=_v_plain(T.DATE),
    hs=r"\b(?:time\.Date|LocalDate\.of|LocalDateTime\.of|new Date|DateOnly|date)\((?:1[89]|20)[0-9]{2},",
)


# a day and a month with no year where a board or a log says what was done when ("ACAT done 15/05", "Completed
# 22/01 by", "approved 1/5"), or opening a log's line before a dash ("28/05 -- follow-up call booked"); not
# after "on", "of" or "from", where a fraction or a dose is as likely ("on 1/2 tablet")
_DM = r"(?:0?[1-9]|[12][0-9]|3[01])/(?:0?[1-9]|1[0-2])"
_DONE = (
    r"done|ordered|booked|completed|updated|approved|reviewed|discharged|admitted|due|dated|expires|expiry"
    r"|rebooked|cancell?ed|referred|received|sent|signed|faxed|emailed|posted|return|returns|returned"
    # when something last happened: "last pick-up 22/3", "last fill 17/8", "last drink 14/5"
    r"|last[ \t]+(?:pick-?up|fill|filled|refill|drink|drank|use|used|seen|contact|visit|attended|collection"
    r"|collected|dispensed|review|reviewed)"
)
DAY_MONTH_DONE = PatternSpec(
    "day-month-done",
    T.DATE,
    rf"\b(?i:{_DONE})[ \t]+(?P<v>{_DM})(?![/0-9.,]?[0-9])|(?m:^)[ \t]*(?P<w>{_DM})[ \t]+(?:-|--|—|–)[ \t]",
    validator=lambda text, m: (*m.span("v" if m.group("v") is not None else "w"), T.DATE),
    hs=rf"\b(?i:{_DONE})[ \t]+[0-9]{{1,2}}/[0-9]|(?m:^)[ \t]*[0-9]{{1,2}}/[0-9]{{1,2}}[ \t]+-",
)
# a day and a month with no year, one of them written with a leading zero ("06/03", "27/04", "collection:
# 08/02 ✓"): a fraction, a score, a dose or a blood pressure is not zero-padded ("3/7", "10/10", "120/80")
PADDED_DAY_MONTH = PatternSpec(
    "padded-day-month",
    T.DATE,
    r"(?<![\w/.:\-])(?P<v>0[1-9]/(?:0[1-9]|1[0-2])|(?:[12][0-9]|3[01])/0[1-9]|(?:1[0-2])/0[1-9])"
    r"(?![\w/:]|[.,][0-9])",
    validator=_v_plain(T.DATE),
    hs=r"(?:0[1-9]/(?:0[1-9]|1[0-2])|(?:[12][0-9]|3[01])/0[1-9]|1[0-2]/0[1-9])",
)
# a time of birth where a record files it as such ("Time of birth: 20:29", "Birth time 0655"): a birth
# register's field. A clock time in prose stays ("Twin A born 18:57": Safe Harbor removes the date's elements,
# and a time of day is kept, as de-identified datasets keep it); "TOB" is a claim's type of bill as often
BIRTH_TIME = PatternSpec(
    "birth-time",
    T.DATE,
    r"\b(?i:time[ \t]of[ \t]birth|birth[ \t]?time)\b[ \t]*[:=]?[ \t]*"
    r"(?P<v>(?:[01]?[0-9]|2[0-3]):?[0-5][0-9])(?![0-9:])",
    validator=_v_plain(T.DATE),
    hs=r"\b(?i:time[ \t]of[ \t]birth|birth[ \t]?time)\b[ \t]*[:=]?[ \t]*[0-9]",
)


# the time of a birth after its date (the date is found by its own patterns): "born 2025-03-02 at 20:20",
# "DOB 02/03/2024, 21:28", "DELIVERY: 02/03/2024 at 2200", "born 19:42" (a clock with a colon, or after "at")
_BIRTH_DATE = (
    r"(?:[0-9]{1,4}[\-/.][0-9]{1,2}[\-/.][0-9]{1,4}|[0-9]{1,2}[ \t][A-Za-z]{3,9}\.?[ \t][0-9]{2,4}"
    r"|[A-Za-z]{3,9}\.?[ \t][0-9]{1,2},?[ \t][0-9]{4})"
)
TIME_AFTER_BIRTH = PatternSpec(
    "birth-clock",
    T.DATE,
    rf"\b(?i:born|birth|delivered|delivery|dob|d\.o\.b\.?|date of birth)\b[ \t]*[:=]?[ \t]*"
    rf"(?:{_BIRTH_DATE}[ \t]*,?[ \t]*)?(?:(?:at|@)[ \t]*(?P<v>(?:[01]?[0-9]|2[0-3]):?[0-5][0-9])"
    rf"|(?P<w>(?:[01]?[0-9]|2[0-3]):[0-5][0-9]))(?![0-9:])",
    validator=_v_first_group(T.DATE, "v", "w"),
    hs=r"\b(?i:born|birth|delivered|delivery|dob|d\.o\.b\.?|date of birth)\b",
)
# where a patient lives, goes home to or travels from, said without "in" or "at" ("lives <town>, Co.
# <county>", "patient transport to <town> 10:00", "flight home to <community>", "Travel: from <town>")
PLACE_OF_TRAVEL = PatternSpec(
    "place-of-travel",
    T.ADDRESS,
    r"\b(?:lives|(?i:transport(?:ed)?(?:[ \t]+[0-9]{1,2}:[0-9]{2})?[ \t]+(?:home[ \t]+)?to"
    r"|flight[ \t]+(?:home[ \t]+)?to|flying[ \t]+(?:home[ \t]+)?(?:to|from)|travel(?:l?ing)?:?[ \t]+from))"
    r"[ \t]+(?P<v>[A-Z][a-z'\-]+(?:[ \t\-][A-Z][a-z'\-]+){0,2})(?![\w'\-])",
    validator=lambda text, m: _v_place_of_travel(text, m),
    hs=r"\b(?:lives|(?i:transport(?:ed)?(?:[ \t]+[0-9]{1,2}:[0-9]{2})?[ \t]+(?:home[ \t]+)?to"
    r"|flight[ \t]+(?:home[ \t]+)?to|flying[ \t]+(?:home[ \t]+)?(?:to|from)|travel(?:l?ing)?:?[ \t]+from))"
    r"[ \t]+[A-Z][a-z]",
)


def _v_place_of_travel(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """A place no dictionary holds as a word, and no unit, hospital, region or country ("transport to
    Radiology", "flight to Ontario" stay)."""
    from phigate.engine import lexicon
    from phigate.engine.names import DEPARTMENT, ORG_WORDS

    words = re.split(r"[ \t\-]", m.group("v"))
    common = lexicon.common_words()
    if words[0].lower() in common or _is_region(m.group("v")) or any(
        w.lower() in ORG_WORDS or DEPARTMENT(w.lower()) for w in words
    ):
        return None
    if re.match(r"[ \t]+(?:Hospital|Clinic|Centre|Center|Ward|Unit|Infirmary|House|Home)\b", text[m.end() :]):
        return None  # "transport to <name> Hospital": the hospital, an institution
    return _span(m, T.ADDRESS)


# a newborn before it has a given name: "Baby Girl <FAMILY>", "Twin 1 <FAMILY> (<given>)", "Infant B <family>"
NEWBORN_NAME = PatternSpec(
    "newborn-name",
    T.NAME,
    r"\b(?:Baby|BABY|Infant|INFANT|Twin|TWIN|Triplet|TRIPLET)[ \t]+(?:Girl|Boy|GIRL|BOY|[1-3]|[ABC])[ \t:]+"
    r"(?P<v>[A-Z][A-Za-z'\-]{1,30}(?:[ \t]+\([A-Z][a-z'\-]{1,30}\))?)(?![\w'\-])",
    validator=lambda text, m: _v_newborn(m),
    hs=r"\b(?:Baby|BABY|Infant|INFANT|Twin|TWIN|Triplet|TRIPLET)[ \t]+(?:Girl|Boy|GIRL|BOY|[1-3]|[ABC])"
    r"[ \t:]+[A-Z]",
)


def _v_newborn(m: re.Match[str]) -> tuple[int, int, T] | None:
    """The family name (and a given name in brackets), not a word ("Twin 1 Breech", "Baby Boy Delivered")."""
    from phigate.engine import lexicon

    family = m.group("v").split()[0]
    key = family.lower()
    if (key in lexicon.common_words() and key not in lexicon.last_names()) or key in lexicon.excluded():
        return None
    return _span(m, T.NAME)


def _secret_like(v: str) -> bool:
    """Mixed case and digits (or symbols), as generated secrets are; not a word, path or placeholder."""
    v = v.rstrip(".,;:)")
    if len(v) < 8 or "/" in v or v.startswith(("http", "$", "%", "{")) or set(v) <= {"*", "x", "X", "•"}:
        return False
    lower, upper = any(c.islower() for c in v), any(c.isupper() for c in v)
    digit, symbol = any(c.isdigit() for c in v), any(not c.isalnum() for c in v)
    return lower and (upper or symbol) and digit


ROMANISED_ADDRESS = PatternSpec(  # pinyin: "<road words> 144 hao" (number 144), "<lane> 8 hao lou"
    "romanised-address",
    T.ADDRESS,
    r"\b(?P<v>(?:[A-Z][a-z]+[ \t]){1,4}[0-9]{1,5}[ \t]?hao(?:[ \t]?lou)?)\b",
    validator=_v_plain(T.ADDRESS),
    hs=r"[0-9][ \t]?hao\b",
    window=70,
)
# "91 sai" (Japanese), "95 sui" (Chinese), "92 tuoi" (Vietnamese, no accents); Malagasy "taona", Samoan
# and Tongan "tausaga"/"ta'u", Fijian "yabaki" (years)
ROMANISED_AGE = PatternSpec(
    "romanised-age",
    T.AGE,
    r"\b(?P<v>9[0-9]|1[0-2][0-9])[ \t\-]?(?:sai|sui|tuoi|taona|tausaga|ta'u|yabaki|saal|varsh|baras|oed)\b"
    # the age beside a person's role in brackets: "<name> (member, 94)", "(widow, 91)"
    r"|\((?:member|witness|spectator|resident|patient|mother|father|grandmother|grandfather|grandma|grandpa"
    r"|husband|wife|friend|neighbou?r|volunteer|veteran|spouse|carer|client|widow|widower|aunt|uncle|sister"
    r"|brother),[ \t]*(?P<r>9[0-9]|1[0-2][0-9])\)",
    caseless=True,
    validator=_v_first_group(T.AGE, "v", "r"),
    hs=r"\b(?:9[0-9]|1[0-2][0-9])[ \t\-]?(?:sai|sui|tuoi|taona|tausaga|ta'u|yabaki|saal|varsh|baras|oed)\b"
    r"|\((?:member|witness|spectator|resident|patient|mother|father|grandmother|grandfather|grandma|grandpa"
    r"|husband|wife|friend|neighbou?r|volunteer|veteran|spouse|carer|client|widow|widower|aunt|uncle|sister"
    r"|brother),[ \t]*(?:9[0-9]|1[0-2][0-9])\)",
)
# VistA (the VA's EHR) as programmers see it: the PATIENT file's globals, ^DPT(IEN,node)="piece^piece^...":
# node 0 holds NAME^SEX^DOB (a FileMan date, YYYMMDD from 1700)^...^SSN, .11 the address, .21 the next of kin,
# "B" the name index; the IEN is the record number; an ICN is "##########V######"
_FM_NAME = r"[A-Z][A-Z'\- ]*,[A-Z][A-Z'\- .]*"
VISTA_SPECS = [
    PatternSpec("vista-ien", T.MRN, r"\^DPT\((?P<v>[0-9]{1,12}),", validator=_v_plain(T.MRN)),
    PatternSpec("vista-name", T.NAME, rf"\^DPT\([0-9]{{1,12}},(?:0|\.21)\)=\"(?P<v>{_FM_NAME})(?=\^)",
                validator=_v_plain(T.NAME), hs=r"\^DPT\([0-9]{1,12},(?:0|\.21)\)=\"[A-Z]"),
    PatternSpec("vista-dob", T.DATE, r"\^DPT\([0-9]{1,12},0\)=\"[^\"^\n]*\^[MF]?\^(?P<v>[0-9]{7})(?![0-9])",
                validator=_v_plain(T.DATE), hs=r"\^DPT\([0-9]{1,12},0\)=\""),
    PatternSpec("vista-address", T.ADDRESS, r"\^DPT\([0-9]{1,12},\.11\)=\"(?P<v>[^\"\n]{1,200})\"",
                validator=_v_plain(T.ADDRESS), hs=r"\^DPT\([0-9]{1,12},\.11\)=\""),
    PatternSpec("vista-index", T.NAME, r"\^DPT\(\"B\",\"(?P<v>[^\"\n]{1,60})\"", validator=_v_plain(T.NAME)),
    PatternSpec("vista-index-ien", T.MRN, r"\^DPT\(\"B\",\"[^\"\n]{1,60}\",(?P<v>[0-9]{1,12})\)",
                validator=_v_plain(T.MRN), hs=r"\^DPT\(\"B\",\""),
    PatternSpec("vista-fmdate", T.DATE, r"\$\$(?:FMTE|FMTH|FMTI)\^XLFDT\((?P<v>[0-9]{7})(?![0-9])",
                validator=_v_plain(T.DATE), hs=r"\$\$(?:FMTE|FMTH|FMTI)\^XLFDT\([0-9]{7}"),
    PatternSpec("va-icn", T.ID, r"\b(?P<v>[0-9]{10}V[0-9]{6})\b", validator=_v_plain(T.ID)),
    # the demographics and address APIs' arrays (DEM^VADPT, ADD^VADPT): VADM(1) the name, (2) the SSN, (3) the
    # birth date, (4) the age; VAPA(1)-(3) the street, (4) the town, (6) the ZIP, (8) the phone (VAPA(5), the
    # state, stays); and the record number a routine passes about, DFN
    PatternSpec(
        "vista-array",
        T.ID,
        r"\b(?P<a>VADM|VAPA)\((?P<n>[0-9]{1,2})\)[ \t]*=[ \t]*(?:\"(?P<v>[^\"\n]{1,80})\""
        r"|(?P<v2>[^\s\",;]{1,40}))",
        validator=lambda text, m: _v_vista_array(m),
        hs=r"\b(?:VADM|VAPA)\([0-9]{1,2}\)[ \t]*=",
    ),
    PatternSpec("vista-dfn", T.MRN, r"\bDFN[ \t]*[=:#]?[ \t]*(?P<v>[0-9]{3,12})\b",
                validator=_v_plain(T.MRN)),
    PatternSpec(  # a cross-reference's last subscript is the record: ^DPT("SSN","<ssn>",<ien>)
        "vista-xref-ien",
        T.MRN,
        r"\^DPT\(\"[A-Z]{1,8}\",\"?[^\"\n,]{1,40}\"?,(?P<v>[0-9]{1,12})\)",
        validator=_v_plain(T.MRN),
        hs=r"\^DPT\(\"[A-Z]{1,8}\",",
    ),
]
_VISTA_ARRAY = {
    ("VADM", "1"): T.NAME, ("VADM", "2"): T.SSN, ("VADM", "3"): T.DATE, ("VADM", "4"): T.AGE,
    ("VAPA", "1"): T.ADDRESS, ("VAPA", "2"): T.ADDRESS, ("VAPA", "3"): T.ADDRESS, ("VAPA", "4"): T.ADDRESS,
    ("VAPA", "6"): T.ZIP, ("VAPA", "8"): T.PHONE, ("VAPA", "11"): T.ZIP,
}


def _v_vista_array(m: re.Match[str]) -> tuple[int, int, T] | None:
    t = _VISTA_ARRAY.get((m.group("a"), m.group("n")))
    g = "v" if m.group("v") is not None else "v2"
    v = m.group(g).strip()
    if t is None or not v:
        return None
    if t is T.AGE and not (v.isdigit() and 89 < int(v) <= 125):
        return None
    return m.start(g), m.start(g) + len(m.group(g).rstrip()), t
# names by what surrounds them, in any case: a name label's value in capitals ("Name: TAVI ORLENKO   Age"), an
# Indian relation label ("S/o or W/o: ..."), a relative in brackets ("Family (Ana Ruiz, 555...)"), and a
# name right before its birth date ("its tavi orlenko (dob 1957)")
_CAPS_WORD = r"[A-Z][A-Z'\-]+"
# whose name a form's label asks for ("Full name:", "Legal name:", "Member name:"): a person's, not a drug's
# or a host's
_WHOSE_NAME = (
    "(?:Full|Legal|Preferred|Given|Family|Last|First|Middle|Maiden|Birth|Married|Member|Client|Resident"
    "|Subscriber|Insured|Guarantor|Caller|Guardian|Contact|Applicant|Student|Employee|Donor|Parent|Caregiver"
    "|Spouse|Mother's|Father's|Child's|Patient's|Person's|Baby's)"
)
# labels that are the person ("Deceased: <FAMILY> <GIVEN>", "Principal member: ...", "Received from: ...")
_WHO = (
    "(?:Deceased|DECEASED|Principal member|Main member|Received from|Informant|INFORMANT|Next of kin|NOK"
    "|Claimant|Beneficiary|Insured|Subscriber|Guarantor|AKA|A\\.K\\.A\\.?|Alias|ALIAS|Also known as)"
)
NAME_SHAPES = [
    PatternSpec(
        "name-caps-label",
        T.NAME,
        rf"\b(?:{_WHOSE_NAME} [Nn]ame|{_WHO}|Name|NAME|Patient(?: [Nn]ame)?|PATIENT(?: NAME)?|Pt(?: [Nn]ame)?"
        r"|Paciente|Nombre|Nom|Nome|Naam|Ho ten(?: nguoi benh| benh nhan)?|Ho va ten|HO TEN|Usager|Patient/in"
        r"|Ad Soyad|Nama)"
        # all in capitals, or the register's "FAMILY Given"
        rf"[ \t]*:[ \t]*(?P<v>{_CAPS_WORD}(?:[ \t]{_CAPS_WORD}){{1,5}}"
        r"|[A-Z][A-Z'\-]+[ \t][A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+)?)"
        r"(?=[ \t]{2,}|\t|,|\r?\n|$|[ \t](?:Age|AGE|DOB|Sex|SEX|MRN|UHID|RUT)\b)",
        validator=lambda text, m: None if _all_common(m.group("v")) else _span(m, T.NAME),
        hs=rf"\b(?:{_WHOSE_NAME} [Nn]ame|{_WHO}|Name|NAME|Patient|PATIENT|Pt|Paciente|Nombre|Nom|Nome|Naam"
        r"|Ho ten|Ho va ten|HO TEN|Usager"
        r"|Patient/in|Ad Soyad|Nama)(?: [Nn][Aa][Mm][Ee]| nguoi benh| benh nhan)?[ \t]*:"
        r"[ \t]*[A-Z][A-Z]",
    ),
    PatternSpec(  # a name in capitals and the age after it: "ID says <GIVEN> <FAMILY>, 50 yrs"
        "name-caps-age",
        T.NAME,
        rf"(?<![A-Za-z'\-])(?P<v>{_CAPS_WORD}(?:[ \t]{_CAPS_WORD}){{1,3}}),[ \t]*[0-9]{{1,3}}[ \t]*"
        r"(?:yrs|years|yr|yo|y/o|y\.o\.|years old)\b",
        validator=lambda text, m: _v_caps_age_name(text, m),
        hs=r"[A-Z],[ \t]*[0-9]{1,3}[ \t]*(?:yrs|years|yr|yo|y/o|y\.o\.)",
        window=60,
    ),
    PatternSpec(
        "name-relation-of",
        T.NAME,
        r"\b(?:S|D|W|C|H|F|M)/[Oo](?:[ \t]+or[ \t]+(?:S|D|W|C|H)/[Oo])?[ \t]*[:.]?[ \t]*"
        r"(?P<v>[A-Z][A-Za-z'\-]+(?:[ \t][A-Z][A-Za-z'\-]+){0,3})",
        validator=lambda text, m: None if _ordinary_words(m.group("v")) else _span(m, T.NAME),
        hs=r"\b(?:S|D|W|C|H|F|M)/[Oo]",
        window=40,
    ),
    PatternSpec(
        "name-in-brackets",
        T.NAME,
        r"\b(?i:family|relatives?|next of kin|nok|carer|guardian|spouse|wife|husband|son|daughter|mother"
        r"|father)"
        r"[ \t]*\([ \t]*(?P<v>[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+){1,2})(?=[ \t]*[,;)])",
        validator=lambda text, m: None if _ordinary_words(m.group("v")) else _span(m, T.NAME),
        hs=r"\b(?i:family|relatives?|next of kin|nok|carer|guardian|spouse|wife|husband|son|daughter|mother"
        r"|father)"
        r"[ \t]*\([ \t]*[A-Z]",
    ),
    # a form's row: any label, the person's two or three names, a wide gap, then their date of birth or
    # record number ("Participant: Tobenna Grebby   DOB: 2001", "Athlete: Nkem Ibeziako\tMRN")
    PatternSpec(
        "name-form-row",
        T.NAME,
        r"(?:^|(?<=\n))[ \t]*[A-Z][A-Za-z /]{1,30}:[ \t]*(?P<v>[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+){1,2})"
        r"(?:[ \t]{2,}|\t)(?i:dob|d\.o\.b|date of birth|born|mrn|age|sex|gender|nhs|hospital no|id)\b",
        validator=lambda text, m: _v_not_ordinary(m),
        hs=r"[A-Z][a-z'\-]+[ \t][A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+)?(?:[ \t]{2,}|\t)"
        r"(?i:dob|d\.o\.b|date of birth|born|mrn|age|sex|gender|nhs|hospital no|id)",
        window=80,
    ),
    PatternSpec(
        "name-before-dob",
        T.NAME,
        # a column's gap is a comma too ("Corwin Ashdale   DOB"), capitals a register's ("HOLLOWAY,
        # BRENNA")
        rf"(?P<v>{_NAME_WORD}(?:,?[ \t]{_NAME_WORD}){{1,3}})"
        r"(?:[ \t]*[(,][ \t]*|[ \t]{2,})(?i:dob|d\.o\.b\.?|born|b\.|mrn?[ \t]?#|mrn|uhid|aged)[ \t:]"
        # dictation has no punctuation: "follow up for tavi orlenko date of birth ..."
        r"|(?P<w>[A-Za-z][a-z'\-]{1,}(?:[ \t][A-Za-z][a-z'\-]{1,}){1,3})[ \t]+(?i:date of birth|born on)\b",
        validator=lambda text, m: _v_name_before_dob(m),
        hs=r"[A-Za-z][A-Za-z'\-]{1,},?[ \t][A-Za-z][A-Za-z'\-]{1,}(?:[ \t]*[(,][ \t]*|[ \t]{2,})"
        r"(?i:dob|d\.o\.b|born|b\.|mr|uhid|aged)"
        r"|[a-z][ \t]+(?i:date of birth|born on)\b",
        window=60,
    ),
    # the register's "FAMILY, GIVEN" in capitals opening a line, a field or an element ("ORLENKO,
    # TAVI   MRN", "PATIENT: MBIRU, SEFA", "<h2>VARNASKA, ROSAMEL</h2>"); a state after the comma: a town's
    PatternSpec(
        "name-caps-comma",
        T.NAME,
        rf"(?:^|(?<=[\n>])|(?<=:[ \t])|(?<=:))[ \t]*(?P<v>{_CAPS_WORD}(?:[ \t\-]{_CAPS_WORD})?,[ \t]?"
        rf"{_CAPS_WORD}(?:[ \t]{_CAPS_WORD})?(?:[ \t][A-Z]\.?)?)"
        r"(?=[ \t]{2,}|[ \t]*(?:<|\r?\n|$)|[ \t]+(?:MRN|DOB|Age|AGE|Sex|SEX|[0-9]|[a-z])|,[ \t]?[MF]/[0-9])",
        validator=lambda text, m: _v_caps_comma(m),
        hs=rf"{_CAPS_WORD},[ \t]?{_CAPS_WORD}",
        window=50,
    ),
    # a letter's subject line naming the patient: "Re: Given Family   NHI: ...", "RE: Given Family, DOB"
    PatternSpec(
        "name-re-line",
        T.NAME,
        r"(?m)^[ \t]*(?:Re|RE|Subject|Betreff|Objet|Asunto)[ \t]*:[ \t]*"
        r"(?P<v>[A-Z][\w'’\-]+(?:[ \t](?:[A-Z][\w'’\-]+|[OÓ]|Mac|Mc|Ni|Nic|Ui|van|von|de|da))*"
        r"[ \t][A-Z][\w'’\-]+)"
        r"(?=[ \t]*,|[ \t]{2,}|[ \t]*\(|[ \t]*\r?$|[ \t]+(?:DOB|NHI|NHS|MRN|D\.O\.B|born|aged)\b)",
        validator=lambda text, m: None if _ordinary_words(m.group("v")) or len(m.group("v").split()) > 4
        else _span(m, T.NAME),
        hs=r"(?:Re|RE|Subject|Betreff|Objet|Asunto)[ \t]*:[ \t]*[A-Z]",
    ),
    # the register's "Family, Given" in prose after "for"/"re"/"of": "referral accepted for Orlenko, Tavi at"
    PatternSpec(
        "name-surname-comma",
        T.NAME,
        r"\b(?:for|re|of|regarding|about|patient|pt|PID)[ \t]+(?P<v>[A-Z][a-z'\-]+,[ \t][A-Z][a-z'\-]+)"
        r"(?=[ \t]+(?:at|in|on|from|to|with|was|is|has|DOB|dob|MRN|\()\b|[ \t]*[.;:)(]|[ \t]*$"
        r"|,[ \t]*(?:DOB|dob|born|MRN|age|[0-9]))",
        validator=lambda text, m: _v_surname_comma(m),
        hs=r"\b(?:for|re|of|regarding|about|patient|pt|PID)[ \t]+[A-Z][a-z'\-]+,[ \t][A-Z]",
    ),
    # a name before the age and sex of clinical shorthand: "SEFA MBIRU 23M", "Tavi Orlenko 67 y/o F"
    PatternSpec(
        "name-age-sex",
        T.NAME,
        r"(?:^|(?<=[\n>:(\[])|(?<=[:.;] ))[ \t]*(?P<v>[A-Z][A-Za-z'\-]+(?:[ \t][A-Z][A-Za-z'\-]+){1,2})"
        r"[ \t,]+[0-9]{1,3}[ \t]?(?:[MF]|y/?o[ \t]?[MF]?|yo[ \t]?[MF]?|yr[ \t]?[MF]?)(?![A-Za-z0-9])",
        validator=lambda text, m: None if _ordinary_words(m.group("v")) else _span(m, T.NAME),
        hs=r"[A-Za-z][ \t,]+[0-9]{1,3}[ \t]?(?:[MF]|y/?o|yo|yr)\b",
        window=60,
    ),
    # an address's display name: "From: Tavi Orlenko <tavi@mail.example>", "Orlenko, Tavi" <t@x.org>
    PatternSpec(
        "name-before-email",
        T.NAME,
        r"(?:(?<![\w\-])(?P<v>[A-Z][\w'\-]*\.?"
        r"(?:[ \t]+(?:[A-Z][\w'\-]*\.?|(?:van|von|de|da|del|der|bin|al|el))){1,3})"
        r"|\"(?P<q>[A-Z][\w'\-]*,?(?:[ \t]+[A-Z][\w'\-]*\.?){1,3})\")"
        r"[ \t]*<[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+>",
        validator=lambda text, m: _v_display_name(m),
        hs=r"[A-Za-z.\"][ \t]*<[A-Za-z0-9._%+\-]+@",
        window=90,
    ),
]


def _v_surname_comma(m: re.Match[str]) -> tuple[int, int, T] | None:
    """Neither word an ordinary one, the second no state or country ("for Boston, Massachusetts at")."""
    from phigate.engine import lexicon

    family, given = (w.strip() for w in m.group("v").split(",", 1))
    if _is_region(given) or given.lower() in lexicon.countries() or _ordinary_words(f"{family} {given}"):
        return None
    return _span(m, T.NAME)


_CAPS_DEGREE = re.compile(
    r"MD|DO|RN|NP|PA|PA-C|APRN|CNM|CRNA|LPN|BSN|MSN|DNP|PHD|PHARMD|MBBS|FNP|LCSW|MSW|DPT"
)


def _v_caps_comma(m: re.Match[str]) -> tuple[int, int, T] | None:
    """Not when the part after the comma is a state or country, or a word is an ordinary one."""
    from phigate.engine import lexicon

    family, given = m.group("v").split(",", 1)
    given = given.strip()
    if _CAPS_DEGREE.fullmatch(given):  # "HALVORSEN, RN": the surname, then her degree
        return m.start("v"), m.start("v") + len(family), T.NAME
    if re.fullmatch(US_STATES, given) or given.lower() in lexicon.countries() or _mostly_common(m.group("v")):
        return None
    if _ordinary_words(family.replace("-", " ")) and _ordinary_words(given):
        return None
    return _span(m, T.NAME)


def _v_display_name(m: re.Match[str]) -> tuple[int, int, T] | None:
    """A person's name, unless a word is an ordinary one and no name ("Patient Portal", "Hand Clinic",
    "Billing Team"); titles and particles do not count ("Dr. Ana de la Vea")."""
    from phigate.engine import lexicon
    from phigate.engine.names import PARTICLES, TITLES

    g = "v" if m.group("v") is not None else "q"
    words = [w.lower().strip(".") for w in m.group(g).replace(",", " ").split()]
    words = [w for w in words if w not in TITLES and w not in PARTICLES and w != "jr"]
    common, first, last = lexicon.common_words(), lexicon.first_names(), lexicon.last_names()
    if not words or any(w in common and w not in first and w not in last for w in words):
        return None
    return m.start(g), m.end(g), T.NAME



def _v_caps_age_name(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """The words in capitals before the age, less the ordinary ones that open them ("REFERRAL OF <GIVEN>
    <FAMILY>, 45 yrs"); none ordinary left, two at least."""
    v = m.group("v")
    words = v.split()
    k = 0
    while k < len(words) - 2 and _any_common(words[k]):
        k += 1
    rest = " ".join(words[k:])
    if _any_common(rest):
        return None
    s = m.start("v") + v.index(words[k]) if k else m.start("v")
    return s, m.end("v"), T.NAME


def _ordinary_flags(v: str, drugs: bool = False) -> list[bool]:
    """For each word of the value: is it an ordinary word (or, with `drugs`, a drug's name)?"""
    from phigate.engine import lexicon
    from phigate.engine.names import DRUG_SHAPE

    common = lexicon.common_words()
    return [w in common or (drugs and DRUG_SHAPE.search(w) is not None) for w in v.lower().split()]


def _any_common(v: str) -> bool:
    """A word of the value is ordinary or a drug ("ACUTE MALARIA, 45 yrs" is a diagnosis and an age)."""
    return any(_ordinary_flags(v, drugs=True))


def _all_common(v: str) -> bool:
    """Every word is ordinary ("UNKNOWN MALE", "BABY GIRL"): after a name label, one word no dictionary
    holds makes the value a name ("<GIVEN THAT IS A WORD> <FAMILY>")."""
    return all(_ordinary_flags(v))


def _mostly_common(v: str) -> bool:
    """Half or more of the words are ordinary ("UNKNOWN MALE", "NOT KNOWN"): a placeholder, not a name."""
    flags = _ordinary_flags(v)
    return 2 * sum(flags) >= len(flags)


def _v_name_before_dob(m: re.Match[str]) -> tuple[int, int, T] | None:
    """The words right before "(dob ...)" that no dictionary holds as ordinary words: "its tavi
    orlenko (dob 1957)" -> "tavi orlenko"; "seen today (dob" -> nothing."""
    from phigate.engine import lexicon

    common, first, last = lexicon.common_words(), lexicon.first_names(), lexicon.last_names()
    g = "v" if m.group("v") is not None else "w"
    words = m.group(g).split()
    keep: list[str] = []
    for w in reversed(words):
        k = w.lower()
        ordinary = k in common and (w.islower() or (k not in first and k not in last))
        if ordinary or k.endswith(("-old", "-year")):
            break  # "a 48-year-old man, born": a lower-case ordinary word is no name, whatever the lists say
        keep.insert(0, w)
    if len(keep) < 2:
        return None
    s = m.end(g) - len(" ".join(keep))
    return s, m.end(g), T.NAME


# a file or object key named after the patient: "inbound/2025/03/Tavi_Orlenko_1937_referral.pdf",
# "ORLENKO_TAVI_19370101.pdf": two capitalised words joined by "_" or "-", then a year or a date
FILE_NAME_PERSON = PatternSpec(
    "file-name-person",
    T.NAME,
    r"(?:^|(?<=[/\\\s\"'=]))(?P<v>[A-Z][a-z'\-]+[_][A-Z][a-z'\-]+|[A-Z]{2,}[_][A-Z]{2,})[_\-](?:19|20)[0-9]{2}(?:[0-9]{4})?[_\-.]",
    validator=lambda text, m: None if _mostly_common(m.group("v").replace("_", " ")) else _span(m, T.NAME),
    hs=r"(?:[A-Z][a-z'\-]+_[A-Z][a-z'\-]+|[A-Z]{2,}_[A-Z]{2,})[_\-](?:19|20)[0-9]{2}",
    window=60,
)
CLAIM_DATE = PatternSpec(  # UB-04 / CMS-1500 statement periods: "FROM 031524 THROUGH 032924" (MMDDYY)
    "claim-date",
    T.DATE,
    r"\b(?:FROM|THROUGH|THRU|DOS|ADMIT|DISCH)[ \t]+"
    r"(?P<v>(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{2})(?![0-9])",
    validator=_v_plain(T.DATE),
    hs=r"\b(?:FROM|THROUGH|THRU|DOS|ADMIT|DISCH)[ \t]+[01][0-9][0-3][0-9]{3}",
)
NATIONAL_ID_LABEL = PatternSpec(  # identity cards: "CI: 7305948 LP", "DNI 30.123.456"
    "national-id-label",
    T.ID,
    r"\b(?:CI|C\.I\.|DNI|RUT|CURP|CNI|NIC|NIN|C[eé]dula(?: de identidad)?)[ \t]*(?:N[o?.][ \t]*)?[:#]?[ \t]*"
    r"(?P<v>[0-9][0-9.\-]{4,14}[0-9Kk](?:[ \t]?(?:LP|CB|SC|OR|PT|CH|TJ|BE|PD))?)(?![\w])",
    validator=_v_plain(T.ID),
    hs=r"\b(?:CI|C\.I\.|DNI|RUT|CURP|CNI|NIC|NIN|C[eé]dula)[ \t]*(?:N[o?.][ \t]*)?[:#]?[ \t]*[0-9]",
)
UK_NINO = PatternSpec(  # a UK National Insurance number, spaced as printed: "QQ 12 34 56 C"
    "uk-nino",
    T.ID,
    # any two letters: generators and typists do not keep HMRC's prefix rules, and a masked look-alike costs
    # nothing
    r"(?<![A-Za-z0-9])(?P<v>[A-Z]{2}[ \t]?[0-9]{2}[ \t]?[0-9]{2}[ \t]?[0-9]{2}[ \t]?[A-D])(?![A-Za-z0-9])",
    hs=r"[A-Z]{2}[ \t]?[0-9]{2}[ \t]?[0-9]{2}[ \t]?[0-9]{2}[ \t]?[A-D]",
)
CSV_PAIR = PatternSpec(  # key/value rows of a CSV export (CGM and device reports): "1,,FirstName,,Tavi,,,"
    "csv-pair",
    T.ID,
    r"\n[0-9]{0,6},+(?P<k>[A-Za-z][A-Za-z_ ]{1,30}),{1,4}(?P<v>[^,\r\n]{1,80})",
    validator=lambda text, m: _v_named_value(text, m),
)
R_STR = PatternSpec(  # R's str(): ` $ town : chr  "Dunmarrow" "Quell"`, typed by the column's name
    "r-str",
    T.ID,
    r"\$[ \t](?P<k>[A-Za-z_.][\w.]{0,40})[ \t]*:[ \t]*(?:chr|Factor[^\n\"]{0,40}|Date)[ \t]+"
    r"(?P<v>\"[^\"\n]*\"(?:[ \t]+\"[^\"\n]*\")*)",
    validator=lambda text, m: _v_named_value(text, m),
    hs=r"\$[ \t][A-Za-z_.][\w.]{0,40}[ \t]*:[ \t]*(?:chr|Factor|Date)",
)


# a birth year, then the age in brackets with a year word in any language: "1940 (104 jier)", "(dilemo 101)"
AGE_AFTER_YEAR = PatternSpec(
    "age-after-year",
    T.AGE,
    r"(?<![0-9])(?:1[89]|20)[0-9]{2}[ \t]?\((?:(?P<a>[A-Za-z][A-Za-z'.]{0,12})[ \t])?"
    r"(?P<v>9[0-9]|1[0-2][0-9])"
    r"(?:[ \t](?P<b>[A-Za-z][A-Za-z'.]{0,12}))?\)",
    validator=lambda text, m: None if any(
        (w or "").strip(".").lower() in _NOT_MONTH - {"years", "yrs"} for w in (m.group("a"), m.group("b"))
    ) else (m.start("v"), m.end("v"), T.AGE),
    hs=r"(?:1[89]|20)[0-9]{2}[ \t]?\(",
)


def _v_person_article(m: re.Match[str]) -> tuple[int, int, T] | None:
    """Not a place, an organisation or a title after the article; after "si", which French, Spanish and
    Italian write too ("si Paris", "si Dios"), no dictionary word either ("kay <Given>" is a person)."""
    from phigate.engine import lexicon
    from phigate.engine.names import ORG_WORDS, TITLES

    first = m.group("v").split()[0].lower()
    if first in lexicon.cities() or first in ORG_WORDS or first in TITLES or first in lexicon.countries():
        return None
    if m.group(0).startswith("si") and (first in lexicon.common_words() or first in lexicon.excluded()):
        return None
    return _span(m, T.NAME)


def _v_not_ordinary(m: re.Match[str]) -> tuple[int, int, T] | None:
    """A person's name, not a run of ordinary words ("Diagnosis: Heart Failure   Age 90", "Heart Failure,
    MD"): one word at least in no dictionary or in a name list ("C." is in none)."""
    from phigate.engine import lexicon

    common, first, last = lexicon.common_words(), lexicon.first_names(), lexicon.last_names()
    words = [w.lower() for w in m.group("v").split()]
    if all(w in common and w not in first and w not in last for w in words):
        return None
    return _span(m, T.NAME)


def _v_name_age(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon

    age = re.search(r"[0-9]+", m.group(0)[m.end("v") - m.start() :])
    if age is not None and int(age.group()) > 120:
        return None
    from phigate.engine.names import LABELS

    common, excluded = lexicon.common_words(), lexicon.excluded()
    first, last = lexicon.first_names(), lexicon.last_names()
    words = m.group("v").split()
    skip = 0
    if len(words) > 1 and words[0].lower().rsplit("-", 1)[-1] in LABELS:
        skip = len(words[0]) + 1  # "Great-grandmother Ana Obi (95)": the relation stays, the name goes
        words = words[1:]
    for w in words:
        k = w.lower()
        if (k in common or k in excluded) and k not in first and k not in last:
            return None  # "Blood Pressure, 120,", "Room Temperature (21)": ordinary words
    return m.start("v") + skip, m.end("v"), T.NAME


REDIS_PAIR = PatternSpec(  # redis-cli HGETALL: 1) "patient_name"\n 2) "Baraka Kimaro"
    "redis-pair",
    T.ID,
    r"[0-9]{1,4}\) \"(?P<k>[A-Za-z_][\w.\-]{0,40})\"\r?\n[ \t]{0,8}[0-9]{1,4}\) \"(?P<v>[^\"\n]{1,200})\"",
    validator=lambda text, m: _v_named_value(text, m),
    hs=r"[0-9]{1,4}\) \"[A-Za-z_][\w.\-]{0,40}\"\r?\n",
)
ARGV_PAIR = PatternSpec(  # quoted arguments in pairs (Redis MONITOR, argv dumps): "name" "Baraka Kimaro"
    "argv-pair",
    T.ID,
    r"\"(?P<k>[A-Za-z_][\w.\-]{0,40})\"[ \t]+\"(?P<v>[^\"\n]{1,200})\"",
    validator=lambda text, m: _v_named_value(text, m),
    hs=r"\"[A-Za-z_][\w.\-]{0,40}\"[ \t]{1,4}\"",
)
CLI_FLAG = PatternSpec(  # command lines in CI logs and shell history: --patient "Baraka Kimaro", --dob=1946
    "cli-flag",
    T.ID,
    r"(?<![\w\-])--?(?P<k>[A-Za-z][\w\-]{0,40})(?:=|[ \t]+)"
    r"(?:\"(?P<v>[^\"\n]{1,200})\"|'(?P<w>[^'\n]{1,200})'"
    r"|(?P<u>[^\s\"'\-][^\s\"']{0,80}))",
    validator=lambda text, m: _v_cli_flag(text, m),
    hs=r"--?[A-Za-z][\w\-]{0,40}(?:=|[ \t]{1,4})",
)
_NETWORK_FLAG = re.compile(r"(?i)bind|listen|advertise|server|host|proxy|remote|peer|metrics|health|web|ip\b")


def _v_cli_flag(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """A flag typed by its name, but `--name Postgres` names a container and `--bind-address` a socket."""
    g = "v" if m.group("v") is not None else "w" if m.group("w") is not None else "u"
    hit = _v_named_value(text, m, g)
    if hit is None:
        return None
    key, value = m.group("k").lower(), m.group(g)
    if hit[2] is T.NAME and key == "name" and len(value.split()) < 2:
        return None
    if hit[2] is T.ADDRESS and (_NETWORK_FLAG.search(key) or not any(c.isalpha() for c in value)):
        return None
    return hit
QUOTED_PAIR = PatternSpec(  # logfmt, syslog structured data, XML attributes: pt="Baraka Kimaro" dob="..."
    "quoted-pair",
    T.ID,
    # no look-behind: the prefilter's back-walk stops at a digit ("E2E_PATIENT_NAME" -> "E_PATIENT_NAME"),
    # and both back ends must find the same value
    r"(?P<k>[A-Za-z_][\w.\-]{0,40})=\"(?P<v>[^\"\n]{1,120})\"",
    validator=lambda text, m: _v_named_value(text, m),
    hs=r"[A-Za-z_]=\"",  # the key is found back from its last letter (window mode "word")
    window=40,
    back="word",
)


# element names of FHIR's HumanName and Address that name no table column on their own
_FIELD_NAMES = {"line": T.ADDRESS, "district": T.ADDRESS, "alphabetic": T.NAME, "individual": T.NAME}
# NEMSIS v3 (the US EMS record) numbers its elements instead of naming them: "<ePatient.02>" is the
# patient's last name, "<eScene.19>" the incident's ZIP
_FIELD_NAMES.update({
    "epatient.01": T.ID, "epatient.02": T.NAME, "epatient.03": T.NAME, "epatient.04": T.NAME,
    "epatient.05": T.ADDRESS, "epatient.06": T.ADDRESS, "epatient.07": T.ADDRESS, "epatient.09": T.ZIP,
    "epatient.11": T.ADDRESS, "epatient.12": T.SSN, "epatient.15": T.AGE, "epatient.17": T.DATE,
    "epatient.18": T.PHONE, "epatient.19": T.EMAIL, "epatient.21": T.LICENSE, "epatient.22": T.ADDRESS,
    "epatient.23": T.NAME, "escene.11": T.ADDRESS, "escene.12": T.ADDRESS, "escene.15": T.ADDRESS,
    "escene.16": T.ADDRESS, "escene.17": T.ADDRESS, "escene.19": T.ZIP, "escene.20": T.ADDRESS,
    "escene.21": T.ADDRESS, "epayment.09": T.NAME, "epayment.10": T.NAME, "epayment.11": T.NAME,
    "epayment.19": T.NAME, "epayment.20": T.NAME, "epayment.21": T.NAME, "epayment.22": T.ADDRESS,
    "epayment.23": T.ADDRESS, "epayment.25": T.ZIP, "epayment.27": T.PHONE, "ecrew.01": T.ID,
})


def _field_type(key: str, parent: str | None = None) -> T | None:
    from phigate.engine.tabular import column_type

    t = column_type(key) or _FIELD_NAMES.get(key.lower())
    if t is None and parent:
        t = column_type(f"{parent}_{key}")
    return t


def _v_path_value(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """A value after its JSON path: typed by the path's last name (its parent's too: address/line)."""
    from phigate.engine.tabular import cell_holds

    names = re.findall(r"\"([A-Za-z_][\w.\-]{0,40})\"", m.group("path"))
    if not names:
        return None
    t = _field_type(names[-1], names[-2] if len(names) > 1 else None)
    v = m.group("v")
    if t is None or not v.strip() or not cell_holds(v, t) or (t is T.ADDRESS and _is_region(v)):
        return None
    return m.start("v"), m.end("v"), t


def _v_named_value(text: str, m: re.Match[str], g: str = "v") -> tuple[int, int, T] | None:
    """Typed by the field's name as a table column is by its header (tabular.column_type): an XML
    element's, a PHP dump's, a redis hash's or a key="value" pair's key."""
    from phigate.engine.tabular import cell_holds

    t = _field_type(m.group("k"))
    v = m.group(g).rstrip()
    if t is None or not v.strip() or not cell_holds(v, t):
        return None
    if t is T.ADDRESS and _is_region(v):
        return None
    return m.start(g), m.start(g) + len(v), t


# DICOM headers as dcmdump prints them, `(0010,0010) PN [DOE^JOHN]`, or pydicom, `PN: 'DOE^JOHN'`: the
# value representation names the type (PN person, DA date, AS age); the Patient group (0010,xxxx) is
# identifying whatever its representation (ID, address, phone, other names).
_DICOM_VALUE = r"(?::\s{0,3}'(?P<v>[^'\n]{1,64})'|\s{1,3}\[(?P<w>[^\]\n]{1,64})\])"
DICOM_SPECS = [
    PatternSpec(
        "dicom-vr",
        T.ID,
        rf"\b(?P<vr>PN|DA|AS|DT){_DICOM_VALUE}",
        validator=lambda text, m: _v_dicom(m, m.group("vr")),
        # bounded gaps: with `\s+` Hyperscan 0.9.1's SOM misses every match after the first
        hs=r"\b(?:PN|DA|AS|DT)(?::\s{0,3}'|\s{1,3}\[)",
    ),
    PatternSpec(
        "dicom-patient",
        T.ID,
        rf"\(0010,\s?[0-9A-Fa-f]{{4}}\)[^\n]{{0,60}}?\b(?:LO|SH|LT|ST|UC|UT|DA|PN){_DICOM_VALUE}",
        validator=lambda text, m: _v_dicom(m, "LO"),
        hs=r"\(0010,\s?[0-9A-Fa-f]{4}\)",
        window=80,
    ),
]


def _v_dicom(m: re.Match[str], vr: str) -> tuple[int, int, T] | None:
    g = "v" if m.group("v") is not None else "w"
    value = m.group(g)
    if not value.strip() or value.strip("^ ") == "":
        return None
    if vr == "AS":  # 091Y: an age; Safe Harbor masks ages over 89 only
        return (m.start(g), m.end(g), T.AGE) if value[:3].isdigit() and value[3:] in ("Y", "") \
            and int(value[:3]) > 89 else None
    t = {"PN": T.NAME, "DA": T.DATE, "DT": T.DATE}.get(vr, T.ID)
    if t is T.DATE and not value[:8].isdigit():
        return None
    return m.start(g), m.end(g), t


def _bare_full_name(v: str) -> bool:
    """"name: Ánte Mikkelsen" in YAML: two or three capitalised words, not all dictionary words
    ("name: Blood Pressure", "name: Deploy Production" stay)."""
    from phigate.engine import lexicon
    from phigate.engine.normalize import fold_token

    words = v.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    common = lexicon.common_words()
    return not all(fold_token(w) in common for w in words)


_SURNAME_KEY = re.compile(
    r"(?i)last|first|given|family|surname|forename|fnm|lnm|fst_?nm|lst_?nm|frst|nome?(?![a-z])|apellido|nachname"
    r"|vorname|prenom"
)
_TOWN_KEY = re.compile(r"(?i)city|town|village|municipality|cty|ciudad|ville|stadt|cidade|citta|county")
_FM_TAIL = re.compile(r",[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)?\b")
_PLACEHOLDERS = frozenset(["null", "none", "unknown", "pending", "test", "redacted", "anonymous", "doe"])
_NOT_A_TOWN = frozenset(["not given", "not known", "not stated", "see above", "see below", "same as above",
                         "no fixed abode", "not applicable", "out of state", "out of area"])


def _ordinary_words(v: str) -> bool:
    from phigate.engine import lexicon

    common, first, last = lexicon.common_words(), lexicon.first_names(), lexicon.last_names()
    return any(w.lower() in common and w.lower() not in first and w.lower() not in last for w in v.split())


# capitalised words after the first, not the next key's name: "PtLnm:Ana Zip:"
_MORE_CAPS = re.compile(r"(?: [A-Z][a-z'\-]+){1,3}(?![\w'\-]|[ \t]?[:=])")
_MORE_UPPER = re.compile(r"(?: [A-Z][A-Z'\-]+){1,3}(?![\w'\-]|[ \t]?[:=])")  # "CITY: <WORD> <CREEK>"


def _bare_words(text: str, m: re.Match[str], t: T, key: str, v: str) -> str | None:
    """A name's or town's value without digits: capitalised words ("City : Brindwick Falls",
    "Decisionmaker: Ana Ruiz"), never ordinary ones ("name: Blood Pressure"); one word in capitals only
    where a form puts it."""
    start = m.start("v2")
    first = v.split(" ", 1)[0]
    more = (_MORE_UPPER if first.isupper() and t is T.ADDRESS else _MORE_CAPS).match(text, start + len(first))
    v = text[start : more.end()] if more is not None else first
    if v.isupper():
        return _in_capitals(text, m, t, key, v)
    if not all(w[:1].isupper() and not w.isupper() for w in v.split()):
        return None
    if t is T.NAME and " " in v and _ordinary_words(v):
        return None
    return v


def _in_capitals(text: str, m: re.Match[str], t: T, key: str, v: str) -> str | None:
    """FileMan's "NAME: ORLENKO,TAVI", a surname after a last- or first-name label ("Patient Last Name:
    ORLENKO"), a town after a city label ("CITY: DUNMARROW"); "name: WARN", "Last Name: NULL" stay."""
    if t is T.NAME:
        comma = _FM_TAIL.match(text, m.start("v2") + len(v))
        if comma is not None:
            return v + comma.group()
        label = key + text[max(0, m.start("k") - 8) : m.start("k")]
        if not _SURNAME_KEY.search(label) or v.lower() in _PLACEHOLDERS:
            return None
    elif not _TOWN_KEY.search(key):
        return None
    elif " " in v:  # "CITY: <ORDINARY> <CREEK>": towns are named with ordinary words; a form's filler is one
        return v if v.lower() not in _NOT_A_TOWN else None
    elif v.lower() in _PLACEHOLDERS:
        return None
    return v if len(v) >= 3 and not _ordinary_words(v) else None


_ARTICLE = re.compile(r"(?i:a|an|the) ")


# the first word of a transcript's turn after its speaker's label (DOCTOR:, PATIENT:), never a name
_TURN_OPENER = re.compile(
    r"(?i)(?:okay|ok|alright|right|well|so|yes|yeah|yep|no|nope|sure|um+|uh+|hmm+|oh|great|perfect|good|and"
    r"|but|i|i'm|i've|i'd|i'll|we|you|it|it's|that|this|my|the|thanks|thank|hi|hello|hey|sorry|now|let's"
    r"|how|what|when|where|why|do|does|did|is|are|can|have|has|just|not|maybe|because)(?![\w'’\-])"
)


_NUMBER_SAID = re.compile(r"[0-9][0-9.,]*[ \t]+[a-z]+[ \t]+[a-z]+")  # "36.9 this morning"


def _said_word_first(v: str) -> bool:
    """A dictionary word, then the end of a sentence: "Lovely. Okay" ("Baker, Ann" is a name)."""
    from phigate.engine import lexicon

    w = re.match(r"([A-Za-z]{3,})[.!?](?:\s|$)", v)
    return w is not None and w.group(1).lower() in lexicon.common_words()


_NEXT_LABEL = re.compile(r"[ \t]*:(?!//)")


def _v_key_bare(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """KEY=value without quotes (.env, logs): only values holding digits (TEST_PATIENT_MRN=766-64-507)."""
    v = m.group("v2")
    if v is None:
        return None
    key = m.group("k")
    if _pipe_row(text, m):
        return None
    if _login(key, v, plain="=" in text[m.end("k") : m.start("v2")]):
        return m.start("v2"), m.end("v2"), T.ID
    if text[m.end("v2") : m.end("v2") + 1] == "(":
        return None  # name=Name(given=...), DuplicatePatient: Patient(...): a constructor, not a value
    if _ARTICLE.match(v):
        return None  # "Devices: an insulin pod 5": prose after the label, not an identifier
    t = _key_type(key)
    if t is None:
        return None
    if t is T.AGE:  # "bene_age = 91": an age over 89 only ("Max Age: 140" is a limit)
        return (m.start("v2"), m.end("v2"), t) if v.isdigit() and 89 < int(v) <= 125 else None
    if t is T.NAME and (not _person_key(key) or v[:1].islower()):
        return None  # "Mother: nifedipine 20 mg": a drug given to her, not her name
    if t is T.NAME and _NEXT_LABEL.match(text, m.end("v2")):
        return None  # "Signature du patient : ______   Témoin : <name>": a blank field, then the next label
    if t is T.NAME and (_TURN_OPENER.match(v) or _NUMBER_SAID.match(v) or _said_word_first(v)):
        # "DOCTOR: Okay. Let's look", "PATIENT: Yes I do", "CALLER: 36.9 this morning", "DOCTOR: Lovely. So":
        # a speaker's turn, not a field
        return None
    if t is T.NAME and _CLINICIAN_KEY.search(key) and (
        _ORG_VALUE.search(v) or any(c.isdigit() for c in v)
    ):
        return None  # "Provider: Valley Medical Center", "provider=NPI 1234": no clinician's name
    full = t is T.NAME and _bare_full_name(v)
    if t in (T.NAME, T.ADDRESS) and not any(c.isdigit() for c in v) and not full:
        words = _bare_words(text, m, t, key, v)
        if words is None:
            return None
        v = words
    elif not any(c.isdigit() for c in v) and not full:
        return None  # family=Warzybok counts; level=warn, name=NULL do not
    elif t not in (T.NAME, T.ADDRESS, T.DATE):
        if t is T.DEVICE and _ndigits(v) < 4:
            return None  # "Device: <maker> <model> 8 DR-T": a model, not a serial
        words = v.split(" ")
        k = next((i for i, w in enumerate(words) if any(c.isdigit() for c in w)), 0)
        if k and all(w.isalpha() for w in words[:k]):  # "Insurance: Medicare 3T59WK4HN27": the payer
            skip = len(" ".join(words[:k])) + 1  # stays, its number goes
            return m.start("v2") + skip, m.start("v2") + len(v.rstrip(".-/?")), t
    if len(v) < 3 or (t is T.ADDRESS and _is_region(v.rstrip(".,;"))):
        return None  # "Address: Finland": a country or state alone stays
    if t is T.DATE:  # "Born: 1950 in Ohio": the date, not the words after it
        v = v[: _date_prefix_len(v)]
        if not any(c.isdigit() for c in v):
            return None
    return m.start("v2"), m.start("v2") + len(v.rstrip(".-/?")), t


SPECS.extend(CODE_SPECS)
SPECS.extend(PROSE_PLACE_SPECS)
SPECS.append(ACCESS_CODE)
SPECS.append(ACCESS_CODE_LATER)
SPECS.append(DAY_MONTH_TIME)
SPECS.append(SUBJECT_INITIALS)
SPECS.append(ACTOR_LOGIN)
# Filipino marks a person's name with an article: "si <Given>", "kay <Given>", "sina <A> at <B>" (not "ni",
# Fijian's "of": "Fomu ni Curu")
SPECS.append(PatternSpec(
    "tl-person-article",
    T.NAME,
    r"\b(?:si|kay|sina|kina)[ \t]+(?P<v>[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+){0,2})",
    validator=lambda text, m: _v_person_article(m),
))
SPECS.append(AUDIT_LOGIN)
SPECS.append(CODE_MENTION)
SPECS.append(LOGIN_KEY)
SPECS.append(RECORD_NO)
SPECS.append(PLATE_AFTER_CAR)
SPECS.append(APPT_WITH)
SPECS.append(RAMQ)
SPECS.append(SERVICE_NUMBER)
SPECS.append(LICENCE_WORD)
SPECS.append(CARET_NAME)
SPECS.append(DASH_SIGNOFF)
SPECS.append(NUMBERED_CONTACT)
SPECS.append(DASH_AUTHOR)
SPECS.append(TICKET_PERSON)
SPECS.append(FAMILY_GIVEN_INITIAL)
SPECS.append(HL7_COUNTY)
SPECS.append(UK_PLATE)
SPECS.append(YEAR_MONTH)
SPECS.append(XML_ELEMENT)
SPECS.append(XML_FIELD)
SPECS.append(HL7_KEY)
SPECS.append(UK_NINO)
SPECS.append(XML_VALUE)
SPECS.append(PLOT_ADDRESS)
SPECS.append(MIME_NAME)
SPECS.append(LOWER_NAME)
SPECS.append(UPPER_NAME)
SPECS.append(SIGNED_CAPS)
SPECS.append(GIVEN_CAPS_SURNAME)
SPECS.append(INITIAL_SURNAME)
SPECS.append(TOWN_STATE_ZIP_CAPS)
SPECS.append(JQ_PATH)
SPECS.append(PHP_DUMP)
SPECS.append(REDIS_PAIR)
SPECS.extend(ANSWER_SPECS)
SPECS.append(NAME_AGE)
SPECS.append(AGE_AFTER_YEAR)
SPECS.extend([CLAIM_DATE, NATIONAL_ID_LABEL, R_STR, CSV_PAIR, RECORD_WORD, CHAT_SPEAKER, TOWN_POSTCODE])


# a day and a month in lower case, as phones and hurried notes write them: "on 13 march at 1012", "nights 17
# may", "for d/c 7 may if ok"; "may" and "march" only where no verb follows ("2 may need")
DAY_MONTH_LOWER = PatternSpec(
    "date-day-month-lower",
    T.DATE,
    r"(?<![\w/.\-])(?P<v>(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?[ \t]+(?P<m>january|february|march|april"
    r"|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))"
    r"(?![\w'])",
    validator=lambda text, m: _v_day_month_lower(text, m),
    hs=r"[0-9]{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
)
_AMBIGUOUS_MONTHS = frozenset(["may", "march", "mar", "dec"])
_AFTER_A_DATE = re.compile(
    r"[ \t]*(?:$|[\n.,;:!?)\]\-]|[0-9]|(?:at|if|to|for|with|and|or|on|till|until|am|pm|onwards|please|pls|ok"
    r"|then|next|this|last|'s)\b)"
)


def _v_day_month_lower(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    if m.group("m") in _AMBIGUOUS_MONTHS and not _AFTER_A_DATE.match(text, m.end()):
        return None
    return _span(m, T.DATE)


# a month and a day in lower case: "f/u with doctor <name> on march 15", "the grace period ends march 3";
# "may" and "march" only after a word that takes a date ("you may 2 tabs", "march 10 miles" stay)
MONTH_DAY_LOWER = PatternSpec(
    "date-month-day-lower",
    T.DATE,
    r"(?<![\w/.\-])(?P<v>(?P<m>january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[ \t]+"
    r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?)"
    r"(?![\w:/.,]*[0-9])(?![\w'])",
    validator=lambda text, m: _v_month_day_lower(text, m),
    hs=r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}[ \t]+[0-9]{1,2}",
)
_DATE_TAKING_BEFORE = re.compile(
    r"\b(?:on|ends?|by|until|till|since|from|due|before|after|next|this|last)[ \t]+$"
)


def _v_month_day_lower(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    if m.group("m") in _AMBIGUOUS_MONTHS and not _DATE_TAKING_BEFORE.search(text, max(0, m.start() - 8),
                                                                            m.start()):
        return None
    return _span(m, T.DATE)


# the name someone goes by, before its note in brackets: "<nickname> (what she goes by)", "<name> (goes by)"
GOES_BY_NAME = PatternSpec(
    "name-goes-by",
    T.NAME,
    r"(?<![\w'\-])(?P<v>[A-Za-z][A-Za-z'\-]{1,20})[ \t]*\((?i:what (?:she|he|they) goes by|goes by|nickname"
    r"|(?:her|his|their) nickname|preferred name|prefers)\)",
    validator=lambda text, m: _span(m, T.NAME),
    hs=r"[A-Za-z][ \t]*\((?i:what (?:she|he|they) goes by|goes by|nickname|(?:her|his|their) nickname"
    r"|preferred name|prefers)\)",
    window=30,
)

# a number a service's system files someone under, by the system's acronym: "HMIS ID 540978", "(CHAIN ID
# 754785)", "HIFIS ID 5978858"; not a code system's or a registry's identifier of a thing ("LOINC ID 2345-7",
# "NCT ID ...", "SNOMED ID ...")
SYSTEM_ID = PatternSpec(
    "system-id",
    T.ID,
    r"\b(?P<sys>[A-Z]{2,6})[ \t]+(?:ID|No\.?|#)[ \t]*[:#]?[ \t]*(?P<v>[A-Z0-9][A-Z0-9\-]{3,15})(?![\w\-])",
    validator=lambda text, m: None if m.group("sys") in _CODE_SYSTEMS or not any(
        c.isdigit() for c in m.group("v")) else _span(m, T.ID),
    hs=r"\b[A-Z]{2,6}[ \t]+(?:ID|No\.?|#)[ \t]*[:#]?[ \t]*[A-Z0-9]",
)
_CODE_SYSTEMS = frozenset([
    "ICD", "LOINC", "SNOMED", "CPT", "NDC", "HCPCS", "ATC", "RXCUI", "UMLS", "MESH", "OMIM", "HGNC",
    "PMID", "PMCID", "DOI", "ISBN", "ISSN", "ORCID", "GTIN", "UPC", "SKU", "EAN", "NCT", "HL", "FHIR", "OID",
    "CAS", "UNII", "FDA", "EC", "DRG", "MSDRG", "APR", "NUBC", "HGVS", "RS", "DBSNP", "CLIN", "ENSG",
    "UNIPROT", "PDB", "GO", "HPO", "MONDO", "NCIT", "RXNORM", "VSAC", "LOT", "REF", "BATCH", "PO",
    "INV", "SOP", "KB", "CVE", "CWE", "RFC", "ISO", "IEC", "ASTM", "ANSI", "DIN", "EN", "BS", "NICE", "WHO",
    "CDC", "SDTM", "ADAM", "CDISC", "MEDDRA", "PT", "LLT", "SOC", "HLT", "HLGT", "UDI", "GMDN", "FW", "SW",
    "HW", "API", "SDK", "JIRA", "PR", "MR", "SHA", "MD",
])

# a street by its name and abbreviated type, with no number: "found under the <name> St bridge", "Still at
# <name> Rd?", a CSV cell "<name> Rd" (a street is geography below the state); not "St <name>" (a saint)
STREET_NAME_ONLY = PatternSpec(
    "street-name-only",
    T.ADDRESS,
    r"(?<![\w'’\-])(?P<v>[A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?[ \t](?:St|Rd|Ave|Blvd|Ln|Hwy|Pde|Cres|Tce))\b"
    r"(?!\.?[ \t]*[A-Z][a-z])",
    validator=lambda text, m: _v_street_name_only(text, m),
    hs=r"[A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?[ \t](?:St|Rd|Ave|Blvd|Ln|Hwy|Pde|Cres|Tce)\b",
)
# where someone sleeps rough, camps or parks: "camp by <name> Creek", "under the arches at <name> Quay",
# "sleeping under the <name> bridge"
SLEEPING_PLACE = PatternSpec(
    "sleeping-place",
    T.ADDRESS,
    r"(?i:\b(?:camp(?:s|ing|ed)?|sleep(?:s|ing)?|slept|tent|bedded down|squat(?:s|ting)?|parked|found))"
    r"\b[^\n.;?!]{0,30}?\b(?i:by|at|under|near|behind|beside|outside)[ \t]+(?:the[ \t]+)?"
    r"(?P<v>[A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,}){0,2})"
    r"(?P<after>[ \t]+(?:bridge|overpass|underpass|footbridge|car park|carpark|arches|tunnel|viaduct"
    r"|flyover|lot))?",
    validator=lambda text, m: _v_sleeping_place(m),
    hs=r"(?i:\b(?:camp(?:s|ing|ed)?|sleep(?:s|ing)?|slept|tent|bedded down|squat(?:s|ting)?|parked|found))"
    r"\b[^\n.;?!]{0,30}\b(?i:by|at|under|near|behind|beside|outside)[ \t]+(?:the[ \t]+)?[A-Z][a-z]{2}",
)
# the lane or road a visit goes in by or parks on: "side door via <name> Firebreak", "back gate off <name>
# Ope", "park on <name> Track" (a street is geography below the state, with or without its number)
ACCESS_ROUTE = PatternSpec(
    "access-route",
    T.ADDRESS,
    r"(?i:\b(?:via|off|park(?:ed)? on|parking on|(?:enter|access)(?:ed)? (?:from|via)|turn (?:left|right)"
    r" (?:on|onto|into)))[ \t]+(?:the[ \t]+)?(?P<v>[A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,}){0,2}[ \t]"
    r"(?:Lane|Alley|Mews|Trail|Loop|Track|Road|Street|Avenue|Drive|Way|Close|Court|Crescent|Terrace|Row|Walk|Firebreak|Ope|Path"
    r"|Parade|Place|Grove|Gardens|Wynd|Vennel|Ginnel|Rd|St|Ave|Ln))\b",
    validator=lambda text, m: _v_sleeping_place(m),
    hs=r"(?i:\b(?:via|off|park(?:ed)? on|parking on|(?:enter|access)(?:ed)? (?:from|via)|turn (?:left|right)"
    r" (?:on|onto|into)))[ \t]+(?:the[ \t]+)?[A-Z][a-z]{2}",
)
_PLACE_WORD_LAST = frozenset(["quay", "row", "wharf", "lock", "common", "reserve", "underpass", "pier",
                              "marina", "foreshore", "creek", "park", "beach", "green", "reach", "lane",
                              "alley", "mews", "trail", "loop", "track", "road", "street", "avenue", "drive",
                              "way", "close", "court", "crescent", "terrace", "walk", "firebreak", "ope",
                              "path", "parade", "place", "grove", "gardens", "wynd", "vennel", "ginnel", "rd",
                              "st", "ave", "ln"])


def _v_street_name_only(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine.names import TITLES, vocabulary
    from phigate.engine.normalize import fold_token

    first = fold_token(m.group("v").split()[0])
    if first in TITLES or (vocabulary(first) and first not in ENGLISH_MONTHS):
        return None
    return _span(m, T.ADDRESS)


def _v_sleeping_place(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine.names import ORG_WORDS, TITLES
    from phigate.engine.normalize import fold_token

    words = [fold_token(w) for w in m.group("v").split()]
    if words[0] in TITLES or any(w in ORG_WORDS for w in words):
        return None  # "found by Dr <name>", "sleeping at <name> Hospital"
    after = m.group("after") if "after" in m.re.groupindex else None
    if after is None and words[-1] not in PLACE_SUFFIXES and words[-1] not in _PLACE_WORD_LAST:
        return None
    return _span(m, T.ADDRESS)


# a family by its name: "the <family> family were informed", "LINE talk history - <family> family", "<family>
# Fam", "<family> whānau" (not "the extended family", "Host Family")
FAMILY_NAME = PatternSpec(
    "family-name",
    T.NAME,
    r"(?<![\w'’\-])(?P<v>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]+"
    r"(?:family|Family|Fam|whanau|whānau|ohana|clan)"
    # not a practice or a field named after families ("<name> Family Practice", "Family present:")
    r"(?![ \t]+[A-Z]|[ \t]+[a-z]+:)\b",
    validator=lambda text, m: _v_family_name(m),
    hs=r"[A-Z][a-z'\-]+[ \t]+(?:family|Family|Fam|whanau|ohana|clan)\b",
)


def _v_family_name(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon
    from phigate.engine.names import vocabulary
    from phigate.engine.normalize import fold_token

    k = fold_token(m.group("v"))
    if vocabulary(k) or (k in lexicon.common_words() and k not in lexicon.last_names()) \
            or k in lexicon.cities() or k in lexicon.countries():
        return None
    return _span(m, T.NAME)


# a person by the bed they are in, as a night's handover types it: "<name> in 14 refused heparin", "<name>
# in bed 7 is settled"; and a helper named in brackets after their role: "the driver (<name>)", "her carer
# (<name> from <agency>)"
NAME_IN_BED = PatternSpec(
    "name-in-bed",
    T.NAME,
    r"(?<![\w'’\-])(?P<v>[A-Z][a-z'’\-]{2,20})[ \t]+in[ \t]+"
    r"(?:bed[ \t]+|rm[ \t]+|room[ \t]+|bay[ \t]+)?"
    r"[0-9]{1,3}[A-Za-z]?[ \t]+(?:is|was|has|had|refused|declined|wants|needs|asked|asking|pulled|fell"
    r"|vomited|spiked|desatted|agitated|confused|settled|slept|sleeping|awake|crying|shouting|for|on|now)\b"
    r"|\b(?i:driver|carer|caregiver|nurse|porter|interpreter|neighbou?r|cleaner|courier|volunteer|aide)"
    r"[ \t]*\((?P<b>[A-Z][a-z'’\-]{2,20})(?=\)|[ \t]+from[ \t])"
    # typed in lower case in a ward chat: "is <given> <family> still in rm 318b??"
    r"|\bis[ \t]+(?P<l>[a-z]{3,20}(?:[ \t][a-z'\-]{3,20})?)[ \t]+(?:still[ \t]+)?in[ \t]+(?:rm|room|bed|bay)"
    r"[ \t]*[0-9]",
    validator=lambda text, m: _v_name_in_bed(m),
    hs=r"[A-Z][a-z'\-]{2,20}[ \t]+in[ \t]+(?:bed[ \t]+|rm[ \t]+|room[ \t]+|bay[ \t]+)?"
    r"[0-9]{1,3}[A-Za-z]?[ \t]+[a-z]"
    r"|\b(?i:driver|carer|caregiver|nurse|porter|interpreter|neighbou?r|cleaner|courier|volunteer|aide)"
    r"[ \t]*\([A-Z][a-z]|\bis[ \t]+[a-z]{3,20}(?:[ \t][a-z'\-]{3,20})?[ \t]+(?:still[ \t]+)?in[ \t]+"
    r"(?:rm|room|bed|bay)[ \t]*[0-9]",
)


def _v_name_in_bed(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine.normalize import fold_token

    g = next(k for k in ("v", "b", "l") if m.group(k) is not None)
    if any(_no_name_word(fold_token(w)) for w in m.group(g).split()):
        return None
    return m.start(g), m.end(g), T.NAME


def _no_name_word(k: str) -> bool:
    """A folded word a cue's name cannot be: the record's vocabulary, a month, or a dictionary word no given
    name list holds ("Seen in 14 days", "Plan B.")."""
    from phigate.engine import lexicon
    from phigate.engine.names import vocabulary

    return vocabulary(k) or k in ENGLISH_MONTHS \
        or (k in lexicon.common_words() and k not in lexicon.first_names())


# a given name and the family name's initial, as boards, lists and chats shorten a person: "- <given> G. (61)
# GI bleed", "<given> F.: pt in Resus 3", "| <given> A. (28) |"; not "Vitamin D.", "Plan B.", "Hepatitis C.",
# nor a class in Roman numerals ("Killip I.", "Stage V.")
GIVEN_INITIAL = PatternSpec(
    "given-initial",
    T.NAME,
    r"(?<![\w.'’\-])(?P<v>[A-Z][a-zà-öø-ÿ'’]{2,}[ \t][A-HJ-UWYZ]\.)"
    r"(?=[ \t]*[(:,|]|[ \t]{2,}|[ \t]*(?:\r?\n|$))",
    validator=lambda text, m: _v_given_initial(m),
    hs=r"[A-Z][a-z'\-]{2,}[ \t][A-Z]\.",
)


def _v_given_initial(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine.normalize import fold_token

    return None if _no_name_word(fold_token(m.group("v").split()[0])) else _span(m, T.NAME)


# the name a person goes by on the street or among friends, in brackets after their name: "<name> (<word> on
# the street)", "<name> (<word> to his friends)"
STREET_NAME_BRACKET = PatternSpec(
    "name-on-the-street",
    T.NAME,
    r"\((?P<v>[A-Z][a-z'\-]{1,20})[ \t]+(?:on the streets?|to (?:his|her|their) friends|to friends"
    r"|to everyone)\)",
    validator=lambda text, m: _v_not_vocabulary(m),
    hs=r"\([A-Z][a-z'\-]{1,20}[ \t]+(?:on the streets?|to (?:his|her|their) friends|to friends"
    r"|to everyone)\)",
)
# whom a message greets by name: "Hi <name> it's <sender>", "Morning <name>!", "Thanks <name>," -- even a word
# name ("Morning <Cricket>!"); not a group, a role or a time of day ("Hi team!", "Morning all", "Hi doc,")
GREETED = PatternSpec(
    "greeted",
    T.NAME,
    r"(?:Hi|Hiya|Hello|Hey|Morning|Good morning|Good afternoon|Good evening|Evening|Afternoon)[ \t]+"
    r"(?P<v>[A-Z][a-z'\-]{2,20})(?=[!,]|[ \t]+(?:it's|it’s|its|it is|this is)\b)",
    validator=lambda text, m: _v_greeted(text, m),
    hs=r"(?:Hi|Hiya|Hello|Hey|Morning|Good morning|Good afternoon|Good evening|Evening|Afternoon)[ \t]+"
    r"[A-Z][a-z]",
)
_NOT_GREETED = frozenset([
    "team", "all", "everyone", "everybody", "guys", "folks", "there", "doc", "doctor", "nurse", "sir",
    "madam", "mate", "love", "dear", "friends", "again", "both", "ladies", "gents", "colleagues", "world",
    "pharmacy", "reception", "ward", "night", "day", "shift", "staff", "you", "y'all", "lovely", "darling",
    "hun", "babe",
    "buddy", "boss", "chief", "gang", "crew", "family", "fam", "folk", "people", "members", "partner", "bro",
    "sis", "mum", "mom", "dad", "nan", "gran", "granny", "grandma", "grandpa", "auntie", "uncle", "team's",
    "hospital", "clinic", "support", "admin", "user", "patient", "customer", "caller", "client",
])


def _v_greeted(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine.normalize import fold_token

    key = fold_token(m.group("v"))
    return None if key in _NOT_GREETED or key in ENGLISH_MONTHS else _v_not_vocabulary(m)


def _v_not_vocabulary(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine.names import vocabulary
    from phigate.engine.normalize import fold_token

    return None if vocabulary(fold_token(m.group("v"))) else _span(m, T.NAME)


# postcodes typed in lower case, by the letters each scheme allows: British "le5 4rt" (no C, I, K, M, O or V
# in the inward code, so "b12 1mg" stays), Canadian "j0y 8n2", Irish Eircodes "f92 ee8r"; after a comma or a
# word
LOWER_POSTCODE = PatternSpec(
    "postcode-lower",
    T.ZIP,
    r"(?:(?<=,[ \t])|(?<=[a-z][ \t])|(?<=^))(?P<v>[a-z]{1,2}[0-9][a-z0-9]?[ \t][0-9][abd-hjlnp-uw-z]{2}"
    r"|[abceghj-nprstvxy][0-9][abceghj-nprstv-z][ \t][0-9][abceghj-nprstv-z][0-9]"
    # spaced in lower case: "c281d2f" is a commit's hash
    r"|[ac-fhknprtvwxy][0-9][0-9w][ \t](?P<ie>[0-9ac-fhknprtvwxy]{4}))(?![\w'\-])",
    validator=lambda text, m: _v_lower_postcode(text, m),
    hs=r"[a-z]{1,2}[0-9][a-z0-9]?[ \t][0-9][a-z]{2}|[a-z][0-9][a-z][ \t][0-9][a-z][0-9]"
    r"|[a-z][0-9][0-9w][ \t][0-9a-z]{4}",
)


def _v_lower_postcode(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """In lower-case text only; an Eircode's last four hold a digit ("f92 ee8r"), so "d12 tablets" stays."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if any(c.isupper() for c in text[max(line_start, m.start() - 40) : m.start()]):
        return None  # mixed-case text has the upper-case patterns
    if m.group("ie") is not None and not any(c.isdigit() for c in m.group("ie")):
        return None
    return _span(m, T.ZIP)


# a plate after the word for it, in any case: "PVT VEH 7EG-57J", "reg dk52 dzj", "rego 1abc-234"
# the car, in the languages bilingual chats use, right before its plate ("met die kar, NY 18 GE GP",
# Tagalog "kotse", Swahili "gari", Hindi "gaadi", Spanish "carro", Korean "차 번호" reads "a aa" in the scan
# copy and is not written here)
_CAR_WORDS = r"kar|kotse|gari|gaadi|gadi|carro|coche|voiture|auto|bakkie|motokaa"
PLATE_AFTER_WORD = PatternSpec(
    "plate-after-word",
    T.VEHICLE,
    r"(?i:\b(?:veh|reg|rego|plate|reg no|(?:" + _CAR_WORDS + r")[,:]?))[ \t:#.]+"
    r"(?P<v>(?P<a>[A-Za-z0-9]{2,4})[ \-]?(?P<b>[A-Za-z0-9]{2,5})(?:[ \-](?:[A-Z]{2}|[0-9]{3})){0,2})"
    r"(?![A-Za-z0-9])",
    validator=lambda text, m: _v_plate_after_word(m),
    hs=r"(?i:\b(?:veh|reg|rego|plate|reg no|(?:" + _CAR_WORDS + r")[,:]?))[ \t:#.]+[A-Za-z0-9]{2}",
)


def _v_plate_after_word(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon

    v = m.group("v")
    if not (any(c.isdigit() for c in v) and any(c.isalpha() for c in v)) or len(v.replace(" ", "")) < 5:
        return None
    if m.group("b").lower() in lexicon.common_words() or m.group("a").lower() in lexicon.common_words():
        return None  # "reg 12a bed": the registrar and a bed
    if _DOSE_AFTER.match(" " + v):
        return None
    if _CAR_WORD.match(m.group(0)) and (sum(c.isdigit() for c in v) < 2 or not v.isupper()):
        return None  # after "kar", "coche": a plate in capitals with its digits ("coche 2 plazas" is none)
    return _span(m, T.VEHICLE)


_CAR_WORD = re.compile(rf"(?i:{_CAR_WORDS})\b")


# New Zealand's NHI typed in lower case after its name: "nhi (jub64lh)", "nhi kjd23fl"
NHI_LOWER = PatternSpec(
    "nhi-lower",
    T.ID,
    r"\bnhi(?:[ \t]*(?:number|no\.?|#|is))?[ \t]*[:#=(]?[ \t]*(?P<v>[a-z]{3}[0-9]{2}[a-z0-9]{2})\b",
    hs=r"\bnhi[ \t:#=(a-z.]{0,12}[a-z]{3}[0-9]{2}[a-z0-9]{2}\b",
)


# a name in capitals on a line of its own right above a street line (a label's or a statement's addressee), or
# before "C/O" ("<GIVEN> <FAMILY>\n12 HARBOUR RD", "<GIVEN> <FAMILY>   C/O <NAME>")
CAPS_ADDRESSEE = PatternSpec(
    "name-caps-addressee",
    T.NAME,
    r"(?m:^)[ \t]*(?P<v>[A-Z][A-Z'\-]{2,}(?:[ \t][A-Z][A-Z'\-]{2,}){1,2})"
    r"(?=[ \t]*\r?\n[ \t]*(?:(?![0-9]{1,5}[ \t]*(?:MG|MCG|ML|UNITS?|TABS?|TABLETS?|CAPS?|G|MMOL|IU|X)\b)"
    r"[0-9]{1,5}[A-Z]?[ \t]+[A-Z]|UNIT[ \t]|APT[ \t]|FLAT[ \t]|PO BOX)|[ \t]+C/O\b)",  # (not a dose line)
    validator=lambda text, m: _v_caps_addressee(m),
    hs=r"[A-Z][A-Z'\-]{2,}[ \t][A-Z][A-Z'\-]{2,}(?:[ \t][A-Z][A-Z'\-]{2,})?"
    r"(?:[ \t]*\n[ \t]*(?:[0-9]|UNIT|APT|FLAT|PO BOX)|[ \t]+C/O)",
)


def _v_caps_addressee(m: re.Match[str]) -> tuple[int, int, T] | None:
    """Words no dictionary holds, or listed names (not "PATIENT DETAILS", "HOME ADDRESS", a drug)."""
    from phigate.engine import lexicon

    first, last = lexicon.first_names(), lexicon.last_names()
    for w in m.group("v").split():
        k = w.lower()
        if not _name_word(k, first, last) or _STATE_RE.fullmatch(w) or k in lexicon.countries():
            return None
    return _span(m, T.NAME)


# the same in title case: a letter's or a label's addressee on a line of its own, right above the street line
# that opens the address ("<Given> <Family>\n14 Harbour Road", "Mrs <Given> <Family>\nUnit 3/17 ...",
# "<Given> <Family>\nSøndergade 14, 8600 ..."); the words must be names or in no dictionary
TITLE_ADDRESSEE = PatternSpec(
    "name-addressee",
    T.NAME,
    r"(?m:^)[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+)?"
    r"(?P<v>[A-Z][a-z'\-]+(?:[ \t](?:van|von|de|da|del|der|den|ten|ter|la|le)?[ \t]?[A-Z][a-z'\-]+){1,2})"
    r"(?=[ \t]*\r?\n[ \t]*(?:(?![0-9]{1,5}[ \t]*(?:mg|mcg|ml|units?|tabs?|tablets?|caps?|g|mmol|iu|x)\b)"
    r"[0-9]{1,5}[A-Za-z]?(?:/[0-9]{1,5})?[ \t,]+[A-Z]|(?:Unit|Apt|Flat|PO Box|P\.O\. Box)[ \t]"
    r"|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]+[0-9]{1,4}[a-z]?[ \t]*(?:,|\r?\n)))",
    validator=lambda text, m: _v_title_addressee(m),
    hs=r"[A-Z][a-z'\-]+[ \t](?:[a-z]{2,3}[ \t])?[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+)?[ \t]*\r?\n"
    r"[ \t]*[0-9A-Z]",
    window=60,
)


def _v_title_addressee(m: re.Match[str]) -> tuple[int, int, T] | None:
    """Every word a listed name or in no dictionary ("Patient Details", "Mercy Hospital", "Metformin
    Hydrochloride" stay), no place above state level."""
    from phigate.engine import lexicon
    from phigate.engine.names import PARTICLES

    first, last = lexicon.first_names(), lexicon.last_names()
    for w in m.group("v").split():
        k = w.lower()
        if k in PARTICLES:
            continue
        if not _name_word(k, first, last) or _STATE_RE.fullmatch(w) or k in lexicon.countries():
            return None
    return _span(m, T.NAME)


# a case's reference after the word that says so: "(ref PR-265643)", "Incident INC-946322", "ticket
# INC-487572", "Claim ref: JAH-47258", "Requisition #: REQ61536539", "reference YSYS 348644": Safe Harbor's
# "any other unique identifying number"; five digits or more, so "PR-1234" or "JIRA-42" in a developer's
# text stays, and no "code" cue ("CPT code 99213" is vocabulary)
_REF_CUE = (
    r"(?i:\b(?:ref|reference|our[ \t]+ref|your[ \t]+ref|incident|ticket|complaint|requisition|req|report"
    r"|referral[ \t]+ref|case|case[ \t]+no|claim[ \t]+ref|call[ \t]+ref|alert[ \t]+ref|screening[ \t]+ref"
    r"|employer[ \t]+ref|rx[ \t]+id|prescription[ \t]+(?:no|number|id)|biopsy|accession))"
    r"\.?[ \t]*(?:#|(?i:no|nr|number)\.?)?[ \t]*[:#]?[ \t]*"
)
REF_NUMBER = PatternSpec(
    "case-reference",
    T.ID,
    _REF_CUE + r"(?P<v>[A-Z]{1,6}(?:[\-/ ]?[A-Z0-9]{1,8}[\-/])?[\-/ ]?[0-9]{5,12}"
    r"|[0-9]{2}/[A-Z]{1,3}/[0-9]{4,8}|[0-9]{5,12})(?![\w\-/])",
    hs=_REF_CUE + r"(?:[A-Z]{1,6}(?:[\-/ ]?[A-Z0-9]{1,8}[\-/])?[\-/ ]?[0-9]{5}|[0-9]{2}/[A-Z]|[0-9]{5})",
)


# a town as an address's item before a UK postcode: "<street>, <village>, Fenwick Drove PE13 2QR"
TOWN_UK_POSTCODE = PatternSpec(
    "town-before-uk-postcode",
    T.ADDRESS,
    r",[ \t]*(?P<v>[A-Z][A-Za-z'\-]+(?:[ \t][A-Z][A-Za-z'\-]+){0,2})[ \t]+"
    r"[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}\b",
    validator=lambda text, m: _v_town_run(m, listed=True),
    hs=r",[ \t]*[A-Z][A-Za-z'\-]+(?:[ \t][A-Z][A-Za-z'\-]+){0,2}[ \t]+"
    r"[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}\b",
)


# a rural address on a numbered road: "48567 Road 99E", "Lot 445, Route 001", "2231 Range Road 54"
_NUMBERED_ROAD = (r"(?:[0-9]{3,6}|Lot[ \t]+[0-9]{1,5},?)[ \t]+(?:Road|Rd|Route|Rte|Highway|Hwy"
                  r"|County[ \t]Road|Range[ \t]Road|Township[ \t]Road|Rural[ \t]Route|RR|Concession)"
                  r"[ \t]*#?[0-9]{1,4}[A-Z]?")
NUMBERED_ROAD = PatternSpec(
    "numbered-road-rural",
    T.ADDRESS,
    rf"\b(?P<v>{_NUMBERED_ROAD})(?![\w\-])",
    validator=_v_plain(T.ADDRESS),
    hs=rf"\b{_NUMBERED_ROAD}",
)


# an Irish name by its patronymic particle ("<given> Ó <family>", "<given> Ní <family>", "... Mac ..."): the
# scan copy writes "Ó" as "O"; "Type O Negative" has a word for a given name
IRISH_PARTICLE_NAME = PatternSpec(
    "name-irish-particle",
    T.NAME,
    r"\b(?P<v>(?P<g>[A-Z][a-z]{2,})[ \t](?:O|Ni|Nic|Ui|Mhic|Mac|Mag)[ \t](?P<f>[A-Z][a-z'’]{2,}))"
    r"(?![\w'’\-])",
    validator=lambda text, m: _v_irish_name(m),
    hs=r"\b[A-Z][a-z]{2,}[ \t](?:O|Ni|Nic|Ui|Mhic|Mac|Mag)[ \t][A-Z][a-z]",
)


def _v_irish_name(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine.name_shapes import unknown_word

    if not (unknown_word(m.group("g")) and unknown_word(m.group("f"))):
        return None  # "Type O Negative", "Cell Mac Donald"
    return _span(m, T.NAME)


# an age over 89 in brackets after one word no dictionary holds: "- <given> (96) low mood", "<given> (94 😮)"
# (the scan copy writes an emoji as "?"); "saturation (96)" has a word before it
AGE_AFTER_WORD = PatternSpec(
    "age-after-word",
    T.AGE,
    r"(?<![\w'’\-])(?P<w>[A-Z][a-z'’\-]{1,20})[ \t]\((?P<v>9[0-9]|1[01][0-9])"
    r"(?=(?:[ \t]?(?:y|yo|yrs?|years?))?(?:[ \t]?\?)?\))",
    validator=lambda text, m: _v_age_after_word(m),
    hs=r"[A-Z][a-z'’\-]{1,20}[ \t]\((?:9[0-9]|1[01][0-9])",
)


def _v_age_after_word(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine.name_shapes import unknown_word

    return (m.start("v"), m.end("v"), T.AGE) if unknown_word(m.group("w")) else None


# the word before such an age is the person's name
NAME_BEFORE_AGE = PatternSpec(
    "name-before-age",
    T.NAME,
    AGE_AFTER_WORD.regex,
    validator=lambda text, m: (m.start("w"), m.end("w"), T.NAME) if _v_age_after_word(m) else None,
    hs=r"[A-Z][a-z'’\-]{1,20}[ \t]\((?:9[0-9]|1[01][0-9])",
)


# a record key after the word that says whose or what it is: "patient <uuid>", "Encounter <uuid> on ...",
# "member_id: <uuid>" (a request's or a trace's id has no such word and stays)
_KEYED_RECORD = (r"(?i:patient|pt|person|member|subject|resident|client|beneficiary|encounter|visit|admission"
                 r"|episode|claim|case|referral)(?:[ \t_\-]?(?i:id|uuid|key|ref))?[ \t]*[:#=]?[ \t]*`?")
RECORD_UUID = PatternSpec(
    "record-key-after-word",
    T.MRN,
    rf"\b(?P<w>{_KEYED_RECORD})(?P<v>[0-9a-fA-F]{{8}}-[0-9a-fA-F]{{4}}-[0-9a-fA-F]{{4}}-[0-9a-fA-F]{{4}}"
    r"-[0-9a-fA-F]{12})(?![0-9A-Fa-f])",
    validator=lambda text, m: _v_record_uuid(m),
    hs=rf"\b{_KEYED_RECORD}[0-9a-fA-F]{{8}}-[0-9a-fA-F]{{4}}-",
)
_PERSON_RECORD_WORDS = ("patient", "pt", "person", "member", "subject", "resident", "client", "beneficiary")


def _v_record_uuid(m: re.Match[str]) -> tuple[int, int, T] | None:
    person = m.group("w").lower().startswith(_PERSON_RECORD_WORDS)
    return m.start("v"), m.end("v"), T.MRN if person else T.ID


# an instance identifier in CDA and other HL7 v3 XML: <id root="<OID>" extension="<the id>"/>; a template's
# "extension" is its version (<templateId ...>) and stays
CDA_ID = PatternSpec(
    "cda-id-extension",
    T.ID,
    r"<(?:[A-Za-z]+:)?id\b[^<>]{0,200}?\bextension=\"(?P<v>[^\"<>]{3,64})\"",
    validator=lambda text, m: _span(m, T.ID) if any(c.isdigit() for c in m.group("v")) else None,
    hs=r"<(?:[A-Za-z]+:)?id\b[^<>]{0,200}?\bextension=\"",
)


# a login in capitals after "by" in a log line: "called back at 13:38 by <LOGIN>", "printed 0214 by <LOGIN>"
BY_CAPS_LOGIN = PatternSpec(
    "login-by-caps",
    T.ID,
    r"\bby[ \t]+(?P<v>[A-Z]{5,12})(?=[ \t]*(?:\r?\n|$))",  # the line ends ("monitoring by IQVIA." stays)
    validator=lambda text, m: _v_caps_login(m),
    hs=r"\bby[ \t]+[A-Z]{5,12}",
)


# who ran, generated or exported a file, by login in lower case, in the file's header: "run 2025-04-18 07:15
# by <login>", "generated ... by <login> from 10.2.3.4" (not "by hand", "by email", "by the system")
LOGIN_AFTER_BY = PatternSpec(
    "login-after-by",
    T.NAME,
    r"\b(?i:run|ran|generated|export(?:ed)?|created|printed|extracted|pulled|uploaded|submitted|modified|updated"
    r"|edited|saved|entered|logged|produced"
    # a forum's or a tracker's post: "reply by <login>:", "Reported by <login>.", "posted by <login> ("
    r"|reply|replied|reported|posted|commented|answered|flagged|moderated|closed|reopened|linked|prepared"
    r"|compiled|maintained|verified)\b[^\n]{0,24}?"
    r"\bby[ \t]+(?P<v>[a-z][a-z0-9._\-]{2,23}[a-z0-9_])"
    r"(?=[ \t]+(?:from|at|on|via)\b|[ \t]+[-–—][ \t]|[ \t]*(?:\r?\n|$|[,;:)]|\((?!s\))|\.[ \t]*(?:\r?\n|$)))",
    validator=lambda text, m: _v_lower_login(m),
    hs=r"\b(?i:run|ran|generated|export(?:ed)?|created|printed|extracted|pulled|uploaded|submitted|modified|updated"
    r"|edited|saved|entered|logged|produced|reply|replied|reported|posted|commented|answered|flagged|moderated"
    r"|closed|reopened|linked|prepared|compiled|maintained|verified)[ \t][^\n]{0,24}by[ \t]+[a-z]",
)
_NOT_LOGINS = frozenset(["system", "admin", "root", "cron", "script", "user", "unknown", "batch", "scheduler",
                         "service", "robot", "automation", "default", "anonymous", "guest"])


def _v_lower_login(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon

    v = m.group("v")
    if v in _NOT_LOGINS or (v in lexicon.common_words() and v.isalpha()):
        return None
    return _span(m, T.NAME)


def _v_caps_login(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon

    k = m.group("v").lower()
    if k in lexicon.common_words() or k in lexicon.excluded() or sum(c in "aeiouy" for c in k) < 2:
        return None  # "by MOUTH", "by PHONE", "by HTTPS"
    return _span(m, T.ID)


# an age over 89 said of a person: "<given> is 95 and lives at", "she's 93", "mum turned 91"
AGE_IS = PatternSpec(
    "age-is",
    T.AGE,
    r"\b(?P<s>he|she|they|pt|patient|mum|mom|dad|nan|nana|gran|granny|grandma|grandpa|grandad|grandmother"
    r"|grandfather|you|[A-Za-z][a-z'\-]+)(?:'s|[ \t]+(?:is|was|are|turned|turns|is now|will be))[ \t]+"
    r"(?P<v>9[0-9]|1[01][0-9])(?![0-9.,/%:])"
    r"(?![ \t]*(?:%|kg|mg|bpm|mm|cm|lbs?|kilos?|percent|beats|over|/|units|ml|mcg|degrees|f\b|c\b|min|sec"
    r"|on\b))",  # "she is 94 on room air": a saturation
    validator=lambda text, m: _v_age_is(m),
    hs=r"(?:'s|[ \t](?:is|was|are|turned|turns|now|be))[ \t]+(?:9[0-9]|1[01][0-9])",
    window=40,
)


def _v_age_is(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon

    who = m.group("s")
    if who.lower() in lexicon.common_words() and who.lower() not in (
            "mum", "mom", "dad", "nan", "nana", "gran", "granny", "grandma", "grandpa", "grandad", "he",
            "she",
            "they", "you", "patient"):
        return None  # "Pulse is 95 and regular", "Weight was 98"
    if who.lower() in _MEASURES:
        return None  # "sats was 94", "bgl is 96"
    return _span(m, T.AGE)


_MEASURES = frozenset(["bp", "hr", "rr", "sats", "spo2", "sao2", "o2", "fio2", "temp", "wt", "bgl", "bsl",
                       "cbg",
                       "map", "sbp", "dbp", "gcs", "inr", "hb", "hgb", "plt", "crp", "esr", "egfr", "na",
                       "k", "bmi",
                       "ef", "lvef", "iq", "pct", "pts"])


# a mail or commit header's person before their address: "Author: <given> <family> <a@b>", "From: ... <...>"
HEADER_NAME = PatternSpec(
    "name-header-address",
    T.NAME,
    r"(?m)^[ \t>]*(?:Author|Committer|From|To|Cc|Bcc|Reply-To|Sender|Signed-off-by|Co-authored-by"
    r"|Reviewed-by)[ \t]*:[ \t]+(?P<v>[^<>\n@\",;:0-9]{2,60}?)[ \t]*<[^<>\s@]+@[^<>\s]+>",
    validator=lambda text, m: _v_header_name(m),
    hs=r"(?:Author|Committer|From|To|Cc|Bcc|Reply-To|Sender|by)[ \t]*:",
    window=90,
)


_MAILBOX_WORDS = frozenset(["reception", "team", "support", "office", "admin", "billing", "noreply",
                            "no-reply",
                            "desk", "helpdesk", "info", "notifications", "bot", "mailer", "daemon", "alerts"])


def _v_header_name(m: re.Match[str]) -> tuple[int, int, T] | None:
    """A person's name, not a shared mailbox ("<clinic> Reception <...>", "Billing Team <...>")."""
    from phigate.engine.names import ORG_WORDS

    words = [w.lower() for w in m.group("v").split()]
    if not 0 < len(words) <= 5 or any(w in ORG_WORDS or w in _MAILBOX_WORDS for w in words):
        return None
    return _span(m, T.NAME)


# staff, study and user numbers abroad, whose label says what they are: "Personalnr. 912-887", "n.º
# mecanográfico 755-845", "medewerker 995254", "Studiecode TTY-706-719", "utilizador <login>"
_STAFF_WORDS = (
    r"personalnr|personalnummer|mitarbeiternr|mecanografico|medewerker|personeelsnummer|matricola|matricula"
    r"|studiecode|anbieter-ref|numero de empleado|employee no"
)
STAFF_NUMBER = PatternSpec(
    "staff-number", T.ID, rf"\b(?:{_STAFF_WORDS})\b\.?{STRONG_SEP}{ID_VALUE}", caseless=True,
    validator=_cue_value(T.ID, 3), hs=rf"\b(?:{_STAFF_WORDS})\b\.?{STRONG_SEP}[A-Za-z0-9]",
)
# a recording's or a video visit's session, by its hexadecimal id: "session 1c642441-7b47"
SESSION_ID = PatternSpec(
    "session-id",
    T.ID,
    r"(?i:\bsession)(?:[ \t]+(?i:id))?[ \t:#=]+(?P<v>[0-9a-f]{6,12}(?:-[0-9a-f]{4,12}){1,4})(?![\w\-])",
    # a whole UUID is a key a system made for a run or a request, as everywhere else (UUID)
    validator=lambda text, m: _span(m, T.ID)
    if _ndigits(m.group("v")) >= 3 and not UUID.fullmatch(m.group("v")) else None,
    hs=r"(?i:session)[ \t:#=a-zA-Z]{1,6}[0-9a-f]{6}",
)
# a user's login after the word for a user, in logs in other languages: "utilizador <login>", "Benutzer
# <login>"
USER_LOGIN_ABROAD = PatternSpec(
    "login-abroad",
    T.ID,
    r"(?i:\b(?:utilizador|usuario|usuário|benutzer|gebruiker|utilisateur|utente|participant"
    r"|login for))[ \t:]+"
    r"(?P<v>[a-z][a-z0-9._\-]{2,30}[0-9][a-z0-9._\-]*)(?![\w@])",
    validator=lambda text, m: _span(m, T.ID),
    hs=r"(?i:utilizador|usuario|benutzer|gebruiker|utilisateur|utente|participant|login for)[ \t:]+[a-z]",
)


# a role, then the person in brackets: "Nurse (<family>)", "Paramedic (<given> <family>)", "Scribe (<name>)"
# (an interpreter's bracket holds the language)
ROLE_THEN_NAME = PatternSpec(
    "name-after-role",
    T.NAME,
    r"\b(?:Nurse|Paramedic|Doctor|Scribe|Clinician|Physician|Midwife|Pharmacist|Carer|Caregiver"
    r"|Therapist|Registrar|Consultant|Attending|Resident|Chaplain|Driver|Medic"
    # a desk or a service, then who spoke for it: "Pharmacy (<given> <family>): ..."
    r"|Pharmacy|Reception|Receptionist|Clerk|Porter|Coordinator|Scheduler|Billing|Triage|Admin|Lab"
    r"|Security|Dietitian|Physio)[ \t]*\("
    r"(?P<v>[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+){0,2})\)",
    validator=lambda text, m: _v_role_then_name(m),
    hs=r"(?:Nurse|Paramedic|Doctor|Scribe|Clinician|Physician|Midwife|Pharmacist|Carer|Caregiver"
    r"|Therapist|Registrar|Consultant|Attending|Resident|Chaplain|Driver|Medic|Pharmacy|Reception"
    r"|Receptionist|Clerk|Porter|Coordinator|Scheduler|Billing|Triage|Admin|Lab|Security|Dietitian|Physio)"
    r"[ \t]*\([A-Z]",
)


def _v_role_then_name(m: re.Match[str]) -> tuple[int, int, T] | None:
    """Not a qualifier of the role ("Nurse (Agency)", "Doctor (Registrar)", "Nurse (Night)")."""
    from phigate.engine import lexicon

    if not any(_name_word(w.lower(), lexicon.last_names(), vowel=False) for w in m.group("v").split()):
        return None
    return _span(m, T.NAME)


# a transcript's answer that is a name alone: "Speaker 2: <Given> <Family>. Born ...", "Pt: Yes, that's me,
# <given>."
SPEAKER_ANSWER_NAME = PatternSpec(
    "name-speaker-answer",
    T.NAME,
    r"(?m:^)(?:\[[0-9:.]+\][ \t]*)?(?:Speaker[ \t]?[0-9]{1,2}|Patient|Pt|PATIENT|\[PATIENT\]|Caller|Client"
    r"|Resident|Mother|Father|Daughter|Son|Wife|Husband)[ \t]*:?[ \t]+"
    r"(?:(?:Yes|Yeah|Yep|Sure|Um|Uh|Er|Erm|Okay|OK|So)[,.]?[ \t]+)*"
    r"(?:(?:[Ii]t's|[Mm]y name is|I'm|[Tt]hat's me|[Tt]his is)[,]?[ \t]+)?"
    r"(?P<v>[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+){0,2})(?=[.!]|,[ \t]|[ \t]*$)",
    validator=lambda text, m: _v_speaker_answer(m),
    # at a line's start, as the pattern: "Patient <name>" mid-sentence costs the scan nothing
    hs=r"(?m:^)(?:\[[0-9:.]+\][ \t]*)?(?:Speaker[ \t]?[0-9]{1,2}|Patient|Pt|PATIENT|\[PATIENT\]|Caller|Client"
    r"|Resident|Mother|Father|Daughter|Son|Wife|Husband)[ \t]*:?[ \t]+[A-Z]",
    window=80,
)


def _v_speaker_answer(m: re.Match[str]) -> tuple[int, int, T] | None:
    """Words no dictionary holds (or listed names), not a month, a drug or a place's region."""
    from phigate.engine import lexicon

    first, last = lexicon.first_names(), lexicon.last_names()
    for w in m.group("v").split():
        k = w.lower()
        if not _name_word(k, first, last, vowel=False) or k in ENGLISH_MONTHS:
            return None
    return None if _is_region(m.group("v")) else _span(m, T.NAME)


# a family name in capitals, then the given name, then a comma or a bracket, as French, Belgian, Italian and
# administrative letters write names: "Courrier à <FAMILY> <Given>, Résidence ...", "N° 12 : <FAMILY>
# <Given>,"
CAPS_FAMILY_GIVEN = PatternSpec(
    "name-caps-family-given",
    T.NAME,
    r"(?<![\w'])(?P<v>(?P<f>[A-Z][A-Z'\-]{3,}(?:[ \t][A-Z][A-Z'\-]{2,})?)[ \t]"
    r"(?P<g>[A-Z][a-z'\-]+(?:[ \t\-][A-Z][a-z'\-]+)?))(?=,[ \t]|[ \t]*\()",
    validator=lambda text, m: _v_caps_family_given(m),
    hs=r"[A-Z][A-Z'\-]{3,}[ \t][A-Z][a-z'\-]+(?:[ \t\-][A-Z][a-z'\-]+)?(?:,[ \t]|[ \t]*\()",
)


def _v_caps_family_given(m: re.Match[str]) -> tuple[int, int, T] | None:
    """Capitals no dictionary holds (or a listed family name), then a given name (listed, or no word)."""
    from phigate.engine import lexicon
    from phigate.engine.names import DEPARTMENT, ORG_WORDS

    first, last = lexicon.first_names(), lexicon.last_names()
    for w in m.group("f").split():
        k = w.lower()
        if not _name_word(k, last) or k in ORG_WORDS or _STATE_RE.fullmatch(w) or k in lexicon.countries() \
                or (len(k) < 5 and k not in last):
            return None  # "UNTH Enugu,", "ELGA Protokoll (": an acronym before a town or a document
    for w in re.split(r"[ \t\-]", m.group("g")):
        k = w.lower()
        if not _name_word(k, first, vowel=False) or k in ORG_WORDS or DEPARTMENT(k) or k in ENGLISH_MONTHS \
                or (k in lexicon.cities() and k not in first):
            return None
    return _span(m, T.NAME)


# a staff list in capitals, each family name with an initial: "CREW: <FAMILY> A / <FAMILY> N", "CONS <FAMILY>
# H", "PCP....: <FAMILY> D", "<FAMILY> N (ATTEND), <FAMILY> T (DRIVER)"
CAPS_FAMILY_INITIAL = PatternSpec(
    "name-caps-initial",
    T.NAME,
    r"(?<![\w'])(?P<v>[A-Z][A-Z'\-]{2,}[ \t][A-Z])(?![\w'.])(?=[ \t]*(?:/|\(|,|;|\r?\n|$|[ \t]{2}))",
    validator=lambda text, m: _v_caps_initial(text, m),
    hs=r"[A-Z][A-Z'\-]{2,}[ \t][A-Z](?:[ \t]*(?:/|\(|,|;|\n|$)|[ \t]{2})",
)
_STAFF_SLOT = re.compile(
    r"(?:\b(?:CREW|CONS|CONSULTANT|PCP|GP|ATTENDING|ATTEND|REFERRER|SURGEON|ANAESTHETIST|ANESTHESIOLOGIST"
    r"|RN|MO|REG|REGISTRAR|NURSE|DR|BY|SIGNED|VERIFIED|CHECKED|MEDIC|PARAMEDIC|DRIVER)\b[.:]*[ \t]*"
    r"|[A-Z][ \t]*(?:\([A-Z ]{2,12}\))?[ \t]*[/,][ \t]*)$"
)


def _v_caps_initial(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """In capitals, and in a staff slot (after "CREW:",
    "CONS", a role, or the list's previous "<FAMILY> A /"),
    where even an English word is a family name; elsewhere only a word no dictionary holds."""
    from phigate.engine import lexicon

    s = m.start()
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if sum(c.islower() for c in line) > 3:
        return None  # "Dr Fox C" in a mixed-case note: no capitals-only screen
    k = m.group("v")[:-2].lower()
    if k in lexicon.excluded() or not any(c in "aeiouy" for c in k) or _STATE_RE.fullmatch(k.upper()):
        return None
    if _STAFF_SLOT.search(text, max(line_start, s - 40), s):
        return _span(m, T.NAME)
    if k in lexicon.common_words() or len(k) < 4:
        return None
    return _span(m, T.NAME) if _INITIAL_ROLE_AFTER.match(text, m.end()) else None


_INITIAL_ROLE_AFTER = re.compile(r"[ \t]*(?:\([A-Z ]{2,12}\)|/)")


# a record's name written family name first in a cell of its own ("<FAMILY>, <GIVEN>   30  M", "| <Family>,
# <Given> |", "Hemoglobin <Family>, <Given> 2024 17:42", "<FAMILY>,<GIVEN> R 1997"): the cell ends after it
INVERTED_NAME = PatternSpec(
    "name-inverted-cell",
    T.NAME,
    r"(?<![\w'\-,.])(?P<v>(?P<a>[A-Z][A-Za-z'\-]*[A-Za-z]),[ ]?(?P<b>[A-Z][A-Za-z'\-]*[A-Za-z])"
    r"(?:[ ][A-Z](?![\w.]))?)"
    # the cell ends: a gap, a separator, a bracket, a dash, the line's end, or a year or time after one space
    r"(?=[ \t]{2,}|[ \t]*[|\t\";)]|[ \t]+(?:[(\[/]|-[ \t]|[0-9]{4}(?![0-9])|[0-9]{1,2}[:/\-][0-9])"
    r"|[ \t]*(?:\r?\n|$))",
    validator=lambda text, m: _v_inverted_name(text, m),
    hs=r"[A-Z][A-Za-z'\-]*[A-Za-z],[ ]?[A-Z][A-Za-z'\-]*[A-Za-z](?:[ ][A-Z])?"
    r"(?:[ \t]{2}|[ \t]*[|\t\";)]|[ \t]+(?:[(\[/]|-[ \t]|[0-9]{4}|[0-9]{1,2}[:/\-][0-9])|[ \t]*\n|[ \t]*$)",
)
# a name's word as a name writes it: "KOWALSKI", "Kowalski", "McDonald", "O'Brien", "Smith-Jones" ("MiGeL",
# "Boerhaave-vleugel" are no names)
_NAME_CASED = re.compile(r"[A-Z][A-Z'\-]+|(?:[A-Z][a-z']{0,2}(?=[A-Z]))?[A-Z][a-z']+(?:-[A-Z][a-z']+)?")
# before the family name: a title ("Dr. <family>, Endocrinology"), a particle ("Service de <word>, <town>") or
# a capitalised word no dictionary knows, the given name of a name in its usual order ("<given> <family>,
# Apgar 8") or the first word of an organisation ("Sahlgrenska Universitetssjukhuset, Medicinkliniken")
_BEFORE_INVERTED = re.compile(r"(?:\b(?P<w>[A-Za-z][A-Za-z'\-]*)\.?[ \t])$")


def _v_inverted_name(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """Both words could be a name: no dictionary word (unless the lists hold them as family and given name),
    no drug, state, country or department, no abbreviation; capitals are the family name's, not the given
    name's alone."""
    from phigate.engine import lexicon
    from phigate.engine.names import DEPARTMENT, PARTICLES, TITLES

    a, b = m.group("a"), m.group("b")
    if not 3 <= len(a) <= 16 or not 3 <= len(b) <= 16 or (b.isupper() and not a.isupper()) \
            or not _NAME_CASED.fullmatch(a) or not _NAME_CASED.fullmatch(b):
        return None  # "Smith, JOHN" is no form of a name; "Universitetssjukhuset" no name's word
    ka, kb = a.lower(), b.lower()
    common = lexicon.common_words()
    before = _BEFORE_INVERTED.search(text, max(0, m.start() - 30), m.start())
    if before is not None:
        w = before.group("w")
        kw = w.lower()
        particle = kw in PARTICLES or kw in ("of", "the", "des", "do")
        given = w[0].isupper() and not w.isupper() and (kw not in common or kw in lexicon.first_names())
        if kw in TITLES or particle or given:
            return None
    if DEPARTMENT(kb) or DEPARTMENT(ka):
        return None  # "<family>, Endocrinology"
    excluded, countries = lexicon.excluded(), lexicon.countries()
    if ka in excluded or kb in excluded or ka in countries or kb in countries \
            or _STATE_RE.fullmatch(b.title()):
        return None  # "Metformin, Lisinopril", "Nairobi, Kenya", "Austin, Texas"
    if not all(any(c in "aeiouy" for c in k) for k in (ka, kb)):
        return None  # "MRSA, CHF": an abbreviation
    listed = ka in lexicon.last_names() and kb in lexicon.first_names()
    if not listed and (ka in common or kb in common or _inflected(ka, common) or _inflected(kb, common)):
        return None  # "Cardiology, Neurology", "Thanks, Doctor"
    if (len(ka) <= 4 or len(kb) <= 4) and a.isupper() and not (ka in lexicon.last_names()
                                                              or kb in lexicon.first_names()):
        return None  # "VRE, ESBL": short words in capitals are abbreviations unless a list holds one
    return _span(m, T.NAME)




# patterns added later go after every other module's (plan.builtin_scanner): Hyperscan databases take the
# patterns eight at a time, so a pattern inserted mid-list regroups, recompiles and re-caches every later one
# car makers: a year before one is a car's model year (vetoes), a bracket after one a plate
CAR_MAKES = (
    r"Toyota|Honda|Ford|Chevrolet|Chevy|Dodge|Ram|Jeep|Chrysler|GMC|Buick|Cadillac|Lincoln|Nissan|Hyundai|Kia"
    r"|Subaru|Mazda|Mitsubishi|Volkswagen|VW|Audi|BMW|Mercedes(?:-Benz)?|Volvo|Tesla|Lexus|Acura|Infiniti"
    r"|Porsche|Jaguar|Land[ \t]Rover|Range[ \t]Rover|Mini|Fiat|Peugeot|Renault|Citro[eë]n|Skoda|SEAT|Opel"
    r"|Vauxhall|Holden|Freightliner|Kenworth|Peterbilt|Mack|Navistar|Harley-Davidson|Yamaha|Suzuki|Kawasaki"
    r"|Polaris|Genesis|Rivian|Saturn|Pontiac|Oldsmobile|Mercury|Plymouth|Isuzu|Dacia|Tata|Mahindra|Maruti"
    r"|Proton|Perodua|BYD|Geely|Chery|Alfa[ \t]Romeo|Lancia|Smart|Scion|Hummer"
)
# a plate in brackets after the car it belongs to, named by its maker or as "my car": "Toyota LandCruiser 200
# (<plate>)", "my car (<plate>)"; the plate holds a letter and a digit
PLATE_IN_BRACKETS = PatternSpec(
    "plate-in-brackets",
    T.VEHICLE,
    rf"(?:\b(?:{CAR_MAKES})\b[^()\n]{{0,30}}|(?i:\b(?:my|our|his|her|their|the)[ \t]+"
    rf"(?:car|van|truck|ute|vehicle)[ \t]*))\("
    rf"(?P<v>(?=[A-Z0-9\- ]*[0-9])(?=[A-Z0-9\- ]*[A-Z])[A-Z0-9]{{1,4}}[ \-]?[A-Z0-9]{{1,5}})\)",
    hs=rf"\b(?:{CAR_MAKES})\b[^()\n]{{0,30}}\(|(?i:\b(?:my|our|his|her|their|the)[ \t]+"
    rf"(?:car|van|truck|ute|vehicle)[ \t]*)\(",
    validator=lambda text, m: _v_plate_shape(m),
)


_YEAR_PART = re.compile(r"(?:19|20)[0-9]{2}")


def _v_plate_shape(m: re.Match[str]) -> tuple[int, int, T] | None:
    """A plate has four characters at least; a quarter or a count of weeks before a year is none ("Q3
    2024", "GA 12 W 2024")."""
    parts = re.split(r"[ \-]+", m.group("v"))
    if len("".join(parts)) < 4:
        return None
    if len(parts) >= 2 and _YEAR_PART.fullmatch(parts[-1]) and len(parts[-2]) <= 2:
        return None
    return _span(m, T.VEHICLE)
# national plate shapes nothing else is written in: France's "RJ-127-SN" (no I, O or U), India's state code,
# district, series and number ("MH 27 KE 2237")
_NATIONAL_PLATE = (
    r"[A-HJ-NP-TV-Z]{2}-[0-9]{3}-[A-HJ-NP-TV-Z]{2}"
    r"|(?:AP|AR|AS|BR|CG|CH|DL|GA|GJ|HP|HR|JH|JK|KA|KL|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB)"
    r"[ \-]?[0-9]{1,2}[ \-]?[A-Z]{1,3}[ \-]?[0-9]{4}"
)
NATIONAL_PLATE = PatternSpec(
    "national-plate",
    T.VEHICLE,
    rf"(?<![\w\-])(?P<v>{_NATIONAL_PLATE})(?![\w\-])",
    validator=lambda text, m: _v_plate_shape(m),
    hs=_NATIONAL_PLATE,
)
# a DICOM instance UID (a study's, a series', an image's): the root, then arcs one of which is a date, or
# after a UID tag; and an M-PESA or other mobile-money confirmation code ("<CODE> Confirmed. KES 4,350 paid")
UID_DATE_ARC = r"\.(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"  # ".20250303": a UID's date
DICOM_ROOT = "1.2.840.10008."  # the DICOM standard's own UIDs (SOP classes, transfer syntaxes)
INSTANCE_UID = PatternSpec(
    "instance-uid",
    T.ID,
    rf"(?<![\w.])(?P<v>[012](?:\.[0-9]+){{2,}}{UID_DATE_ARC}(?:\.[0-9]+)+)(?![\w.])"
    rf"|(?i:instance ?uid|\bUI)[\]\s:=\[\"']{{1,4}}"
    rf"(?P<w>(?!{re.escape(DICOM_ROOT)})[012](?:\.[0-9]+){{4,}})(?![\w.])",
    validator=_v_first_group(T.ID, "v", "w"),
    hs=r"[012](?:\.[0-9]+){2,}\.(?:19|20)[0-9]{6}\.[0-9]|(?i:instance ?uid|\bUI)[\]\s:=\[\"']{1,4}[012]\.",
)
MONEY_CONFIRMATION = PatternSpec(
    "money-confirmation",
    T.ID,
    r"\b(?P<v>(?=[A-Z0-9]*[0-9])[A-Z][A-Z0-9]{9})[ \t]+Confirmed\.",
    validator=_v_plain(T.ID),
    hs=r"\b[A-Z][A-Z0-9]{9}[ \t]+Confirmed\.",
)
# postcodes said as such: India's "PIN code 577236"; a Nordic "<town> (824 31)"; a ZIP given as the answer to
# the question for it ("what's your zip code?" / "user: 59860.")
POSTCODE_SAID = PatternSpec(
    "postcode-said",
    T.ZIP,
    r"(?i:\bpin[ \t]?code|\bpincode)[ \t:#✔✓?\-]*(?P<v>[1-9][0-9]{2}[ \t]?[0-9]{3})(?![0-9])"
    r"|(?<=[^\W\d_])[ \t]\((?P<n>[0-9]{3}[ \t][0-9]{2})\)"
    r"|(?i:\bzip(?:[ \t]?code)?|\bpost[ \t]?code|\bpostal[ \t]code)[^\n?]{0,20}\?[ \t]*\r?\n"
    r"[^\n:]{0,24}:[ \t]*(?i:(?:that'?s[ \t]right|yes|yeah|it'?s|its)[ \t,]*)?(?P<q>[0-9]{5}(?:-[0-9]{4})?)"
    r"(?![0-9])",
    validator=_v_first_group(T.ZIP, "v", "n", "q"),
    hs=r"(?i:\bpin[ \t]?code|\bpincode)|[ \t]\([0-9]{3}[ \t][0-9]{2}\)"
    r"|(?i:\bzip|\bpost[ \t]?code|\bpostal[ \t]code)",
)
# where someone stays with someone: "moved in with her daughter in <town>", "staying with family in <town>
# pod <hill>"; in capitals, "MOVED TO <TOWN> WITH ..."
STAYING_WITH_IN = PatternSpec(
    "staying-with-in",
    T.ADDRESS,
    r"\b(?i:moved[ \t]+in|moving[ \t]+in|staying|stays|stayed|living|lives|lived)[ \t]+with[ \t]+"
    r"(?:[\w'’\-]+[ \t]+){0,3}?in[ \t]+"
    r"(?P<v>[A-Z][\w'’\-]+(?:[ \t](?:(?:pod|nad|am|an|upon|on|de|sur|la|le)[ \t])?[A-Z][\w'’\-]+)?)"
    r"|\bMOVED[ \t]+TO[ \t]+(?P<c>[A-Z][A-Z'\-]+(?:[ \t][A-Z][A-Z'\-]+)?)[ \t]+WITH\b",
    validator=lambda text, m: _v_staying_place(m),
    hs=r"\b(?i:moved[ \t]+in|moving[ \t]+in|staying|stays|stayed|living|lives|lived)[ \t]+with[ \t]"
    r"|\bMOVED[ \t]+TO[ \t]",
    window=80,
)


def _v_staying_place(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon

    g = "v" if m.group("v") is not None else "c"
    words = [w.lower() for w in m.group(g).split()]
    if _is_region(m.group(g)) or words[0] in lexicon.common_words() or words[0] in lexicon.excluded():
        return None  # "living with her son in Texas", "... in March", "... in Hospital"
    return m.start(g), m.end(g), T.ADDRESS


# a clinician in capitals by the credential after the name: "HANDOVER TO <GIVEN> <FAMILY> RN.", "<FAMILY>,
# <GIVEN> MD", "CONS: DR <FAMILY>" at a field's end
_CREDENTIAL = r"(?:RN|MD|DO|NP|PA-C|LPN|RPH|PHARMD|CNA|EMT|RM|RGN|MBBS|FRCP)"
CAPS_CLINICIAN = PatternSpec(
    "caps-clinician",
    T.NAME,
    rf"(?<![A-Za-z'\-])(?P<v>[A-Z][A-Z'\-]{{1,}}(?:,?[ \t][A-Z][A-Z'\-]{{1,}}){{1,2}})[ \t]+{_CREDENTIAL}"
    r"(?=[.,;)]|[ \t]|$)"
    r"|\bDR\.?[ \t]+(?P<d>[A-Z][A-Z'\-]{2,})(?=[ \t]{2,}|[ \t]*(?:\r?\n|$))",
    validator=lambda text, m: _v_caps_clinician(text, m),
    hs=rf"[A-Z][ \t]+{_CREDENTIAL}|\bDR\.?[ \t]+[A-Z]{{3}}",
    window=60,
)


def _v_caps_clinician(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon
    from phigate.engine.names import TITLES

    g = "v" if m.group("v") is not None else "d"
    start, v = m.start(g), m.group(g)
    while v.split(None, 1)[0].strip(",").lower() in _CAPS_NOT_NAMES and " " in v:  # "HANDOVER TO <NAME> RN"
        v = v.split(None, 1)[1]
        start = m.end(g) - len(v)
    words = [w.strip(",").lower() for w in v.split()]
    if any(w in TITLES or w in _CAPS_NOT_NAMES for w in words):
        return None
    if g == "v" and (len(words) < 2 or ("," not in v and _all_common(v.replace(",", " ")))):
        return None  # "CALL THE RN", "PAGE ON CALL MD": words, no name ("<FAMILY>, <GIVEN> MD" may be words)
    if g == "d" and words[0] in lexicon.common_words() and words[0] not in lexicon.last_names():
        return None  # "DR NOTES", "DR ORDERS": the doctor's papers
    return start, m.end(g), T.NAME


_CAPS_NOT_NAMES = frozenset([
    "to", "by", "from", "with", "and", "the", "on", "call", "page", "paged", "charge", "pt", "patient",
    "notify", "notified", "handover", "see", "per", "for", "of", "at",
])
LATE_SPECS = [BED_NAME, NHI_NUMBER, DAY_MONTH_ROW, DAY_MONTH_AGAIN, CENTRELINK_CRN, AZ_FIN, TURKIC_YEAR_FIRST,
              DAY_MONTH_AT_TIME, INVERTED_NAME, CAPS_FAMILY_INITIAL, DAY_MONTH_LOWER, AGE_IS, HEADER_NAME,
              STAFF_NUMBER, SESSION_ID, USER_LOGIN_ABROAD, ROLE_THEN_NAME, SPEAKER_ANSWER_NAME,
              CAPS_FAMILY_GIVEN, MONTH_DAY_LOWER, GOES_BY_NAME, LOWER_POSTCODE, PLATE_AFTER_WORD, NHI_LOWER,
              CAPS_ADDRESSEE, BY_CAPS_LOGIN, TITLE_ADDRESSEE, REF_NUMBER, TOWN_UK_POSTCODE,
              NUMBERED_ROAD, IRISH_PARTICLE_NAME, AGE_AFTER_WORD, NAME_BEFORE_AGE, RECORD_UUID, CDA_ID,
              PLATE_IN_BRACKETS, NATIONAL_PLATE, TIME_AFTER_BIRTH, INSTANCE_UID, MONEY_CONFIRMATION,
              POSTCODE_SAID, STAYING_WITH_IN, CAPS_CLINICIAN, STREET_NAME_BRACKET, GREETED,
              CHAT_SENDER_DASHED, BED_THEN_NAME, SYSTEM_ID, LOGIN_AFTER_BY, STREET_NAME_ONLY, SLEEPING_PLACE,
              FAMILY_NAME, NAME_IN_BED, ACCESS_ROUTE, GIVEN_INITIAL, CAPS_FAMILY_COMMA_GIVEN,
              CAMP_SHELTER, CAPS_FAMILY_GIVEN_TIGHT, PEDIGREE_ROW, AGE_AT_DEATH, GEDCOM_LINE]
SPECS.extend([ROMANISED_DATE, ROMANISED_AGE, ROMANISED_ADDRESS, PROSE_PASSWORD, CODE_DATE, EIRCODE,
              DAY_MONTH_DONE, BIRTH_TIME, PLACE_OF_TRAVEL, NEWBORN_NAME, PADDED_DAY_MONTH, PERSON_NO])
SPECS.extend(VISTA_SPECS)
SPECS.extend(NAME_SHAPES)
SPECS.append(FILE_NAME_PERSON)
SPECS.append(HOME_CUE)
SPECS.append(HOME_CLAUSE)
SPECS.extend([USERNAME, ONE_TIME_CODE, BARE_NUMBER, SELF_INTRO, SELF_NAMED, AKA, INITIALS, *MONTH_WORD_DATES,
              NAME_HONORIFIC, CHAT_SENDER, ABHA_ADDRESS])
SPECS.append(QUOTED_PAIR)
SPECS.append(ARGV_PAIR)
SPECS.append(CLI_FLAG)
SPECS.extend(DICOM_SPECS)
