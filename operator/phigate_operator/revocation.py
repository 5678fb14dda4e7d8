"""Pure revocation and activation planning: observed cluster objects in, ordered actions out.

Order matters. Revocation first makes sidecars deny (enforcement recompiled), then removes RBAC,
legacy token Secrets, future token mounts and finally the pods whose bound tokens die with them:
each step leaves less access than the one before, so a failure half-way never leaves more. Activation
removes stale bindings of the grant before creating the one it needs. Plans are idempotent: run on
what is left, they only do what is left.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from phigate.api.grant import GrantPhase
from phigate_operator.grant_lifecycle import ANN_REVOKED, LABEL_GRANT, GrantView

SA_TOKEN_TYPE = "kubernetes.io/service-account-token"
SA_NAME_ANNOTATION = "kubernetes.io/service-account.name"
MAX_NAME = 253
ANN_AUTOMOUNT_BEFORE = "phigate.io/automount-before"  # the SA's own setting, restored on the next grant


@dataclass(frozen=True)
class Action:
    """One API operation. `kind/name` is the target; `body` the object or patch to send."""

    action: str  # RecompileEnforcement, DeleteRoleBinding, DeleteTokenSecret, DisableAutomount, DeletePod,
    # KeepServiceAccount, CreateRoleBinding, RestoreServiceAccount
    kind: str
    name: str
    body: Mapping[str, Any] | None = None
    note: str = ""

    @property
    def target(self) -> str:
        return f"{self.kind}/{self.name}"


@dataclass(frozen=True)
class Observed:
    """What exists now in the grant's namespace (read just before planning)."""

    role_bindings: Sequence[Mapping[str, Any]] = ()  # labelled phigate.io/grant=<grant>
    secrets: Sequence[Mapping[str, Any]] = ()
    service_account: Mapping[str, Any] | None = None
    pods: Sequence[Mapping[str, Any]] = ()
    grants: Sequence[Mapping[str, Any]] = ()  # every grant of the namespace (to spot shared SAs)
    extra: Mapping[str, Any] = field(default_factory=dict)


def role_binding_name(grant_name: str) -> str:
    return f"phigate-grant-{grant_name}"[:MAX_NAME]


def _name(obj: Mapping[str, Any]) -> str:
    return str((obj.get("metadata") or {}).get("name") or "")


def _labels(obj: Mapping[str, Any]) -> Mapping[str, str]:
    return (obj.get("metadata") or {}).get("labels") or {}


def _annotations(obj: Mapping[str, Any]) -> Mapping[str, str]:
    return (obj.get("metadata") or {}).get("annotations") or {}


def grant_role_bindings(
    grant_name: str, role_bindings: Sequence[Mapping[str, Any]]
) -> list[Mapping[str, Any]]:
    """Filter in code: test servers ignore label selectors, and a real one may return more than asked."""
    return [rb for rb in role_bindings if _labels(rb).get(LABEL_GRANT) == grant_name]


def other_active_grants(view: GrantView, grants: Sequence[Mapping[str, Any]]) -> list[str]:
    """Other Active grants that keep this service account in use (their access must survive)."""
    if view.spec is None:
        return []
    out = []
    for g in grants:
        meta = g.get("metadata") or {}
        if meta.get("name") == view.name or meta.get("deletionTimestamp"):
            continue
        if (g.get("spec") or {}).get("serviceAccountName") != view.spec.service_account_name:
            continue
        if (g.get("status") or {}).get("phase") == GrantPhase.ACTIVE.value and not (g.get("spec") or {}).get(
            "revoked"
        ):
            out.append(str(meta.get("name")))
    return sorted(out)


def revoked_annotation(view: GrantView, reason: str, now: datetime) -> str:
    return f"grant {view.name} ended ({reason}) at {now.isoformat().replace('+00:00', 'Z')}"


