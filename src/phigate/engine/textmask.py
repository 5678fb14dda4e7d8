"""Free-text masking: normalise, detect, resolve overlaps, apply actions, map back to the original.

Many strings (every free-text field of a JSON document) are detected in ONE batch: their normalised
forms are joined with blank lines and scanned once, which is what makes JSON fast (per-call
overhead dominates on short strings), and lets a name learned in one field mask it in another.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from phigate.api.identifiers import Action, IdentifierType
from phigate.engine import (
    column_fill,
    dictation,
    east_asian,
    form_names,
    inflections,
    lexicon,
    lower_case,
    name_shapes,
    postcodes,
    relatives,
    row_cells,
    script_text,
    tabular,
    vetoes,
)
from phigate.engine import known as known_values_mod
from phigate.engine.actions import replacement
from phigate.engine.address_chain import AddressChain, named_streets
from phigate.engine.filenames import FileNames
from phigate.engine.names import (
    _CAMEL_CODE,
    _WORD_BEFORE,
    DEPARTMENT,
    EPONYM_NEXT,
    LABELS,
    ORG_WORDS,
    TITLE_NOUNS,
    TITLES,
    NameFinder,
    _calendar_words,
    vocabulary,
)
from phigate.engine.names import _INTERJECTIONS as _SPOKEN_INTERJECTIONS
from phigate.engine.normalize import Normalized, fold_token, normalize
from phigate.engine.patterns import UUID, snomed_shape
from phigate.engine.plan import MaskingPlan
from phigate.engine.relatives import RELATIONS
from phigate.engine.scanner import Hit
from phigate.engine.types import Finding
from phigate.engine.vault import TokenVault

T = IdentifierType
SEPARATOR = "\n\x00\n"  # a blank-line-like break no pattern crosses (\s does not match NUL): one field's
# postcode never joins the next field's "France" into a "postcode city" address
RANK = {
    t: i
    for i, t in enumerate(
        [T.CREDENTIAL, T.SSN, T.EMAIL, T.URL, T.IP, T.FAX, T.PHONE, T.ACCOUNT, T.HEALTH_PLAN, T.MRN, T.LICENSE,  # noqa: E501
         T.VEHICLE, T.DEVICE, T.DATE, T.AGE, T.ZIP, T.ADDRESS, T.NAME, T.ID]
    )
}
_EMAIL_PARTS = re.compile(r"[a-z]{3,}")
# words a name hit may sweep in ("<n> Battalion The <Name> Regiment") that never recur as a name
_FUNCTION_WORDS = frozenset([
    "the", "a", "an", "and", "of", "in", "on", "at", "to", "for", "with", "by", "from", "or", "is", "was",
    "this", "that", "our", "your", "my", "his", "her", "their",
])
_NAME_WORD = re.compile(r"[^\W\d_][\w'’\-]{2,}")


@dataclass(slots=True)
class Span:
    start: int
    end: int
    type: IdentifierType
    detector: str


def detect(
    plan: MaskingPlan, norm_text: str, scan_text: str, learned: set[str] | None = None,
    known: set[str] | None = None, known_values: dict[str, IdentifierType] | None = None,
) -> list[Span]:
    """Detected, merged spans over one normalised text (offsets into it).

    `learned`: name words inferred from this document's text (masked where they recur as names);
    `known`: name words the document's structure vouches for (a FHIR HumanName, a name column),
    masked wherever they occur capitalised, even when they are also ordinary words ("Ward", "Black").
    """
    enabled = plan.enabled
    hits: list[Hit] = [h for h in plan.scanner.scan(scan_text) if h.type in enabled and h.detector[0] != "c"]
    if plan.custom_scanner is not None:
        hits.extend(plan.custom_scanner.scan(scan_text))
    table = tabular.find(scan_text)
    if not norm_text.isascii():
        table.extend(tabular.script_tables(norm_text))
    codes = [(h.start, h.end) for h in table if h.detector == tabular.CODE_CELL]
    cells = [h for h in table if h.type in enabled and h.detector != tabular.CODE_CELL]
    if not norm_text.isascii():
        hits.extend(h for h in script_text.find(norm_text, scan_text) if h.type in enabled)
    if known_values:
        hits.extend(known_values_mod.find(known_values, norm_text))
    hits.extend(cells)
    if plan.names is not None:
        learned = learned if learned is not None else set()
        finder = plan.names
        for h in cells:  # a name column teaches the rest of the text its names
            if h.type is T.NAME:
                words = [fold_token(w) for w in _NAME_WORD.findall(norm_text, h.start, h.end)]
                learned.update(words)
                if known is not None:
                    known.update(words)
        for h in hits:
            if h.type is T.NAME and h.detector in _TEACHING:  # "Lisiate Hufanga, 67, ..." "Lisiate reports"
                learned.update(fold_token(w) for w in _NAME_WORD.findall(norm_text, h.start, h.end))
            if h.type is T.EMAIL:
                local = scan_text[h.start : h.end].split("@", 1)[0].lower()
                for part in _EMAIL_PARTS.findall(local):
                    if part in finder.first or part in finder.last:
                        learned.add(part)
        hits.extend(finder.find(norm_text, learned=learned))
        if known is not None:  # a learned given name that is also a word ("her son Basil Okorafor")
            common = lexicon.common_words()  # recurs as a name only where capitalised, like a known one
            known.update(w for w in learned if w in common and w not in _FUNCTION_WORDS)
        if finder.detect_names:
            hits.extend(form_names.find(norm_text))
            hits.extend(h for h in _file_names().find(norm_text, learned) if h.type in enabled)
        if known:
            hits.extend(_known_names(known, norm_text, scan_text))
    if T.AGE in enabled:
        hits.extend(_age_after_name(hits, scan_text))
    if T.NAME in enabled and plan.names is not None:
        hits.extend(_surname_before_given(hits, norm_text, plan.names.first, plan.names.last))
        inverted = _inverted_names(hits, norm_text)
        if inverted:  # the register's names recur alone below it: "<Given>'s hearing aid", "for <Given>"
            common = lexicon.common_words()
            found = (fold_token(x) for h in inverted for x in _NAME_WORD.findall(norm_text, h.start, h.end))
            words = {w for w in found if w not in common and len(w) > 2}
            hits.extend([*inverted, *_known_names(words, norm_text, scan_text,
                                                  known_values_mod.POSSESSIVE_NAME_BOUNDARY)])
        if T.AGE in enabled:  # "<Family>, <Given> (93), UR ...": the age after a name found just now
            hits.extend(_age_after_name(inverted, scan_text))
        hits.extend(_name_before_phone(hits, norm_text))
        hits.extend(_quoted_names_in_rows(hits, norm_text))
        rows = row_cells.names(hits, norm_text)
        if rows:  # a record row's name is the document's: "<Family>, <Given>" in a row, "<Given>" below
            words = {fold_token(w) for h in rows for w in _NAME_WORD.findall(norm_text, h.start, h.end)}
            if known is not None:
                known.update(words)
            hits.extend([*rows, *_known_names(words, norm_text, scan_text)])
        hits.extend(_chat_speakers(norm_text))
        hits.extend(_given_before_surname(hits, norm_text, plan.names.first))
        hits.extend(_surname_after_given(hits, norm_text, plan.names.first))
        hits.extend(_unlisted_after_name(hits, norm_text))
        hits.extend(_particle_surname(hits, norm_text))
        hits.extend(_and_name(hits, norm_text))
        hits.extend(_initials_of_names(hits, norm_text))
        hits.extend(relatives.find(norm_text))
        hits.extend(relatives.dashed(norm_text))
        hits.extend(name_shapes.aliases(norm_text, hits))
        hits.extend(_logins_of_names(hits, norm_text))
        hits.extend(_numbers_after_names(hits, norm_text))
        hits.extend(_ids_before_hl7_names(hits, norm_text))
    if plan.names is not None and plan.names.detect_names:
        hits.extend(h for h in lower_case.find(scan_text, learned) if h.type in enabled)
    if not norm_text.isascii():
        names = [(h.start, h.end) for h in hits if h.type is T.NAME]
        hits.extend(h for h in east_asian.find(norm_text, names) if h.type in enabled)
    hits.extend(h for h in column_fill.find(hits, scan_text, codes) if h.type in enabled)
    if T.ADDRESS in enabled:
        hits.extend(named_streets(norm_text, hits))
        hits.extend(_address_chain().before_places(scan_text, hits))
        hits.extend(_address_chain().find(scan_text, hits, norm_text))
        hits.extend(_address_chain().lines_after(scan_text, hits))
    if T.ZIP in enabled:
        hits.extend(postcodes.beside(hits, scan_text))
    # an employer is an organisation by definition: the vetoes that keep makers and institutions do not apply
    employed = [h for h in hits if h.detector in _EMPLOYER]
    names_on = T.NAME in enabled and plan.names is not None and plan.names.detect_names
    if employed:
        hits = [h for h in hits if h.detector not in _EMPLOYER]
    kept = vetoes.drop_vetoed(scan_text, hits, codes, then=lambda found: [
        *_recurring_ids(found, scan_text), *(inflections.find(found, norm_text) if names_on else ()),
        *(inflections.proclitic(found, norm_text) if names_on and not norm_text.isascii() else ())])
    employed.extend(h for h in kept if h.detector == "regex:employer-job")
    if employed:
        kept.extend(_recurring(employed, norm_text))
    spans = merge([*_whole_codes(_whole_uuids(kept, scan_text), scan_text), *employed])
    if any("\n" in scan_text[sp.start : sp.end] for sp in spans):
        spans = _per_line(spans, scan_text)
    return spans


# a lower-case word that may be a login: nothing login-like right before it ("x.gfamily" is a host's
# part) or right after it (a dot may end the sentence)
_LOGIN_SHAPE = re.compile(r"(?<![A-Za-z0-9_@.])[a-z0-9_][a-z0-9_.]{4,}(?![A-Za-z0-9_@])")


def _logins_of_names(hits: list[Hit], norm_text: str) -> list[Hit]:
    """A person's login built from their name, wherever it stands: "<Given> <Family> (gfamily)", "Response
    (gfamily, PI <Given> <Family>)", "by given.family". Systems make logins from the initial or the given
    name and the family name; only those shapes, whole and in lower case, are taken."""
    logins: set[str] = set()
    for h in hits:
        if h.type is not T.NAME:
            continue
        words = [fold_token(w) for w in _NAME_WORD.findall(norm_text, h.start, h.end)]
        words = [w for w in words if w.isascii() and w.isalpha()]
        if len(words) < 2:
            continue
        g, f = words[0], words[-1]
        logins.update(
            {g[0] + f, g + f, f"{g}.{f}", f"{g}_{f}", f"{g[0]}.{f}", f + g[0], f"{f}.{g}", g + f[0]}
        )
    out: list[Hit] = _cut_logins(hits, norm_text)
    if not logins:
        return out
    common = lexicon.common_words()
    logins = {login for login in logins if len(login) >= 5 and login not in common}
    # one pass over the text's login-shaped words, not one search per login: a Bundle's free text joined
    # holds hundreds of names, and a search each made this pass quadratic
    for m in _LOGIN_SHAPE.finditer(norm_text):
        word, i = m.group(), m.start()
        if word in logins:
            out.append(Hit(i, m.end(), T.ID, "names:login"))
        dot = word.find(".")
        while dot >= 0:  # "by gfamily." ends a sentence; "g.family" is a login with its dot
            if word[:dot] in logins:
                out.append(Hit(i, i + dot, T.ID, "names:login"))
            dot = word.find(".", dot + 1)
    return out


# a word that may be a login cut from a name: letters in one case, up to two digits ("cfamilyn7", "FAMILYG")
_CUT_LOGIN = re.compile(r"(?<![\w@.\-/])(?P<c>[a-z]{4,14}|[A-Z]{5,12})[0-9]{0,2}(?![\w@\-/])")


def _cut_logins(hits: list[Hit], norm_text: str) -> list[Hit]:
    """Logins that audit trails and directories cut from a person's name: one to three letters of the given
    name, a middle initial, the family name (its words run together) cut to eight or ten letters, a digit
    or two ("cfamilyn7", "gifamily", "gmfamily"); in capitals the family name first ("FAMILYG",
    "FAMILYNAME"). Only for names found in the same text."""
    keys: dict[str, list[tuple[str, str, str]]] = {}
    for h in hits:
        if h.type is not T.NAME:
            continue
        words = [fold_token(w) for w in _ANY_WORD.findall(norm_text, h.start, h.end)]
        words = [w.replace("'", "").replace("ʻ", "").replace("-", "") for w in words]
        words = [w for w in words if w.isascii() and w.isalpha()]
        if len(words) < 2:
            continue
        g, f = words[0], "".join(words[1:])
        mid = words[1][0] if len(words) >= 3 else ""
        f = "".join(words[2:]) if mid else f
        for i in (1, 2, 3):
            keys.setdefault(g[:i] + f[:4], []).append((g, mid, f))
            if mid:
                keys.setdefault(g[:i] + mid + f[:4], []).append((g, mid, f))
        keys.setdefault(f[:4], []).append((g, mid, f))  # capitals: the family name first
    if not keys:
        return []
    common = lexicon.common_words()
    out: list[Hit] = []
    for m in _CUT_LOGIN.finditer(norm_text):
        c = m.group("c").lower()
        if c in common:
            continue
        caps = m.group("c").isupper()
        for i in ((0,) if caps else (1, 2, 3, 4)):
            cands = keys.get(c[: i + 4]) or ()
            if any(_cut_from(c, g, mid, f, caps) for g, mid, f in cands):
                out.append(Hit(m.start(), m.end(), T.NAME, "names:cut-login"))
                break
    return out


def _cut_from(c: str, g: str, mid: str, f: str, caps: bool) -> bool:
    """Is `c` a login cut from given name `g`, middle initial `mid` and family name `f`?"""
    if caps:  # "FAMILYG", "FAMILYGI", "FAMILYNAM" (a long family name cut short)
        return (c.startswith(f) and len(c) - len(f) <= 2 and g.startswith(c[len(f):])) or (
            len(c) >= 8 and f.startswith(c) and len(f) > len(c))
    for i in (1, 2, 3):
        if not c.startswith(g[:i]) or len(g) < i:
            continue
        for rest in (c[i:], c[i + 1 :] if mid and c[i : i + 1] == mid else None):
            if rest and f.startswith(rest) and (len(rest) >= 4 or rest == f):
                return True
    return False


# (or digit groups, a chart's number as some systems print it: "<name> (41-62-87)")
_NUMBER_AFTER_NAME = re.compile(
    r"[ \t]?\((?:#|No\.?[ \t]?|ID[ \t]?)?(?P<v>[A-Z]?[0-9]{3,8}|[0-9]{2,4}(?:-[0-9]{2,4}){2,3})\)"
)
# a person's record key right after their name: a file named for them, a bracket that opens with it
_UUID_AFTER_NAME = re.compile(
    rf"(?:_|[ \t]?\((?:id[ \t:=]*)?`?)(?P<v>{UUID.pattern})(?![0-9A-Fa-f])"
)
_LOGIN_AFTER_NAME = re.compile(r"[ \t]?\((?P<v>[a-z][a-z0-9._]{3,15}|[A-Z]{5,10}[0-9]{0,2})\)")
# a register's acronym or "reg."/"Lic." and the number after a clinician's name, or after their role or
# degrees in between: "(<ACRONYM> # 4418)", ", Lic. <XX> 60231", "(Dental Council reg. 2207)",
# "<name>, chiropodist (<ACRONYM> # 4418)", "<name>, RD, LDN (Lic. LDN <n>)"
_LICENCE_AFTER_NAME = re.compile(
    r"(?:,[ \t]*(?:(?:[A-Za-z][a-z\-]+|[A-Z]{2,5}(?:,[ \t]*[A-Z]{2,5})*)[ \t]?\()?|[ \t]*\()"
    r"(?:[A-Z][A-Za-z]+[ \t]Council[ \t]|[A-Z]{2,6}[ \t])?"
    r"(?:(?:Lic|Reg|reg|lic)\.?(?:[ \t][A-Z]{2,4})?|[A-Z]{2,6}(?:[ \t]?(?:No\.?|#))?)[ \t]?(?:#|No\.?)?[ \t]?"
    r"(?P<v>[0-9]{3,8})(?![0-9])"
)
# the same after the degrees, the specialty and the employer a signature lists first: "<name>, MD, CCFP,
# <ACRONYM> 61434", "<name>, MD (Radiodiagnosis), Reg. 67120", "Dr <name>, <Hospital> (<ACRONYM> 33239)",
# "<name> (<role>, reg. 91604)"
_LICENCE_AFTER_CREDENTIALS = re.compile(
    r"(?:(?:,[ \t]*(?:[A-Z]{2,6}(?:[ \t]?\([A-Za-z][A-Za-z \-]{2,30}\))?"
    r"|[A-Z][a-z\-]+(?:[ \t][A-Z][\w'’\-]+){0,4}(?:[ \t]?\([A-Za-z][A-Za-z \-]{2,30}\))?)){1,4}"
    r"(?:[ \t]*\(|,[ \t]*)|[ \t]*\([A-Za-z]{2,15},[ \t]*)"
    r"(?:(?:Lic|Reg|reg|lic)\.?[ \t]?(?:No\.?[ \t]?)?|[A-Z]{2,6}[ \t]?(?:No\.?|#)?[ \t]?)"
    r"(?P<v>[0-9]{4,8})(?![0-9])"
)
_NOT_A_LOGIN = frozenset(["deceased", "retired", "locum", "patient", "mother", "father", "carer", "nurse"])


_XCN_ID = re.compile(r"(?:^|(?<=[|~]))(?P<v>[A-Za-z0-9]{3,15})\^$")


def _ids_before_hl7_names(hits: list[Hit], norm_text: str) -> list[Hit]:
    """An HL7 person field opens with the person's id: "|<USERID>^<family>^<given>" (XCN). Where a name
    fills the next component, the first is that person's login or number."""
    out: list[Hit] = []
    for h in hits:
        if h.type is not T.NAME or h.start < 2 or norm_text[h.start - 1] != "^":
            continue
        m = _XCN_ID.search(norm_text, max(0, h.start - 17), h.start)
        if m is not None:
            out.append(Hit(m.start("v"), m.end("v"), T.ID, "names:hl7-person-id"))
    return out


