"""Regression guard for the eighty-second generalisation probe: ambient clinical documentation ("AI scribe")
text in English from the United States, Canada, the United Kingdom, Ireland, Australia, New Zealand, South
Africa, India and the Philippines, built as an outside evaluator builds a held-out set -- other templates and,
above all, other name lists (Zulu, Xhosa, Sotho / Tswana, Venda, Tsonga, Afrikaans and Cape Malay; Telugu,
Malayali, Kodava, Bengali, Odia, Assamese, Gujarati, Goan, Mizo, Khasi and Naga; Tagalog, Visayan, Maranao and
Chinese-Filipino; Haitian, Armenian, Lebanese, Inuit, Métis, Diné, Arrernte / Warlpiri, Fijian, Cook Islands,
Cornish and Manx; pet names). Kinds: diarised transcripts as speech-to-text writes them (GP visit with
"Speaker 1:" and timestamps, geriatric visit with "[CLINICIAN]" / "[FAMILY]" and a patient aged 90+,
telehealth "Dr:" / "Pt:", ED paramedic handover, home visit with a grandmother aged 90+) -- fillers, false
starts, names spelled letter by letter or mis-heard, dates, phone numbers, e-mail addresses and streets said
aloud -- and what the scribe builds from them: AI-drafted SOAP note, H&P (a patient aged 90+), after-visit
summary, patient instructions, referral letter, vendor transcript-segment and note payloads (JSON), clinician
edit log, coding suggestions, pre-charting summary, transcript QA review, consent / audit log and a drafted
patient reply: rates may only get better than when it was written.

First measurement, as soon as the corpus was complete and the soundness and independence checks passed
(`python -m tests.engine.probe82.run_probe --seed N --brief`, with --json for the detail; engine at commit
f2dfeff, `git status --short src/phigate/engine` empty before and after). It exposed one labelling artefact,
fixed before the figures below (same text, same draws; the leak and over-masking counts did not move): a phone
number read out with its country code held the word "plus" (the spoken "+") in its label, so a masked number
whose "plus" stayed counted as partial; now "plus" is plain text, as "+" is in a written number. 36 documents
in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     4.26% (33/775)     8.26% (64/775)     2.38% (9/378)
    2     4.78% (37/774)     7.24% (56/774)     3.97% (15/378)
    3     3.88% (30/774)     6.85% (53/774)     2.65% (10/378)

Seed 1 by type (leaked / values): NAME 11/261, DATE 7/134, ID 6/37, ADDRESS 5/68, ZIP 3/22, URL 1/12; none in
PHONE (58), EMAIL (30), HEALTH_PLAN (31), LICENSE (24), MRN (24), AGE (22), SSN (16), IP (12), ACCOUNT (10),
DEVICE (8), VEHICLE (6). Seed 2: ADDRESS 11, NAME 9, ID 6, DATE 5, URL 4, ZIP 2; seed 3: DATE 8, ID 6, NAME 6,
ADDRESS 6, ZIP 2, URL 2.
Worst kinds (seed 1): ED handover transcript 6/48, transcript QA review 6/42, GP visit transcript 3/38, vendor
transcript segments (JSON) 3/32; best (none leaked): pre-charting summary 0/52, SOAP note 0/48, referral
letter 0/43, note payload JSON 0/42, coding suggestions 0/36.
What leaks (seed 1):
- DATE 7: dates of birth said aloud in the day-of-month form ("Born twenty-eighth of the tenth, twenty-nine",
  "Birthday sixteenth of the third, sixty-one", "Patient: Uh, fourteenth of the ninth, seventy-seven", "Date
  of birth twenty-fourth of the sixth, thirty-three", in a QA table "seventh of the eighth, eighty-four") and
  the US spoken numeric form ("Uh, five, thirteen, ninety-three", "It's five, thirty-one, sixty-six." in a
  JSON segment); "fourth of November eighty-six" is masked but for its spoken year.
- NAME 11 of 261: the ASR's mis-hearings quoted in a QA table or an edit log ("Bopa Nner", "Sibaian",
  "Kulala", "Sata Paty"; "Ponna Pper" half), a full name answering "confirm your full name" ("Speaker 2:
  Narasimharao Devineni. Born ..."), a pet name ("Pt: Yes, that's me, Ningning."), staff in the diarisation
  footer ("Nurse (Ragasa)", "Nurse (Morjaria)"), "I'll tell Dr Gelling", a JSON "qa" field ("Ducarmel
  Pétion").
- ID 6: the scribe's session ids ("session 1c642441-7b47", "Session 4bc3c8c5-c139 · encounter [ID]").
- ADDRESS 5: a town after a moved-to line ("6737 Section D, Ntuzuma Drive, Tshikombani Village, Limpopo" --
  street and town both), a town alone ("from my son's place in Buffalo Lake Settlement", "[ADDRESS], Kilteel
  Upper"), a street in prose ("car versus pole on 118 Ave NW").
- ZIP 3: bare postcodes at the end of an address ("Pampanga, 2049)", "[NAME] Heights, 2885", an Indian PIN
  "green gate. 682422."). URL 1: a JSON "recording_url".
Partial (seed 1, 31): phone numbers read out whose last digits, said in pairs, stay (8: ", sixty-one,
fifty-three"), dates whose "twenty-" / "thirty-" stays (7: "twenty-sixth of April" -> "twenty-[DATE]") or
whose spoken year stays (3; Safe Harbor allows the year, the kit counts only digits), URLs whose token alone
was masked (7), "Heights" / "Settlement" of towns, "2nd Cross" of an Indian street, "Box" of a rural box.
Over-masking (seed 1, 9 of 378): years said after "In" ("Patient: In 2014, I think." 2), scribe products and
models ("Suki Assistant", "Tortus", "asr-med-en-v4.2" twice), billing codes ("Billing: G2211", "99354") and a
unit ("Rural Health Unit"). Kept everywhere else: drugs and doses (written and said: "Eliquis two point
five"), eponymous diseases, lab values and scores, ICD-10, CPT and SNOMED codes, hospitals, insurers,
regulations, transcript timestamps and times, ages under 90, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility, JSON segments with speaker / start / end / text), that it is this topic (SA identity numbers,
Aadhaar, NPI, MBI, NHS, PPSN, Australian Medicare, IHI, old-format NZ NHI and Ontario health card numbers and
VINs valid under their schemes; phone numbers, dates, e-mail addresses and streets said aloud; names spelled
letter by letter; ages 90+ said naturally; the trade's keep values), and independence from probes 1-81
(template kinds; name words, towns and streets of their people tables with the kit's check; no name word in
any string of those tables -- run before the measurement). 15 of the 410 name words are in the engine's
Python-Faker name lists (in_engine_lexicon; mostly Zulu family names, and "Concepcion", "Marietta", "Fritz");
ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the probe was
written (found by `written_in_engine_code`, not chosen).
"""

