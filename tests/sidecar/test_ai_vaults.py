"""Per-grant pseudonym vaults and the accounting of disclosures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from phigate_sidecar.ai.disclosures import disclosure_records, load_key, patient_pseudonym
from phigate_sidecar.ai.vaults import GrantVaults

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def test_same_grant_same_vault_until_expiry():
    v = GrantVaults()
    s = v.session("g1", T0 + timedelta(hours=1), T0)
    token = s.vault.placeholder("NAME", "Ines Kowalczyk")
    assert v.session("g1", T0 + timedelta(hours=1), T0 + timedelta(minutes=5)).vault is s.vault
    assert s.vault.reveal(token) == "Ines Kowalczyk"
    later = v.session("g2", T0 + timedelta(hours=3), T0 + timedelta(hours=2))  # any request sweeps
    assert later.vault is not s.vault
    assert s.vault.destroyed and s.vault.reveal(token) is None
    assert v.destroyed == ["g1"]


def test_revoked_grant_vault_destroyed_on_config():
    v = GrantVaults()
    a = v.session("a", T0 + timedelta(hours=1), T0)
    b = v.session("b", T0 + timedelta(hours=1), T0)
    pod = v.session(None, None, T0, pod="uid-1")
    assert v.sweep(T0, {"b": T0 + timedelta(hours=1)}) == ["a"]
    assert a.vault.destroyed and not b.vault.destroyed and not pod.vault.destroyed


def test_grantless_session_rotates():
    v = GrantVaults(session_ttl=timedelta(minutes=30))
    s = v.session(None, None, T0, pod="uid-1")
    assert v.session(None, None, T0 + timedelta(minutes=10), pod="uid-1") is s
    assert v.session(None, None, T0 + timedelta(minutes=31), pod="uid-1") is not s
    assert s.vault.destroyed


def test_disclosure_records_use_keyed_pseudonyms():
    key = b"k" * 32
    recs = disclosure_records(
        [("NAME", "Ines  Kowalczyk"), ("DATE", "1950-02-03"), ("NAME", "ines kowalczyk"), ("MRN", "MRN-77")],
        "anthropic",
        key,
    )
    assert recs == [f"{patient_pseudonym('NAME', 'Ines Kowalczyk', key)}|anthropic|DATE,MRN,NAME"]
    assert "Ines" not in recs[0] and "Kowalczyk" not in recs[0]
    assert patient_pseudonym("NAME", "Ines Kowalczyk", b"other" * 8) != patient_pseudonym(
        "NAME", "Ines Kowalczyk", key
    )
    assert disclosure_records([("MRN", "77")], "openai", key)[0].startswith("pt-")
    assert disclosure_records([("DATE", "2020-01-01")], "openai", key) == ["pt-unidentified|openai|DATE"]
    assert disclosure_records([], "openai", key) == []


def test_load_key(tmp_path):
    f = tmp_path / "disclosure.key"
    f.write_bytes(b"0123456789abcdef0123")
    assert load_key(f) == (b"0123456789abcdef0123", True)
    key, stable = load_key(tmp_path / "missing")
    assert len(key) == 32 and not stable