def _login_of(login: str, words: list[str]) -> bool:
    """Is a bracketed word the login of the name before it? A system's shape (a digit, a dot, an underscore)
    or built from the name ("<g><family>", "<giv><fam>"); "(assistente)", a role in another language, is
    neither."""
    if any(c.isdigit() or c in "._" for c in login):
        return True
    return any(len(w) >= 3 and w[:3] in login for w in words)


def _numbers_after_names(hits: list[Hit], norm_text: str) -> list[Hit]:
    """What a bracket or a register right after a person's name holds is theirs: a staff, badge or call-taker
    number ("<Given> <Family> (5120)", "(#3307)"), a login ("(<login>)"), a licence ("(<ACRONYM> # 4418)",
    ", Lic. <XX> 60231"). A year stays ("<Family> (2019)" cites a paper), and so do words ("(deceased)")."""
    out: list[Hit] = []
    common = None
    for h in hits:
        if h.type is not T.NAME:
            continue
        m = _UUID_AFTER_NAME.match(norm_text, h.end)
        if m is not None:  # "<Name>_<uuid>.json", "<name> (<uuid>, race white)", "(id `<uuid>`, born ...)"
            out.append(Hit(m.start("v"), m.end("v"), T.MRN, "names:record-key-after"))
            continue
        m = _NUMBER_AFTER_NAME.match(norm_text, h.end)
        if m is not None:
            v = m.group("v")
            if not (v.isdigit() and 1900 <= int(v) <= 2035):
                out.append(Hit(m.start("v"), m.end("v"), T.ID, "names:number-after"))
            continue
        m = _LOGIN_AFTER_NAME.match(norm_text, h.end)
        if m is not None:
            common = common if common is not None else lexicon.common_words()
            v = m.group("v")
            low = v.lower()
            words = [fold_token(w) for w in _NAME_WORD.findall(norm_text, h.start, h.end)]
            if (low not in common and low not in _NOT_A_LOGIN and low not in RELATIONS
                    and not DEPARTMENT(low) and _login_of(low, words)):
                out.append(Hit(m.start("v"), m.end("v"), T.ID, "names:login"))
            continue
        m = _LICENCE_AFTER_NAME.match(norm_text, h.end) or _LICENCE_AFTER_CREDENTIALS.match(norm_text, h.end)
        if m is not None and m.end() > h.end + 2 and not (
            len(m.group("v")) == 4 and 1900 <= int(m.group("v")) <= 2035
        ):  # "<FAMILY>, <GIVEN> 1951": the birth year in the next column
            out.append(Hit(m.start("v"), m.end("v"), T.LICENSE, "names:licence-after"))
    return out


