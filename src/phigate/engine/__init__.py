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
"""
