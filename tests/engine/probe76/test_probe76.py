"""Regression guard for the seventy-sixth generalisation probe: health insurance, social-security and
administrative forms of Western and Southern Europe in their own languages with synthetic PHI planted in it.
Kinds: reimbursement claim (French feuille de soins, cerfa 12541; Belgian attestation de soins), sick-leave
certificate (German AU-Bescheinigung Muster 1a; French avis d'arrêt de travail, cerfa 10170), incapacity
certificate (Portuguese CIT; Spanish parte de baja IT), prior authorisation (Swiss Kostengutsprache, KVV;
German Kostenübernahme, SGB V), exemption certificate (Italian esenzione ticket; Portuguese isenção de taxas
moderadoras), e-prescription (Italian promemoria with NRE; Greek ΗΔΙΚΑ e-συνταγή), pharmacy receipt (Spanish
receta electrónica; Portuguese fatura-recibo), social-security letter (CPAM; ÖGK Krankengeld), disability
assessment (Spanish grado de discapacidad; Italian INPS verbale), long-term-care decision (German Pflegegrad;
Austrian Pflegegeld; patients aged 90+), cross-border S2 / EHIC request (Malta; Greek ΕΚΑΑ with the passport's
Latin transliteration), appointment letter (Maltese; Greek SMS and letter), insurer portal thread (Swiss
Krankenkasse; French mutuelle), IBAN refund mandate (Austrian Zusatzversicherung; Belgian mutualité), employer
certificate (Spanish certificado de empresa; Belgian attestation patronale), discharge report (Spanish informe
de alta; Italian SDO letter), insurer claim export in JSON (German KV Abrechnung; Swiss TARDOC invoice) and
claim processing log (Austrian e-card / ELGA; Greek EOPYY): rates may only get better than when it was
written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence checks
passed (`python -m tests.engine.probe76.run_probe --seed N --brief`, with --json / --dump for the detail;
engine at commit cc64eaa, `git status --short src/phigate/engine` empty before and after: no uncommitted
engine edits), 36 documents in 18 kinds per seed, none crashes the engine, none refused. The measurement
exposed three labelling bugs, fixed before the numbers below were taken (the whole measurement was re-run): an
Italian discharge letter labelled a patient's age under 90 as AGE, three ‹keep› literals wrapped around slots
rendered raw «» markers, and device serials carried a German "Ser.-Nr." label inside the value.

    seed  leaked             whole + partial    over-masking
    1     4.09% (28/685)     5.11% (35/685)    13.15% (43/327)
    2     4.96% (34/685)     5.84% (40/685)    13.46% (44/327)
    3     4.67% (32/685)     5.55% (38/685)    13.46% (44/327)

Seed 1 by type (leaked / values): NAME 10/163, LICENSE 10/28, AGE 4/22, ZIP 2/42, ADDRESS 1/86, VEHICLE 1/1;
none in DATE (119), PHONE (54), SSN (48), ID (36), HEALTH_PLAN (26), EMAIL (25), ACCOUNT (12), DEVICE (6), URL
(6), IP (6), MRN (5). Seed 2: NAME 11, LICENSE 10, ADDRESS 6, AGE 4, ZIP 2, VEHICLE 1; seed 3: NAME 11,
LICENSE 10, AGE 4, ZIP 3, ADDRESS 2, SSN 1, VEHICLE 1. Worst kinds (seed 1): appointment letters 8/38 (Maltese
and Greek), exemption certificates 3/37, pharmacy receipts 3/37, disability assessments 3/34, cross-border S2
/ EHIC 3/46; best (none leaked): reimbursement claims 0/42, sick-leave certificates 0/34, long-term-care
decisions 0/38, insurer portal threads 0/43, IBAN mandates 0/40, claim exports (JSON) 0/42. What leaks (seed
1):
- LICENSE 10 of 28: doctors' and pharmacists' numbers after labels the engine does not know, in every language
  ("cédula profissional n.º 76109", "carteira profissional 79751", "iscritto all'Ordine dei [NAME] n. 5985",
  "codice regionale medico 7753", "Vertragspartnernummer 69365", "reg. no. 9002", log fields "vpnr=28281" and
  "ΑΜ=23654"); RPPS, INAMI, LANR, GLN, ZSR and colegiado numbers were masked.
- NAME 10 of 163: Greek-script names (the capitals-first "ΜΠΟΥΡΔΑΚΗΣ Χριστόδουλος" after "Ασφαλισμένος:",
  "τον/την Χαρίλαος Κουβέλας", "μητέρα σας, Θεανώ Βλατάκη", "γραμματείας: Καλομοίρα Νταλιάνη"; the Latin
  passport form "STAMATIOS FASOULAKIS"), Spanish names with two family names after unknown labels
  ("Farmacéutico/a titular: Miren Basterretxea Azkue", "La técnica: Gaizka Bengoetxea Iraola", "Trabajador/a:
  Xosé Canosa Boullosa"), a Maltese "Kopja lil: Ġuża Muscat" and a Frisian given name left before a family
  name masked as an ADDRESS ("Arzt: Lüder [ADDRESS]").
- AGE 4: 90+ in Italian ("anni 94"), Greek ("ετών 91", "ετών 96") and Maltese ("ta' 92 sena"); French, German,
  Spanish and Portuguese forms were masked.
- ZIP 2, ADDRESS 1: a Maltese address ("32, Triq il-Kappillan, ... ZTN 2635") and a Spanish postcode after a
  street line the engine cut short ("[ADDRESS]Y - 17412 [NAME] ([NAME])", the town masked as a NAME). VEHICLE
  1: "vehículo 1583 GFY" (Spanish plate). Partial (seed 1, 7): "Bât. N," of French address lines (2), "di
  Mezzo" of the town "Tramonti di Mezzo", "d'Istria" of "Colonna d'Istria" (2), "S 384" of a German
  Rentenversicherungsnummer, "Ix-Xagħra ta'" of a Maltese town. Over-masking (seed 1, 43 of 327): regulations
  and form numbers (12: "cerfa N° [ID]*02", "Real Decreto [ID]", "Regulation (EC) No [ID]", "L. 118/1971",
  "Decreto-Lei n.º 113/2011", "Art. 71a KVV", "Ν. 4238/2014"), employer and registry numbers (6: Spanish CCC
  "20/1045873/22", Belgian ONSS and BCE numbers, the German Kostenträgerkennung "108310400" and status
  "1000000", a SEPA creditor id), institutions and units (14: "CPAM de la Corse-du-Sud", "ASL Napoli 2 Nord",
  "ULS Alto Minho", "USF Vale do Lima", "Sptar Mater Dei", "Κ.Υ. Βρυσών", "Γ.Ν. Χανίων", "U.O.C. Geriatria",
  "Medizinischen Dienstes", "agence de Malmedy"), headings and benefit words read as names (8: "ATTESTATO DI
  ESENZIONE DAL [NAME] TICKET", "RESOLUCIÓN DE RECONOCIMIENTO DE GRADO [NAME]", "ATTESTATION [NAME]", "[NAME]
  5" for "Pflegegeld der Stufe 5", "Παθολόγος", "ΓΓΠΣ", "άνευ συμμετοχής"), and "15 dias", "tel. 2299 2000"
  (an institution's general line). Kept everywhere else: drugs and doses, ICD-10 codes, NGAP / CCAM / EBM /
  TARDOC / INAMI codes, exemption codes, amounts, insurers and funds (mostly), hospitals, ages under 90,
  years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is European insurance and social-security text from every country (NIR, NISS, KVNR,
LANR, Rentenversicherungs- nummer, SVNR, AHV, codice fiscale, DNI / NIE, NUSS, NIF, Portuguese NISS, AMKA, AFM
and IBANs valid under their schemes; particles and two Spanish family names; Greek script; ages 90+; the
trade's keep values), and independence from probes 1-72 (template kinds; name words, towns and streets of
their people tables with the kit's check; no name word in any string of those tables -- run before the
measurement; "von" and "dos" are held by earlier tables, so the German and Portuguese particles are "vom",
"zur", "de", "da"). 127 of the 729 name words are in the engine's Python-Faker name lists (LEXICON_WORDS pins
it). ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the probe was
written (found by `written_in_engine_code`, not chosen: the particles "degli", "vom", "zur").
"""

