"""Regression guard for the twenty-second generalisation probe (health records as they arrive as text after
conversion, built the way an outside evaluator would: OCR'd fax covers, referral forms with underscores,
scanned letters whose page headers repeat the patient, letter-spaced lab requisitions, an OCR'd CMS-1500;
PDF text with merged columns, hyphenated and hard-wrapped lines, flattened tables; HTML portal pages, C-CDA,
CSV, TSV, Markdown, YAML, INI, e-mail threads, forwarded mail and RTF leftovers; people and places of 13
countries from lists of our own): rates may only get better than when it was written.

First measurement, once, as soon as the corpus was complete (`python -m tests.engine.probe22.run_probe
--seed N`, engine at commit cece59e with no uncommitted change under src/ at that minute), 36 documents in
18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     5.25% (33/628)     5.41% (34/628)     3.33% (9/270)
    2     5.89% (37/628)     6.05% (38/628)     2.95% (8/271)
    3     5.42% (34/627)     6.06% (38/627)     3.69% (10/271)

Labelling fix after that run (engine-independent, not prompted by any engine output): four templates wrote
a keep slot inside a literal (‹«c_clinic»›, ‹«k_dept»›, ‹«k_state»›), which rendered the text "«c_clinic»"
and scored it as a keep value; they now write the slot. Re-scored once on the fixed corpus (by then the
lead's working tree had uncommitted edits in engine/patterns.py, plan.py, structured.py, tabular.py,
textmask.py and a new employers.py): the very same rates, counts and values as the table above.

Seed 1 by type: NAME 18/164, ZIP 8/46, ADDRESS 7/99; none in DATE (121), PHONE (82), MRN (34), EMAIL (24),
HEALTH_PLAN (15), FAX (14), ACCOUNT (14), AGE (4), SSN (4), IP (4), URL (2), ID (1). Seeds 2 and 3: NAME
20 and 20, ZIP 9 and 6, ADDRESS 7 and 8, AGE 1 and 0 (seed 2: a patient aged exactly 90 -> "Age: 90 or
older", where the kit finds the label "90"). Worst kinds: referral form with underscores (6-9 of 31 per
seed), TSV appointments (4 of 39), INI interface file, HTML portal, CMS-1500. What leaks, in every seed:
- names between underscores or after a box label: "Name (Last, First): ____Easterling, Cleon____",
  "Refer to: ____Dr. Cottingham____", "Referring provider: ___Orval [NAME]" (given name kept);
- inverted names in a TSV provider/patient column ("Wimberly, Jebediah", "Ogletree, [NAME]"), in an INI
  "pid_5=ADESANYA, OBIOMA" / "STUCKEY, [NAME]", in a CMS-1500 box ("ROUNTREE, [NAME]"), in a scanned page
  footer "Page 1 of 3 — HOLLINGWORTH, LORALEE — DOB 1964";
- names in HTML cells: "<td>Truett Ransdell (&quot;husband&quot;)", "Care team</th><td>Baxter Treloar, PA-C
  &amp; Jebediah Threlkeld", "<span class="name">Wanetta Hollingworth</span>";
- a flattened table row "2024  Luvenia Lunsford          Laboratory"; the second line of a name wrapped
  over two lines ("his wife [NAME]⏎Ogletree attends"); a sign-off "Thanks, Jonelle";
- towns and postcodes on their own line or field: "CITY Kettering Bluff   STATE MO", "City/State/Zip:
  Kooringal Creek, QLD 4040___", "Nsukka Layout, Enugu State 410624", a merged column "Ilesa East, Osun
  State 233609      ...", "Hohenwarthe-Süd 39783" after <br/>, an HL7-in-INI "^^Harlowe Springs^AR^72927",
  a letterhead "80 * Wendelstedt 95629", an Eircode "Co. Wicklow A67 F3M7", a clinic's "Oax. 70230".
Partial: "Sawyer Crossing" -> "[NAME] Crossing", "Lantern Hill" -> "Lantern", "Sta. Lucia Baybay" -> "Sta.".
Over-masked (seed 1, 9 of 270): "CMS-1500" (all seeds), an HTML footer "&copy; 2015 Adobe Acrobat" (the year
and the product, all seeds), scanner names "by RightFax", "by NextGen", the clinic "Bluegrass Kidney
Associates" in a CDA <representedOrganization><name>; seeds 2-3 add "Maison de Santé des Tilleuls",
"Clínica Familiar del Valle". Nothing leaks from dates (CDA "19610405", "05-APR-1961", e-mail headers),
phones, faxes, e-mails, MRNs, SSNs, plan and account numbers, URLs or IPs.

After the general rules it prompted the same day (normalize.py: HTML character references decode,
underscore padding reads as space; a label's parenthetical ("Name (Last, First):"); SURNAME, GIVEN in
columns, INI values and after two spaces; HL7 fields written as keys ("pid_5="); a claim form's CITY box;
town, region and postcode in Australia, Canada and Nigeria; and, kept, CDA organisations' <name>, form names
such as CMS-1500, CamelCase products such as RightFax; each pinned with values of our own in
tests/engine/test_generalisation_rules.py), seeds 1/2/3 measure 2.07% / 3.66% / 2.55% leaked (whole +
partial 2.07% / 3.66% / 2.71%) and 0.00% / 0.37% / 1.11% over-masked. Still leaking: names in flattened
PDF tables with no cue, a surname wrapped onto the next line, a German letterhead's "80 * <town>
<postcode>", postcodes after a masked town and a full stop.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility, check digits) and its independence from probes 1-20 (template kinds, name words, towns,
streets). Probe 21 was written at the same time and is not compared. Two known defects, found by these
checks after the measurement and left as they are so the pinned corpus stays the measured one: the Nigerian
given names Ikenna and Somtochukwu are also in earlier probes' lists, and the given name Philomène is a word
of the street "chemin du Rang Sainte-Philomène" (each occurrence is labelled; `problems` finds no ambiguity).
"""

