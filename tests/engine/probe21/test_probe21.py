"""Regression guard for the twenty-first generalisation probe (the less-watched clauses of HIPAA Safe Harbor,
built as an auditor testing for full coverage would: the identifiers of relatives, household members and
employers, and the rarer identifier types -- subdivisions and geocodes, vehicles, devices, licences and
certificates, accounts, URLs and handles, IP addresses, claim and tracking numbers): rates may only get
better than when it was written.

First and only measurement (engine as of the working tree shared with the lead: commit cece59e, with
uncommitted engine edits at that minute -- `git status --short src`: M patterns.py, plan.py, structured.py,
tabular.py, textmask.py and a new untracked src/phigate/engine/employers.py, none read by this probe's
author; measured once with `python -m tests.engine.probe21.run_probe --seed N` as soon as the corpus was
complete), 36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     11.10% (85/766)    11.49% (88/766)    6.37% (20/314)
    2     11.07% (85/768)    11.07% (85/768)    7.07% (22/311)
    3     11.73% (90/767)    12.26% (94/767)    8.31% (26/313)

Scoring note (engine-independent, decided on the first run's output, the corpus unchanged): the corpus labels
a neighbourhood or subdivision with its generic words ("the Reynolds Park area", "the West Side
neighborhood", "Landkreis Lüneburg", "gemeente Deventer"), so a correctly masked name leaving "the ... area"
or "Landkreis" behind counted as a partial survival (6, 7 and 6 partials; whole + partial 11.88% / 11.98% /
12.52%). run_probe.generic_only drops those; the table holds the values re-scored from the same masked output,
not a second run. One remaining seed-1 partial is a kit artefact: "Bethany Vanderpool (91-year-old)" ->
"[NAME] (90 or older)" aligns "der" of the surname with "older".

Seed 1 by type: NAME 33/194, ADDRESS 30/154, USERNAME 10/10, URL 6/12, ID 2/50, ACCOUNT 2/20, VEHICLE 1/28,
HEALTH_PLAN 1/22; none in DATE (108), PHONE (50), ZIP (32), EMAIL (24), LICENSE (22), MRN (14), DEVICE (14),
IP (8), FAX (2), AGE (2). Seeds 2 and 3: NAME 33 and 32, ADDRESS 27 and 33, USERNAME 10 and 10, URL 6 and 6,
HEALTH_PLAN 3 and 4, ID 2 and 2, ACCOUNT 2 and 0, DEVICE 2 and 1, VEHICLE 0 and 1, ZIP 0 and 1. Worst kinds
(seed 1): crash-report abstract 12/60, fundraiser/social-media note 11/28, psychosocial assessment 8/45, EMS
run report 8/42, billing dispute letter 6/44, portal audit 6/34; the first report of injury leaks nothing.
What leaks, in every seed:
- employers' names (27, 28, 29 of ~56 per seed; persons' names only 6, 5, 3 of ~138): "shift at Wickersham
  Orchards", "works nights at Larkspur Orchards", "employer, Pinecastle Elementary School, reached her",
  "the plan through Foxglove Cabinetry ended", "plan sponsor Bramblewood Diner", "Prepared for: HR, Larkspur
  Poultry", "registered to Mossgiel Roofing & Siding, the patient's employer", "last employer Amberjack
  Dairy", "a «job» at Tidewell Tire & Lube"; partly: "Quarrymoor Tool & [NAME]", "[ADDRESS] Sawmill",
  "[NAME] Freight Lines". Masked when after "EMPLOYER:", "Employer:", "employer" in a form field.
- subdivisions and geocodes: rural mile markers "mile marker 224 on County Road J36", precincts and wards
  ("Precinct 17", "Ward 4 Precinct 6", "Ward 1"), "Census Tract 9594.01", "the Chapter of Tohatchi", "Four
  Corners"; GPS in degrees-minutes ("N45 43.967, W121 28.305"), degrees-minutes-seconds ("40°07'14.4"N
  76°10'13.9"W"), "lat 40.1207 / lon -76.1705", Plus Codes ("XHFW99GV+G8"), what3words
  ("///ladders.hunch.amber"); decimal pairs are masked. Towns in prose or after an employer's street
  ("outside Wahpeton", "[ADDRESS], Cranbrook   Tel."), Irish "Longford (County Longford)"; a county in
  "Circuit Court of McKinley County" (seeds 2, 3).
- handles, logins and profile URLs (all 10 usernames): "user=lfitzsi39", "proxy login user=maelle.176",
  "caregiver_login": "winifred.827", "handle @vvogel.25", "instagram.com/vvogel.25", "tiktok.com/@...",
  "linkedin.com/in/vaughn-vogel-u015uz" (the https:// fundraiser and personal-site URLs are masked).
- inverted CAPS names after a label: "UNIT 1 (our member): COLQUHOUN, LAZARUS", "[NAME], THORVALD", a given
  name alone ("Dependants: Kirra (4 y/o)", "the minor child Verity [NAME]").
- numbers: 6-digit group numbers ("group 433781"), dashed accounts ("Guarantor account 9348-6851-74"), UK NI
  numbers ("NI number UD 89 42 26 A"), a plate after "tag" ("tag 7RW207"), 6-character CGM transmitter
  serials ("8KUPFT", seeds 2-3), an Eircode before its town ("R35 N3B3 Tullamore", seed 3); USPS tracking
  numbers keep their last six digits ("[ID] 8508 55").
Over-masking (20 of 314 on seed 1; examples from seeds 1-3): vehicle model years with make and model ("2016
Chevrolet Silverado" -> "2016 [NAME]", "2012 Dodge [NAME] Caravan", "2014 [NAME] F-150", "2021 [NAME] Ranger";
"License 27 574 853. 2020 Hyundai Elantra" -> "License [PHONE] [NAME]"), a year before "-present" ("worked
2004-present" -> "[ID]"), a month alone after "Period:" -> "[DATE]", device makes ("[NAME] Persona knee",
"Boston Scientific WaveWriter Alpha", "ResMed AirSense 11", "Medtronic MiniMed 780G"), insurers ("Zurich UK"
-> "[ADDRESS] UK", "WCB Nova Scotia", "WorkSafe Victoria", "WCB Alberta", "The Hartford", "Gallagher
Bassett"), provinces ("British Columbia" -> "British [NAME]", "Alberta"), a hospital ("Essentia Health St.
Mary's"). Not scored but seen: "Date of crash" -> "[NAME] of crash", "Instagram" and "LinkedIn" -> "[NAME]".
Nothing leaks from dates (12 renderings), phones of seven countries, e-mails, MRNs, driver's licences in 21
shapes (US states, Canadian provinces, the UK's DVLA form, Australia, Ireland, Germany, the Netherlands),
birth and death certificates, professional licences, VINs, UDIs, MAC addresses, IPv4/IPv6, IBANs and card
numbers, or ages over 89.

After the general rules it prompted the same day (employers.py: an employer after a work cue, a label, the
word itself, an occupation, an appositive, and wherever the name recurs; geocodes.py: coordinates in four
notations, Plus Codes, what3words, mile markers, county roads, precincts, census tracts, a county before its
word; online.py: profiles without a scheme and handles; logins by their key; UK NI numbers as printed; a
plate's "tag"; capitals "SURNAME, GIVEN" anywhere; a town before a form's column gap; and, kept, vehicles by
year/make/model, provinces, more device makers, "2004-present"; each pinned with values of our own in
tests/engine/test_employers.py, test_geocodes.py, test_online.py, test_generalisation_rules.py), seeds
1/2/3 measure 1.44% / 1.69% / 1.43% leaked (whole + partial 1.83% / 1.69% / 1.96%) and 1.91% / 3.54% /
3.51% over-masked. Still leaking: an employer after "plan through", an NDC-shaped account number, a given
name that recurs alone at a sentence's start ("Verity is a 13-year-old").

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1 when the probe was written. The corpus's soundness (labels,
check digits, reproducibility, sizes, the shapes of the rarer identifiers, relatives and employers in every
document) and its independence from probes 1-20 (template kinds; name words, towns and streets of probes
1-17, 19 and 20, as probe 18 has no lists) are checked too. Name words are not checked against the engine's
lexicon or source: the probe's author did not read them, and an evaluator would not either.
"""

