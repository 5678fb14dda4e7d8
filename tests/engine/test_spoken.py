"""PHI written to dodge patterns (spoken.py, register_names.py and normalize's folds): digits as words or
one by one, spelled with a phonetic alphabet, defanged and spoken e-mails, IPs and links, spaced dates, a
Roman month, ages over 89 in words, quoted nicknames and register name shapes. Values of our own."""

from __future__ import annotations

import pytest

from phigate.engine import Masker


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Caller gave zip oh three eight one five for the file.", "oh three eight one five", "ZIP"),
        ("ssn ends three one five nine per the caller", "three one five nine", "SSN"),
        ("member ID Q as in quebec, 4, 0, 1, 9, 0, 8 verified", "4, 0, 1, 9, 0, 8", "HEALTH_PLAN"),
        ("alt 483, then 912, then 6051 (spouse)", "483, then 912, then 6051", "PHONE"),
        ("update e-mail to odessa dot brant at mailbox dot co dot uk today", "odessa dot brant", "EMAIL"),
        ("write to obrant77 [at] example [dot] org please", "obrant77", "EMAIL"),
        ("use odessa.brant @ outlook . com for updates", "odessa.brant", "EMAIL"),
        ("contact: odessa.brant(at)example.org", "odessa.brant", "EMAIL"),
        ("Logged in from 83 dot 142 dot 217 dot 59 on Monday", "83 dot 142", "IP"),
        ("client IP 185[.]206[.]94[.]117 flagged", "185[.]206", "IP"),
        ("see hxxps://portal-brant[.]org/records/446829 now", "portal-brant", "URL"),
        ("profile linkedin dot com slash in slash odessa-brant-61", "odessa-brant-61", "URL"),
        ("SSN 7 3 4 - 0 8 - 2 6 1 9 on the form", "7 3 4 - 0 8", "SSN"),
        ("moved to 0 3 / 0 8 / 2 0 1 9 after the visit", "0 3 / 0 8", "DATE"),
        ("home visit 11 - 24 - 2018 done", "11 - 24", "DATE"),
        ("born 7.IV.1983 in the north", "7.IV.1983", "DATE"),
        ("DOB may twentieth nineteen fifty-five", "may twentieth", "DATE"),
        ("my appt is 3.11.23 right?", "3.11.23", "DATE"),
        ("mother Odessa Brant, ninety-seven, also a member", "ninety-seven", "AGE"),
        ("grandpa (ninety-one) called back", "ninety-one", "AGE"),
        ('Visit by Odessa "Tinkbell" Brantley-Moor, Saturday.', "Tinkbell", "NAME"),
        ("Forwarding for Quenby, Levanor B. (dob 1969)", "Quenby, Levanor B.", "NAME"),
        ("Upload scan for KONTOVELIS, Charalampos (DOB 1970)", "KONTOVELIS", "NAME"),
        ("Caller identified as losane tuivaka; verified.", "losane tuivaka", "NAME"),
        ("next of kin 947_318_2265 on file", "947_318_2265", "PHONE"),
        ("clinic | f: 258~694~3017", "258~694~3017", "FAX"),
        ("my cell is 317 four six eight, 1942 today", "three eight four", "PHONE"),
        ("Caller read DOB as oh-two, sixteen, fifty-three.", "oh-two, sixteen", "DATE"),
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