from __future__ import annotations

import re

import pytest

from tests.engine.probe.run_probe import ProbeResult, assert_not_worse, earlier_probe_overlap, name_words
from tests.engine.probe22 import ids, people
from tests.engine.probe22.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe22.run_probe import crashes, run

LEAK_CEILING = 0.04  # 2.07% (13/628) on seed 1 after the fixes (5.25% when written)
STRICT_CEILING = 0.04  # whole + partial: 2.07% (5.41% when written)
OVERMASK_CEILING = 0.01  # 0.00% (0/270) after the fixes (3.33% when written)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {"DATE", "PHONE", "FAX", "MRN", "EMAIL", "HEALTH_PLAN", "ACCOUNT", "AGE", "SSN", "IP", "URL", "ID"}
KNOWN_CRASHES: set[str] = set()
SHAPES = {
    ("SSN", r"\d{3}-\d\d-\d{4}"): ids.ssn_valid,
    ("ID", r"\d{3} \d{3} \d{4}"): ids.nhs_valid,
    ("ID", r"\d{7}[A-W]"): ids.ppsn_valid,
    ("ID", r"\d{3}\.\d{3}\.\d{3}-\d\d"): ids.cpf_valid,
    ("ID", r"\d{4} \d{4} \d{4}"): ids.aadhaar_valid,
    ("ID", r"\d{8}[A-Z]"): ids.dni_valid,
    ("HEALTH_PLAN", r"\d{4}-\d{3}-\d{3}-[A-Z]{2}"): ids.luhn_valid,
}


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _places() -> tuple[set[str], set[str]]:
    return {t for c in people.PLACES.values() for t, _, _ in c.towns}, {
        s for c in people.PLACES.values() for s in c.streets
    }


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 500 and sum(len(d.keep) for d in corpus) >= 150
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 10 and len(d.keep) >= 4 for d in corpus)
        assert not any(c in d.content for d in corpus for c in "«»‹›")
        assert len({d.loc for d in corpus}) >= 6
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "MRN", "SSN"}
    assert types >= {"HEALTH_PLAN", "ACCOUNT", "URL", "IP"}


def test_conversion_shapes_are_present() -> None:
    text = "".join(d.content for d in make_corpus(1))
    for marker in ("Page 2 of 3 — ", "FAX#:", "____", "P A T I E N T", "<patientRole>", "birthTime value=",
                   "tel:", "&amp;", "|-----|", "\\rtf1", "> Hi Dr. ", "wrote:", "---------- Forwarded",
                   "[test_patient]", "patient_mrn,", "\t", "consul-\ntation", "CMS-1500",
                   "UB-04"):  # fmt: skip
        assert marker in text, marker


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind, name word, town or street of probes 1-20 is reused."""
    kinds = {t[0] for t in TEMPLATES}
    towns, streets = _places()
    from tests.engine.probe18.corpus import TEMPLATES as TEMPLATES18

    assert not kinds & {t[0] for t in TEMPLATES18}  # probe 18 draws its people from Faker: no lists
    mods = ["probe", *(f"probe{i}" for i in range(2, 18)), "probe19", "probe20"]
    # known: two Nigerian given names added to the lists unchecked are also in earlier probes; found after
    # the measurement, left in place so the pinned corpus stays the measured one
    overlap = earlier_probe_overlap(mods, kinds, _name_words(), towns, streets) - {"ikenna", "somtochukwu"}
    assert not overlap, sorted(overlap)


def test_names_never_look_like_keep_words_or_places() -> None:
    words = _name_words()
    keep = name_words([k for s in (1, 2, 3) for d in make_corpus(s) for k in d.keep])
    assert not words & keep, sorted(words & keep)
    towns, streets = _places()
    # known, harmless: the given name Philomène and the street "chemin du Rang Sainte-Philomène" (every
    # occurrence of either is inside its own label, which `problems` checks)
    clash = words & name_words(list(towns | streets)) - {"philomène"}
    assert not clash, sorted(clash)


def test_identifiers_carry_valid_check_digits() -> None:
    seen = set()
    for seed in (1, 2, 3):
        for d in make_corpus(seed):
            for type_, value in d.phi:
                for (t, shape), ok in SHAPES.items():
                    if t == type_ and re.fullmatch(shape, value):
                        assert ok(value), (d.id, type_, value)
                        seen.add((t, shape))
    assert ("SSN", r"\d{3}-\d\d-\d{4}") in seen


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
        min_phi=500,
        min_keep=150,
        clean=CLEAN,
    )