from __future__ import annotations

import importlib
import re

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    in_engine_lexicon,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe76 import ids, people
from tests.engine.probe76.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe76.run_probe import crashes, run

LEAK_CEILING = 0.02  # now 1.02% (7/685); first: 4.09% (28/685)
STRICT_CEILING = 0.03  # whole + partial: now 2.04%; first: 5.11% (35/685)
OVERMASK_CEILING = 0.12  # now 10.40% (34/327); first: 13.15% (43/327)
CLEAN = {"DATE", "PHONE", "SSN", "ID", "HEALTH_PLAN", "EMAIL", "ACCOUNT", "DEVICE", "URL", "IP", "MRN"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 73))]


def _name_words() -> set[str]:
    tables = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(tables + list(people.GREEK.values()) + list(people.GREEK_FEMININE.values()))


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts in loc.regions.values() for t in ts}


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
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "DEVICE", "VEHICLE", "URL", "IP"}


def _after(docs: list, label: str, value_re: str) -> list[str]:
    """The labelled values written right after `label` (a regex) in the documents."""
    out = []
    for d in docs:
        for _, v in d.phi:
            if re.fullmatch(value_re, v) and re.search(rf"(?:{label})\W{{1,4}}{re.escape(v)}", d.content):
                out.append(v)
    return out


