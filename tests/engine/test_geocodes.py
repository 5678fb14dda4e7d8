"""Geography below the state that is no postal address (geocodes.py): coordinates in several notations, road
scenes, census and election units, a county named before its word. Values of our own."""

from __future__ import annotations

import pytest

from phigate.engine import Masker


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Scene at 41°52'03.1\"N 87°37'40.2\"W per dispatch.", "41°52'03.1\"N 87°37'40.2\"W"),
        ("GPS N44 12.406, W103 41.022 from the handset.", "N44 12.406, W103 41.022"),
        ("Home check-in: lat 44.2068 / lon -103.6837.", "44.2068"),
        ("Gate code at Plus Code 86HJW8GV+QR, blue mailbox.", "86HJW8GV+QR"),
        ("Caller gave what3words ///lantern.pebble.orchard for the barn.", "///lantern.pebble.orchard"),
        ("MVC at mile marker 311 on County Road K17, rollover.", "mile marker 311 on County Road K17"),
        ("Food pantry in Ward 6 Precinct 3 on Saturdays.", "Ward 6 Precinct 3"),
        ("Home in Census Tract 4412.07 per the SDOH screen.", "4412.07"),
        ("Born in County Roscommon, moved to Co. Sligo in 1990.", "Roscommon"),
        ("Born in County Roscommon, moved to Co. Sligo in 1990.", "Sligo"),
        ("Summons from the Circuit Court of McAllister County.", "McAllister"),
    ],
)
def test_geography_below_the_state_is_masked(masker: Masker, text: str, value: str) -> None:
    out = masker.mask_text(text).document
    assert value not in out, out
    assert "[ADDRESS]" in out


@pytest.mark.parametrize(
    "text",
    ["Ward 4 had three open beds.", "Tract of 5 mg per day.", "Brackwell Feed Co. Limited invoices.",
     "County Court hearing set for Monday.", "Pain 7/10 at 3:15 today."],
)
def test_ordinary_words_beside_geography_cues_stay(masker: Masker, text: str) -> None:
    assert masker.mask_text(text).document == text
