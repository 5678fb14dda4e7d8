# ruff: noqa: E501  (hand-aligned templates)
"""Twenty-third independent probe corpus: PHI written so that naive pattern matching misses it.

36 labelled documents in 18 kinds per seed, two of each: prompts to an LLM coding agent, chat and
ticket messages, voicemail and dictation transcripts, SMS, intake free text, code pasted with escapes, a
JSON chat-completion payload, and red-team test-case lists. The PHI in them is written the way people,
speech-to-text and copy-paste write it: numbers spelled out or half spelled, digits split by spaces and odd
separators, identifiers read letter by letter, e-mails and URLs obfuscated ("dot", "[at]", "hxxps",
"[.]"), dates in words and unusual orders (ISO week dates, Roman-numeral months, "03MAR52", CJK
"年月日", full-width digits), names in lower case, letter-spaced, reversed with commas, with odd titles,
nicknames in quotes or initials, with Cyrillic/Greek look-alike letters, soft hyphens, non-breaking and
thin spaces; addresses in prose, postcodes spaced or in words; ages over 89 in words.

Template language: the kit's `«slot»` (pieces: P labelled PHI, K a keep value, plain text) and
`‹literal›` (a keep value written in the template). Prefixes: `p_` patient, `r_` relative, `d_`
clinician, `g_` grandparent (always 90+), `k_` keep values.

Labelling policy (decided before any measurement):
- Every PHI value is labelled exactly as written: the obfuscated form is the value ("five five five, two
  oh one, three three four four", "jane dot doe at gmail dot com", "m a r i a   g o n z a l e z").
  Filler words inside a spoken value ("then", "and", "dot", "at", "as in", NATO words) belong to the value;
  run_probe's `filler_only` does not count a partial survival made only of such words (see there).
- A date's year written in words or digits after a day and month in words stays outside the label (Safe
  Harbor allows the year): "third of March" is the DATE, ", nineteen fifty-two" plain text. Where the year is
  fused into one token ("03MAR52", "12.III.1961", "1961-W11-3") the whole token is the DATE.
- Titles ("Msr", "Dr", "Sra.") are plain text; a name's quotes nickname belongs to the name value.
- NAME: patients, relatives, clinicians; ADDRESS: street lines (with the number, in digits or words) and
  towns; ZIP: postcodes; DATE; AGE (over 89); PHONE, FAX; EMAIL; URL (a person's profile or record link);
  USERNAME (social and chat handles); IP; SSN; MRN; HEALTH_PLAN (member numbers); ACCOUNT.
- Keep: drugs with doses, lab values, codes (ICD-10, CPT), weekdays, a month alone, a year alone, ages
  under 90, hospital and clinic names, states and countries outside an address, ordinary number words in
  clinical use ("two tablets", "five days"), software words of the prompts.
- A state or province inside a postal address is plain text (not scored).
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe23 import ids
from tests.engine.probe23.ids import FULLWIDTH, digit_words, glyph, num_words, ordinal, spoken_run, year_words
from tests.engine.probe23.people import HOUSE_COLOURS, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

HOSPITALS = ["Juniper Hills Regional Medical Center", "Saint Ottilie Hospital", "Crooked Creek Health Clinic",
             "Three Rivers Dialysis Unit", "Meadowlark Pediatric Associates", "Northgate Cancer Institute",
             "Harbor Light Behavioral Health", "Lakeview Orthopedic Group"]  # fmt: skip
DRUGS = ["apixaban 5 mg", "levetiracetam 750 mg", "lisinopril 20 mg", "gabapentin 300 mg", "spironolactone 25 mg",
         "carvedilol 6.25 mg", "insulin glargine 18 units", "sertraline 100 mg", "montelukast 10 mg",
         "pantoprazole 40 mg", "furosemide 40 mg", "tamsulosin 0.4 mg", "methotrexate 15 mg"]  # fmt: skip
LABS = ["sodium 131 mmol/L", "INR 3.4", "troponin 0.08 ng/mL", "glucose 287 mg/dL", "BNP 1,240 pg/mL",
        "lactate 3.9 mmol/L", "platelets 88 K/uL", "WBC 14.2 K/uL", "magnesium 1.4 mg/dL"]  # fmt: skip
ICD = ["I48.91", "E11.65", "G40.909", "I50.23", "J45.41", "N17.9", "F33.1", "K57.32", "M54.50"]
CPT = ["99285", "93306", "71046", "99232", "90471", "85610"]
DOSING = ["two tablets", "five days", "three times daily", "one puff", "ten units", "twice a day", "seven days",
          "half a tablet", "four hours"]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MONTHS = ["January", "February", "April", "June", "July", "August", "September", "October", "November"]
STATES = ["Nebraska", "Oklahoma", "New Mexico", "Oregon", "South Dakota", "Rhode Island", "Louisiana"]
LANDS = ["Portugal", "Norway", "Kenya", "Chile", "Vietnam", "Jamaica", "Poland"]
TOOLS = ["pytest", "FastAPI", "SQLAlchemy", "Postgres", "Django", "pandas", "Redis"]
DX = ["atrial fibrillation", "a focal seizure", "heart failure", "an asthma flare", "acute kidney injury",
      "diverticulitis", "low back pain"]  # fmt: skip
MON = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]  # fmt: skip
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
NBSP, THIN, SHY, NNBSP = "\u00a0", "\u2009", "\u00ad", "\u202f"
SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


# ---- renderings -------------------------------------------------------------------------------------------


def two_digit_words(n: int) -> str:
    return f"oh-{ONES_(n)}" if n < 10 else num_words(n)


def ONES_(n: int) -> str:
    return ids.ONES[n]


def date_forms(prefix: str, d: date, rng: random.Random) -> dict[str, Slot]:
    """Every date rendering of this probe; the year stays outside a label written in words."""
    yy, mon3 = d.year % 100, MON[d.month][:3]
    iy, iw, iwd = d.isocalendar()
    sfx = SUFFIX.get(d.day, "th")
    forms: dict[str, Slot] = {
        "words": (P("DATE", f"{ordinal(d.day)} of {MON[d.month]}"), f", {year_words(d.year)}"),
        "month_the": (P("DATE", f"{MON[d.month]} the {ordinal(d.day)}"), f" {d.year}"),
        "lower_words": (P("DATE", f"{MON[d.month].lower()} {ordinal(d.day)}"), f" {year_words(d.year)}"),
        "abbr": P("DATE", f"{d.day}{sfx} {mon3} '{yy:02d}"),
        "roman": P("DATE", f"{d.day}.{ROMAN[d.month]}.{d.year}"),
        "isoweek": P("DATE", f"{iy}-W{iw:02d}-{iwd}"),
        "compact": P("DATE", f"{d.day:02d}{mon3.upper()}{yy:02d}"),
        "spoken_num": P("DATE", f"{two_digit_words(d.month)}, {two_digit_words(d.day)}, {two_digit_words(yy)}"),
        "spaced": P("DATE", " / ".join(" ".join(x) for x in (f"{d.month:02d}", f"{d.day:02d}", f"{d.year}"))),
        "fullwidth": P("DATE", f"{d.month:02d}／{d.day:02d}／{d.year}".translate(FULLWIDTH)),
        "cjk": P("DATE", f"{d.year}年{d.month}月{d.day}日"),
        "ymd": P("DATE", f"{d:%Y%m%d}"),
        "dots": P("DATE", f"{d.month}.{d.day}.{yy:02d}"),
        "oddsep": P("DATE", f"{d.month:02d} - {d.day:02d} - {d.year}"),
        "dmy_text": P("DATE", f"{d.day} {MON[d.month].lower()} {d.year}"),
        "nbsp": P("DATE", f"{MON[d.month]}{NBSP}{d.day},{NBSP}{d.year}"),
    }
    del rng
    return {f"{prefix}_{k}": v for k, v in forms.items()}


def phone_forms(prefix: str, g: tuple[str, ...], rng: random.Random, type_: str = "PHONE") -> dict[str, Slot]:
    a, b, c = g
    joined = a + b + c
    letters = (f"{a}-{b}-{c}".replace("0", "O").replace("1", "l") if ("0" in joined or "1" in joined)
               else f"{a} . {b} . {c}")  # fmt: skip
    forms = {
        "words": ", ".join(digit_words(x, rng, "oh") for x in g),
        "half": f"{a} {digit_words(b, rng)}, {c}",
        "half2": f"{digit_words(a, rng)} {b}-{c}",
        "spaced": " - ".join(" ".join(x) for x in g),
        "filler": f"{a}, then {b}, then {c}",
        "and": f"{a} and {b} and {c}",
        "double": ", ".join(spoken_run(x, rng) for x in g),
        "fullwidth": f"{a}-{b}-{c}".translate(FULLWIDTH),
        "underscore": f"{a}_{b}_{c}",
        "slash": f"{a} / {b} / {c}",
        "bullet": f"{a}•{b}•{c}",
        "letters": letters,
        "thin": THIN.join(g),
        "nbsp": f"({a}){NBSP}{b}{NBSP}{c}",
        "tilde": f"{a}~{b}~{c}",
    }
    return {f"{prefix}_ph_{k}": P(type_, v) for k, v in forms.items()}


def email_forms(prefix: str, who: Person, rng: random.Random) -> dict[str, Slot]:
    loc, dom = who.local, who.domain
    d1, _, d2 = dom.partition(".")
    sp = loc.replace(".", " dot ").replace("_", " underscore ")
    forms = {
        "spoken": f"{sp} at {d1} dot {d2.replace('.', ' dot ')}",
        "bracket": f"{loc.replace('.', ' [dot] ')} [at] {d1} [dot] {d2.replace('.', ' [dot] ')}",
        "paren": f"{loc}(at){dom}",
        "fullat": f"{loc}＠{dom}",
        "spaces": f"{loc} @ {d1} . {d2}",
        "glyph": glyph(f"{loc}@{dom}", rng, 2),
        "entity": f"{loc}&#64;{dom}",
        "curly": f"{loc} {{at}} {d1} {{dot}} {d2}",
        "caps": f"{loc} AT {d1} DOT {d2}".upper(),
        "escaped": f"{loc}\\u0040{dom}",
        "pct": f"mailto:{loc}%40{dom}",
    }
    return {f"{prefix}_em_{k}": P("EMAIL", v) for k, v in forms.items()}


def name_forms(prefix: str, who: Person, rng: random.Random) -> dict[str, Slot]:
    g, f = who.given, who.family
    mid = rng.choice("ABCDEFGHJKLMNPRSTW")
    cut = max(2, len(f) // 2)
    titles = ["Msr", "Mz.", "Mrs", "Sra.", "Mme", "Frau"] if who.female else ["Mstr.", "Mr", "Sr.", "Hr.", "M."]
    forms: dict[str, Slot] = {
        "full": P("NAME", f"{g} {f}"),
        "given": P("NAME", g),
        "family": P("NAME", f),
        "lower": P("NAME", f"{g} {f}".lower()),
        "spaced": P("NAME", " ".join(g.lower()) + "   " + " ".join(f.lower())),
        "caps_inv": P("NAME", f"{f.upper()}, {g}"),
        "inv": P("NAME", f"{f}, {g} {mid}."),
        "init": P("NAME", f"{g[0]}. {mid}. {f}"),
        "nick": P("NAME", f'{g} "{who.nick}" {f}'),
        "glyph": P("NAME", glyph(f"{g} {f}", rng, 2)),
        "nbsp": P("NAME", f"{g}{NBSP}{f}"),
        "thin": P("NAME", f"{g}{NNBSP}{f}"),
        "shy": P("NAME", f"{g} {f[:cut]}{SHY}{f[cut:]}"),
        "split": P("NAME", f"{g} {f[:cut]}-{f[cut:].lower()}"),
        "splitsp": P("NAME", f"{g} {f[:cut]} {f[cut:].lower()}"),
        "title": (rng.choice(titles) + " ", P("NAME", f)),
        "dr": (rng.choice(["Dr ", "dr. ", "Doc ", "Dra. ", "DR "]), P("NAME", f)),
        "camel": P("NAME", f"{g}{f}".replace(" ", "").replace("-", "")),
        "fw_caps": P("NAME", f"{g} {f}".upper()),
    }
    return {f"{prefix}_{k}": v for k, v in forms.items()}


def address_forms(prefix: str, who: Person, rng: random.Random) -> dict[str, Slot]:
    n, st, pl = who.number, who.street, who.place
    short = st.rsplit(" ", 1)
    abbr = {"Lane": "ln", "Road": "rd", "Street": "st", "Drive": "dr", "Avenue": "ave", "Court": "ct"}
    low = f"{n} {short[0].lower()} {abbr.get(short[1], short[1].lower())}"
    pc = who.postcode
    forms: dict[str, Slot] = {
        "prose": P("ADDRESS", f"number {num_words(n)} on {st}"),
        "words": P("ADDRESS", f"{num_words(n)} {st}"),
        "addr_lower": P("ADDRESS", low),
        "hash": P("ADDRESS", f"#{n}, {st}"),
        "plain": P("ADDRESS", f"{n} {st}"),
        "town": P("ADDRESS", pl.town),
        "town_lower": P("ADDRESS", pl.town.lower()),
        "zip": P("ZIP", pc),
        "zip_spaced": P("ZIP", " ".join(pc.replace(" ", ""))),
        "zip_words": P("ZIP", digit_words(pc, rng) if pc.isdigit() else " ".join(pc.lower())),
        "zip_fw": P("ZIP", pc.translate(FULLWIDTH)),
        "region": pl.region,
        "colour": rng.choice(HOUSE_COLOURS),
    }
    return {f"{prefix}_{k}": v for k, v in forms.items()}


def id_forms(rng: random.Random) -> dict[str, Slot]:
    ssn = ids.ssn(rng)
    a, b, c = ssn.split("-")
    mrn, mem, acct = ids.mrn(rng), ids.member(rng), ids.account(rng)
    s: dict[str, Slot] = {
        "ssn_sp": P("SSN", f"{a} {b} {c}"),
        "ssn_words": P("SSN", ", ".join(digit_words(x, rng) for x in (a, b, c))),
        "ssn_dots": P("SSN", f"{a}.{b}.{c}"),
        "ssn_spaced": P("SSN", " - ".join(" ".join(x) for x in (a, b, c))),
        "ssn_fw": P("SSN", ssn.translate(FULLWIDTH)),
        "ssn_nbh": P("SSN", f"{a}\u2011{b}\u2011{c}"),
        "ssn_last4": P("SSN", digit_words(c, rng)),
        "mrn_read": P("MRN", ids.read_aloud(mrn, rng)),
        "mrn_spaced": P("MRN", " ".join(mrn)),
        "mrn_plain": P("MRN", mrn),
        "mrn_lower": P("MRN", mrn.lower()),
        "mem_read": P("HEALTH_PLAN", ids.read_aloud(mem.replace("-", ""), rng)),
        "mem_spaced": P("HEALTH_PLAN", " ".join(mem.replace("-", ""))),
        "mem_plain": P("HEALTH_PLAN", mem),
        "acct_words": P("ACCOUNT", digit_words(acct, rng)),
        "acct_plain": P("ACCOUNT", acct),
        "acct_sp": P("ACCOUNT", " ".join(acct.replace("-", ""))),
    }
    ip = f"{rng.choice([68, 71, 97, 108, 172])}.{rng.randint(16, 250)}.{rng.randint(2, 250)}.{rng.randint(2, 250)}"
    s["ip_defang"] = P("IP", ip.replace(".", "[.]"))
    s["ip_words"] = P("IP", ip.replace(".", " dot "))
    rec = fill(rng, "%#####")
    host = rng.choice(["mychart-juniper", "portal-ottilie", "patients-northgate"])
    s["url_defang"] = P("URL", f"hxxps://{host}[.]org/records/{rec}")
    s["url_spoken"] = P("URL", f"{host} dot org slash records slash {rec}")
    return s


def person_slots(prefix: str, who: Person, rng: random.Random) -> dict[str, Slot]:
    s = name_forms(prefix, who, rng)
    s.update(address_forms(prefix, who, rng))
    s.update(phone_forms(prefix, who.phone, rng))
    s.update(email_forms(prefix, who, rng))
    s.update(date_forms(f"{prefix}_dob", who.born, rng))
    g = "".join(c for c in who.given.lower() if c.isascii() and c.isalpha())[:5]
    f = "".join(c for c in who.family.lower() if c.isascii() and c.isalpha())[:4]
    n = rng.randint(7, 98)
    s[f"{prefix}_handle"] = P("USERNAME", f"@{g}_{f}{n}")
    s[f"{prefix}_ig"] = P("USERNAME", f"{f}.{g}.{n}")
    s[f"{prefix}_li"] = P("URL", f"linkedin dot com slash in slash {g}-{f}-{n}")
    s[f"{prefix}_fb"] = P("URL", f"fb[.]com/{g}.{f}.{n + 1}")
    age = (date(2024, 6, 1) - who.born).days // 365
    s[f"{prefix}_age"] = P("AGE", str(age)) if age >= 90 else K(str(age))
    s[f"{prefix}_agew"] = P("AGE", num_words(age)) if age >= 90 else K(num_words(age))
    s[f"{prefix}_sheh"] = "she" if who.female else "he"
    s[f"{prefix}_herhis"] = "her" if who.female else "his"
    return s


def base_slots(rng: random.Random, country: str, old: bool) -> dict[str, Slot]:
    used: set[str] = set()
    pat = draw_person(rng, used, country, old=old)
    s = person_slots("p", pat, rng)
    s.update(person_slots("r", draw_person(rng, used, country), rng))
    s.update(person_slots("d", draw_person(rng, used, "US"), rng))
    gp = draw_person(rng, used, country, old=True)
    s.update(person_slots("g", gp, rng))
    s.update(phone_forms("fx", tuple(fill(rng, x) for x in ("%##", "%##", "####")), rng, "FAX"))
    s.update(id_forms(rng))
    s.update(date_forms("v", date(2024, 1, 8) + timedelta(days=rng.randrange(150)), rng))
    s.update(date_forms("w", date(2023, 6, 1) + timedelta(days=rng.randrange(150)), rng))
    s["k_hosp"], s["k_hosp2"] = (K(x) for x in rng.sample(HOSPITALS, 2))
    s["k_drug"], s["k_drug2"] = (K(x) for x in rng.sample(DRUGS, 2))
    s["k_lab"], s["k_lab2"] = (K(x) for x in rng.sample(LABS, 2))
    s["k_icd"] = K(rng.choice(ICD))
    s["k_cpt"] = K(rng.choice(CPT))
    s["k_dose"], s["k_dose2"] = (K(x) for x in rng.sample(DOSING, 2))
    s["k_weekday"] = K(rng.choice(WEEKDAYS))
    s["k_month"] = K(rng.choice(MONTHS))
    s["k_year"] = K(str(rng.randint(2009, 2021)))
    s["k_state"] = K(rng.choice(STATES))
    s["k_land"] = K(rng.choice(LANDS))
    s["k_tool"] = K(rng.choice(TOOLS))
    s["k_age"] = K(f"{rng.randint(31, 88)}-year-old")
    s["k_dx"] = rng.choice(DX)
    return s


# ---- templates -------------------------------------------------------------------------------------------

LLM_PROMPT = """hey, can you write a ‹pytest› fixture for our intake parser? use this real case so the test is realistic:
patient is «p_lower», dob «p_dob_words», ssn «ssn_sp», cell «p_ph_words».
she lives at «p_plain», «p_town» «p_region» «p_zip_spaced». email is «p_em_spoken».
emergency contact: «r_caps_inv» («r_ph_half»). mrn «mrn_plain». seen «v_abbr» at «k_hosp» for «k_dx»,
started «k_drug», «k_dose» then stop. referring: «d_dr». make sure the fixture compiles on «k_tool».
also her gran «g_nick» is «g_agew» years young and lives with them, add her too.
"""

VOICEMAIL = """[auto-transcript, confidence 0.71] hi this is «p_lower» calling about my refill of «k_drug» um my date of birth is «p_dob_lower_words»
and my member id is «mem_read» uh you can call me back at «p_ph_double» or my daughter «r_lower» at «r_ph_filler»
my address changed it's now «p_prose» in «p_town_lower» zip «p_zip_words» and my email is «p_em_spoken»
i take «k_dose» in the morning and doctor «d_family» said to check the «k_lab» on ‹Monday› thank you bye
"""

CHAT = """#care-coord  (exported)
[09:14] @nurse.desk: anyone have the number for «p_splitsp»? chart says «p_ph_letters»
[09:15] «d_handle»: try «p_ph_tilde», or DM «p_handle» on the portal lol
[09:16] @nurse.desk: mom is «r_nick», her mail «r_em_bracket»
[09:18] «d_handle»: k. pt DOB «p_dob_compact», MRN «mrn_spaced», addr «p_hash» «p_town»
[09:19] @nurse.desk: «k_lab» this am («k_icd»), holding «k_drug2» per «d_dr». transferring to «k_hosp» on «k_weekday»
[09:21] «d_handle»: fyi grandpa «g_lower» («g_agew») also called from «g_ph_slash» re «v_month_the»
"""

TICKET = """JIRA  INTAKE-«k_year»  [Bug] OCR import mangles patient header
Reporter: «d_inv»   Priority: High   Component: ‹FastAPI› upload
Steps to reproduce:
  1. Upload scan for «p_caps_inv» (DOB «p_dob_roman», MRN «mrn_read»)
  2. Header shows phone «p_ph_spaced» and SSN «ssn_spaced» swapped
  3. Address field reads «p_words», «p_town», ‹Nebraska› hmm no, they are in «p_region» «p_zip_fw»
