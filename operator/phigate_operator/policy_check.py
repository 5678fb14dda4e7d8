"""Validate a PHIPolicy beyond its schema (pure; the only I/O is the injected secret lookup).

The CRD schema catches shapes; this catches what would make the sidecar misbehave: regexes that do
not compile, block rules naming unknown destinations, malformed selectors, referenced Secrets that do
not exist. Every error names its field (`spec.requestRules.block[0].pathRegex: ...`) so the Invalid
condition tells the platform engineer exactly what to fix.
"""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from phigate.api.policy import PHIPolicy

LABEL_KEY = re.compile(
    r"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"
)
LABEL_VALUE = re.compile(r"^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$")

# secret name -> keys present (None: Secret missing)
SecretLookup = Callable[[str], "Iterable[str] | None"]


@dataclass
class PolicyCheck:
    """The outcome of checking one PHIPolicy object."""

    name: str
    policy: PHIPolicy | None
    errors: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return self.policy is not None and not self.errors

    @property
    def message(self) -> str:
        return "; ".join(self.errors)


def format_loc(loc: Iterable[Any]) -> str:
    """('spec', 'destinations', 0, 'host') -> 'spec.destinations[0].host'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _pydantic_errors(exc: ValidationError) -> list[str]:
    errors = []
    for err in exc.errors():
        loc = format_loc(err["loc"])
        msg = err["msg"]
        # model_validator errors carry their own field path in the message ("destinations[1].name: ...")
        if msg.startswith("Value error, "):
            msg = msg.removeprefix("Value error, ")
            if ":" in msg.split(" ", 1)[0]:
                errors.append(f"{loc}.{msg}" if loc else msg)
                continue
        errors.append(f"{loc}: {msg}" if loc else msg)
    return errors


def _wire(body: Mapping[str, Any]) -> dict[str, Any]:
    """Only what the model describes: status and server-set metadata are not the user's to validate."""
    meta = dict(body.get("metadata") or {})
    return {
        "apiVersion": body.get("apiVersion", "phigate.io/v1alpha1"),
        "kind": body.get("kind", "PHIPolicy"),
        "metadata": meta,
        "spec": body.get("spec"),
    }


def _regex_error(pattern: str) -> str | None:
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"does not compile: {exc}"
    return None


def _selector_errors(spec: dict[str, Any]) -> list[str]:
    sel = spec.get("podSelector") or {}
    errors = []
    for k, v in (sel.get("matchLabels") or {}).items():
        if not LABEL_KEY.match(k):
            errors.append(f"spec.podSelector.matchLabels: invalid label key {k!r}")
        if not isinstance(v, str) or not LABEL_VALUE.match(v):
            errors.append(f"spec.podSelector.matchLabels[{k}]: invalid label value {v!r}")
    for i, req in enumerate(sel.get("matchExpressions") or []):
        where = f"spec.podSelector.matchExpressions[{i}]"
        if not LABEL_KEY.match(req.get("key", "")):
            errors.append(f"{where}.key: invalid label key {req.get('key')!r}")
        values = req.get("values") or []
        if req.get("operator") in ("In", "NotIn") and not values:
            errors.append(f"{where}.values: must be non-empty for operator {req['operator']}")
        if req.get("operator") in ("Exists", "DoesNotExist") and values:
            errors.append(f"{where}.values: must be empty for operator {req['operator']}")
        for v in values:
            if not LABEL_VALUE.match(str(v)):
                errors.append(f"{where}.values: invalid label value {v!r}")
    return errors


def _semantic_errors(policy: PHIPolicy) -> list[str]:
    spec = policy.spec
    errors: list[str] = []
    names = [d.name for d in spec.destinations]
    for i, pat in enumerate(spec.masking.patterns or []):
        if err := _regex_error(pat.regex):
            errors.append(f"spec.masking.patterns[{i}].regex: {err}")
    rules = spec.request_rules
    for i, rule in enumerate(rules.block or []):
        if rule.path_regex and (err := _regex_error(rule.path_regex)):
            errors.append(f"spec.requestRules.block[{i}].pathRegex: {err}")
        for d in rule.destinations or []:
            if d not in names:
                errors.append(f"spec.requestRules.block[{i}].destinations: no destination named {d!r}")
    for i, risk in enumerate(rules.risk or []):
        if risk.path_regex and (err := _regex_error(risk.path_regex)):
            errors.append(f"spec.requestRules.risk[{i}].pathRegex: {err}")
        if (risk.query_param is None) != (risk.greater_than is None):
            errors.append(f"spec.requestRules.risk[{i}]: queryParam and greaterThan go together")
    for i, d in enumerate(spec.destinations):
        if d.mcp is not None and d.kind.value != "mcp":
            errors.append(f"spec.destinations[{i}].mcp: only allowed for kind mcp (kind is {d.kind.value})")
    if not errors:
        errors += _engine_errors(policy)
    return errors