def _whole_uuids(hits: list[Hit], scan_text: str) -> list[Hit]:
    """A hit on part of a UUID ("12345678" of "12345678-2286-...") takes the whole UUID: a group left behind
    would leave the rest of a record key readable."""
    out = hits
    for i, h in enumerate(hits):
        before = scan_text[h.start - 1] if h.start else ""
        if before != "-" and scan_text[h.end : h.end + 1] != "-":
            continue
        for u in UUID.finditer(scan_text, max(0, h.start - 36), min(len(scan_text), h.end + 36)):
            if u.start() <= h.start and h.end <= u.end() and (u.start(), u.end()) != (h.start, h.end):
                if out is hits:
                    out = list(hits)
                out[i] = Hit(u.start(), u.end(), h.type, h.detector)
                break
    return out


_NUMBER_TYPES = frozenset([T.ID, T.LICENSE, T.MRN, T.HEALTH_PLAN, T.ACCOUNT, T.DEVICE, T.SSN])
_CODE_PREFIX = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{1,6}[-/]){1,3}$")
_SLASH_TOKEN = re.compile(r"[0-9]+(?:/[0-9]+){3,}")


def _whole_codes(hits: list[Hit], scan_text: str) -> list[Hit]:
    """An identifier's letter prefix goes with it ("ABC-P-<number>", "ABC/<number>": the pattern matched
    from the first digit group), and a run of four or more slash-joined numbers is one file number, not a
    date and a remainder ("<n>/2025/8/<n>")."""
    out = hits
    for i, h in enumerate(hits):
        s, e = h.start, h.end
        if h.type in _NUMBER_TYPES and s and scan_text[s - 1] in "-/":
            p = _CODE_PREFIX.search(scan_text, max(0, s - 24), s)
            if p is not None:
                s = p.start()
        if h.type in _NUMBER_TYPES or h.type is T.DATE:
            a, b = s, e
            while a > 0 and (scan_text[a - 1].isdigit() or scan_text[a - 1] == "/"):
                a -= 1
            while b < len(scan_text) and (scan_text[b].isdigit() or scan_text[b] == "/"):
                b += 1
            if (a < s or b > e) and _SLASH_TOKEN.fullmatch(scan_text, a, b):
                s, e = a, b
                if h.type is T.DATE:
                    h = Hit(h.start, h.end, T.ID, h.detector)
        if (s, e) != (h.start, h.end):
            if out is hits:
                out = list(hits)
            out[i] = Hit(s, e, h.type, h.detector)
    return out


# "a nurse at <hospital>" (employer-job) stays subject to them: staff of the treating hospital, likely
_EMPLOYER = frozenset(
    {"regex:employer", "regex:employer-prose", "regex:employer-word", "regex:employer-before"}
)


def _recurring(found: list[Hit], norm_text: str) -> list[Hit]:
    """An employer named once by its cue is the same employer where its name recurs without one ("the
    <employer> HR line")."""
    out: list[Hit] = []
    for value in {norm_text[h.start : h.end] for h in found}:
        if len(value) < 4:
            continue
        i = norm_text.find(value)
        while i >= 0:
            end = i + len(value)
            if (i == 0 or not norm_text[i - 1].isalnum()) and not norm_text[end : end + 1].isalnum():
                out.append(Hit(i, end, T.NAME, "regex:employer"))
            i = norm_text.find(value, end)
    return out


_ID_TYPES = frozenset([T.ID, T.MRN, T.SSN, T.HEALTH_PLAN, T.ACCOUNT, T.DEVICE, T.LICENSE, T.VEHICLE])


def _recurring_ids(kept: list[Hit], scan_text: str) -> list[Hit]:
    """A number found once by its label or column is the same person's number where it recurs bare
    ("grep <patient uuid> encounters.csv", "re: 4471093" after "MRN 4471093")."""
    values = {scan_text[h.start : h.end]: h.type for h in kept
              if h.type in _ID_TYPES and h.end - h.start >= 6}
    for h in kept:  # a generated patient's numbered name ("<Given>523 <Family>81"): its words recur alone
        if h.type is T.NAME and any(c.isdigit() for c in scan_text[h.start : h.end]):
            values.update((w, T.NAME) for w in _NUMBERED_NAME.findall(scan_text, h.start, h.end))
    # (a number with a SNOMED CT concept's shape may be that code where it recurs)
    values = {v: t for v, t in values.items()
              if any(c.isdigit() for c in v) and not (v.isdigit() and snomed_shape(v))}
    return known_values_mod.find(values, scan_text)  # the same boundaries as a schema-vouched value's


