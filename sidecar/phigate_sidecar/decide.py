"""Pure request decisions: (config, identity, request facts, now) -> Decision. No mitmproxy, no I/O.

Order of checks, first failure wins:
  1. the pod's policy exists in the config (else deny: fail closed),
  2. the destination is listed (default-deny egress),
  3. llm destinations need `baa: true` when the policy requires a BAA,
  4. block rules (method / path regex / destination),
  5. phi-source destinations need an Active grant for this service account, `expiresAt` checked on
     *our* clock,
  6. risk score (custom rules, or the built-in bulk-read rules when `requestRules.risk` is unset) at or
     over `approvalThreshold` needs an Active *elevated* grant.
`mode: Audit` turns every deny into `audit` (recorded as what would have been denied, let through).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from phigate.api.grant import GrantScope
from phigate.api.policy import Destination, DestinationKind, PolicyMode, RiskRule
from phigate.enforcement import EnforcementConfig, GrantEntry, PolicyEntry
from phigate_sidecar.identity import Identity

ALLOW = "allow"
DENY = "deny"
AUDIT = "audit"  # Audit mode: would have been denied, let through and recorded
ERROR = "error"  # the sidecar could not do its job safely (masking failed, bad upstream): 5xx

# Built-in bulk-read rules used when a policy leaves `requestRules.risk` unset.
BUILTIN_RISK_RULES: tuple[RiskRule, ...] = (
    RiskRule(name="large-count", score=60, queryParam="_count", greaterThan=100),
    RiskRule(name="bulk-export", score=100, pathRegex=r"/\$export(\b|$|/)"),
    RiskRule(name="everything", score=80, pathRegex=r"/\$everything(\b|$|/)"),
    RiskRule(name="wide-date-range", score=60, dateRangeDaysOver=365),
)

_DATE_PREFIX = re.compile(r"^(eq|ne|gt|lt|ge|le|sa|eb|ap)?(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True, slots=True)
class RequestFacts:
    """What the decision needs to know about one request; built by the addon from the flow."""

    host: str
    port: int
    method: str
    path: str  # without the query string
    query: tuple[tuple[str, str], ...] = ()
    scheme: str = "https"


@dataclass(slots=True)
class Decision:
    """The verdict for one request; `outcome` (allow/deny/audit/error) is the span's phigate.decision."""

    outcome: str
    status: int = 200
    reason: str = ""  # machine-readable: destination-not-allowed, grant-required, ...
    message: str = ""  # human-readable, for the agent
    hint: str = ""  # how to get access
    policy: PolicyEntry | None = None
    destination: Destination | None = None
    grant: GrantEntry | None = None
    risk_score: int = 0
    risk_rules: list[str] = field(default_factory=list)
    rule: str = ""  # the block rule that matched

    @property
    def passes(self) -> bool:
        """The request goes upstream (allowed, or Audit mode)."""
        return self.outcome in (ALLOW, AUDIT)


def host_matches(pattern: str, host: str) -> bool:
    pattern, host = pattern.lower().rstrip("."), host.lower().rstrip(".")
    if pattern.startswith("*."):
        return host.endswith(pattern[1:]) and len(host) > len(pattern) - 1
    return host == pattern


def port_matches(dest: Destination, port: int) -> bool:
    return port in (443, 80) if dest.port is None else port == dest.port


def path_matches(prefix: str | None, path: str) -> bool:
    if not prefix:
        return True
    if prefix.endswith("/"):
        return path.startswith(prefix)
    return path == prefix or path.startswith(prefix + "/") or path.startswith(prefix + "?")


def match_destination(policy: PolicyEntry, host: str, port: int, path: str) -> Destination | None:
    """The listed destination for host:port/path; the longest matching path prefix wins."""
    best: Destination | None = None
    for d in policy.spec.destinations:
        if not (host_matches(d.host, host) and port_matches(d, port) and path_matches(d.path_prefix, path)):
            continue
        if best is None or len(d.path_prefix or "") > len(best.path_prefix or ""):
            best = d
    return best


