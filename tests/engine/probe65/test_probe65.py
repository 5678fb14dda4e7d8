"""Regression guard for the sixty-fifth generalisation probe: Central and Eastern European and Turkish health
text with synthetic PHI planted in it -- Polish, Czech, Slovak, Hungarian, Romanian, Croatian, Serbian (Latin
script), Slovenian, Bulgarian and Greek (both transliterated) and Turkish, with their diacritics, feminine,
genitive and locative forms and Hungarian family-name-first and "-né" married names, plus English letters
about patients from there. Kinds: Polish discharge card (karta informacyjna / wypis: PESEL, PWZ, e-ZLA),
sick-leave certificate (Polish e-ZLA with a benefit IBAN, Czech eNeschopenka), Czech / Slovak discharge
report (rodné číslo, pacemaker serial), Hungarian zárójelentés (TAJ, anyja neve, patients aged 90+),
Romanian scrisoare medicală / bilet de ieșire (CNP, cod parafă, CCMAM certificate), Croatian otpusno pismo /
Serbian otpusna lista (OIB + MBO, JMBG + LBO), Croatian uputnica / Slovenian napotnica (EMŠO, ZZZS),
Bulgarian epikriza (EGN, UIN), Greek enimerotiko simeioma exodou (AMKA, AFM, onoma patros, patients aged
90+), Turkish epikriz raporu (T.C. Kimlik No, baba adı, doğum yeri), UK GP referral letter about a Polish /
Romanian patient (NHS number and the home-country PESEL / CNP), English transfer letter from an Austrian
hospital about a Bulgarian / Greek driver (passport, EHIC, car registration), lab request form (Czech
žádanka, Hungarian vizsgálatkérő lap), e-prescription (Polish e-recepta access code and key, Turkish
e-reçete), ambulance report (Hungarian OMSZ esetlap, a man aged 90+ and his wife's "-né" name; Romanian
fișă de intervenție with a car plate), GP visit notes (Slovak; a Slovenian home visit to a patient aged
90+), SMS-reminder outbox NDJSON (Turkish, Bulgarian) and an English EHIC reimbursement e-mail thread (Greek
and Slovak mothers visiting their children in the UK): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe65.run_probe --seed N --brief`, with --json / --dump for the
detail; engine at commit b94fc45, `git status --short src/phigate/engine` empty before and after: no
uncommitted engine edits), 36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     9.10% (69/758)     10.03% (76/758)    7.46% (29/389)
    2     9.37% (71/758)     10.29% (78/758)    7.20% (28/389)
    3     8.71% (66/758)      9.76% (74/758)    6.94% (27/389)

Seed 1 by type (leaked / values): LICENSE 16/32, ADDRESS 11/88, DATE 10/146, NAME 9/211, MRN 8/26, ID 7/58,
AGE 6/6, ZIP 1/36, VEHICLE 1/3; none in PHONE (87), EMAIL (36), SSN (8), HEALTH_PLAN (12), ACCOUNT (5),
DEVICE (2), URL (2). Seed 2: LICENSE 16, NAME 13, DATE 10, ADDRESS 10, MRN 7, ID 7, AGE 5, ZIP 2, VEHICLE 1;
seed 3: LICENSE 16, MRN 10, DATE 10, NAME 9, ADDRESS 8, ID 5, AGE 5, ZIP 2, VEHICLE 1.
Worst kinds (seed 1): Hungarian zárójelentés 13/52, ambulance report 9/38, SMS outbox NDJSON 9/38, Greek
enimerotiko 6/42, Turkish epikriz 5/48; best: transfer letter from Austria 0/47, Polish discharge card 1/50,
uputnica / napotnica 1/37, UK GP letter 1/44.
What leaks (seed 1):
- LICENSE 16 of 32: every number after a licence label the engine does not know -- Hungarian "pecsétszám:
  48003" (5) and "nyilvántartási szám: 70164", Romanian "cod parafă V94666" / "(parafă E36548)" (4), Turkish
  "Dip. Tescil No: 968209" (3), Slovenian "št. zdravnika 73432" (2), Serbian "licenca br. 246559". Masked:
  Polish PWZ, Slovak "kód lekára", Croatian "šifra liječnika", Bulgarian UIN, UK GMC numbers.
- ADDRESS 11: the Hungarian postcode-town-street order on an ambulance sheet ("Helyszín: 2293 Somogyfüzes,
  Petőfi u. 22." -- town, street and the ZIP all kept), places of birth after a form label ("Születési hely,
  idő: Zalaboroszló, 1932. 04. 30." 2; Turkish "Doğum Yeri / Tarihi: Gözlükuyu / 31.07.1958" 2), Czech
  locative towns in running text ("s bydlištěm v Hradčanech nad Bečvičkou", "bytem v Malé Vrbici"), a Czech
  street "U Potoka 358" before "602 10 ..." (the town became [NAME]), UK towns between a street and a
  postcode ("..., Upper Stowbridge EH68 6FX", "Fenwick Drove").
- DATE 10: the Hungarian "yyyy. mm. dd." form (7: dates of birth, "Távozás: 2023. 12. 05.", "Riasztás:
  2024. 02. 08. 03:12", a previous result's date; the same form was masked elsewhere as [PHONE]) and day +
  month without a year ("teleporady 10.04", "elektronicky 4. 10. v 10:42", "pregled na 07.09.").
- NAME 9: transliterated Greek form fields ("Eponymo: ROUSSOS  Onoma: Tilemachos  Onoma patros:
  Epameinondas"), Polish doctors after "lek. med." ("lek. med. Bartłomiej Frankowski", "lek. med. Walenty
  Leśniak"; after "lek." or "dr n. med." they were masked), NDJSON "name" values of a Bulgarian SMS export
  ("Strahil Yordanov", "Yavor Yordanov"; the first line's was masked), a surname read as a place ("d-r
  Anastas [ADDRESS]"), a Turkish all-caps name after "Hasta Adı Soyadı:" ("OZAN TUNÇ"; "Adı" itself became
  [NAME]).
- MRN 8: record numbers after local labels ("Törzsszám: 2209/23", "Istoriya na zabolyavaneto № 9585/24" 2,
  "IZ № 1553/24", "Číslo chorobopisu: 754569", "Ar. Mitroou: 264865", "Broj istorije bolesti: 9673/24") and
  in an e-mail subject ("— [NAME] (6935/25)"). ID 7: SMS message ids in NDJSON ("msg_8099986BT" 4), Bulgarian
  "Napravlenie (blanka 3) № 527338" (2), the Polish e-recepta "Kod dostępu: 5747". AGE 6 of 6: "Életkor: 91
  év", "Ilikia: 95" and the like kept verbatim (5; "91 éves" in prose was masked) and "90 or older" for a
  patient aged exactly 90 (the kit scores the bare "90", as in probes 44, 52 and 64). ZIP 1: "2293" before a
  Hungarian town. VEHICLE 1: a Romanian plate "autoturism BC 95 EJE".
Partial (seed 1, 7): multi-word places losing only their first word ("[ADDRESS] de Sus", "[ADDRESS]
Rosenovo", "[NAME] pod Hájom"), Romanian street lines with only "Str" masked ("[ADDRESS]. Teilor nr. 16" 2),
and the constant certificate series "CCMAM" kept before a masked number (2; the policy puts the series inside
the ID value, so these two are the constant prefix, not an identifying piece).
Over-masking (seed 1, 29 of 389): first-level regions (17) -- 10 only where the address repeats them as plain
text (the kit counts every occurrence: "woj. mazowieckie", "(Somogy megye)", "obl. Burgas", "/ Kayseri"), 7
also written alone ("CAS Argeș" -> "[NAME]", "Periferia: [NAME] [NAME]" for "Kentriki Makedonia", "RZOK
Stara Zagora", "JUDEȚEAN Vaslui", "Home region: Dytiki Ellada"); clinic and facility names read as names
(9: "Háziorvosi Rendelő" 2, "Szakrendelő Intézet", "Központi Laboratórium", "Policlinica Centru", "Aile
Sağlığı Merkezi", "Dom zdravlja" -> "[NAME] zdravlja", "Geniko Nosokomeio 'Agia Varvara'" -> "[NAME]
'[NAME]'", and "Centrum Medyczne Medyk" where the e-ZLA template also wrote the clinic's name inside the
employer's line, an artefact of the template); the Slovak payer "Dôvera" (2, as [ADDRESS] / [NAME]); a
Bulgarian department "Otdelenie po hirurgia" -> "[NAME] po hirurgia". Unscored form labels were also masked
("Hasta [NAME] Soyadı", "[NAME] hely" for "Születési hely", "[NAME]: 50 l." for "Wiek"). Kept everywhere
else: hospitals, departments, drugs and doses, lab values with decimal commas, ICD-10 codes, weekdays,
month names without a day, ages under 90, years; every phone, e-mail, TAJ / AMKA, health-plan, account,
device and URL value was masked.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is Central / Eastern European and Turkish text (every country; PESEL, PWZ, rodné
číslo, TAJ, CNP, OIB, JMBG, EMŠO, EGN, AMKA, AFM, T.C. Kimlik No and NHS numbers valid under their
check-digit rules; genitive, feminine, locative and "-né" forms; ages 90+; the countries' postcode shapes;
regions as keep values), and independence from probes 1-64 (template kinds; name words, towns and streets
of their people tables with the kit's check; no name word -- nor genitive or "-né" form -- in any string of
those tables: run before the measurement; two candidate genitives that earlier tables held, "Dany" and
"Władysława", were avoided then by dropping "Dana" and "Władysław"). Names were not checked against the
engine's lexicon; ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when
the probe was written (found by `written_in_engine_code`, not chosen).
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
from tests.engine.probe65 import ids, people
from tests.engine.probe65.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe65.run_probe import crashes, run

LEAK_CEILING = 0.05  # now 3.69% (28/758); first: 9.10% (69/758)
STRICT_CEILING = 0.06  # whole + partial: now 4.62%; first 10.03% (76/758)
OVERMASK_CEILING = 0.09  # now 7.97% (31/389); first: 7.46% (29/389)
CLEAN = {"PHONE", "EMAIL", "SSN", "HEALTH_PLAN", "ACCOUNT", "DEVICE", "URL"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 65))]


def _name_words() -> set[str]:
    """Every name word the probe can write: given names, both forms of family names, the Polish / Czech
    genitives and the Hungarian "-né" forms."""
    names = [n for f, m, fam in people.NAMES.values() for n in f + m + [x for pair in fam for x in pair]]
    _, hu_m, hu_fam = people.NAMES["hu"]
    married = [w + "né" for w in hu_m + [m for m, _ in hu_fam]]
    return name_words(names + list(people.GEN.values()) + married)


def _towns() -> set[str]:
    regions = [towns for loc in people.LOCS.values() for towns in loc.regions.values()]
    return {t for towns in regions for pair in towns for t in pair}


def _streets() -> set[str]:
    return {s for loc in people.LOCS.values() for s in loc.streets}


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
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "DEVICE", "VEHICLE", "URL"}


def _after(docs: list, label: str, value_re: str) -> list[str]:
    """The labelled values written right after `label` (a regex) in the documents."""
    out = []
    for d in docs:
        for _, v in d.phi:
            if re.fullmatch(value_re, v) and re.search(rf"{label}\W{{1,4}}{re.escape(v)}(?!\w)", d.content):
                out.append(v)
    return out


def test_corpus_is_central_eastern_european_text() -> None:
    """Every country; national identifiers with valid check digits (PESEL, PWZ, rodné číslo, TAJ, CNP, OIB,
    JMBG, EMŠO, EGN, AMKA, AFM, T.C. Kimlik No, NHS); feminine, genitive, locative and Hungarian married
    forms; family-name-first Hungarian names; ages 90+; the countries' postcode shapes; regions as keep."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == {"PL", "CZ", "SK", "HU", "RO", "HR", "RS", "SI", "BG", "GR", "TR"}
    assert all(json.loads(line) for d in docs if d.format == "ndjson" for line in d.content.splitlines())
    checks = {
        "PESEL": (r"\d{11}", ids.pesel_ok),
        "PWZ": (r"\d{7}", ids.pwz_ok),
        "(?:RČ|Rodné číslo|rodné číslo\\))": (r"\d{6}/\d{4}", ids.rodne_cislo_ok),
        "TAJ": (r"[\d -]{9,11}", ids.taj_ok),
        "CNP": (r"\d{13}", ids.cnp_ok),
        "OIB": (r"\d{11}", ids.oib_ok),
        "(?:JMBG|EMŠO)": (r"\d{13}", ids.jmbg_ok),
        "EGN": (r"\d{10}", ids.egn_ok),
        "AMKA": (r"\d{11}", ids.luhn_ok),
        "AFM": (r"\d{9}", ids.afm_ok),
        "Kimlik No": (r"\d{11}", ids.tckn_ok),
        "NHS No": (r"[\d ]{10,12}", ids.nhs_ok),
        "identity number": (r"\d{11,13}", lambda v: ids.pesel_ok(v) or ids.cnp_ok(v)),
    }
    for label, (pattern, ok) in checks.items():
        found = _after(docs, label, pattern)
        assert len(found) >= 3 and all(ok(v) for v in found), (label, found)
    values = [(t, v) for d in docs for t, v in d.phi]
    names = {v for t, v in values if t == "NAME"}
    nominative = {n for f, m, fam in people.NAMES.values() for n in f + m + [x for pair in fam for x in pair]}
    genitive = set(people.GEN.values()) - nominative
    assert sum(bool(set(v.split()) & genitive) for v in names) >= 12  # Polish / Czech genitives
    assert sum(bool(re.search(r"(ová|ska|cka|ova|ou)$", v)) for v in names) >= 60  # feminine family names
    assert sum("né " in v or v.endswith("né") for v in names) >= 6  # Hungarian married names
    towns = [pair for loc in people.LOCS.values() for ts in loc.regions.values() for pair in ts]
    locative = {lt for n, lt in towns if lt != n}  # "w Brzozowej Woli", "v Malé Vrbici"
    assert sum(t == "ADDRESS" and v in locative for t, v in values) >= 6
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    zips = [v for t, v in values if t == "ZIP"]
    for shape in (r"\d\d-\d{3}", r"\d{3} \d\d", r"\d{6}", r"[A-Z]{2}\d\d \d[A-Z]{2}", r"(SI-)?\d{4}"):
        assert any(re.fullmatch(shape, z) for z in zips), shape
    keeps = {k for d in docs for k in d.keep}
    regions = {r for loc in people.LOCS.values() for r in loc.regions if r}
    assert len(keeps & regions) >= 20
    text = "\n".join(d.content for d in docs)
    marks = ("e-ZLA", "eNeschopenka", "ZÁRÓJELENTÉS", "EPİKRİZ", "EPIKRIZA", "UPUTNICA", "NAPOTNICA", "EHIC")
    marks += ("Anyja neve", "Onoma patros", "Baba Adı", "Prezime i ime")
    assert all(w in text for w in marks)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-64, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for pair in fam for x in pair}) >= 100


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


ENGINE_WORDS_BEFORE = {"borislav", "fazekas", "hasan", "kontos", "ruxandra"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
