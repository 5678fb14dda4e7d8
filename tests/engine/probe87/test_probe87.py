# ruff: noqa: E501  (hand-aligned tables)
"""Regression guard for the eighty-seventh generalisation probe: code-switched health text, where two languages
mix inside one sentence as multilingual staff, patients and families write -- Hinglish, Taglish, Spanglish,
Singlish and Manglish, Arabizi with French, Sheng, Québec Franglais, Camfranglais and Ivorian French,
Portuñol, Konglish (Hangul with English), Japanglish (romaji with English), Welsh-English and Kaaps -- built
as an outside evaluator builds a held-out set: other templates and, above all, other name lists (rural north
Indian, Filipino coined names, Dominican, Hokkien and Teochew with the family name first, Malay, Moroccan,
Kenyan, old Québécois, Ivorian and Senegalese, Cameroonian, Gaúcho, Korean with rare family names, Meiji-era
Japanese, Welsh and Cape Afrikaans). Kinds: ward WhatsApp group and ASHA visit register (Hinglish), telehealth
chat and family group chat about an admitted lola (Taglish), pharmacy counter chat and patient-portal messages
(JSON, Spanglish), nurse handover voice-note transcript (Singlish), appointment-reminder SMS replies
(Manglish), lab-result call log and a clinic's Facebook-page inbox export (JSON, Arabizi and French), CHW SMS
and a discharge summary with a family note (Sheng), Info-Santé / CLSC chat (Québec Franglais), nurses'
WhatsApp (Camfranglais), border-clinic log (Portuñol), KakaoTalk family chat (Konglish), LINE family chat
(Japanglish), ward handover (Welsh-English), clinic SMS thread (Kaaps). The cue words come from either
language, often the other one than the value. Rates may only get better than when it was written.

First measurement, as soon as the corpus was complete and the soundness and independence checks passed
(`python -m tests.engine.probe87.run_probe --seed N --brief`, with --json / --dump for the detail; engine at
commit c0a2004, `git status --short src` empty before and after). It exposed no labelling mistake (every leak,
partial survival and lost keep value was checked against the policy in corpus.py; labels unchanged). 38
documents in 19 kinds per seed, none crashes the engine, none refused:

    seed  leaked              whole + partial      over-masking
    1     8.10% (65/802)      9.85% (79/802)       5.58% (22/394)
    2     7.25% (58/800)      9.25% (74/800)       5.33% (21/394)
    3     8.24% (66/801)      10.24% (82/801)      5.33% (21/394)

Probes 85 and 86 were written at the same time; once they were in the tree, fifteen name words were found in
their tables too (Kenyan, Ivorian, Filipino and Kaaps names) and were replaced by others of the same traditions
that no probe holds. The same engine (c0a2004) then gave seed 1: 8.10% (65/802) leaked, 9.85% whole + partial,
over-masking 5.84% (23/394); the rest of this record is the first measurement.

Seed 1 by type (leaked / values): NAME 39/272, ADDRESS 7/86, AGE 6/16, DATE 5/146, ZIP 4/30, VEHICLE 4/16;
none in PHONE (76), ID (46), HEALTH_PLAN (36), EMAIL (28), MRN (22), SSN (12), IP (6), URL (4), ACCOUNT (4),
LICENSE (2). Seed 2: NAME 32, ZIP 7, ADDRESS 6, AGE 6, VEHICLE 4, DATE 3; seed 3: NAME 42, ADDRESS 6, AGE 6,
ZIP 5, VEHICLE 4, DATE 3 -- the same ten types clean on every seed. Worst kinds (seed 1): KakaoTalk Konglish
9/38, ASHA register 8/48, Facebook inbox JSON 8/36, LINE Japanglish 8/38, Taglish family chat 7/46, Manglish
reminders 6/40; none leaks in the Spanglish pharmacy chat, the Singlish handover, the two Sheng kinds or the
Portuñol log. What leaks (seed 1):
- NAME 39 of 272: chat speakers without a colon-name cue ("06:40 - Jericson: guys si", "06:40 - Kimberlyn:
  omg"), a sign-off ("Salamat po sa lahat 🙏 - Jericson Pagulayan ("), chat handles ("jessamae_tion: Hi doc",
  JSON "from":"chaimae_wahb"), names after a kinship word of the other language ("khti Abdelkbir kat7taj",
  "Pati Ramsajeevan Dhakad mazdoori", "Bachcha Lalitkumari Sengar, janam", "2. Vishwambhar Jadaun (56 saal)"),
  Korean names before a Hangul honorific ("엄마 Ki Gapsoon 님", "간호사 Eo Kkeutsoon 선생님", "doctor 는 Wi Jeongja
  선생님"), family-first Hokkien names in a Malay reminder ("Peringatan temujanji: Thong Ngoh Lay,", "Peringatan:
  Chiam Gek Huay,"), a header's family name ("LINE talk history - Aoyama family", "KakaoTalk chat export - Ki
  family room"), "Client: Moi c'est Fédora Fugère, sa fille", "Gwely 6: Eiddwen Penri - Bupa no".
- AGE 6 of 16: ages said in the other language -- "umar 97 saal", "98-sai dakara", "Gwely 4: [NAME], 96 oed".
- ADDRESS 7 and ZIP 4: "Carrefour Ndokoti, porte 47", "Villa 55, Cité SIR", "40656 boul. Lacordaire", a douar
  ("Douar Ain Chkef Oulad 30191 Fès-Meknès"), "H.No. 79, Gali No. 7", PH / MY / MA postcodes after a town.
- DATE 5: Japanese era dates ("seinengappi S1.12.30"), bare "7/4" and "8/2" in romaji and Hangul chats.
- VEHICLE 4: South African and Korean plates after a local cue ("met die kar, NY 18 GE GP", "차 번호 933V 6117").
Partial (seed 1, 14): Moroccan and Indian address lines masked after their number ("Imm. 40, Appt 6, Rés."
kept, "377/" kept, "H.No. 99, Gali No. 9" kept), "Blk 87B", "Lot 699,", "940 Jeolyeong-ro,", four token URLs
whose host and path survived ("https://lab.clinicdrive.example.org/v/" kept). Over-masking (seed 1, 22 of
394): clinics and programmes in the other language ("PHC Naraini", "Anganwadi Kendra 14", "Barangay Health
Station 3", "Dispensaire Sidi Othmane", "Centre de santé Hay Hassani", "UBS Prado", "Elsies River CHC", "Linda
Mama", "AMO Tadamon", "Fidelis Care", "Ayushman Bharat PM-JAY"), Indian drug brands ("Pan 40", "Dolo 650"),
"Doliprane 1000 mg" in an Arabizi message, "bouillie" in Camfranglais, "Fam" of a chat title ("Family GC 💚
[NAME] Fam"). Kept everywhere else: drugs and doses in either language, lab values, ICD-10 codes, hospitals
and wards, times, ages under 90, food words. Not scored but seen in the dumps: Hangul words masked as names in
the KakaoTalk chat ("[NAME]일"), NHS numbers masked as [PHONE].

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility; a name word may not occur unlabelled in any casing), that it is this topic (both languages of
each mix in every document, Arabizi's digit letters, cue words of one language before values of the other;
Aadhaar, NRIC / FIN, MyKad, RAMQ, CURP, SSN, CPF, Cartão SUS, RRN, My Number, NHS, NI and South African ID
numbers valid under their schemes; ages 90+ in six languages), and independence from the earlier probes
(template kinds; name words, towns and streets of their people tables with the kit's check; no name word in
any string of those tables -- run before the measurement). 79 of the 430 name words are in the engine's
Python-Faker name lists (in_engine_lexicon; mostly Japanese, Korean, Welsh and West African).
ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the probe was
written (found by `written_in_engine_code`, not chosen): none."""

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
from tests.engine.probe87 import ids, people
from tests.engine.probe87.corpus import FOOD, OLD_P, TEMPLATES, make_corpus, problems
from tests.engine.probe87.run_probe import crashes, run

