"""The PHI masking engine: pure Python, imports neither kopf nor mitmproxy.

Public API (other components code against exactly this):

    from phigate.engine import compile_plan, Masker, TokenVault, MaskResult, Finding, EngineError

    plan = compile_plan(policy_spec.masking, hash_key=b"...")   # MaskingPlan, immutable, reusable
    masker = Masker(plan, vault=TokenVault())                  # vault only needed for `tokenize`
    masker.mask_text(str) -> MaskResult(document=str, findings=[...])
    masker.mask_json(value) -> MaskResult(document=<same JSON structure>, findings=[...])
    masker.mask_bytes(data, content_type=None) -> MaskResult(document=bytes, ...)
        # JSON / NDJSON / text, sniffed when the content type lies; raises EngineError for binary,
        # non-UTF-8 or unparseable input (callers fail closed).
    masker.mask_text_stream(chunks: Iterable[str]) -> Iterator[MaskResult]
        # bounded memory; values split across chunk boundaries are still caught

    vault.placeholder(type, value) -> "<NAME_1>"; vault.reveal("<NAME_1>"); vault.reveal_text(s); vault.destroy()

Without a vault, a plan that uses `tokenize` gets a private vault per Masker. See docs/masking.md.
"""  # noqa: E501

from phigate.engine.masker import Masker
from phigate.engine.plan import MaskingPlan, compile_plan
from phigate.engine.types import EngineError, Finding, MaskResult
from phigate.engine.vault import TokenVault

__all__ = ["EngineError", "Finding", "MaskResult", "Masker", "MaskingPlan", "TokenVault", "compile_plan"]