def plan_revocation(view: GrantView, observed: Observed, reason: str, now: datetime) -> list[Action]:
    """Every action still needed to take away what this grant gave, most urgent first.

    Service-account actions (token Secrets, automount, pods) run only for a grant that was active and
    only when no other Active grant uses the same account; otherwise `KeepServiceAccount` records why.
    """
    actions = [Action("RecompileEnforcement", "ConfigMap", "phigate-enforcement")]
    for rb in sorted(grant_role_bindings(view.name, observed.role_bindings), key=_name):
        actions.append(Action("DeleteRoleBinding", "RoleBinding", _name(rb)))
    if view.spec is None or view.status.activated_at is None:
        return actions  # never active: nothing was granted to the service account
    sa = view.spec.service_account_name
    others = other_active_grants(view, observed.grants)
    if others:
        actions.append(
            Action(
                "KeepServiceAccount",
                "ServiceAccount",
                sa,
                note=f"still used by Active grant(s) {', '.join(others)}",
            )
        )
        return actions
    for secret in sorted(observed.secrets, key=_name):
        if secret.get("type") == SA_TOKEN_TYPE and _annotations(secret).get(SA_NAME_ANNOTATION) == sa:
            actions.append(Action("DeleteTokenSecret", "Secret", _name(secret)))
    account = observed.service_account
    if account is not None and (
        account.get("automountServiceAccountToken") is not False or ANN_REVOKED not in _annotations(account)
    ):
        annotations = {ANN_REVOKED: revoked_annotation(view, reason, now)}
        if ANN_AUTOMOUNT_BEFORE not in _annotations(account):
            before = account.get("automountServiceAccountToken")
            annotations[ANN_AUTOMOUNT_BEFORE] = "unset" if before is None else str(bool(before)).lower()
        patch = {"metadata": {"annotations": annotations}, "automountServiceAccountToken": False}
        actions.append(Action("DisableAutomount", "ServiceAccount", sa, body=patch))
    for pod in sorted(observed.pods, key=_name):
        meta = pod.get("metadata") or {}
        if (pod.get("spec") or {}).get("serviceAccountName") == sa and not meta.get("deletionTimestamp"):
            actions.append(Action("DeletePod", "Pod", _name(pod)))
    return actions


def desired_role_binding(view: GrantView) -> dict[str, Any] | None:
    if view.spec is None or view.spec.role_ref is None:
        return None
    ref = view.spec.role_ref
    return {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "RoleBinding",
        "metadata": {
            "name": role_binding_name(view.name),
            "namespace": view.namespace,
            "labels": {LABEL_GRANT: view.name, "app.kubernetes.io/managed-by": "phigate"},
            "annotations": {"phigate.io/grant-uid": view.uid},
        },
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": ref.kind, "name": ref.name},
        "subjects": [
            {"kind": "ServiceAccount", "name": view.spec.service_account_name, "namespace": view.namespace}
        ],
    }


def plan_activation(view: GrantView, observed: Observed) -> list[Action]:
    """Stale bindings of this grant go first (roleRef is immutable), then the one the grant needs."""
    want = desired_role_binding(view)
    actions: list[Action] = []
    keep = False
    for rb in sorted(grant_role_bindings(view.name, observed.role_bindings), key=_name):
        same = (
            want is not None
            and _name(rb) == want["metadata"]["name"]
            and rb.get("roleRef") == want["roleRef"]
            and list(rb.get("subjects") or []) == want["subjects"]
        )
        if same:
            keep = True
        else:
            actions.append(
                Action("DeleteRoleBinding", "RoleBinding", _name(rb), note="stale binding of this grant")
            )
    account = observed.service_account
    if account is not None and ANN_REVOKED in _annotations(account):
        before = {"true": True, "false": False}.get(_annotations(account).get(ANN_AUTOMOUNT_BEFORE, "unset"))
        patch = {
            "metadata": {"annotations": {ANN_REVOKED: None, ANN_AUTOMOUNT_BEFORE: None}},
            "automountServiceAccountToken": before,
        }
        actions.append(
            Action(
                "RestoreServiceAccount",
                "ServiceAccount",
                _name(account),
                body=patch,
                note=f"was: {_annotations(account)[ANN_REVOKED]}",
            )
        )
    if want is not None and not keep:
        actions.append(Action("CreateRoleBinding", "RoleBinding", want["metadata"]["name"], body=want))
    return actions