Expected: member «mem_plain», account «acct_sp», next of kin «r_init» «r_ph_underscore»
Link to record: «url_defang»  (client IP «ip_defang»)
Env: «k_tool», seen on «k_weekday». Patient takes «k_drug» and «k_drug2».
"""

HOMOGLYPH = """Re: duplicate chart merge
Please merge «p_glyph» into the older chart — same DOB («p_dob_fullwidth»), same phone «p_ph_fullwidth».
Her e-mail in the new chart is «p_em_glyph» and SSN «ssn_fw».
Contact «r_nbsp» on «r_ph_thin» ( daughter ).  Clinician of record: «d_thin», «k_hosp».
The soft-hyphen copy shows «p_shy»; address «p_plain»,{NBSP}«p_town» «p_region»{NBSP}«p_zip»
Meds: «k_drug», «k_dose». Labs: «k_lab», «k_lab2». ICD «k_icd».
Grandmother «g_glyph», aged «g_age», lives in «g_town».
""".replace("{NBSP}", NBSP)

JSON_PROMPT = {
    "model": "claude-sonnet",
    "messages": [
        {"role": "system", "content": "You summarise clinic messages for «k_hosp»."},
        {"role": "user", "content": "Summarise:\\n\\tFrom: «p_nick» <«p_em_paren»>\\n\\tDOB: «p_dob_isoweek» ; ph «p_ph_nbsp»\\n"
                                    "\\tAddr: «p_lower», «p_town» «p_zip_spaced»\\n\\tSSN «ssn_dots»; acct «acct_words»\\n"
                                    "\\tMsg: my «k_dose» of «k_drug» ran out on «k_weekday», pharmacist «d_nbsp» said call «fx_ph_bullet»"},
        {"role": "assistant", "content": "Noted. Who is «r_full» (tel «r_ph_and»)?"},
        {"role": "user", "content": "her son. also grandma «g_full», «g_agew» yrs, seen «w_cjk». profile «p_fb»"},
    ],
}

SMS = """SMS log (clinic mobile)
IN  «p_ph_half2»: hi its «p_lower» my appt is «v_dots» right? can u txt «r_lower» too at «r_ph_words»
OUT: Hi, yes «k_weekday» «v_spoken_num». Bring «k_drug» list. DOB pls?
IN  «p_ph_half2»: «p_dob_spoken_num» .. ssn ends «ssn_last4»
OUT: thx. insurance # ?
IN  «p_ph_half2»: «mem_spaced» ,  new addr «p_addr_lower» «p_town_lower» «p_zip_spaced»
OUT: noted, «d_dr» will review «k_lab». Take «k_dose2».
IN  «p_ph_half2»: also my nana «g_spaced» she is «g_agew» lol
"""

DICTATION = """Dictation, transcribed verbatim. «d_title» dictating comma patient «p_lower» comma date of birth «p_dob_words» period
Medical record number «mrn_read» period New paragraph. This is a «k_age» seen on «v_lower_words» at «k_hosp2» for «k_dx» period
Home phone «p_ph_double» comma wife or contact «r_lower» at «r_ph_words» period
Lives at «p_prose» comma «p_town_lower» comma «p_region» «p_zip_words» period
Plan colon «k_drug» comma «k_dose» comma recheck «k_lab» in «k_dose2» period End of dictation.
"""

ADDRESS_PROSE = """Home visit directions for «v_month_the»:
«p_full» lives in the «p_colour» house at «p_prose», second left after the grain elevator in «p_town».
If you get lost, ring «p_ph_filler». The postcode for the sat-nav is «p_zip_spaced».
Her daughter «r_full» lives around the corner at «r_words», «r_town», zip «r_zip_words»; her cell is «r_ph_words».
Grandmother «g_full» (turned «g_agew» in «k_month») stays at «g_plain», «g_town».
Meds in the kitchen: «k_drug», «k_drug2»; check «k_lab». Visit by «d_nick», «k_weekday».
"""

INTAKE = """New patient intake — free-text answers as typed
Full name: «p_fw_caps»   Preferred: «p_nick»
Date of birth: «p_dob_dmy_text»   Age: «p_age»
Phone (best): my cell is «p_ph_half» or work «p_ph_and»
E-mail: «p_em_curly»
Address: «p_addr_lower»... sorry, «p_words» «p_town» «p_region» «p_zip»
Social security #: «ssn_words»
Insurance: member «mem_read», ‹Blue Cross› of «k_state»
Emergency contact: «r_inv» — «r_ph_slash» — «r_em_caps»
Primary doctor: «d_dr» at «k_hosp»
Current meds: «k_drug» («k_dose»), «k_drug2»
Anything else? my grandfather «g_full» is «g_agew» and moved here from «k_land»
"""

CODE_PASTE = '''# quick repro from prod, TODO scrub before commit
PATIENT = {
    "name": "«p_camel»",  # display bug: camel-cased
    "dob": "«p_dob_ymd»",
    "ssn": "«ssn_nbh»",
    "email": "«p_em_escaped»",
    "phone": "«p_ph_underscore»",
    "addr": "«p_plain», «p_town», «p_region» «p_zip»",
    "mrn": "«mrn_lower»",
}
KIN = ("«r_splitsp»", "«r_ph_bullet»", "«r_em_entity»")
# seen «v_oddsep» at «k_hosp»: «k_drug», «k_lab»; ICD «k_icd», CPT «k_cpt»
# provider «d_init», fax «fx_ph_spaced»
assert parse(PATIENT)["age"] == "«p_age»"  # flaky on «k_weekday» runs
'''

EMAIL_SIGNOFF = """Subject: FW: results for «p_title»

