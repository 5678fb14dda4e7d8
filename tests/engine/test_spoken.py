"""PHI written to dodge patterns (spoken.py, register_names.py and normalize's folds): digits as words or
one by one, spelled with a phonetic alphabet, defanged and spoken e-mails, IPs and links, spaced dates, a
Roman month, ages over 89 in words, quoted nicknames and register name shapes. Values of our own."""

from __future__ import annotations

import pytest

from phigate.engine import Masker


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Caller gave zip oh four six two seven for the file.", "oh four six two seven", "ZIP"),
        ("ssn ends two four six seven per the caller", "two four six seven", "SSN"),
        ("member ID Q as in quebec, 4, 0, 1, 9, 0, 8 verified", "4, 0, 1, 9, 0, 8", "HEALTH_PLAN"),
        ("alt 554, then 670, then 7997 (spouse)", "554, then 670, then 7997", "PHONE"),
        ("update e-mail to odessa dot brant at mailbox dot co dot uk today", "odessa dot brant", "EMAIL"),
        ("write to obrant77 [at] example [dot] org please", "obrant77", "EMAIL"),
        ("use odessa.brant @ outlook . com for updates", "odessa.brant", "EMAIL"),
        ("contact: odessa.brant(at)example.org", "odessa.brant", "EMAIL"),
        ("Logged in from 97 dot 151 dot 120 dot 168 on Monday", "97 dot 151", "IP"),
        ("client IP 172[.]198[.]138[.]244 flagged", "172[.]198", "IP"),
        ("see hxxps://portal-brant[.]org/records/446829 now", "portal-brant", "URL"),
        ("profile linkedin dot com slash in slash odessa-brant-61", "odessa-brant-61", "URL"),
        ("SSN 8 8 6 - 0 5 - 5 9 5 2 on the form", "8 8 6 - 0 5", "SSN"),
        ("moved to 0 2 / 0 6 / 2 0 2 4 after the visit", "0 2 / 0 6", "DATE"),
        ("home visit 10 - 19 - 2023 done", "10 - 19", "DATE"),
        ("born 4.IV.1986 in the north", "4.IV.1986", "DATE"),
        ("DOB may twentieth nineteen fifty-five", "may twentieth", "DATE"),
        ("my appt is 1.12.24 right?", "1.12.24", "DATE"),
        ("mother Odessa Brant, ninety-seven, also a member", "ninety-seven", "AGE"),
        ("grandpa (ninety-one) called back", "ninety-one", "AGE"),
        ('Visit by Odessa "Tinkbell" Brantley-Moor, Saturday.', "Tinkbell", "NAME"),
        ("Forwarding for Quenby, Levanor B. (dob 1969)", "Quenby, Levanor B.", "NAME"),
        ("Upload scan for KONTOVELIS, Charalampos (DOB 1970)", "KONTOVELIS", "NAME"),
        ("Caller identified as losane tuivaka; verified.", "losane tuivaka", "NAME"),
        ("next of kin 968_426_1221 on file", "968_426_1221", "PHONE"),
        ("clinic | f: 269~885~0712", "269~885~0712", "FAX"),
        ("my cell is 221 three eight four, 2587 today", "three eight four", "PHONE"),
        ("Caller read DOB as oh-one, twenty, forty-five.", "oh-one, twenty", "DATE"),
        ("address to number sixty-four on Quarrel Terrace, ok", "sixty-four on Quarrel Terrace", "ADDRESS"),
        ("new addr 96 lanternfly st near the mill", "96 lanternfly st", "ADDRESS"),
        ("N a m e :  t a v i t a   o r l e n k o v a", "t a v i t a", "NAME"),
    ],
)
def test_dodged_phi_is_masked(masker: Masker, text: str, value: str, kind: str) -> None:
    r = masker.mask_text(text)
    assert value not in r.document, r.document
    assert any(f.type.value == kind for f in r.findings), [(f.type.value, f.detector) for f in r.findings]


@pytest.mark.parametrize(
    "text",
    [
        "Take one or two tablets, three times a day for five days.",
        "Dx: COPD, Asthma. HTN, Diabetes. Heart, Failure A.",
        "Identification (MALDI-TOF, Bruker Biotyper): Haemophilus influenzae",
        "Pain 1 2 3 on the scale; grade a b c d e.",
        "He said \"Yes\" Then left. You may first call the desk.",
        "BP 120/80, then 130/85, then 125/80.",
        "meet at home; the site at work dot",
        "N e x t   o f   k i n :  none",
        "@lru_cache(maxsize=1) and @pytest.mark.parametrize",
    ],
)
def test_ordinary_text_near_dodge_shapes_stays(masker: Masker, text: str) -> None:
    assert masker.mask_text(text).document == text
