"""Regression guard for the eighty-fourth generalisation probe: case-stripped English health text, where
capitalisation gives no clue, from the United States, Canada, the United Kingdom, Ireland, Australia and New
Zealand, built as an outside evaluator builds a held-out set -- other templates and, above all, other name
lists (Cajun, Native Hawaiian, Marshallese, Armenian, Assyrian, Chin, Yemeni, Ilocano, Haitian, Finnish, Nuer,
Inuit, Cree, Gujarati, Burundian, Sri Lankan Tamil, Orcadian, Cornish, Jamaican, Irish with Ó / Ní forms,
Croatian, Bhutanese Nepali, Afghan, Maori with macrons, Niuean, Fijian and Samoan families, and names that are
English words: Gladness, Loyal, Bright, Honour, Piper, Singer, Drummer, Ledger, Swallow, Kitchen, Aim). Kinds
in capitals: AS/400 registration screen, pharmacy label batch, teletype cumulative lab printout, HL7 feed with
its upper-case rendering, ambulance CAD log, fax cover, wristband and specimen labels, EOB printout, court
order; in lower case: patient SMS thread, WhatsApp family export, chatbot prompts and search queries, nurse
quick notes, Slack export (JSON), voice-assistant transcript (JSON); mixed: git log (lower-case names and
messages, the legacy feed's name in capitals), EMS run sheet (printed fields in capitals, crew narrative in
lower case), referral in capitals with a lower-case reply. Rates may only get better than when it was written.

First measurement, as soon as the corpus was complete and the soundness and independence checks passed
(`python -m tests.engine.probe84.run_probe --seed N --brief`, with --json / --dump for the detail; engine at
commit f2dfeff, `git status --short src/phigate/engine` empty before and after). It exposed one labelling
inconsistency, fixed before the figures below (PHI labels and draws unchanged): the pharmacy's and the fax
cover's own numbers, an EOB's plan group number and an echo device's name were keep values although the
labelling policy makes office numbers plain text; now plain text (seed 1 over-masking was 8.88%, 31/349). 36
documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked               whole + partial      over-masking
    1     20.64% (161/780)     23.33% (182/780)     6.19% (21/339)
    2     19.10% (149/780)     21.92% (171/780)     7.62% (26/341)
    3     19.74% (154/780)     22.56% (176/780)     5.87% (20/341)

Seed 1 by type (leaked / values): NAME 121/252, ADDRESS 13/82, ZIP 9/28, DATE 7/132, ID 5/53, VEHICLE 3/8, AGE
2/14, LICENSE 1/24; none in PHONE (62), HEALTH_PLAN (29), MRN (26), EMAIL (24), SSN (16), ACCOUNT (10), IP
(8), DEVICE (8), URL (4). Seed 2: NAME 109, ADDRESS 16, ZIP 11, ID 4, VEHICLE 4, DATE 2, AGE 2, LICENSE 1;
seed 3: NAME 113, ADDRESS 10, DATE 9, ZIP 9, ID 4, HEALTH_PLAN 3 (lower-case GMS numbers "gms no is 5842808a",
a Blue Cross id), VEHICLE 3, AGE 2, LICENSE 1. By casing (seed 1): lower-case documents leak 76 of 238 values,
capitals 53 of 391, mixed 32 of 151; lower-case names 69 of 114, names in capitals 52 of 138; 25 of the 29
name values holding a word name leaked.
Worst kinds (seed 1): nurse quick notes 19/42, wristband and specimen labels 16/44, git log 14/50, Slack
export 14/38, WhatsApp export 13/40, chatbot prompts 13/48; best: HL7 feed 0/50, EOB 1/34, lab printout 2/42.
What leaks (seed 1):
- NAME 121 of 252, the probe's finding -- without capitals and without a "Name:" label almost nothing marks a
  name: crew and consultant columns as "FAMILY I" ("CREW: KOCHARYAN A / YIEN N", "CONS BUTCHER H", "PCP....:
  THISTLE D"); full names in capitals after a verb or role ("OWNER NAHIMANA BARUTWANAYO", "HANDOVER TO
  VARTITER GHAZARYAN RN", "UPON THE APPLICATION OF TRUSTY PIPER OF", "PLEASE CALL MUNEZERO HABONIMANA ON",
  "REFERRER: DR EXILUS CELESTIN"); a pharmacy label's first line ("EUPHROSINE BEGNAUD", "LOYAL SWALLOW   C/O
  K. KHAREL"); specimen rows "FAMILY GIVEN DOB" ("CHAPAGAIN NANDAKALA  1928", "NGUN HRAM  1987") and "-
  MANIAPOTO - BED 12"; print-job and AS/400 user ids ("BY BTRUDGEON", "USER: RVADGAMA"); lower-case chat
  speakers and signatures ("victory swallow: omg", "Author: sweetness twigg <[EMAIL]>", "- honour", "scanned
  copy to bright piper (practice nurse)", Slack user_name "unity.twigg"); hurried notes ("bed 5 loyal ledger
  gms no", "dr lapwing aware", "handover to andoy 1843", "ring nahimana (bed mgr)", "wife bonny bunting wants
  call"); prompts and voice turns ("my grandfather godspower drummer was born", "i'm sweetness bunting, 294
  lakeshore trail", "call kealii mobile", "my nephew is hrachya dadourian", "message from p. dronet at");
  Irish particles in lower case ("dr ó dochartaigh aware", "gp is dr ní dhochartaigh") and in capitals ("PEIGÍ
  NÍ FHLAITHEARTA DATED").
- ADDRESS 13 and ZIP 9: lower-case addresses in prose ("i'm ..., 19 tumbleweed ct, hauula makai hi 96741",
  "they live at house 933, kapuskasing flats on p0v 5b5", "montreal-nord est qc j0y 8n2"), a town in a search
  query ("dr [NAME] kaluanui mauka reviews"), Irish-language towns with an Eircode ("mín an aoire, co.
  donegal, f92 ee8r"), "NOT BY POST TO 58 PÁIRC NA COILLE", a voice account's "home":"55796".
- DATE 7: lower-case day and month without a year ("nights 17 may", "for d/c 7 may if ok", "appt ... on 13
  march at 1012", "remove after 26 march") and "PICK-UP LOG 9/8 0552".
- ID 5: lower-case NZ NHIs ("i'm nhi kjd23fl", "the nhi (jub64lh)"), "REFERRAL REF REF-135049", "denied claim
  26090792650b". VEHICLE 3: "PVT VEH 7EG-57J", "PVT VEH RNG369", "reg dk52 dzj". AGE 2: "[NAME] is 95 and" in
  the crew's lower-case narrative. LICENSE 1: "(cpso 314217)".
Partial (seed 1, 21): towns masked in part ("[NAME] RESERVE SOUTH", "POINTE" of "POINTE AUX HERONS", "an
choirce íochtair", "meadow heights east" -> "... east"), four token URLs whose host survived in either case,
two Alexa session ids ("amzn1.ask." kept), name halves ("alkhulaidi" of "bilqis alkhulaidi", "zing" of "zing
tabudlo", "ledger" of "honour ledger"), "ARY" of "14 FEBRUARY 2025".
Over-masking (seed 1, 21 of 339): times after a date ("[13/02/25 0738]" -> "[[ID]]" six times, "30/08/25
15:13:07" -> "[ID]:13:07"), ambulance services ("AMBULANCE [NAME]", "HATO HONE [ADDRESS]"), practices and a
law firm in capitals ("[NAME] MEDICAL CENTRE", "[ADDRESS] FAMILY MEDICINE", "[NAME] & CO"), ABA routing
numbers as [SSN], the AS/400 program id "PMS0110R" as [ID], "<Media omitted>" -> "<[NAME] omitted>". Kept
everywhere else: drugs and doses and lab values in either case, ICD-10 and CPT codes, hospitals, wards,
payers, regulations and form numbers, ages under 90, times.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility; a name word may not occur unlabelled in any casing), that it is case-stripped (capitals
documents hold no lower-case letter, lower-case documents write every value in lower case, mixed documents
both), that it is this topic (SSN, MBI, NPI, DEA, VIN, ABA, SIN, Ontario health card, NHS, CHI, PPSN, TFN,
Australian Medicare, IHI, NHI and IRD numbers valid under their schemes, lettered ones typed in lower case
too; word names, Ó / Ní particles, macrons, nicknames; ages 90+ in both casings; keep values in both), and
independence from the earlier probes (template kinds; name words, towns and streets of their people tables
with the kit's check; no name word in any string of those tables -- run before the measurement; probes 82-83,
written alongside, are compared once present). 60 of the 414 name words are in the engine's Python-Faker name
lists (in_engine_lexicon; mostly Croatian, Finnish, Irish and the English word names); ENGINE_WORDS_BEFORE
pins the name words that were already words of the engine's code when the probe was written (found by
`written_in_engine_code`, not chosen).
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe84 import ids, people
from tests.engine.probe84.corpus import CASE, TEMPLATES, make_corpus, problems
from tests.engine.probe84.run_probe import crashes, run

LEAK_CEILING = 0.22  # first: 20.64% (161/780)
STRICT_CEILING = 0.25  # whole + partial: first 23.33% (182/780)
OVERMASK_CEILING = 0.08  # first: 6.19% (21/339)
CLEAN = {"PHONE", "HEALTH_PLAN", "MRN", "EMAIL", "SSN", "ACCOUNT", "IP", "DEVICE", "URL"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 84))]
# the probes written alongside this one (82, 83) are compared once they are in the tree
_PRESENT = [m for m in EARLIER if (Path(__file__).resolve().parent.parent / m / "people.py").is_file()]
# names that are also English words: the "words" table and word names of other traditions
WORD_NAMES = {w.casefold() for table in people.NAMES["words"] for w in table}
WORD_NAMES |= {"kitchen", "bearskin", "aim", "champagne", "cadet", "desire", "par", "kip", "chum"}


def _name_words() -> set[str]:
    tables = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(tables + list(people.FEMININE.values()) + list(people.NICK.values()))


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts in loc.regions.values() for t in ts}


def _streets() -> set[str]:
    return {s for loc in people.LOCS.values() for s in loc.streets}


def _earlier_people_words() -> set[str]:
    """Every word of every table of the earlier probes' people modules (names kept in any shape)."""
    out: set[str] = set()
    for m in _PRESENT:
        mod = importlib.import_module(f"tests.engine.{m}.people")
        for key, value in vars(mod).items():
            if not key.startswith("__") and isinstance(value, str | list | tuple | dict | set | frozenset):
                out |= name_words(strings_in(list(value) if isinstance(value, set | frozenset) else value))
    return out


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 650 and sum(len(d.keep) for d in corpus) >= 300
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 5 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN"}
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "DEVICE", "VEHICLE", "URL", "IP"}