_NUMBERED_NAME = re.compile(r"\b[A-Z][a-z]{2,}[0-9]{1,3}\b")


# the age in "Mary Brennan (93)", "Tom Byrne, 91," (the name-age pattern took the name): over 89 it is PHI
# "<name> ("Biscuit"), 94": a quoted nickname in brackets may stand between the name and the age
_AGE_AFTER = re.compile(
    r"(?:[ \t]*\([\"“'][^()\n]{1,24}[\"”']\))?(?:, (?:an? |aged )?| \()(?P<age>[0-9]{2,3})(?![0-9])"
)


# an age said after a name: "<name>, at 95, says", "<name> is 93 and remembers", "<name> turned 101",
# "<NAME> IS 94 AND", "his mother, <name>, is 94.", "<name> is now 96"
_AGE_SAID = re.compile(
    r"(?:,[ \t]+at|,?[ \t]+(?i:is|was|turns|turned|just turned|will be|aged)(?:[ \t]+(?i:now))?)[ \t]+"
    r"(?P<age>[0-9]{2,3})(?![0-9])"
    r"(?![ \t]?(?i:mg|mcg|ml|%|kg|lb|bpm|/|°|mmHg|units?|mmol|cm|mm|minutes?|min|hours?|days?|weeks?"
    r"|percent|[.,][0-9]|[ \t]+on[ \t]+(?:room|ra\b|air|o2|oxygen|[0-9])))"
)
# after a name found otherwise ("patient <name> (92 y)"), the number must read as an age: closed by a
# bracket, a comma, a year unit or a dash before what follows ("<name>, 93 -- DNACPR"), not "Ana Lopez, 90 mg"
_AGE_END = re.compile(r"\)|[,;]|[ \t]?(?:y|yo|y/o|yrs?|years?)\b|[ \t]+(?:--?|\u2013|\u2014)[ \t]")


def _age_after_name(hits: list[Hit], scan_text: str) -> list[Hit]:
    out: list[Hit] = []
    for h in hits:
        if h.type is T.NAME:
            said = _AGE_SAID.match(scan_text, h.end)
            if said is not None and 89 < int(said.group("age")) <= 120:
                out.append(Hit(said.start("age"), said.end("age"), T.AGE, "regex:name-age"))
                continue
            m = _AGE_AFTER.match(scan_text, h.end)
            if m is not None and h.detector != "regex:name-age" and not _AGE_END.match(scan_text, m.end()):
                continue
            if m is not None and 89 < int(m.group("age")) <= 120:
                out.append(Hit(m.start("age"), m.end("age"), T.AGE, "regex:name-age"))
    return out


_SURNAME_COMMA = re.compile(
    r"(?<![\w'’\-])([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?), $"
)


def _surname_before_given(hits: list[Hit], norm_text: str, first: frozenset[str] | set[str],
                          last: frozenset[str] | set[str]) -> list[Hit]:
    """A clause that starts "<surname>, <given name>" ("Smith, Anna called on behalf of her mother") is the
    register's order, whatever the surname means as a word ("Ward, Thomas", "King, Rebecca")."""
    out: list[Hit] = []
    for h in hits:
        if h.type is not T.NAME or h.start < 4:
            continue
        m = _SURNAME_COMMA.search(norm_text, max(0, h.start - 34), h.start)
        if m is None:
            continue
        given = fold_token(norm_text[h.start : h.end].split(" ", 1)[0])
        surname = fold_token(m.group(1))
        common = lexicon.common_words()
        if given not in first or (surname not in last and (
            surname in common or given in common or surname in lexicon.excluded()
        )):
            continue  # "Diagnosis: Asthma, Rebecca notes": no surname before the comma
        k = m.start() - 1
        while k >= 0 and norm_text[k] == " ":
            k -= 1
        column = m.start() - 1 - k >= 2  # a form's or a PDF table's column: two spaces or more before it
        # "stepfather ABERNATHY, CASIMIR": both in capitals is the register's order wherever it stands
        register = m.group(1).isupper() and norm_text[h.start : h.end].isupper()
        # a line, a field, a cell; a number's cell before it ("13.8 <Family>, <Given>" in a printed frame)
        if column or register or k < 0 or norm_text[k] in "\n\r\t.;:=]|>\"'(" or (
                norm_text[k].isdigit() and k < m.start() - 1):
            out.append(Hit(m.start(1), m.end(1), T.NAME, "names:surname-comma"))
    for h in hits:  # "Patient: Orlenko, Tavi   DOB": the given name after a labelled surname or in a cell
        if h.type is not T.NAME:
            continue
        before = norm_text[max(0, h.start - 3) : h.start]
        cell = not h.start or before[-1:] in ("\n", "\t", "|") or before[-2:] == "  "  # a name column's cell
        family = cell and norm_text[h.end : h.end + 1] == "," and " " not in norm_text[h.start : h.end]
        if before.rstrip(" \t").endswith(":") or family:
            g = _GIVEN_AFTER.match(norm_text, h.end)
            if g is not None and not DEPARTMENT(g.group(1).lower()):  # "Service: <clinic>, Gastroenterology"
                out.append(Hit(g.start(1), g.end(1), T.NAME, "names:given-after"))
        if h.end - h.start > 2 and norm_text[h.start : h.end].isupper():  # "FAIRWEATHER, LEOPOLD, 12 ELM ST"
            g = _CAPS_GIVEN_AFTER.match(norm_text, h.end)
            word = fold_token(g.group(1)) if g is not None else ""
            if g is not None and word not in lexicon.common_words() and word not in lexicon.excluded() and (
                _DEGREE.fullmatch(g.group(1)) is None
            ):
                out.append(Hit(g.start(1), g.end(1), T.NAME, "names:given-after"))
    return out


# a register's "<Family>, <Given>" where a record's number, an age or a slash and a number follow ("<Family>,
# <Given> (UR 4411)", "<Family>, <Given>, MRN ...", "<Family>, <Given> / 184263", "<Family>, <Given> (93)")
_RECORD_LABEL = (
    r"(?:UR|URN|MRN|NHS|CHI|IHI|PHN|PHIN|NHI|HCN|ULI|Medicare|DOB|D\.O\.B|Hosp|hospital|health card|aged?)\b"
)
_INVERTED_BEFORE_ID = re.compile(
    r"(?<![\w'’\-])([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]{2}[A-Z'’]+), ([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
    rf"(?=,?[ \t]*(?:(?:\u2014|\u2013|-|\|)[ \t]*)?\(?{_RECORD_LABEL}"
    r"|[ \t]*\([0-9]{1,3}\)|[ \t]*/[ \t]*[0-9])"
)
# a list's item or a row opening with a person, given name first, then a record's label ("1. <Given>
# <Family> — UR ...", "- <Given> <Family> | UR ...")
_ITEM_PERSON = re.compile(
    r"(?m)^[ \t]*(?:[0-9]{1,3}[.)]|[-*\u2022])[ \t]+([A-Z][a-z'’]+) ([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
    rf"(?=[ \t]*(?:\u2014|\u2013|-|\||,)[ \t]*{_RECORD_LABEL})"
)
# the given name after a masked family name, closing its item: "[<family>], <Given> (90), UR", "deceased
# [<family>], <Given>, UR", "— [<family>], <Given>, no injury"
_GIVEN_CLOSING = re.compile(
    r", ([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?=[ \t]*[,(/]|[ \t]{2,}|[ \t]*(?:\r?\n|$)|[ \t]+[0-9])"
)


# a register's "FAMILY,GIVEN" in capitals with no space, alone in its cell ("|<FAMILY>,<GIVEN>|", a tab, two
# spaces): a pipe-delimited export's name column
_CAPS_PAIR_CELL = re.compile(
    r"(?:^|(?<=[|\t])|(?<=  ))([A-Z]{2}[A-Z'’\-]*),([A-Z]{2}[A-Z'’\-]*)(?=[ \t]*(?:[|\t]|  |\r?\n|$))", re.M
)