def _engine_errors(policy: PHIPolicy) -> list[str]:
    """Compile the masking plan with the engine the sidecar uses, when the engine is installed."""
    if _ENGINE_OUT_OF_PROCESS:
        return _engine_errors_out_of_process(policy.spec.masking.model_dump_json(by_alias=True))
    try:
        from phigate.engine import compile_plan  # type: ignore[attr-defined]
    except ImportError:
        return []
    try:
        compile_plan(policy.spec.masking, hash_key=b"\0" * 32)
    except Exception as exc:  # the engine names the offending rule; keep its words
        return [f"spec.masking: {exc}"]
    return []


# The operator checks masking plans in a child process: the engine's compiled detectors are ~20 MB the
# operator would otherwise keep for its whole life (measured: 104 -> 126 MB RSS) only to say "valid".
# Results are cached per masking spec, so a spec is compiled once however many policies share it.
_ENGINE_OUT_OF_PROCESS = False
_ENGINE_CHECK_TIMEOUT_S = 120.0
_engine_cache: dict[str, list[str]] = {}
_engine_lock = threading.Lock()
_ENGINE_SCRIPT = """
import sys
from phigate.api.policy import Masking
try:
    from phigate.engine import compile_plan
except ImportError:
    sys.exit(0)
try:
    compile_plan(Masking.model_validate_json(sys.stdin.read()), hash_key=bytes(32))
except Exception as exc:
    print(exc)
    sys.exit(3)
"""


def check_masking_out_of_process(enabled: bool = True) -> None:
    """Switch the engine check to a child process (the operator does; CLIs keep it in process)."""
    global _ENGINE_OUT_OF_PROCESS
    _ENGINE_OUT_OF_PROCESS = enabled


def _engine_errors_out_of_process(masking_json: str) -> list[str]:
    with _engine_lock:  # one child at a time: concurrent checks of one spec then hit the cache
        if masking_json in _engine_cache:
            return list(_engine_cache[masking_json])
        try:
            proc = subprocess.run(
                [sys.executable, "-c", _ENGINE_SCRIPT],
                input=masking_json,
                capture_output=True,
                text=True,
                timeout=_ENGINE_CHECK_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            # Not cached: the next sync retries. Until then the policy is Invalid (its pods denied).
            return [f"spec.masking: could not be checked ({type(exc).__name__}); retried at the next sync"]
        if proc.returncode == 0:
            errors: list[str] = []
        elif proc.returncode == 3:
            errors = [f"spec.masking: {proc.stdout.strip()}"]
        else:
            tail = (proc.stderr.strip().splitlines() or ["no output"])[-1][:300]
            return [f"spec.masking: could not be checked (engine exited {proc.returncode}: {tail})"]
        _engine_cache[masking_json] = errors
        return list(errors)


def secret_refs(policy: PHIPolicy) -> list[tuple[str, str, str]]:
    """(field, secret name, key) for every Secret the policy references."""
    refs = []
    for i, d in enumerate(policy.spec.destinations):
        if d.credentials is not None:
            ref = d.credentials.secret_ref
            refs.append((f"spec.destinations[{i}].credentials.secretRef", ref.name, ref.key))
    if policy.spec.masking.hash_key_ref is not None:
        ref = policy.spec.masking.hash_key_ref
        refs.append(("spec.masking.hashKeyRef", ref.name, ref.key))
    return refs


def check_policy(body: Mapping[str, Any], secrets: SecretLookup | None = None) -> PolicyCheck:
    """Validate one PHIPolicy body; `secrets` looks up a Secret's keys (skipped when None)."""
    name = str((body.get("metadata") or {}).get("name") or "")
    spec = body.get("spec")
    if not isinstance(spec, dict):
        return PolicyCheck(name, None, ["spec: required and must be an object"])
    selector_errors = _selector_errors(spec)
    try:
        policy = PHIPolicy.model_validate(_wire(body))
    except ValidationError as exc:
        return PolicyCheck(name, None, selector_errors + _pydantic_errors(exc))
    errors = selector_errors + _semantic_errors(policy)
    if secrets is not None:
        for where, secret, key in secret_refs(policy):
            keys = secrets(secret)
            if keys is None:
                errors.append(f"{where}.name: Secret {secret!r} not found in namespace")
            elif key not in set(keys):
                errors.append(f"{where}.key: Secret {secret!r} has no key {key!r}")
    return PolicyCheck(name, policy, errors)
