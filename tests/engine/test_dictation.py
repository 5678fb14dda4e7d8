"""Dictated notes: clinicians before their degree, typists' initials and logins, pagers, job numbers,
dates without their year -- and the fractions, titres, doses and scores that look like dates."""

from __future__ import annotations

import pytest

from phigate.api.policy import Masking
from phigate.engine import Masker, TokenVault, compile_plan

CASES = [
    # (text, must be gone, must stay)
    ("Pathologist: Ofa Tuilagi, M.D.\nASSISTANT: Bakari Msuya, MD\nLeota Sapolu, RN, BSN   pager 3-6245",
     ["Ofa Tuilagi", "Bakari Msuya", "Leota Sapolu", "3-6245"], ["M.D.", "RN, BSN"]),
    ("Referring: C. Bream, MD. -- Sione R. Vaka, RN. Hepatitis B. Patient reports pain.",
     ["Bream", "Sione", "Vaka"], ["Hepatitis B. Patient reports pain"]),
    ("TR: qkd\nTranscribed by: zhr  2010\nGross by vnm. Technologist: eq67. Note authored by: tgeorg9",
     ["qkd", "zhr", "vnm", "eq67", "tgeorg9"], ["Technologist"]),
    ("MyChart user tmalu42 unlocked. Pager 76326. D: 2017  T: 2017  J#: 96702\nagree, see him.\n-- xqm\n",
     ["tmalu42", "76326", "96702", "xqm"], ["agree, see him"]),
    ("hospital day 3 (1/17) had TTE; last transmission 4/7; to start 8/8; qHS 4/24 by the team; On 12/25",
     ["1/17", "4/7", "8/8", "4/24", "12/25"], ["hospital day 3"]),
    ("pain 7/10, ANA 1/160, amlodipine/benazepril 5/20 mg, BP 120/80, tabs 1/2, strength 4/5, 2/3 of them",
     [], ["7/10", "1/160", "5/20 mg", "120/80", "1/2", "4/5", "2/3"]),
    ("SSN ending 6844; the year ending 2024; Heart Failure, MD clinic", ["6844"], ["2024", "Heart Failure"]),
    # lower-case names after a chat's speaker, a relative or a doctor; a register's name before prose
    ("user: tevita mahe, 1986\nuser: hey its losana again\ncalling for my mum ana fifita. for doctor vaipulu",
     ["tevita mahe", "losana", "ana fifita", "vaipulu"], ["calling for my mum"]),
    ("[13:46] agent 310: TAUFA-MOALA, SIONE failed verification", ["TAUFA", "SIONE"],
     ["failed verification"]),
    # a patient's town in the history's first line; "Surname, Given (DOB"; the payer before its number;
    # a device's model is no serial
    ("A 61-year-old man from Tamworthy with COPD. A 50-year-old woman from Texas.", ["Tamworthy"], ["Texas"]),
    ("Lemalu, Sefo (DOB: 1974)\nInsurance: Medicare 3T59WK4HN27\nDevice: Acme Pulse 8 DR-T pacemaker",
     ["Lemalu", "Sefo", "3T59WK4HN27"], ["Medicare", "Pulse 8 DR-T"]),
    # analytes without a unit, GCS parts, nursing homes, apps, territories stay
    ("Na 134, K 3.9, Hgb 10.2; GCS E4V5M6; to Quincy Bay Skilled Nursing; via Healow; moved from Puerto Rico",
     [], ["Na 134", "K 3.9", "E4V5M6", "Quincy Bay", "Healow", "Puerto Rico"]),
]


@pytest.fixture(scope="module")
def masker() -> Masker:
    return Masker(compile_plan(Masking()), TokenVault())


@pytest.mark.parametrize(("text", "gone", "kept"), CASES, ids=[c[0][:40] for c in CASES])
def test_dictation_identifiers(masker: Masker, text: str, gone: list[str], kept: list[str]) -> None:
    out = masker.mask_text(text).document
    for value in gone:
        assert value not in out, (value, out)
    for value in kept:
        assert value in out, (value, out)
