"""A person's online identifiers without a scheme (online.py) and logins by their key. Values of our own."""

from __future__ import annotations

import pytest

from phigate.engine import Masker


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her Instagram (instagram.com/marisol.trail.22) shows the wound.", "marisol.trail.22"),
        ("Profile: linkedin.com/in/odell-brackett-7x2k still lists the job.", "odell-brackett-7x2k"),
        ("Fundraiser at gofundme.com/f/help-odell-heal is live.", "help-odell-heal"),
        ("TikTok (tiktok.com/@marisol_trail) posted the photos.", "marisol_trail"),
        ("Her handle @marisol.trail.22 was tagged.", "@marisol.trail.22"),
        ("IG: @odell_b22 per the sister.", "@odell_b22"),
        ("2018-06-11 login OK user=obrack77 src=10.1.2.3", "obrack77"),
        ('{"caregiver_login": "marisol.t.418"}', "marisol.t.418"),
        ("[09:15] @odell_b77: try the desk, or DM @mari_t22 on the portal", "@odell_b77"),
        ("[09:15] @odell_b77: try the desk, or DM @mari_t22 on the portal", "@mari_t22"),
        ("his sister (mari.trail.35 on insta) visits weekly", "mari.trail.35"),
    ],
)
def test_online_identifiers_are_masked(masker: Masker, text: str, value: str) -> None:
    assert value not in masker.mask_text(text).document


def test_a_login_field_is_masked_in_json(masker: Masker) -> None:
    doc = {"member": {"caregiver_login": "marisol.t.418", "ReceiptHandle": "9f0c1e77ab"}}
    out = masker.mask_json(doc).document
    assert out == {"member": {"caregiver_login": "[ID]", "ReceiptHandle": "9f0c1e77ab"}}


@pytest.mark.parametrize(
    "text",
    ["DATABASE_URL user=postgres host=db", "Reply to @channel in Slack.", "See the Instagram guidance page.",
     "docker image tag v1.2.3 pushed", "@nurse.desk: ok, @here"],
)
def test_service_accounts_and_mentions_stay(masker: Masker, text: str) -> None:
    assert masker.mask_text(text).document == text