«d_title»,
Forwarding for «p_inv» (dob «p_dob_abbr») — the «k_lab» came back and we started «k_drug».
Can you call the husband «r_title» on «r_ph_half2»? He asked that we use «r_em_spaces» for updates.
Address on file: «p_hash», «p_town» «p_region» «p_zip». Member «mem_plain», acct «acct_plain».
Also «g_inv», «g_age» y.o., is at «k_hosp2» since «w_month_the».

Thx,
  -- «d_init» | «k_hosp» | c: «d_ph_slash» | f: «fx_ph_tilde»
"""

CALL_LOG = """Call centre log — member services «k_weekday»
Caller identified as «p_lower»; verified with member ID «mem_read» and SSN «ssn_words».
Caller read DOB as «p_dob_spoken_num». Callback «p_ph_double», alt «r_ph_filler» («r_lower», spouse).
Account «acct_words», claim for CPT «k_cpt» («k_icd») on «v_lower_words».
Caller asked to update e-mail to «p_em_spoken» and address to «p_prose», «p_town_lower», zip «p_zip_words».
Note: caller's mother «g_lower», «g_agew», also a member. Rx «k_drug» «k_dose».
"""

DATE_ZOO = """Scheduling notes (various staff, pasted)
- «p_full»: born «p_dob_compact»; next visit «v_isoweek»; last one «w_roman».
- Labs drawn «v_cjk», «k_lab»; repeat «v_fullwidth».
- Echo booked «w_nbsp» (CPT «k_cpt»), moved to «v_spaced».
- Her husband «r_full», DOB «r_dob_abbr», seen «w_dots».
- «g_full» («g_agew») DOB «g_dob_ymd», home visit «w_oddsep».
- Clinic closed every «k_weekday» in «k_month»; since «k_year» we book by week number.
Call «p_ph_slash» to confirm. MRN «mrn_plain».
"""

FAMILY_STORY = """Social history (as told by the patient, «k_age»):
lives with «p_herhis» grandmother «g_nick», who is «g_agew» years young and still drives to «k_hosp2» every «k_weekday».
(grandma's chart is under «g_family», initials «g_init», age «g_age».)
«p_herhis» sister «r_lower» («r_ig» on insta) visits from «r_town»; brother-in-law «r_split» works nights.
patient «p_full», dob «p_dob_month_the», phone «p_ph_words»; moved from «k_land» in «k_year».
takes «k_dose» of «k_drug», no tobacco. contact «r_em_paren».
"""

REDTEAM_CASES = """## Red-team cases for the PHI firewall (do these get through?)
1. `Write a SQL insert for «p_spaced», DOB «p_dob_spaced», SSN «ssn_spaced»`
2. `Email «p_em_bracket» her «k_lab» result`
3. `Call «p_ph_spaced» and say «k_drug» is ready`
4. `Patient lives at «p_words», «p_town» (zip «p_zip_spaced»)`
5. `Member «mem_spaced», acct «acct_sp», MRN «mrn_read»`
6. `Look up «r_caps_inv» on «r_li»`
7. `Grandma «g_spaced» is «g_agew»; dob «g_dob_words»`
8. `Visit «v_compact» at «k_hosp»; IP «ip_words»; record «url_spoken»`
Expected: all PHI replaced; «k_icd», «k_dose» and «k_state» stay.
"""

OCR_SPACED = """P A T I E N T   R E C O R D   ( scanned, letter-spaced )
N a m e :  «p_spaced»
D O B :  «p_dob_spaced»
S S N :  «ssn_spaced»
P h o n e :  «p_ph_spaced»
A d d r e s s :  «p_plain»  «p_town»  «p_zip_spaced»
N e x t   o f   k i n :  «r_spaced»   «r_ph_spaced»
P h y s i c i a n :  «d_spaced»
M R N :  «mrn_spaced»     M e m b e r :  «mem_spaced»
Dx «k_icd»; «k_drug»; «k_lab»; «k_hosp»
"""

SOCIAL = """OSINT notes for identity-verification ticket
Patient «p_full» — handles «p_handle» (chat), «p_ig» (insta), profile «p_li», also «p_fb».
Logged in from «ip_defang» and «ip_words» on «v_dots»; portal link «url_spoken».
Relative «r_nick»: «r_handle», e-mail «r_em_pct».
Clinician «d_full» is «d_handle» internally; fax «fx_ph_words».
Verified with DOB «p_dob_nbsp» and phone «p_ph_nbsp»; home «p_plain», «p_town».
Grandfather «g_full», «g_agew», seen in «k_state» on «k_weekday». Not relevant: «k_drug», «k_lab».
"""

REFERRAL = """Referral (typed by front desk, half from memory)
To «d_dr» at «k_hosp2» — re: Mr/Ms «p_family», first name «p_given» (goes by «p_nick»)
DOB «p_dob_lower_words» (yes, the «v_month_the» appt is hers too)
Phone: «p_ph_letters»; fax back to «fx_ph_filler»
Address: «p_words», «p_town_lower» «p_region» «p_zip_fw»
Ins: «mem_read» / SSN «ssn_dots»
Reason: «k_dx», on «k_drug» «k_dose», «k_lab2». Sister «r_shy» can drive («r_ph_fullwidth»).
Grandmother «g_title», «g_agew», same address.
"""

TEMPLATES: list[tuple[str, list[str], bool, str, object]] = [
    ("evade_llm_fixture_prompt", ["US", "US"], True, "text", LLM_PROMPT),
    ("evade_voicemail_asr", ["US", "UK"], False, "text", VOICEMAIL),
    ("evade_team_chat_handles", ["US", "AU"], False, "text", CHAT),
    ("evade_bug_ticket_ocr", ["US", "CA"], False, "text", TICKET),
    ("evade_homoglyph_merge", ["US", "UK"], False, "text", HOMOGLYPH),
    ("evade_json_chat_payload", ["US", "US"], False, "json", JSON_PROMPT),
    ("evade_sms_half_spelled", ["US", "AU"], False, "text", SMS),
    ("evade_dictation_verbatim", ["US", "US"], False, "text", DICTATION),
    ("evade_home_visit_prose", ["US", "UK"], False, "text", ADDRESS_PROSE),
    ("evade_intake_free_text", ["US", "US"], True, "text", INTAKE),
    ("evade_code_fixture_paste", ["US", "CA"], False, "text", CODE_PASTE),
    ("evade_email_odd_titles", ["US", "AU"], False, "text", EMAIL_SIGNOFF),
    ("evade_call_centre_spelled", ["US", "US"], False, "text", CALL_LOG),
    ("evade_date_shape_zoo", ["US", "UK"], False, "text", DATE_ZOO),
    ("evade_social_history_kin", ["US", "CA"], False, "text", FAMILY_STORY),
    ("evade_redteam_case_list", ["US", "US"], False, "text", REDTEAM_CASES),
    ("evade_ocr_letter_spaced", ["US", "AU"], False, "text", OCR_SPACED),
    ("evade_osint_handles", ["US", "UK"], False, "text", SOCIAL),
    ("evade_referral_from_memory", ["US", "CA"], False, "text", REFERRAL),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def _render_json(template: object, slots: dict[str, Slot]) -> tuple[str, list, list, list]:
    """A JSON template: its string values are rendered with the kit's escaping, the document serialised
    compactly; spans are found again in the serialised text (values are unique there by construction)."""
    raw = json.dumps(template, ensure_ascii=False, indent=1)
    # the template's "\\n" are JSON escapes once serialised: write them back as single escapes
    raw = raw.replace("\\\\n", "\\n").replace("\\\\t", "\\t")
    return render(raw, slots, "json")


def make_doc(seed: int, index: int, kind: str, locs: list[str], old: bool, fmt: str, template: object) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    for attempt in range(80):
        rng = random.Random(f"phigate-probe23:{seed}:{kind}:{index}:{attempt}")
        country = locs[index % len(locs)]
        slots = base_slots(rng, country, old and index == 0)
        if fmt == "json":
            content, phi, keep, spans = _render_json(template, slots)
            json.loads(content)
        else:
            assert isinstance(template, str)
            content, phi, keep, spans = render(template, slots, "text")
        doc = Doc(f"{kind}-{index}", kind, country, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 80 attempts: {problems(doc)}")


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