def _inverted_names(hits: list[Hit], norm_text: str) -> list[Hit]:
    """A person written family name first, as registers, boards and logs write them: both words when a
    record's number or an age follows, or the given name after a family name already found alone."""
    common, excluded = lexicon.common_words(), lexicon.excluded()

    def ordinary(word: str) -> bool:
        key = fold_token(word)
        return key in common or key in excluded or key in TITLES or key in LABELS or DEPARTMENT(key) \
            or key in _calendar_words()

    out: list[Hit] = []
    for rx in (_INVERTED_BEFORE_ID, _ITEM_PERSON):
        for m in rx.finditer(norm_text):
            if not ordinary(m.group(1)) and not ordinary(m.group(2)):
                out.append(Hit(m.start(1), m.end(2), T.NAME, "names:inverted"))
    if "," in norm_text:
        first, last = lexicon.first_names(), lexicon.last_names()
        for m in _CAPS_PAIR_CELL.finditer(norm_text):  # one of the two a listed name ("CBC,BMP" stays)
            family, given = fold_token(m.group(1)), fold_token(m.group(2))
            if not ordinary(m.group(1)) and not ordinary(m.group(2)) and (family in last or given in first):
                out.append(Hit(m.start(1), m.end(2), T.NAME, "names:inverted"))
    for h in hits:
        if h.type is not T.NAME or norm_text[h.end : h.end + 1] != "," or " " in norm_text[h.start : h.end]:
            continue
        g = _GIVEN_CLOSING.match(norm_text, h.end)
        if g is not None and not ordinary(g.group(1)):
            out.append(Hit(g.start(1), g.end(1), T.NAME, "names:given-after"))
    return out


_AND_NAME = re.compile(
    r"(?: \([^()\n]{1,30}\))?,? (?:and|&|or) ([A-Z][a-z'’\-]{2,}"
    r"(?: (?:(?:Ó|O'|Mac|Mc|de|van|von|bin|bint|al|el|da|di|du|le|la|ter|ten) )?[A-Z][a-z'’\-]{2,}){0,2})"
    r"(?![\w'’\-])"
)


# capitals that stand for something else far more often than for a person: a drug's release form, times,
# degrees, roles, units, wards, document and system words ("<drug> SR", "3 PM", "MD", "PT", "QA", "CT")
_NOT_INITIALS = frozenset([
    "SP", "SR", "XL", "CR", "XR", "DS", "AM", "PM", "RM", "MD", "DO", "RN", "NP", "PA", "PT", "OT", "ST",
    "SLP", "ER", "ED", "OR", "ICU", "GP", "BP", "HR", "RR", "IV", "IM", "PO", "PR", "SC", "SQ", "QA", "QC",
    "CT", "MR", "US", "UK", "EU", "ID", "NO", "OK", "TB", "CF", "MS", "CC", "BCC", "RE", "FW", "FYI", "NA",
    "NB", "PS", "IT", "UI", "UX", "AI", "ML", "DB", "HIM", "CDI", "MPI", "DOB", "SSN", "NHS", "NI",
    "PIN", "VIP", "CEO", "CFO", "CMO", "CNO", "AKA", "ASAP", "ETA", "TBC", "TBD", "WIP", "LLC", "LTD",
    "INC", "PLC", "CO", "CV", "CVS", "ENT", "GI", "GU", "OB", "OBS", "HDU", "AE", "AED", "EMS", "EMT",
    "BLS", "ALS", "RSV", "COPD", "CHF", "CKD", "DM", "HTN", "MI", "PE", "DVT", "UTI", "ABC", "LOL", "CPR",
    "DNR", "POA", "POLST", "OD", "OS", "OU", "QD", "BID", "TID", "QID", "PRN", "NPO", "TPN", "MRI", "PET",
    "EEG", "ECG", "EKG", "AP", "LA", "PHI", "PII", "EHR", "EMR", "HL", "VA", "DC", "CA", "NY", "MA", "SA",
    "NZ", "AU", "IE", "EN", "FR", "DE", "ES", "PL", "RU", "CN", "JP", "KR", "IN", "AR", "BR", "MX"
])


def _initials_of_names(hits: list[Hit], norm_text: str) -> list[Hit]:
    """A person's initials standing alone where their name was found ("reviewer <given> <family> (GF)",
    "next QA GF", "[comment GF: ...]"): capitals that spell the initials of a name found in the same text."""
    initials: set[str] = set()
    for h in hits:
        if h.type is not T.NAME:
            continue
        every = _ANY_WORD.findall(norm_text, h.start, h.end)
        words = [w for w in every if w[0].isupper()]  # "U. <family>"
        if not 2 <= len(words) == len(every) <= 3:
            continue  # (not "<Team> de <Word> y <Word>": words joined by particles name a body as often)
        caps = "".join(w[0] for w in words)
        initials.add(caps)
        if "," in norm_text[h.start : h.end]:  # "<Family>, <Given>": initials are written given first
            initials.add(caps[1:] + caps[0])
    initials = {i for i in initials if i.isascii() and i.isalpha() and i not in _NOT_INITIALS}
    if not initials:
        return []
    covered = sorted((h.start, h.end) for h in hits)
    ends = {h.end for h in hits if h.type is T.NAME}  # "<given> <family> (GF)": the initials of that name
    out: list[Hit] = []
    for m in _INITIALS_TOKEN.finditer(norm_text):
        if m.group() not in initials:
            continue
        k = bisect_right(covered, (m.start(), len(norm_text))) - 1
        if k >= 0 and covered[k][1] > m.start():
            continue
        bracket = norm_text[m.start() - 1 : m.start()] == "("
        if bracket and len(norm_text[: m.start() - 1].rstrip()) not in ends \
                and _spelled_before(norm_text, m.start() - 1, m.group()):
            continue  # "... de Valoración y Orientación (EVO)": an acronym and the words it stands for
        out.append(Hit(m.start(), m.end(), T.NAME, "names:initials-of"))
    return out


_ANY_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def _spelled_before(text: str, end: int, acronym: str) -> bool:
    """Do the capitalised words just before `end` end in the letters of `acronym`, in order?"""
    caps = [w[0] for w in _ANY_WORD.findall(text, max(0, end - 80), end) if w[0].isupper()]
    it = iter(reversed(caps))
    return all(any(c == a for c in it) for a in reversed(acronym))


_INITIALS_TOKEN = re.compile(r"(?<![\w.\-/&@#])[A-Z]{2,3}(?![\w\-/&@]|\.[A-Za-z])")


def _and_name(hits: list[Hit], norm_text: str) -> list[Hit]:
    """A second name joined to a name a cue gave ("great-grandchildren Heribaldo and Eustorgio", "children
    Ana (7 years) and Tiva"): the same kind of word, unless a dictionary knows it."""
    out: list[Hit] = []
    common, excluded = lexicon.common_words(), lexicon.excluded()
    for h in hits:
        if h.type is not T.NAME or h.detector != "names:cue":
            continue
        m = _AND_NAME.match(norm_text, h.end)
        words = [fold_token(w) for w in m.group(1).split() if w[:1].isupper()] if m is not None else []
        if m is not None and not any(w in common or w in excluded for w in words):
            out.append(Hit(m.start(1), m.end(1), T.NAME, "names:and-name"))
    first = lexicon.first_names()
    for h in hits:  # "Hope and <name> brought the forms": a given name that is a word, paired with a name
        if h.type is not T.NAME or not h.detector.startswith("names:"):
            continue
        b = _NAME_AND.search(norm_text, max(0, h.start - 24), h.start)
        if b is not None and fold_token(b.group(1)) in first and fold_token(b.group(1)) not in LABELS \
                and fold_token(b.group(1)) not in TITLES and fold_token(b.group(1)) not in _calendar_words():
            out.append(Hit(b.start(1), b.end(1), T.NAME, "names:and-name"))
    return out


_NAME_AND = re.compile(r"(?<![\w'’\-])([A-Z][a-z'’\-]{2,}),? (?:and|&) $")


# what a speaker says before addressing someone by name: "DOCTOR: Okay <name>, let's look"
_INTERJECTIONS = _SPOKEN_INTERJECTIONS | frozenset(
    ["sorry", "good", "hey", "fine", "morning", "afternoon", "evening", "night", "bye", "cheers", "welcome"])
# where a field's value ends after a name: a comma, a bracket, the line's or the text's end, a column gap
_VALUE_ENDS = re.compile(r"[ \t]*(?:[,;(\n]|$)|[ \t]{2,}|\t")


