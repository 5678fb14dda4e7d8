"""compile_plan: a policy's `masking` section -> an immutable, reusable MaskingPlan."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from phigate.api.identifiers import Action, IdentifierType
from phigate.api.policy import Masking
from phigate.engine import (
    dictation,
    employers,
    geocodes,
    issued_ids,
    online,
    register_names,
    spoken,
    workstation,
)
from phigate.engine.actions import RESTRICTED_ZIP3
from phigate.engine.names import NameFinder
from phigate.engine.patterns import LATE_SPECS, SPECS, PatternSpec
from phigate.engine.scanner import Scanner

T = IdentifierType
TEXT_TYPES = frozenset(t for t in T if t not in (T.IMAGE, T.BIOMETRIC))


@dataclass(frozen=True, slots=True)
class FieldSelector:
    """A compiled `masking.fields` rule."""

    resource: str | None  # "Patient" for resource-rooted paths
    keys: tuple[str, ...]  # key path (array indices ignored)
    type: IdentifierType
    action: Action | None
    source: str  # the rule as written, for findings

    def matches(self, resource: str | None, keypath: tuple[str, ...]) -> bool:
        if self.resource is not None:
            return resource == self.resource and keypath == self.keys
        n = len(self.keys)
        return len(keypath) >= n and keypath[-n:] == self.keys


@dataclass(frozen=True)
class MaskingPlan:
    """Everything a Masker needs; build once per policy (compiling patterns is the costly part)."""

    enabled: frozenset[IdentifierType]
    actions: dict[IdentifierType, Action]
    default_action: Action
    fields: tuple[FieldSelector, ...]
    allow: frozenset[str]
    restricted_zip3: frozenset[str]
    hash_key: bytes | None = field(repr=False)
    fhir: bool
    free_text: bool
    withhold_binary: bool
    scanner: Scanner = field(repr=False)
    custom_scanner: Scanner | None = field(repr=False)
    names: NameFinder | None = field(repr=False)
    custom_actions: dict[str, Action] = field(default_factory=dict)
    # (resource type, key path) -> the field rule that applies, shared by every JsonMasker of this plan:
    # per document it was rebuilt for each request (~380 rule checks per 7 kB Bundle). Entries are
    # deterministic, so concurrent maskers filling it race harmlessly.
    field_rules: dict[tuple[str | None, tuple[str, ...]], FieldSelector | None] = field(
        default_factory=dict, repr=False, compare=False
    )

    def action_for(self, t: IdentifierType, detector: str | None = None) -> Action:
        if detector is not None and detector in self.custom_actions:
            return self.custom_actions[detector]
        return self.actions.get(t, self.default_action)

    def uses(self, action: Action) -> bool:
        return (
            self.default_action is action
            or action in self.actions.values()
            or action in self.custom_actions.values()
            or any(f.action is action for f in self.fields)
        )


def _parse_field(i: int, path: str, t: IdentifierType, action: Action | None) -> FieldSelector:
    parts = [p for p in re.split(r"\.", path.strip())]
    if any(not p or not re.fullmatch(r"[A-Za-z_$][\w\-$]*(?:\[\d*\])?", p) for p in parts):
        raise ValueError(f"masking.fields[{i}].path: {path!r} is not a dotted field path (Patient.name or ssn)")  # noqa: E501
    parts = [re.sub(r"\[\d*\]$", "", p) for p in parts]
    if parts[0][:1].isupper() and len(parts) > 1:
        return FieldSelector(parts[0], tuple(parts[1:]), t, action, path)
    return FieldSelector(None, tuple(parts), t, action, path)


@lru_cache(maxsize=1)
def builtin_scanner() -> Scanner:
    """All built-in patterns, compiled once per process (plans filter hits by enabled type)."""
    return Scanner([
        *SPECS, *dictation.SPECS, *employers.SPECS, *geocodes.SPECS, *issued_ids.SPECS, *online.SPECS,
        *spoken.SPECS, *register_names.SPECS, *workstation.SPECS, *LATE_SPECS, *spoken.LATE_SPECS,
    ])


@lru_cache(maxsize=64)
def _custom_scanner(custom: tuple[tuple[str, str, str], ...]) -> Scanner | None:
    if not custom:
        return None
    return Scanner([PatternSpec(name, T(type_), regex, kind="custom") for name, regex, type_ in custom])


def compile_plan(masking: Masking, *, hash_key: bytes | None = None) -> MaskingPlan:
    """Compile `masking`; raises ValueError naming the offending field (`masking.patterns[0].regex: ...`)."""
    enabled = set(TEXT_TYPES) if masking.safe_harbor else set()
    actions: dict[IdentifierType, Action] = {}
    for i, rule in enumerate(masking.detectors or []):
        t = T(rule.type)
        if not rule.enabled:
            if masking.safe_harbor:
                raise ValueError(
                    f"masking.detectors[{i}].enabled: the safeHarbor preset cannot turn off the {t} detector "
                    "(set safeHarbor: false to choose detectors yourself)"
                )
            enabled.discard(t)
        else:
            enabled.add(t)
        if rule.action is not None:
            actions[t] = Action(rule.action)
    custom: list[tuple[str, str, str]] = []
    custom_actions: dict[str, Action] = {}
    for i, pat in enumerate(masking.patterns or []):
        try:
            rx = re.compile(pat.regex)
        except re.error as exc:
            raise ValueError(f"masking.patterns[{i}].regex: {exc}") from exc
        if rx.search("") is not None or rx.fullmatch(" ") is not None:
            raise ValueError(f"masking.patterns[{i}].regex: matches empty or blank text, would mask everything")  # noqa: E501
        if rx.groups and "v" not in rx.groupindex:
            pass  # unnamed groups are fine: the whole match is masked
        custom.append((pat.name, pat.regex, str(pat.type)))
        if pat.action is not None:
            custom_actions[f"custom:{pat.name}"] = Action(pat.action)
    fields = tuple(
        _parse_field(i, f.path, T(f.type), Action(f.action) if f.action else None)
        for i, f in enumerate(masking.fields or [])
    )
    plan_actions = [*actions.values(), *custom_actions.values(), masking.default_action]
    plan_actions += [f.action for f in fields if f.action]
    if Action.HASH in plan_actions and not hash_key:
        raise ValueError(
            "masking.hashKeyRef: the hash action needs an HMAC key; pass hash_key (from the secret) to compile_plan"  # noqa: E501
        )
    restricted = frozenset(masking.restricted_zip3) if masking.restricted_zip3 is not None else RESTRICTED_ZIP3  # noqa: E501
    enabled_f = frozenset(enabled)
    scanner = builtin_scanner()
    custom_scanner = _custom_scanner(tuple(custom))
    names = None
    if T.NAME in enabled_f or T.ADDRESS in enabled_f:
        names = _name_finder(T.NAME in enabled_f, T.ADDRESS in enabled_f)
    return MaskingPlan(
        enabled=enabled_f,
        actions=actions,
        default_action=Action(masking.default_action),
        fields=fields,
        allow=frozenset(a.strip() for a in (masking.allow or []) if a.strip()),
        restricted_zip3=restricted,
        hash_key=bytes(hash_key) if hash_key else None,
        fhir=masking.fhir,
        free_text=masking.free_text,
        withhold_binary=masking.withhold_binary,
        scanner=scanner,
        custom_scanner=custom_scanner,
        names=names,
        custom_actions=custom_actions,
    )


@lru_cache(maxsize=4)
def _name_finder(names: bool, places: bool) -> NameFinder:
    return NameFinder(detect_names=names, detect_places=places)