def test_corpus_is_european_insurance_and_social_security_text() -> None:
    """Every country; national and insurance numbers valid under their schemes (NIR, NISS, KVNR, LANR,
    Rentenversicherungsnummer, SVNR, AHV, codice fiscale, DNI / NIE, NUSS, NIF, NISS (PT), AMKA, AFM, IBAN);
    particles and two Spanish family names; Greek script; ages 90+; the trade's keep values."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    checks = {
        "numéro d'immatriculation|N° de sécurité sociale|n° de sécurité sociale": (
            r"[\dAB ]{21}",
            ids.nir_ok,
        ),
        "NISS": (r"\d\d\.\d\d\.\d\d-\d{3}\.\d\d", ids.niss_ok),
        "Versichertennummer|Versicherten-Nr\\.|KVNR": (r"[A-Z]\d{9}", ids.kvnr_ok),
        "LANR|Arzt-Nr\\.": (r"\d{9}", ids.lanr_ok),
        "Rentenversicherungsnummer": (r"\d\d \d{6} [A-Z] \d{3}", ids.rvnr_ok),
        "Versicherungsnummer|svnr=|Versicherungsnummer \\(SV\\)": (r"\d{4} \d{6}", ids.svnr_ok),
        "AHV-Nr\\.|AHV|ssn": (r"756\.\d{4}\.\d{4}\.\d\d", ids.ahv_ok),
        "codice fiscale|Codice fiscale|C\\.F\\.": (r"[A-Z0-9]{16}", ids.cf_ok),
        "DNI/NIE|DNI": (r"[XY\d]\d{7}[A-Z]", ids.dni_ok),
        "Nº Seguridad Social|Nº afiliación SS|NUSS": (r"\d\d/\d{8}/\d\d", ids.nuss_ok),
        "NIF": (r"\d{9}", ids.nif_ok),
        "NISS\\)": (r"\d{11}", ids.niss_pt_ok),
        "ΑΜΚΑ|ΑΜΚΑ=": (r"\d{11}", ids.amka_ok),
        "ΑΦΜ|ΑΦΜ=": (r"\d{9}", ids.afm_ok),
        "IBAN|compte|Konto|RIB|iban|pago directo": (r"[A-Z]{2}\d\d[ A-Z0-9]+", ids.iban_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = _after(docs, label, pattern)
        assert len(found) >= 3 and all(ok(v) for v in found), (label, found)
    values = [(t, v) for d in docs for t, v in d.phi]
    names = [v for t, v in values if t == "NAME"]
    assert (
        sum(bool(re.search(r"(^| )(de|di|da|du|Le|Lo|Li|La|D'|vom|zur|degli) ?[A-ZÁÉÍÓÚ]", v)) for v in names)
        >= 10
    )
    es_full = [v for d in docs if d.loc == "ES" for t, v in d.phi if t == "NAME" and len(v.split()) >= 3]
    assert len(es_full) >= 20
    assert sum(bool(re.search(r"[\u0370-\u03ff]", v)) for v in names) >= 40
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 30
    keeps = {k for d in docs for k in d.keep}
    assert {
        "cerfa N° 10170*07",
        "Muster 1a",
        "Regulation (EC) No 883/2004",
        "Real Decreto 888/2022",
        "Decreto-Lei n.º 113/2011",
    } <= keeps
    assert {"048", "E01", "Pflegegrad 4", "TARDOC", "ΕΟΠΥΥ"} <= keeps
    assert sum(bool(re.fullmatch(r"[A-Z]\d\d\.\d", k)) for k in keeps) >= 8  # ICD-10


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-72, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 100


def test_names_are_mostly_not_in_the_engine_lexicon() -> None:
    """Found by context, not looked up: few name words are in the engine's Python-Faker name lists."""
    assert len(in_engine_lexicon(_name_words())) <= LEXICON_WORDS


LEXICON_WORDS = 127  # of 729 name words (found by in_engine_lexicon before the measurement)


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


ENGINE_WORDS_BEFORE = {"degli", "vom", "zur"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