from __future__ import annotations

import importlib
import json
import re

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe82 import ids, people
from tests.engine.probe82.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe82.run_probe import crashes, run

LEAK_CEILING = 0.06  # first: 4.26% (33/775)
STRICT_CEILING = 0.10  # whole + partial: first 8.26% (64/775)
OVERMASK_CEILING = 0.04  # first: 2.38% (9/378)
CLEAN = {"PHONE", "EMAIL", "HEALTH_PLAN", "LICENSE", "MRN", "AGE", "SSN", "IP", "ACCOUNT", "DEVICE"}
CLEAN |= {"VEHICLE"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 82))]


def _name_words() -> set[str]:
    tables = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(tables + list(people.NICK.values()))


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts in loc.regions.values() for t in ts}


def _streets() -> set[str]:
    return {s.split("|")[1] for loc in people.LOCS.values() for s in loc.streets}


def _earlier_people_words() -> set[str]:
    """Every word of every table of the earlier probes' people modules (names kept in any shape)."""
    out: set[str] = set()
    for m in EARLIER:
        mod = importlib.import_module(f"tests.engine.{m}.people")
        for key, value in vars(mod).items():
            if not key.startswith("__") and isinstance(value, str | list | tuple | dict):
                out |= name_words(strings_in(value))
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
    for d in docs:
        if d.format == "json":
            segments = json.loads(d.content).get("segments", [])
            assert all({"speaker", "start", "end", "text"} <= set(s) for s in segments)