def test_corpus_is_case_stripped() -> None:
    """Capitals documents hold no lower-case letter; lower-case documents write every value in lower case;
    mixed documents hold the same kind of value in both casings."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    assert sorted(CASE.values()).count("U") == 9 and sorted(CASE.values()).count("L") == 6
    for d in docs:
        values = [v for _, v in d.phi] + d.keep
        if CASE[d.kind] == "U":
            assert d.content == d.content.upper(), d.id
        elif CASE[d.kind] == "L":
            assert all(v == v.lower() for v in values if not v.startswith("<")), d.id  # "<Media omitted>"
            letters = [c for c in d.content if c.isalpha()]
            assert sum(c.islower() for c in letters) / len(letters) > 0.95, d.id  # JSON ids, <Media omitted>
        else:
            names = [v for t, v in d.phi if t == "NAME" and any(c.isalpha() for c in v)]
            assert any(v == v.upper() for v in names) and any(v == v.lower() for v in names), d.id
    names = [v for d in docs for t, v in d.phi if t == "NAME"]
    assert sum(v == v.lower() for v in names) >= 300 and sum(v == v.upper() for v in names) >= 300
    for type_ in ("ADDRESS", "DATE", "EMAIL", "ID"):
        vals = [v for d in docs for t, v in d.phi if t == type_ and any(c.isalpha() for c in v)]
        assert sum(v == v.lower() for v in vals) >= 10 and sum(v == v.upper() for v in vals) >= 10, type_


def test_corpus_is_this_probes_topic() -> None:
    """Identifiers valid under their schemes (SSN shape, MBI, NPI, DEA, VIN, SIN, Ontario health card, NHS,
    CHI, PPSN, TFN, Australian Medicare, IHI, NHI, IRD) in either casing; word names, particles and macrons;
    ages 90+ in capitals and in lower case; the keep values."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    checks = {
        "sin": (r"\d{3}[ -]\d{3}[ -]\d{3}", ids.sin_ok),
        "npi": (r"\d{10}", ids.npi_ok),
        "dea": (r"[a-z]{2}\d{7}", ids.dea_ok),
        "medicare mbi": (r"[1-9][0-9a-z-]{10,12}", ids.mbi_ok),
        "nhs no": (r"\d{3}[ -]?\d{3}[ -]?\d{4}", ids.nhs_ok),
        "chi": (r"\d{6} ?\d{4}", ids.chi_ok),
        "ppsn": (r"\d{7}[a-w]{1,2}", ids.ppsn_ok),
        "tfn": (r"\d{3} \d{3} \d{3}", ids.tfn_ok),
        "medicare": (r"[\d ]{10,12}", ids.medicare_au_ok),
        "ihi": (r"[\d ]{19}", ids.ihi_ok),
        "nhi": (r"[a-z]{3}\d\d[a-z]{2}", ids.nhi_ok),
        "ird": (r"\d{3}-\d{3}-\d{3}", ids.ird_ok),
        "vin": (r"[a-z0-9]{17}", ids.vin_ok),
        "ohip": (r"[\d -]{12,13}[a-z]{2}", ids.ohip_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = [
            v
            for d in docs
            for _, v in d.phi
            if re.fullmatch(pattern, v, re.I)
            and re.search(rf"\b{re.escape(label)}\b[^\d\n]{{0,14}}{re.escape(v)}", d.content, re.I)
        ]
        assert len(found) >= 2 and all(ok(v) for v in found), (label, found)
        lettered = [v for v in found if any(c.isalpha() for c in v)]
        # typed in lower case somewhere (a DEA number only on printed labels)
        assert not lettered or label == "dea" or any(v == v.lower() for v in lettered), label
    ssns = [v for d in docs for t, v in d.phi if t == "SSN" and re.fullmatch(r"\d{3}-\d{2}-\d{4}", v)]
    assert len(ssns) >= 4 and all(ids.ssn_ok(v) for v in ssns)
    routing = [k for d in docs for k in d.keep if re.fullmatch(r"\d{9}", k) and "ROUTING " + k in d.content]
    assert routing and all(ids.aba_ok(k) for k in routing)
    names = {v for d in docs for t, v in d.phi if t == "NAME"}
    assert sum(any(w.casefold() in WORD_NAMES for w in re.split(r"[\s,.]+", v)) for v in names) >= 60
    assert sum(bool(re.search(r"(?i)\b(ó|ní|al-)", v)) for v in names) >= 5
    assert sum(bool(re.search(r"[āēīōū]", v, re.I)) for v in names) >= 5
    assert sum(v.casefold() in {n.casefold() for n in people.NICK.values()} for v in names) >= 3
    ages = [(t, v) for d in docs for t, v in d.phi if t == "AGE"]
    assert len(ages) >= 12 and all(int(v) >= 90 for _, v in ages)
    text = "\n".join(d.content for d in docs)
    assert re.search(r"9\d YO [MF]", text) and re.search(r"\(9\dY\)", text)
    assert re.search(r"i'm 9\d i live", text) and re.search(r"is 9\d and", text)
    keeps = {k for d in docs for k in d.keep}
    assert sum(bool(re.fullmatch(r"[A-TV-Z]\d\d(\.\w+)?", k, re.I)) for k in keeps) >= 8  # ICD-10, any case
    assert sum(k.isdigit() and int(k) < 90 for k in keeps) >= 12  # ages under 90 (distinct)
    assert any(k == k.upper() and " MG" in k for k in keeps)
    assert any(k == k.lower() and " mg" in k for k in keeps)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of the earlier probes, no name word, town or street of their people tables (the kit's
    check); no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(_PRESENT, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 100


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engine_does_not_crash(seed: int) -> None:
    assert crashes(seed) == {}


def test_rates_and_clean_types_not_worse(result: ProbeResult) -> None:
    assert set(crashes(1)) <= KNOWN_CRASHES
    assert_not_worse(
        result,
        leak=LEAK_CEILING,
        strict=STRICT_CEILING,
        overmask=OVERMASK_CEILING,
        min_phi=650,
        min_keep=300,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE = {"cer", "gai", "harbour", "vukovic"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