from __future__ import annotations

import re

import pytest

from tests.engine.probe.run_probe import ProbeResult, assert_not_worse, earlier_probe_overlap, name_words
from tests.engine.probe21 import ids, people
from tests.engine.probe21.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe21.run_probe import crashes, run

LEAK_CEILING = 0.03  # 1.44% (11/766) on seed 1 after the fixes (11.10% when written)
STRICT_CEILING = 0.03  # whole + partial: 1.83% (11.49% when written)
OVERMASK_CEILING = 0.03  # 1.91% (6/314) after the fixes (6.37% when written)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {"DATE", "PHONE", "ZIP", "EMAIL", "LICENSE", "MRN", "DEVICE", "IP", "FAX", "AGE"}
KNOWN_CRASHES: set[str] = set()  # none when the probe was written
ALL_TYPES = {
    "NAME",
    "ADDRESS",
    "ZIP",
    "DATE",
    "AGE",
    "PHONE",
    "FAX",
    "EMAIL",
    "MRN",
    "HEALTH_PLAN",
    "ACCOUNT",
    "LICENSE",
    "VEHICLE",
    "DEVICE",
    "URL",
    "IP",
    "USERNAME",
    "ID",
}


def _employers(values: list[str]) -> list[str]:
    return [v for v in values if any(v.startswith(stem + " ") for stem in people.EMPLOYER_STEMS)]