def test_corpus_is_this_probes_topic() -> None:
    """Nine countries; identifiers valid under their schemes; the scribe's transcripts (speaker labels,
    timestamps, numbers, dates, e-mail addresses and streets said aloud, names spelled out or mis-heard,
    ages 90+ said naturally) and the products built from them; the keep values (drugs said and written,
    codes)."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    values = [(t, v) for d in docs for t, v in d.phi]
    checks = {
        "SA ID": (r"\d{13}", ids.za_id_ok),
        "Aadhaar": (r"\d{4}[ -]\d{4}[ -]\d{4}", ids.aadhaar_ok),
        "NPI": (r"\d{10}", ids.npi_ok),
        "Medicare MBI": (r"[0-9A-Z-]{11,13}", ids.mbi_ok),
        "NHS number": (r"[\d ]{10,12}", ids.nhs_ok),
        "PPSN": (r"\d{7}[A-W]{1,2}", ids.ppsn_ok),
        "Medicare card": (r"[\d ]{10,13}", ids.medicare_au_ok),
        "IHI": (r"[\d ]{16,19}", ids.ihi_ok),
        "NHI": (r"[A-Z]{3}\d{4}", ids.nhi_old_ok),
        "OHIP": (r"[\d -]{12,15}[A-Z]{2}", ids.ohip_ok),
        "SSS number": (r"\d\d-\d{7}-\d", lambda v: True),
    }
    for label, (pattern, ok) in checks.items():
        after = rf"{re.escape(label)}[^\d\n]{{1,14}}"
        found = [
            v
            for d in docs
            for _, v in d.phi
            if re.fullmatch(pattern, v) and re.search(after + re.escape(v), d.content)
        ]
        assert len(found) >= 2 and all(ok(v) for v in found), (label, found)
    vins = [v for t, v in values if t == "VEHICLE" and len(v) == 17]
    assert vins and all(ids.vin_ok(v) for v in vins)
    ssns = [v for t, v in values if t == "SSN" and re.fullmatch(r"\d{3}-\d{2}-\d{4}", v)]
    assert len(ssns) >= 2 and all(ids.ssn_ok(v) for v in ssns)
    # said aloud and written by the ASR
    spoken_phones = [v for t, v in values if t == "PHONE" and re.fullmatch(r"[a-z ,-]+", v)]
    assert len(spoken_phones) >= 45 and sum("double" in v for v in spoken_phones) >= 10
    names = [v for t, v in values if t == "NAME"]
    assert (
        sum(bool(re.fullmatch(r"[A-Z](?:[- ][A-Z]){2,}", v)) for v in names) >= 20
    )  # spelled letter by letter
    assert sum(" at " in v and " dot " in v for t, v in values if t == "EMAIL") >= 15
    assert (
        sum(
            bool(re.search(r"\b(of the|of [A-Z][a-z]+ |[a-z]+-[a-z]+$)", v)) for t, v in values if t == "DATE"
        )
        >= 30
    )
    assert sum(bool(re.match(r"[a-z]+(-[a-z]+)? ", v)) for t, v in values if t == "ADDRESS") >= 15
    ages = [v for t, v in values if t == "AGE"]
    assert (
        len(ages) >= 30 and sum(v.isdigit() for v in ages) >= 10 and sum(not v.isdigit() for v in ages) >= 20
    )
    assert all(int(v) >= 90 for v in ages if v.isdigit()) and all(
        v.lower().startswith("ninety") for v in ages if not v.isdigit()
    )
    text = "\n".join(d.content for d in docs)
    for marker in ("Speaker 2:", "[CLINICIAN]", "[FAMILY]", "Pt:", "Paramedic:", "NURSE:", "[00:00:0", "um,"):
        assert marker in text, marker
    assert re.search(r"turned 9\d in", text) and re.search(r"She's ninety|I'm ninety", text)
    keeps = {k for d in docs for k in d.keep}
    assert sum(bool(re.fullmatch(r"[A-TV-Z]\d\d(\.\w+)?", k)) for k in keeps) >= 8  # ICD-10
    assert sum(bool(re.fullmatch(r"\d{4}[0-9FT]|G\d{4}", k)) for k in keeps) >= 4  # CPT / HCPCS
    assert {"Heidi Health", "DAX Copilot", "Abridge"} & keeps and any(
        " twice a day" in k or "point" in k for k in keeps
    )
    assert (
        sum(bool(re.fullmatch(r"[a-z]+(-[a-z]+)?", k)) and "ty" in k for k in keeps) >= 4
    )  # ages under 90 said
    assert sum(k.isdigit() and int(k) < 90 for k in keeps) >= 10  # ages under 90 written


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-81, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
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


ENGINE_WORDS_BEFORE = {"gracias"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
