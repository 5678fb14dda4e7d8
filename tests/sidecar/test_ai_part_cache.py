"""Prompt parts masked once per grant session and reused when the agent resends the conversation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from phigate_sidecar.ai.part_cache import PartCache
from phigate_sidecar.ai.prompt import tokenizing
from phigate_sidecar.ai.vaults import GrantVaults

from phigate.api.policy import Masking
from phigate.engine import Masker, TokenVault, compile_plan
from phigate.engine.types import MaskResult

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
# synthetic values only
NOTE = "Discharge summary for Ottilie Brannigan-Oduya, born 03/14/1931, phone (617) 555-0142, MRN 77120934."
OTHER = "Follow-up call with Casimir Wendeborn on 2024-02-11 about his INR; reach him at 555-201-7788 today."


def _masker() -> Masker:
    return Masker(compile_plan(tokenizing(Masking())), vault=TokenVault())


def _counting(masker: Masker) -> tuple[list[str], object]:
    calls: list[str] = []

    def mask(text: str) -> MaskResult:
        calls.append(text)
        return masker.mask_text(text)

    return calls, mask


def test_a_resent_part_is_masked_once_and_reused_identically() -> None:
    masker = _masker()
    calls, mask = _counting(masker)
    cached, reused = PartCache().masking("policy-1", mask)
    first = cached(NOTE)
    again = cached(NOTE)
    assert calls == [NOTE] and reused() == 1
    assert again.document == first.document and "Brannigan" not in again.document
    spans = [(f.type, f.start, f.end) for f in first.findings]
    assert spans and [(f.type, f.start, f.end) for f in again.findings] == spans
    assert again.findings is not first.findings  # callers may extend their own list
    # the same as masking it again with the session's vault: placeholders are the vault's, not the cache's
    assert masker.mask_text(NOTE).document == first.document


def test_policy_change_and_other_text_miss() -> None:
    masker = _masker()
    calls, mask = _counting(masker)
    cache = PartCache()
    a, _ = cache.masking("policy-1", mask)
    b, reused_b = cache.masking("policy-2", mask)
    a(NOTE)
    b(NOTE)
    a(OTHER)
    assert calls == [NOTE, NOTE, OTHER] and reused_b() == 0
    assert cache.hits == 0 and cache.misses == 3


def test_short_parts_are_not_kept() -> None:
    masker = _masker()
    calls, mask = _counting(masker)
    cache = PartCache(min_chars=64)
    cached, reused = cache.masking("p", mask)
    cached("Hi Ottilie")
    cached("Hi Ottilie")
    assert len(calls) == 2 and reused() == 0 and len(cache) == 0


def test_bounded_in_bytes_least_recently_used_goes_first() -> None:
    masker = _masker()
    calls, mask = _counting(masker)
    one = len(masker.mask_text(NOTE).document.encode())
    cache = PartCache(max_bytes=2 * (one + 64 * 8), min_chars=10)
    cached, _ = cache.masking("p", mask)
    texts = [f"{NOTE} Visit {i}." for i in range(4)]
    for t in texts:
        cached(t)
    assert 1 <= len(cache) <= 2 and cache.bytes <= cache.max_bytes
    calls.clear()
    cached(texts[-1])  # the newest stays
    cached(texts[0])  # the oldest was evicted
    assert calls == [texts[0]]


def test_no_raw_prompt_text_is_held() -> None:
    cache = PartCache()
    cached, _ = cache.masking("p", _masker().mask_text)
    cached(NOTE)
    cached(OTHER)
    held = repr(list(cache._entries.items()))
    for value in ("Ottilie", "Brannigan", "03/14/1931", "555-0142", "77120934", "Casimir", "Wendeborn"):
        assert value not in held
    assert all(isinstance(k, bytes) and len(k) == 20 for k in cache._entries)
    # keyed per session: another cache's digest of the same text differs
    assert PartCache()._digest("p", NOTE) != cache._digest("p", NOTE)


def test_a_session_that_ends_drops_its_parts() -> None:
    vaults = GrantVaults()
    s = vaults.session("g1", T0 + timedelta(hours=1), T0)
    cached, _ = s.parts.masking("p", _masker().mask_text)
    cached(NOTE)
    assert len(s.parts) == 1
    vaults.sweep(T0 + timedelta(hours=2))
    assert len(s.parts) == 0 and s.vault.destroyed
    assert vaults.session("g1", T0 + timedelta(hours=3), T0 + timedelta(hours=2)).parts is not s.parts