def select_policy(config: EnforcementConfig, identity: Identity) -> PolicyEntry | None:
    if identity.policy:
        return config.policy(identity.policy)
    return config.policies[0] if len(config.policies) == 1 else None


@lru_cache(maxsize=512)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _parse_date(value: str) -> tuple[str, datetime] | None:
    m = _DATE_PREFIX.match(value)
    if not m:
        return None
    prefix = m.group(1) or "eq"
    try:
        d = datetime(int(m.group(2)), int(m.group(3) or 1), int(m.group(4) or 1), tzinfo=UTC)
    except ValueError:
        return None
    return prefix, d


def date_range_days(query: tuple[tuple[str, str], ...], now: datetime) -> int | None:
    """Span in days of the date bounds in a FHIR search (ge/gt .. le/lt); an open upper bound runs to now."""
    lows: list[datetime] = []
    highs: list[datetime] = []
    for name, value in query:
        if name.startswith("_") and name != "_lastUpdated":
            continue
        for part in value.split(","):
            parsed = _parse_date(part.strip())
            if parsed is None:
                continue
            prefix, d = parsed
            if prefix in ("ge", "gt", "sa"):
                lows.append(d)
            elif prefix in ("le", "lt", "eb"):
                highs.append(d)
    if not lows:
        return None
    high = max(highs) if highs else now
    return max(0, (high - min(lows)) // timedelta(days=1))


def _query_number(query: tuple[tuple[str, str], ...], name: str) -> int | None:
    values = []
    for k, v in query:
        if k == name:
            try:
                values.append(int(v))
            except ValueError:
                continue
    return max(values) if values else None


def risk_rule_matches(rule: RiskRule, facts: RequestFacts, now: datetime) -> bool:
    """A rule matches when every condition it sets holds (an unset condition holds)."""
    if rule.methods and facts.method.upper() not in {m.upper() for m in rule.methods}:
        return False
    if rule.path_regex and not _regex(rule.path_regex).search(facts.path):
        return False
    if rule.query_param:
        n = _query_number(facts.query, rule.query_param)
        if n is None or (rule.greater_than is not None and n <= rule.greater_than):
            return False
    if rule.date_range_days_over is not None:
        days = date_range_days(facts.query, now)
        if days is None or days <= rule.date_range_days_over:
            return False
    return True


def risk_score(policy: PolicyEntry, facts: RequestFacts, now: datetime) -> tuple[int, list[str]]:
    rules = policy.spec.request_rules.risk
    rules = list(BUILTIN_RISK_RULES) if rules is None else rules
    matched = [r for r in rules if risk_rule_matches(r, facts, now)]
    return sum(r.score for r in matched), [r.name for r in matched]


def _grant_hint(identity: Identity, policy: str, scope: str) -> str:
    sa = identity.service_account or "<service-account>"
    return (
        f"ask for an AIAccessGrant: kind AIAccessGrant, spec.serviceAccountName {sa}, spec.policyRef.name "
        f"{policy}, spec.scope {scope}, spec.subject <you>, spec.duration e.g. 2h, spec.justification; "
        f"it must be approved by an approver of policy {policy} (`phigate grant` or kubectl)"
    )


def decide(config: EnforcementConfig, identity: Identity, facts: RequestFacts, now: datetime) -> Decision:
    """Pure: the verdict for one request. Never raises on policy content the models accepted."""
    policy = select_policy(config, identity)
    if policy is None:
        wanted = identity.policy or "(exactly one policy expected)"
        return Decision(
            DENY,
            403,
            "no-policy",
            f"no PHIPolicy {wanted} in the enforcement config: all egress is denied",
            "check the pod's phigate.io/policy annotation and the operator's PHIPolicy status",
        )
    audit = policy.spec.mode == PolicyMode.AUDIT
    sa = identity.service_account
    grants = config.active_grants(sa, policy.name, now) if sa else []
    dec = _decide_in_policy(policy, grants, identity, facts, now)
    dec.policy = policy
    if audit and dec.outcome == DENY:
        dec.outcome = AUDIT
    return dec


def _decide_in_policy(
    policy: PolicyEntry, active: list[GrantEntry], identity: Identity, facts: RequestFacts, now: datetime
) -> Decision:
    spec = policy.spec
    dest = match_destination(policy, facts.host, facts.port, facts.path)
    if dest is None:
        return Decision(
            DENY,
            403,
            "destination-not-allowed",
            f"{facts.host}:{facts.port} is not an allowed destination of policy {policy.name}",
            f"add a destination for {facts.host} to PHIPolicy {policy.name} (spec.destinations) "
            "or ask its owners to",
        )
    if dest.kind == DestinationKind.LLM and spec.require_baa_for_llm and not dest.baa:
        return Decision(
            DENY,
            403,
            "baa-required",
            f"LLM destination {dest.name} is not covered by a BAA and policy {policy.name} requires one",
            f"set baa: true on destination {dest.name} once a BAA is signed",
            destination=dest,
        )
    for rule in spec.request_rules.block or []:
        if rule.destinations and dest.name not in rule.destinations:
            continue
        if rule.methods and facts.method.upper() not in rule.methods:
            continue
        if rule.path_regex and not _regex(rule.path_regex).search(facts.path):
            continue
        return Decision(
            DENY,
            403,
            "blocked-by-rule",
            f"request blocked by rule {rule.name} of policy {policy.name}"
            + (f": {rule.reason}" if rule.reason else ""),
            "this request is not permitted for agents under this policy",
            destination=dest,
            rule=rule.name,
        )
    from phigate_sidecar.ai.vendors import vendor_for_host  # lazy: phigate_sidecar.ai imports kinds -> decide

    if dest.kind == DestinationKind.OTHER and (vendor := vendor_for_host(facts.host)) is not None:
        # A known LLM vendor is LLM traffic whatever the policy calls it: never pass prompts unscanned.
        return Decision(
            DENY,
            403,
            "llm-host-not-llm-destination",
            f"{facts.host} is a known LLM vendor ({vendor.name}) but destination {dest.name} of policy "
            f"{policy.name} is kind {dest.kind}, so its prompts would not be scanned",
            f"declare destination {dest.name} as kind: llm (baa: true once a BAA covers {vendor.name})",
            destination=dest,
        )
    grants = sorted(active, key=lambda g: (g.scope != GrantScope.ELEVATED, g.expires_at))
    if dest.kind != DestinationKind.PHI_SOURCE:
        # llm/mcp key their pseudonym vaults by the grant the agent works under (none: a pod session).
        ai = dest.kind in (DestinationKind.LLM, DestinationKind.MCP)
        return Decision(ALLOW, destination=dest, grant=grants[0] if ai and grants else None)
    if not grants:
        return Decision(
            DENY,
            403,
            "grant-required",
            f"{dest.name} holds PHI: service account {identity.service_account or '(unknown)'} has no Active "
            f"AIAccessGrant under policy {policy.name}",
            _grant_hint(identity, policy.name, "standard"),
            destination=dest,
        )
    score, names = risk_score(policy, facts, now)
    threshold = spec.request_rules.approval_threshold
    elevated = next((g for g in grants if g.scope == GrantScope.ELEVATED), None)
    if score > 0 and score >= threshold:
        if elevated is None:
            return Decision(
                DENY,
                403,
                "approval-required",
                f"risk score {score} ({', '.join(names)}) reaches the approval threshold {threshold} of "
                f"policy {policy.name}: an approved elevated grant is required",
                _grant_hint(identity, policy.name, "elevated"),
                destination=dest,
                grant=grants[-1],
                risk_score=score,
                risk_rules=names,
            )
        return Decision(ALLOW, destination=dest, grant=elevated, risk_score=score, risk_rules=names)
    standard = next((g for g in grants if g.scope == GrantScope.STANDARD), grants[0])
    return Decision(ALLOW, destination=dest, grant=standard, risk_score=score, risk_rules=names)