LEAK_CEILING = 0.10  # first: 8.10% (65/802)
STRICT_CEILING = 0.11  # whole + partial: first 9.85% (79/802)
OVERMASK_CEILING = 0.07  # first: 5.58% (22/394)
CLEAN = {"PHONE", "ID", "HEALTH_PLAN", "EMAIL", "MRN", "SSN", "IP", "URL", "ACCOUNT", "LICENSE"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 87))]
# the probes written alongside this one (85, 86) are compared once they are in the tree
_PRESENT = [m for m in EARLIER if (Path(__file__).resolve().parent.parent / m / "people.py").is_file()]

# words of each mix's two languages: every document holds at least one of each list
MIX = {
    "IN": (["hai", "ko", "ka", "ke liye", "bola", "saal", "janam", "wale", "baje"], ["admit", "report", "discharge", "visit", "number", "address", "form", "follow up"]),
    "PH": (["po", "niya", "daw", "siya", "bukas", "yung", "ng"], ["admit", "guys", "update", "doctor", "born", "email", "parking", "good afternoon"]),
    "US": (["hola", "mi", "su", "mañana", "receta", "ayer", "es", "dirección"], ["date of birth", "feeling", "bring", "updated", "cell", "address", "copay"]),
    "SG": (["lah", "ah", "one", "kan cheong", "anyhow"], ["handover", "bed", "son", "daughter", "call", "must"]),
    "MY": (["tapi", "boleh", "sila", "bawa", "rumah", "anak", "suami", "saya", "lah", "la"], ["reply", "daughter", "address", "outstation", "collect", "claim", "email"]),
    "MA": (["ana", "3afak", "wach", "dyal", "dyali", "khti", "tbib", "salam"], ["résultats", "rendez-vous", "date de naissance", "bonjour", "merci", "dossier", "svp"]),
    "KE": (["mama", "kesho", "namba", "yake", "sana", "mimi", "sawa", "niko"], ["boss", "report", "check", "home", "bill", "issue", "discharge", "cousin"]),
    "QC": (["bonjour", "ma mère", "née le", "pis", "svp", "dossier"], ["full", "genre", "my cell", "summary", "high", "yes"]),
    "CM": (["les gars", "le pater", "on dit quoi", "demain", "dossier", "plaque"], ["back", "call", "come", "noted", "ce matin", "léger"]),
    "BR": (["mora", "ela", "filho", "filha", "hija", "hijo", "vino", "desde", "nascida"], ["placa", "com", "con", "fala", "auto", "retorno"]),
    "KR": (["님", "선생님", "번호", "내일", "엄마"], ["hospital", "admit", "doctor", "ok", "IV"]),
    "JP": (["obaachan", "ga", "ni", "sareta", "ashita", "kusuri", "dake"], ["admit", "doctor", "room", "patient", "nurse", "contact", "hospital"]),
    "WL": (["gwely", "oed", "byw yn", "ffôn", "fory", "diolch", "nyrs"], ["admitted", "next of kin", "discharge", "meds", "from"]),
    "ZA": (["hallo", "my ouma", "gebore", "sy", "dankie", "môre", "nommer"], ["sister", "file", "clinic", "discharge letter", "gate", "hi"]),
}  # fmt: skip
CHECKS = {  # (place, PHI type, shape) -> validator
    ("IN", "ID", r"\d{4} \d{4} \d{4}"): ids.aadhaar_ok,
    ("SG", "ID", r"[ST]\d{7}[A-Z]"): ids.nric_ok,
    ("SG", "ID", r"[FG]\d{7}[A-Z]"): ids.nric_ok,
    ("MY", "ID", r"\d{6}-\d\d-\d{4}"): ids.mykad_ok,
    ("QC", "HEALTH_PLAN", r"[A-Z]{4} \d{4} \d{4}"): ids.ramq_ok,
    ("US", "ID", r"[A-Z]{4}\d{6}[HM][A-Z0-9]{7}"): ids.curp_ok,
    ("US", "SSN", r"\d{3}-\d\d-\d{4}"): ids.ssn_ok,
    ("BR", "SSN", r"\d{3}\.\d{3}\.\d{3}-\d\d"): ids.cpf_ok,
    ("BR", "HEALTH_PLAN", r"\d{3} \d{4} \d{4} \d{4}"): ids.cns_ok,
    ("KR", "ID", r"\d{6}-\d{7}"): ids.rrn_ok,
    ("JP", "ID", r"\d{4} \d{4} \d{4}"): ids.my_number_ok,
    ("WL", "ID", r"\d{3} \d{3} \d{4}"): ids.nhs_ok,
    ("WL", "SSN", r"[A-Z]{2} \d\d \d\d \d\d [A-D]"): ids.nino_ok,
    ("ZA", "ID", r"\d{13}"): ids.sa_id_ok,
}