def _places() -> tuple[set[str], set[str]]:
    towns = {p.town for ps in people.PLACES.values() for p in ps}
    return towns, set(people.STREET_STEMS) | {s for v in people.DE_NL_STREETS.values() for s in v}


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 700 and sum(len(d.keep) for d in corpus) >= 300
        assert [p for d in corpus for p in problems(d)] == []
        sizes = [(d.id, len(d.phi), len(d.keep)) for d in corpus]
        assert all(12 <= p <= 34 and k >= 4 for _, p, k in sizes), sizes
        assert {d.loc for d in corpus} >= {"US", "CA", "UK", "AU"} and len({d.loc for d in corpus}) >= 6
        assert sum(d.loc == "US" for d in corpus) >= 24
        assert {t for d in corpus for t, _ in d.phi} == ALL_TYPES
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    assert {d.format for d in docs} == {"text", "json", "ndjson"}


def test_relatives_household_and_employers_in_every_document() -> None:
    """Every document names at least one employer (labelled NAME) and a person besides the patient; the
    relatives' phones, e-mails and addresses and the employers' phones and addresses are labelled."""
    rels = {
        "wife",
        "husband",
        "partner",
        "daughter",
        "son",
        "roommate",
        "foster mother",
        "foster father",
        "legal guardian",
        "mother-in-law",
        "father-in-law",
        "grandmother",
        "housemate",
        "stepdaughter",
    }
    seen_rel: set[str] = set()
    for seed in (1, 2, 3):
        for d in make_corpus(seed):
            names = [v for t, v in d.phi if t == "NAME"]
            assert _employers(names), d.id
            assert len([n for n in names if n not in _employers(names)]) >= 2, d.id
            seen_rel |= {r for r in rels if re.search(rf"\b{r}\b", d.content)}
    assert len(seen_rel) >= 10, sorted(rels - seen_rel)


def test_rarer_identifiers_come_in_many_shapes() -> None:
    """Geocodes in several notations, plates and licences of many jurisdictions, UDIs, MACs, IPv6, URLs."""
    values: dict[str, list[str]] = {}
    for seed in (1, 2, 3):
        for d in make_corpus(seed):
            for t, v in d.phi:
                values.setdefault(t, []).append(v)

    def shapes(type_: str) -> set[str]:
        return {re.sub(r"[A-Za-z]", "a", re.sub(r"\d", "9", v)) for v in values[type_]}

    address = values["ADDRESS"]
    for pattern in (
        r"^-?\d+\.\d{5}, -?\d+\.\d{5}$",
        r"^lat ",
        r"°.*'.*\"",
        r"^[NS]\d+ \d+\.\d{3}, [EW]",
        r"^[2-9CFGHJMPQRVWX]{8}\+",
        r"^///",
        r"^Census Tract",
        r"Box \d+",
        r"^R\.?R\.? ",
        r"Township$",
        r"^Precinct",
        r"County$",
        r"^mile marker",
    ):
        assert any(re.search(pattern, a) for a in address), pattern
    assert len(shapes("VEHICLE")) >= 20 and len(shapes("LICENSE")) >= 20
    assert any(v.startswith("(01)") for v in values["DEVICE"]) and any(":" in v for v in values["IP"])
    assert any(re.fullmatch(r"([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}", v) for v in values["DEVICE"])
    sites = {m.group(1) for v in values["URL"] if (m := re.match(r"(?:https://)?(?:www\.)?([a-z]+)\.", v))}
    assert {"gofundme", "instagram", "facebook", "tiktok", "linkedin"} <= sites, sites
    assert any(v.startswith("@") for v in values["USERNAME"])
    assert any(re.fullmatch(r"[A-Z]{2}\d\d( \w{4})+( \w{1,4})?", v) for v in values["ACCOUNT"])