def _given_before_surname(hits: list[Hit], norm_text: str, first: frozenset[str] | set[str]) -> list[Hit]:
    """A given name that is also a word, capitalised mid-sentence right before a surname found on its own
    ("the minor child Verity <surname>", "his wife Joy <surname>")."""
    out: list[Hit] = []
    for h in hits:
        if h.type is not T.NAME or h.start < 3 or " " in norm_text[h.start : h.end].strip():
            continue
        m = _WORD_BEFORE.search(norm_text, max(0, h.start - 24), h.start)
        if m is None:
            continue
        word = fold_token(m.group(1))
        if (word not in first and (word in lexicon.excluded() or word in TITLES or word in _calendar_words()
                                  or word in LABELS)) or word in ("girl", "boy"):
            continue  # "Spouse Ana (mid-90s)": the label that named her; "Baby Girl <family>"
        k = m.start() - 1
        while k >= 0 and norm_text[k] in " \t":
            k -= 1
        if k >= 0 and norm_text[k] == ":" and _VALUE_ENDS.match(norm_text, h.end) \
                and word not in _NOT_SURNAME and word not in _INTERJECTIONS:
            pass  # "Contact: <given> <surname>, <phone>": the field's whole value, given name and surname
        elif k < 0 or norm_text[k] in ".!?\n\r:;\"'(":
            continue  # a sentence's or a field's first word: "Will <surname> call?" stays ambiguous
        out.append(Hit(m.start(1), m.end(1), T.NAME, "names:given-before"))
    return out


# the capitalised word right after a given name, one space on and mid-sentence: its family name, also where
# that is a word too ("my name is <given> <Word>", "Dr <given> <Word> (MO)", "seen by <given> <Word>.")
_CAP_AFTER = re.compile(
    r" (?P<w>[A-Z](?:[a-z]+(?:['’](?!s\b)[A-Z]?[a-z]+)?|['’][A-Z][a-z]+)(?:-[A-Z][a-z'’]+)?"
    r"|[A-Z]{2,}(?:-[A-Z]{2,})?)"
    r"(?=['’]s\b|(?![\w'’\-]))"  # a possessive ends the name: "<given> <family>'s glucose"
)
# words capitalised after a name for another reason: a new sentence that lost its full stop, a pronoun
_NOT_SURNAME = frozenset([
    "the", "a", "an", "and", "or", "but", "nor", "is", "are", "was", "were", "be", "been", "has", "have",
    "had", "do", "does", "did", "to", "of", "in", "on", "at", "by", "for", "from", "with", "as", "if",
    "so", "no", "not", "yes", "ok", "okay", "i", "he", "she", "we", "they", "it", "you", "his", "her",
    "their", "our", "my", "your", "this", "that", "these", "those", "who", "which", "what", "when",
    "where", "why", "how", "please", "thanks", "thank", "hi", "hello", "dear", "re", "per", "via", "then",
    "also", "all", "any", "some", "can", "will", "may", "might", "must", "should", "would", "could",
    "shall", "here", "there", "today", "tonight", "tomorrow", "yesterday", "now"
])


def _surname_after_given(hits: list[Hit], norm_text: str, first: frozenset[str] | set[str]) -> list[Hit]:
    """A capitalised word the name finder left out because a dictionary holds it ("Wood", "Rook", "Dove"),
    right after a given name it found: capitals mid-sentence after a given name are the family name."""
    out: list[Hit] = []
    for h in hits:
        if h.type is not T.NAME or not h.detector.startswith(("names:", "regex:")):
            continue
        words = norm_text[h.start : h.end].split()
        if not words or len(words) > 3:
            continue
        m = _CAP_AFTER.match(norm_text, h.end)
        if m is None:
            continue
        last, w = words[-1], m.group("w")
        lk = fold_token(last)  # a hyphenated given name: each part a given name
        given = lk in first or ("-" in lk and all(part in first for part in lk.split("-")))
        if last.isupper() != w.isupper() or (not given and not (
                len(words) == 1 and h.detector == "names:cue")):
            continue  # "ANNA Wood", "Anna WOOD": not one name's spelling; "Mother <given> <Word>" is a cue's
        key = fold_token(w)
        if w.isupper() and key in lexicon.common_words():
            continue  # in capitals a word says nothing by its case: "PT <GIVEN> RM 3"
        if not _may_be_surname(w, key, norm_text, m.end()):
            continue  # "Anna Monday", "Ana Ruiz Cardiology", "Sam Tylenol", "Anna Wood Clinic"
        out.append(Hit(m.start("w"), m.end("w"), T.NAME, "names:surname-after"))
        m2 = _CAP_AFTER.match(norm_text, m.end())  # "Dr. <given> <word> <family>": a chain's third part
        if m2 is not None and m2.group("w").isupper() == w.isupper():
            w2, key2 = m2.group("w"), fold_token(m2.group("w"))
            if key2 not in lexicon.common_words() and _may_be_surname(w2, key2, norm_text, m2.end()):
                out.append(Hit(m2.start("w"), m2.end("w"), T.NAME, "names:surname-after"))
    return out


# a dash between spaces parts a name from the next field: "Dr <given> <family> - Family Health Centre"
_SPACED_DASH = re.compile(r"[ \t](?:[-–—]|--)[ \t]")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")  # a column's or a field's name ("PrimaryMrn"), not a Mc- name
# a capitalised word in any alphabet one space after a found name, or a possessive's ("<given> <family>'s")
_UNLISTED_AFTER = re.compile(r" (?P<w>[^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)?)(?=['’]s\b|(?![\w'’\-]))")


def _unlisted_after_name(hits: list[Hit], norm_text: str) -> list[Hit]:
    """A word no list holds, capitalised one space after a name another rule found (a form's label took two
    of three words, a learned given name stood alone): a name runs on through such words ("<given>
    <family> now lives", "Dr <given> <middle> <family> - Health Centre")."""
    common, cities = lexicon.common_words(), lexicon.cities()
    out: list[Hit] = []
    for h in hits:
        if h.type is not T.NAME or not h.detector.startswith(("names:", "regex:")) \
                or len(norm_text[h.start : h.end].split()) > 3:
            continue
        end = h.end
        for _ in range(2):
            m = _UNLISTED_AFTER.match(norm_text, end)
            if m is None:
                break
            w = m.group("w")
            key = fold_token(w)
            if not w[0].isupper() or (w.isupper() and not norm_text[h.start : h.end].isupper()) \
                    or _INNER_CAPITAL.search(w, 3) \
                    or len(w) < 3 or key in common or key in cities or _epithet_or_place(key):
                break
            dashed = _SPACED_DASH.match(norm_text, m.end()) is not None  # a dash opens another field
            if not _may_be_surname(w, key, norm_text[: m.end()] if dashed else norm_text, m.end()):
                break  # "<given> <family> Monday", "<NAME> MD", "<name> Clinic": not the name's part
            out.append(Hit(m.start("w"), m.end("w"), T.NAME, "names:unlisted-after"))
            end = m.end()
    return out


def _epithet_or_place(key: str) -> bool:
    """A species' epithet, a country or an eponym's next word: capitalised after a name, but no part of it."""
    from phigate.engine.clinical_terms import EPITHETS

    return key in EPITHETS or key in lexicon.countries() or key in EPONYM_NEXT


# a family name's particles after a found name, then its capitalised head: "<given> <family> del Moral",
# "<given> van der Berg", "<given> de la Fuente" (the head may be a word: "Moral", "Berg", "Fuente")
_PARTICLE_AFTER = re.compile(
    r"[ \t](?P<p>(?:(?:van|von|der|den|de|del|della|di|da|dos|das|du|la|le|ter|ten|bin|binti|bint|ibn|al|el"
    # Arabic "al-" and "el-" joined to the family name by a hyphen: "<given> bin <father> al-<family>"
    # Catalan double surnames join their two family names with "i": "<given> <family> i <family>"
    r"|ben|i)[ \t]|(?:al|el)-){1,3})(?P<w>[A-ZÀ-ÖØ-Þ\u0100-\u024F][\w'’]+(?:-[A-Z][\w'’]+)?)(?![\w'’\-])"
)


def _particle_surname(hits: list[Hit], norm_text: str) -> list[Hit]:
    """The particles and head of a family name that the name finder stopped short of ("<given> <family>
    del Moral"); not an organisation's or a place's words ("Dr <name> du Centre Hospitalier", "de Lyon")."""
    out: list[Hit] = []
    cities = lexicon.cities()
    for h in hits:
        if h.type is not T.NAME or not h.detector.startswith(("names:", "regex:")):
            continue
        m = _PARTICLE_AFTER.match(norm_text, h.end)
        if m is None:
            continue
        key = fold_token(m.group("w"))
        if key in ORG_WORDS or DEPARTMENT(key) or key in cities or key in TITLE_NOUNS or key in _NOT_SURNAME \
                or NameFinder._org_follows(norm_text, m.end()):
            continue
        out.append(Hit(m.start("p"), m.end("w"), T.NAME, "names:particle-surname"))
    return out