def _name_words() -> set[str]:
    tables = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(tables + list(people.NICK.values()))


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


def _has(word: str, text: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I))


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 38 and len({d.kind for d in docs}) == 19
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 750 and sum(len(d.keep) for d in corpus) >= 350
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 5 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN"}
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "VEHICLE", "URL", "IP"}


def test_corpus_is_code_switched() -> None:
    """Every document holds words of both languages of its mix; Arabizi writes letters as digits; cue words of
    one language stand before values of the other."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS) == set(MIX)
    for d in docs:
        first, second = MIX[d.loc]
        assert any(_has(w, d.content) for w in first), (d.id, "first language")
        assert any(_has(w, d.content) for w in second), (d.id, "second language")
    arabizi = [d.content for d in docs if d.loc == "MA"]
    assert all(len(re.findall(r"\b[a-z]*[379][a-z]+\b", t)) >= 3 for t in arabizi)
    text = "\n".join(d.content for d in docs)
    for cue in (r"Born siya (Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|Nobyembre|Disyembre) \d",
                r"date of birth es \d", r"janam tithi \d", r"née le \d+ \w+ \d{4}", r"gebore \d+ [A-Z]\w+ \d{4}",
                r"seinengappi [STHR]\d+\.\d\d\.\d\d", r"alizaliwa \d", r"Nascida \d+ de \w+ de \d{4}", r"mzyoda \d",
                r"주민번호 \d{6}-\d{7}", r"umar 9\d saal", r"9\d-sai", r"9\d oed", r"9\d jaar oud", r"9\d ans", r"9\d na po"):  # fmt: skip
        assert re.search(cue, text), cue


def test_corpus_is_this_probes_topic() -> None:
    """Identifiers valid under their schemes (Aadhaar, NRIC and FIN, MyKad, RAMQ, CURP, SSN, CPF, Cartão SUS,
    RRN, My Number, NHS, NI, South African ID); ages 90+ in the family and ward texts; the keep values."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    for (loc, type_, shape), ok in CHECKS.items():
        found = [v for d in docs if d.loc == loc for t, v in d.phi if t == type_ and re.fullmatch(shape, v)]
        assert len(found) >= 2 and all(ok(v) for v in found), (loc, type_, found)
    ages = [(d.kind, v) for d in docs for t, v in d.phi if t == "AGE"]
    assert len(ages) >= 40 and all(int(v) >= 90 for _, v in ages)
    assert {k for k, _ in ages} == OLD_P
    keeps = {k for d in docs for k in d.keep}
    assert sum(bool(re.fullmatch(r"[A-TV-Z]\d\d(\.\w+)?", k)) for k in keeps) >= 3  # ICD-10: discharge notes
    assert sum(k.isdigit() and int(k) < 90 for k in keeps) >= 12  # ages under 90 (distinct)
    # drugs named in either language: Spanish, French, Portuguese, Afrikaans, Malay, Indian and Filipino brands
    words = (
        "metformina",
        "metformine",
        "losartana",
        "pille",
        "dolo",
        "biogesic",
        "doliprane",
        "panado",
        "ubat",
        "insulina",
    )
    assert sum(any(w in k.casefold() for k in keeps) for w in words) >= 7
    assert (
        sum(k in {f for fs in FOOD.values() for f in fs} for k in keeps) >= 30
    )  # food words of both languages


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
        min_phi=750,
        min_keep=350,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE: set[str] = set()


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