def test_identifiers_carry_valid_check_digits() -> None:
    """VINs, GTINs in UDIs, IBANs, card numbers and SINs are valid; the validators are checked against
    published example values."""
    assert ids.vin_valid("1M8GDM9AXKP042788") and not ids.vin_valid("1M8GDM9A1KP042788")
    assert ids.gtin_valid("00614141999996") and not ids.gtin_valid("00614141999997")
    assert ids.iban_valid("GB82 WEST 1234 5698 7654 32") and ids.iban_valid("DE89 3704 0044 0532 0130 00")
    assert not ids.iban_valid("GB82 WEST 1234 5698 7654 33")
    assert ids.luhn_valid("4539 1488 0343 6467") and ids.luhn_valid("046 454 286")
    n = 0
    for seed in (1, 2, 3):
        for d in make_corpus(seed):
            for t, v in d.phi:
                checks = [
                    (t == "VEHICLE" and len(v) == 17, ids.vin_valid),
                    (t == "ACCOUNT" and bool(re.match(r"[A-Z]{2}\d\d ", v)), ids.iban_valid),
                    (t == "ACCOUNT" and bool(re.fullmatch(r"\d{4}([ -]\d{4}){3}", v)), ids.luhn_valid),
                    (t == "DEVICE" and v.startswith("(01)"), lambda s: ids.gtin_valid(s[4:18])),
                    (t == "ID" and bool(re.fullmatch(r"\d{3} \d{3} \d{3}", v)), ids.luhn_valid),
                ]
                for applies, ok in checks:
                    if applies:
                        assert ok(v), (d.id, t, v)
                        n += 1
    assert n >= 60


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-20 is reused, and no name word, town or street of probes 1-17, 19 and 20
    (probe 18 draws its people from Faker and has no lists); employers' stems are new too."""
    from tests.engine.probe18.corpus import TEMPLATES as TEMPLATES18

    kinds = {t[0] for t in TEMPLATES}
    assert not kinds & {t[0] for t in TEMPLATES18}
    female, male, family = people.NAMES
    words = name_words(female + male + family) | name_words(people.EMPLOYER_STEMS)
    towns, streets = _places()
    mods = ["probe", *(f"probe{i}" for i in range(2, 18)), "probe19", "probe20"]
    overlap = earlier_probe_overlap(mods, kinds, words, towns, streets)
    assert not overlap, sorted(overlap)


def test_names_never_look_like_keep_words_or_places() -> None:
    """No word of a person's name is a word of a keep value, a town or a street, so every label is
    unambiguous."""
    female, male, family = people.NAMES
    words = name_words(female + male + family)
    keep = name_words([k for seed in (1, 2, 3) for d in make_corpus(seed) for k in d.keep])
    assert not words & keep, sorted(words & keep)
    towns, streets = _places()
    assert not words & name_words(list(towns | streets))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engine_does_not_crash(seed: int) -> None:
    """Every document is masked or refused with EngineError; none raises anything else."""
    assert crashes(seed) == {}


def test_rates_and_clean_types_not_worse(result: ProbeResult) -> None:
    """The ceilings above, no leak in the types that had none when the probe was written, no new crash."""
    assert set(crashes(1)) <= KNOWN_CRASHES
    assert_not_worse(
        result,
        leak=LEAK_CEILING,
        strict=STRICT_CEILING,
        overmask=OVERMASK_CEILING,
        min_phi=700,
        min_keep=300,
        clean=CLEAN,
    )