def _may_be_surname(word: str, key: str, norm_text: str, end: int) -> bool:
    """No weekday, title noun, eponym's head, vocabulary or degree, and no organisation's name going on."""
    return not (key in _NOT_SURNAME or key in TITLE_NOUNS or key in EPONYM_NEXT or vocabulary(key)
                or _DEGREE.fullmatch(word) or NameFinder._org_follows(norm_text, end))


# a value that starts with two or three capitalised words and ends in a phone number: the person to call
# ("Tavi Orlenko 555-201-3344", "Contact: Ana Ruiz, (555) 201-3344")
_BEFORE_PHONE = re.compile(
    r"(?:^|(?<=[\n\"'(>|\[])|(?<=[:;] ))[ \t]*([A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+){1,2})"
    r"[\"']?[ \t]*(?:[,:\-–]?[ \t]*[\"']?[ \t]*\(?\+?"
    # the identifier's own short label after a comma: "(<given> <family>, CF <code>", "<given> <family>, OIB:"
    r"|,[ \t]*[A-Z][A-Za-z]{1,4}\.?(?:[ \t]?(?:no|nr|n)\.?)?[ \t]*:?[ \t]*)$"
)


# what a person's name opens a value for: "<Given> <Family>, <phone>", "<Given> <Family>: <SSN>, <email>"
_PERSONAL_AFTER_NAME = frozenset([T.PHONE, T.SSN, T.MRN, T.EMAIL, T.HEALTH_PLAN, T.ID])
_LABEL_ABBR = re.compile(r"[A-Z]{2,4}\.?")


def _name_before_phone(hits: list[Hit], norm_text: str) -> list[Hit]:
    """Capitalised words that open a value and run into a phone number or another of a person's
    identifiers, none an ordinary word ("Call Centre", "Mayo Clinic" stay)."""
    from phigate.engine import lexicon

    out: list[Hit] = []
    for h in hits:
        if h.type not in _PERSONAL_AFTER_NAME:
            continue
        line = norm_text.rfind("\n", 0, h.start) + 1
        m = _BEFORE_PHONE.search(norm_text, max(line, h.start - 60), h.start)
        if m is None:
            continue
        raw = m.group(1).split()
        if h.type is not T.PHONE and (any(c.isdigit() for c in m.group(1)) or _LABEL_ABBR.fullmatch(raw[-1])):
            continue  # a model before its serial ("<Maker> QX20A"), a label before its number ("<Bank> STK")
        common, first, last = lexicon.common_words(), lexicon.first_names(), lexicon.last_names()
        words = [fold_token(w) for w in raw]
        if any((w in common and w not in first and w not in last) or w in lexicon.excluded() for w in words):
            continue  # "Yatış Tarihi: <date>" is a form's label
        out.append(Hit(m.start(1), m.end(1), T.NAME, "names:before-phone"))
    for h in hits:  # a typed log's name in lower case, then its phone: "<given> <family> phone <n>"
        if h.type is not T.PHONE:
            continue
        m = _LOWER_BEFORE_PHONE.search(norm_text, max(0, h.start - 50), h.start)
        if m is None:
            continue
        words = m.group("v").split()
        first, common = lexicon.first_names(), lexicon.common_words()
        if words[0] in first and words[0] not in _FUNCTION_WORDS and not all(w in common for w in words):
            out.append(Hit(m.start("v"), m.end("v"), T.NAME, "names:before-phone"))
    return out


_LOWER_BEFORE_PHONE = re.compile(
    r"(?:^|(?<=[,;:\n\t]))[ \t]*(?P<v>[a-z][a-z'\-]{2,}(?:[ \t][a-z][a-z'\-]{1,}){1,2})[ \t]+"
    r"(?:phone|ph|cell|mob|mobile|tel|number|no|#)[ \t.:#]*$"
)


# a string literal of two to four capitalised words, or "Surname, Given", as an element of a tuple, a struct
# or an argument list
_QUOTED_NAME = re.compile(
    r"(?:(?<=[(\[{,=:])|(?<=[(\[{,=:][ \t]))([\"'])"
    r"(?P<v>[^\W\d_][^\W\d_'’\-]*(?:,?[ \t][^\W\d_][^\W\d_'’\-]*){1,3})\1"
)
_ROW_PHI = frozenset([T.DATE, T.PHONE, T.MRN, T.SSN, T.EMAIL, T.HEALTH_PLAN, T.ZIP, T.ACCOUNT])


def _quoted_names_in_rows(hits: list[Hit], norm_text: str) -> list[Hit]:
    """A test fixture's row ("Quorvan Tellasky", "2010-03-04", ...), a Go table case: a name-shaped string
    literal on a line where a date, a phone or a record number was found is that record's person."""
    row_hits = sorted(h.start for h in hits if h.type in _ROW_PHI)
    if not row_hits:
        return []
    common, excluded = lexicon.common_words(), lexicon.excluded()
    out: list[Hit] = []
    for m in _QUOTED_NAME.finditer(norm_text):
        line_start = norm_text.rfind("\n", 0, m.start()) + 1
        line_end = norm_text.find("\n", m.end())
        i = bisect_left(row_hits, line_start)
        if i == len(row_hits) or (line_end >= 0 and row_hits[i] > line_end):
            continue  # no date, phone or record number on this line
        words = m.group("v").replace(",", " ").split()
        if not all(w[0].isupper() and not w.isupper() for w in words) or any(_CAMEL_CODE(w) for w in words):
            continue
        keys = [fold_token(w) for w in words]
        if all(k in common for k in keys) or any(k in excluded or k in ORG_WORDS for k in keys):
            continue  # "Bed Rest", "General Hospital"
        out.append(Hit(m.start("v"), m.end("v"), T.NAME, "names:row-literal"))
    return out


# a chat export's line: an optional "[time]", then who speaks ("Briallen: Mum saw the GP")
# a speaker in Latin letters, or in a script without them (a family's WhatsApp or KakaoTalk group: "<name>:
# <message>", a full-width colon in Chinese and Japanese)
_SCRIPT_SPEAKER = r"[^\W\d_A-Za-z][^\s:：,.!?؟()\[\]0-9]{1,15}"
_SPEAKER = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?P<v>[A-Za-z][a-z'’\-]{2,20}(?: [A-Z][a-z'’\-]{1,20})?"
    rf"|{_SCRIPT_SPEAKER}(?:[ \u3000]{_SCRIPT_SPEAKER})?)"
    r"(?:[:：]|[ \t]+[0-9]{1,2}:[0-9]{2}\b:?)[ \t]*\S"
)


_CLOCK = re.compile(r"\b[0-9]{1,2}:[0-9]{2}\b")
_QUESTION = re.compile(r"[?؟？]")
_CHAT_WORD = re.compile(
    r"(?i):[ \t]+(?:ok|okay|thanks|thank you|thx|yes|yeah|no|sure|lol|pls|please|hi|hello|hey)\b"
)


def _chat_speakers(norm_text: str) -> list[Hit]:
    """The speakers of a conversation: lines opened by a word and a colon (or a time) where the words take
    turns (A, B, A) are a chat's, and a speaker no dictionary knows is a person. A form's labels ("Befund:",
    "Verlauf:") follow one another without coming back, and hold no time, question or known given name."""
    common, excluded = lexicon.common_words(), lexicon.excluded()

    def person(m: re.Match[str]) -> bool:
        keys = [fold_token(w) for w in m.group("v").split()]
        return not any(k in common or k in excluded or k in LABELS or k in TITLES or k in ORG_WORDS
                       or k in _calendar_words() for k in keys)

    every = list(_SPEAKER.finditer(norm_text))
    ms = [m for m in every if person(m)]  # "borislav: oh no", "<name> 07:42"; not "Virtual Assistant:"
    if len(every) < 3 or not ms:
        return []
    order = [m.group("v").lower() for m in every]
    if len(set(order)) < 2 or not any(order[i] != order[i - 1] and order[i] in order[: i - 1]
                                      for i in range(2, len(order))):
        return []  # someone speaks again after another did
    # and it reads as a conversation: a speaker a name list knows, a time on the line, or a question asked
    first = lexicon.first_names()
    lines = [norm_text[m.start() : norm_text.find("\n", m.end()) % (len(norm_text) + 1)] for m in every]
    if not (any(fold_token(m.group("v").split()[0]) in first for m in ms)
            or any(_CLOCK.search(line) or _QUESTION.search(line) or _CHAT_WORD.search(line)
                   for line in lines)):
        return []
    out = [Hit(m.start("v"), m.end("v"), T.NAME, "names:chat-speaker") for m in ms]
    for word in {m.group("v") for m in ms}:  # the speaker named again in the messages
        out.extend(Hit(r.start(), r.end(), T.NAME, "names:chat-speaker")
                   for r in re.finditer(rf"(?<![\w'’\-]){re.escape(word)}(?![\w'’\-])", norm_text))
    return out


_DEGREE = re.compile(dictation._DEGREES)  # "DONNELLY, RN" is a nurse's degree, not her given name
_CAPS_GIVEN_AFTER = re.compile(r", ?([A-Z][A-Z'’\-]{1,24})(?![A-Za-z'’\-])(?![ \t]+[A-Z]{2}[ \t]+[0-9])")
_GIVEN_AFTER = re.compile(
    r", ?([A-Z][a-z'’\-]+)(?=[ \t]{2,}|\t|[ \t]*(?:\r?\n|$)|[ \t]+(?:DOB|D\.O\.B|Age|MRN|Sex|NHS|Hospital)\b)"
)


def _per_line(spans: list[Span], scan_text: str) -> list[Span]:
    """A span never takes a line break with it: rows of a table, a log's lines keep their count and
    order (each line's part is masked on its own; a multi-line value, a PEM key, is masked line by line)."""
    out: list[Span] = []
    for sp in spans:
        s = sp.start
        while s < sp.end:
            nl = scan_text.find("\n", s, sp.end)
            e = sp.end if nl < 0 else nl
            a, b = s, e
            while a < b and scan_text[a] in " \t\r":
                a += 1
            while b > a and scan_text[b - 1] in " \t\r":
                b -= 1
            if b > a:
                out.append(Span(a, b, sp.type, sp.detector))
            s = e + 1
    return out


# pattern detections of a person's name sure enough to mask the same words elsewhere in the text
_TEACHING = frozenset(
    ["regex:name-age", "regex:email-owner", "regex:vcard-name", "regex:ical-cn", "regex:answer-name",
     "regex:self-intro", "regex:initials", "regex:aka", "regex:name-form-row", "regex:name-degree",
     "regex:name-middle-initial", "regex:given-caps-surname", "regex:upper-name",
     "regex:initial-surname", "regex:name-caps-surname-given", "regex:name-inverted-cell"]
)


@lru_cache(maxsize=1)
def _address_chain() -> AddressChain:
    return AddressChain()


@lru_cache(maxsize=1)
def _file_names() -> FileNames:
    return FileNames(lexicon.first_names(), lexicon.last_names())


def _known_names(known: set[str], norm_text: str, scan_text: str,
                 boundary: known_values_mod.Boundary = known_values_mod.NAME_BOUNDARY) -> list[Hit]:
    """Capitalised occurrences of structurally known name words (looked up in the ASCII scan copy)."""
    words = tuple(sorted(w for w in known if len(w) >= 2 and w.isascii()))
    if not words:
        return []
    out: list[Hit] = []
    for s, e in known_values_mod.find_spans(words, scan_text, boundary, fold=True):
        first = norm_text[s]
        if not first.isupper():
            continue  # "ward", "black": the word, not the name
        if e - s == 2 and norm_text[s:e].isupper():
            continue  # "VI", "DA": an acronym or numeral, not "Vi"
        out.append(Hit(s, e, T.NAME, "names:known"))
    return out


def merge(hits: Sequence[Hit]) -> list[Span]:
    """Union overlapping hits; the longest hit names the type (ties: the more specific type)."""
    if not hits:
        return []
    ordered = sorted(hits, key=lambda h: (h.start, -h.end, _rank(h)))
    out: list[Span] = []
    best_len = 0
    cur_rank = 99
    for h in ordered:
        if out and h.start < out[-1].end:
            cur = out[-1]
            if h.end > cur.end:
                cur.end = h.end
            if h.end - h.start > best_len or (h.end - h.start == best_len and _rank(h) < cur_rank):
                cur_rank = _rank(h)
                cur.type, cur.detector, best_len = h.type, h.detector, h.end - h.start
            continue
        out.append(Span(h.start, h.end, h.type, h.detector))
        best_len = h.end - h.start
        cur_rank = _rank(h)
    return out


def _rank(h: Hit) -> int:
    """Tie-break between equally long hits: a cue-confirmed name beats "Anna Kowalska, MD" as a city."""
    return -1 if h.detector == "names:cue" else RANK.get(h.type, 99)


class TextMasker:
    """Masks strings with a plan; collects findings. One per document (holds the vault reference)."""

    def __init__(self, plan: MaskingPlan, vault: TokenVault | None, learned: set[str] | None = None) -> None:
        self.plan = plan
        self.vault = vault
        self.learned = learned if learned is not None else set()
        self.known: set[str] = set()
        self.known_values: dict[str, IdentifierType] = {}

    def mask_many(
        self, texts: Sequence[str], paths: Sequence[str | None], findings: list[Finding]
    ) -> list[str]:
        """Mask each text; detection runs once over all of them."""
        if not texts:
            return []
        norms = [normalize(t) for t in texts]
        if len(norms) == 1:
            spans_per = [
                detect(self.plan, norms[0].text, norms[0].scan, self.learned, self.known, self.known_values)
            ]
        else:
            offsets: list[int] = []
            pos = 0
            for n in norms:
                offsets.append(pos)
                pos += len(n.text) + len(SEPARATOR)
            joined_text = SEPARATOR.join(n.text for n in norms)
            joined_scan = SEPARATOR.join(n.scan for n in norms)
            spans = detect(self.plan, joined_text, joined_scan, self.learned, self.known, self.known_values)
            spans_per = _split(spans, offsets, [len(n.text) for n in norms])
        return [
            self._apply(n, sp, path, findings) for n, sp, path in zip(norms, spans_per, paths, strict=True)
        ]

    def mask_one(self, text: str, path: str | None, findings: list[Finding]) -> str:
        return self.mask_many([text], [path], findings)[0]

    def original_spans(self, text: str) -> list[Span]:
        """Spans in `text`'s own offsets (used by the streaming masker to place its cut)."""
        norm = normalize(text)
        out: list[Span] = []
        for sp in detect(self.plan, norm.text, norm.scan, self.learned, self.known, self.known_values):
            s, e = norm.to_original(sp.start, sp.end)
            if e > s:
                out.append(Span(s, e, sp.type, sp.detector))
        return out

    def _apply(self, norm: Normalized, spans: list[Span], path: str | None, findings: list[Finding]) -> str:
        if not spans:
            return norm.original
        mapped = []
        for sp in spans:
            s, e = norm.to_original(sp.start, sp.end)
            mapped.append(Span(s, e, sp.type, sp.detector))
        return self.apply_original(norm.original, mapped, path, findings)

    def apply_original(
        self, src: str, spans: list[Span], path: str | None, findings: list[Finding], offset: int = 0
    ) -> str:
        """Replace `spans` (offsets into `src`); finding offsets are shifted by `offset`."""
        out: list[str] = []
        last = 0
        plan = self.plan
        for sp in spans:
            s, e = sp.start, sp.end
            if s < last:
                s = last
            if e <= s:
                continue
            value = src[s:e]
            if value.strip() in plan.allow:
                continue
            action = plan.action_for(sp.type, sp.detector)
            rep = replacement(
                action, sp.type, value, hash_key=plan.hash_key, vault=self.vault,
                restricted_zip3=plan.restricted_zip3,
            )
            findings.append(Finding(sp.type, action, sp.detector, path, s + offset, e + offset))
            if action is Action.KEEP:
                continue
            out.append(src[last:s])
            if rep:
                out.append(rep)
            last = e
        out.append(src[last:])
        return "".join(out)


def _split(spans: list[Span], offsets: list[int], lengths: list[int]) -> list[list[Span]]:
    """Distribute spans over the joined texts, clipping any that cross a boundary."""
    per: list[list[Span]] = [[] for _ in offsets]
    for sp in spans:
        i = bisect_right(offsets, sp.start) - 1
        while i < len(offsets) and offsets[i] < sp.end:
            base = offsets[i]
            s = max(sp.start, base) - base
            e = min(sp.end, base + lengths[i]) - base
            if e > s:
                per[i].append(Span(s, e, sp.type, sp.detector))
            i += 1
    return per
