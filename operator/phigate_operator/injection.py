"""Sidecar injection as a pure function: pod -> desired pod -> JSON patch (Istio's injector shape).

`plan_injection` is shared by the mutating webhook and `phigate inject`. It converges rather than
appends: phigate-owned containers, volumes and env entries are (re)written to exactly what this
config wants, so a second pass yields an empty patch (idempotent) and a forged `phigate-sidecar`
container or `phigate.io/injected` annotation is simply overwritten. `check_pod` (the validating
webhook) is the same computation read the other way: a selected pod must already equal its injected
form, and must not carry a way around the capture.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import jsonpatch

from phigate.api.policy import CaptureMode
from phigate.canonical import content_hash
from phigate_operator.capture import (
    CAPTURE_PORT,
    HEALTH_PORT,
    PROXY_PORT,
    SIDECAR_GID,
    SIDECAR_UID,
    capture_script,
)
from phigate_operator.config import OperatorConfig
from phigate_operator.policy_cache import PolicyView

SIDECAR = "phigate-sidecar"
INIT = "phigate-init"
INJECT_LABEL = "phigate.io/inject"
INJECTED_ANNOTATION = "phigate.io/injected"
POLICY_ANNOTATION = "phigate.io/policy"
ENFORCEMENT_CONFIGMAP = "phigate-enforcement"
CA_SECRET = "phigate-ca"
CA_CERT_CONFIGMAP = "phigate-ca-cert"
AUDIT_KEY_SECRET = "phigate-audit-key"

ENFORCEMENT_DIR = "/etc/phigate/enforcement"
CA_DIR = "/etc/phigate/ca"
TRUST_DIR = "/etc/phigate/trust"
TRUST_FILE = f"{TRUST_DIR}/ca.crt"
CREDENTIALS_DIR = "/etc/phigate/credentials"
AUDIT_KEY_DIR = "/etc/phigate/audit-key"
SPOOL_DIR = "/var/lib/phigate/spool"

# PHIGATE_POLICY of a pod opted in by label without any PHIPolicy: never a valid policy name, so the
# sidecar finds no policy and denies all egress (it would otherwise fall back to a lone policy).
NO_POLICY = "(none)"
PROXY_URL = f"http://127.0.0.1:{PROXY_PORT}"
NO_PROXY = "127.0.0.1,localhost,::1"
PROXY_ENV = {
    "HTTP_PROXY": PROXY_URL,
    "HTTPS_PROXY": PROXY_URL,
    "http_proxy": PROXY_URL,
    "https_proxy": PROXY_URL,
    "NO_PROXY": NO_PROXY,
    "no_proxy": NO_PROXY,
}
TRUST_ENV = {
    name: TRUST_FILE
    for name in (
        "SSL_CERT_FILE",
        "REQUESTS_CA_BUNDLE",
        "NODE_EXTRA_CA_CERTS",
        "CURL_CA_BUNDLE",
        "GIT_SSL_CAINFO",
    )
}
IDENTITY_ENV = (
    ("PHIGATE_POD_NAME", "metadata.name"),
    ("PHIGATE_POD_NAMESPACE", "metadata.namespace"),
    ("PHIGATE_SERVICE_ACCOUNT", "spec.serviceAccountName"),
    ("PHIGATE_NODE_NAME", "spec.nodeName"),
    ("PHIGATE_POD_UID", "metadata.uid"),
)
VOL_ENFORCEMENT = "phigate-enforcement"
VOL_CA = "phigate-ca"
VOL_TRUST = "phigate-trust"
VOL_SPOOL = "phigate-spool"
VOL_TMP = "phigate-tmp"
VOL_AUDIT_KEY = "phigate-audit-key"
VOL_CRED_PREFIX = "phigate-cred-"
# Capabilities that would let an app container undo or step around the iptables capture.
BYPASS_CAPS = frozenset({"NET_ADMIN", "NET_RAW", "SYS_ADMIN", "ALL"})

Action = Literal["inject", "skip", "reject"]


@dataclass(frozen=True)
class InjectionPlan:
    """What the injector decided for one pod, and the result."""

    action: Action
    reason: str
    pod: dict[str, Any]
    patch: list[dict[str, Any]] = field(default_factory=list)
    policy: str | None = None
    capture: CaptureMode | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Selection:
    selected: bool
    policy: PolicyView | None
    reason: str
    reject: str | None = None  # a selected pod that cannot be admitted


def _meta(pod: Mapping[str, Any]) -> Mapping[str, Any]:
    return pod.get("metadata") or {}


def _labels(pod: Mapping[str, Any]) -> dict[str, str]:
    return dict(_meta(pod).get("labels") or {})


def _opt(pod: Mapping[str, Any]) -> str | None:
    """The pod's own inject setting: the label, or the annotation (same key) for tools that set those."""
    value = _labels(pod).get(INJECT_LABEL) or (_meta(pod).get("annotations") or {}).get(INJECT_LABEL)
    return None if value is None else str(value).strip().lower()


def select(
    pod: Mapping[str, Any], namespace: str, policies: Sequence[PolicyView], config: OperatorConfig
) -> Selection:
    """Is this pod governed by phigate, under which policy, and may it be admitted at all?"""
    if config.skips_namespace(namespace):
        which = "operator" if namespace == config.operator_namespace else "system"
        return Selection(False, None, f"namespace {namespace!r} is a {which} namespace: never injected")
    labels = _labels(pod)
    matching = [p for p in policies if p.namespace in ("", namespace) and p.selects(labels)]
    opt = _opt(pod)
    if len(matching) > 1:
        names = ", ".join(p.name for p in matching)
        return Selection(
            True,
            None,
            "ambiguous",
            reject=f"pod is selected by {len(matching)} PHIPolicies ({names}); "
            "their podSelectors must not overlap",
        )
    policy = matching[0] if matching else None
    if policy is None and opt != "true":
        return Selection(False, None, "not selected by any PHIPolicy and not labelled phigate.io/inject=true")
    if policy is not None and opt == "false":
        return Selection(
            True,
            policy,
            "opt-out",
            reject=(
                f"pod is selected by PHIPolicy {policy.name!r}: "
                f"opting out with {INJECT_LABEL}=false is not allowed"
            ),
        )
    spec = pod.get("spec") or {}
    if spec.get("hostNetwork"):
        who = f"PHIPolicy {policy.name!r}" if policy else f"label {INJECT_LABEL}=true"
        return Selection(
            True,
            policy,
            "hostNetwork",
            reject=(f"pod is selected by {who} but uses hostNetwork: its egress cannot be captured"),
        )
    why = (
        f"selected by PHIPolicy {policy.name!r}"
        if policy
        else f"labelled {INJECT_LABEL}=true (no PHIPolicy: deny-all)"
    )
    return Selection(True, policy, why)


def _env_value(name: str, value: str) -> dict[str, Any]:
    return {"name": name, "value": value}


def _upsert_env(container: dict[str, Any], wanted: Mapping[str, str]) -> list[str]:
    """Set env vars in place (replacing the user's entry, value or valueFrom); returns overridden names."""
    env = container.setdefault("env", [])
    overridden = []
    for name, value in wanted.items():
        entry = _env_value(name, value)
        for i, e in enumerate(env):
            if e.get("name") == name:
                if e != entry:
                    overridden.append(name)
                    env[i] = entry
                break
        else:
            env.append(entry)
    return overridden


def _upsert_by_name(items: list[dict[str, Any]], item: dict[str, Any], *, front: bool = False) -> None:
    for i, existing in enumerate(items):
        if existing.get("name") == item["name"]:
            items[i] = item
            return
    if front:
        items.insert(0, item)
    else:
        items.append(item)


def _cred_volume(secret: str) -> str:
    name = VOL_CRED_PREFIX + secret
    return name if len(name) <= 63 and "." not in secret else VOL_CRED_PREFIX + content_hash(secret, 12)


def sidecar_args(capture: CaptureMode) -> list[str]:
    """`phigate sidecar` flags (see phigate_sidecar.cli); proxies listen on loopback only, so no other
    pod can use this pod's sidecar and its credentials. REDIRECT delivers captured traffic to 127.0.0.1."""
    args = [
        "sidecar",
        "--policy",
        f"{ENFORCEMENT_DIR}/enforcement.json",
        "--ca-dir",
        CA_DIR,
        "--credentials-dir",
        CREDENTIALS_DIR,
        "--mode",
        f"regular@{PROXY_PORT}",
    ]
    if capture == CaptureMode.TRANSPARENT:
        args += ["--mode", f"transparent@{CAPTURE_PORT}"]
    return [*args, "--listen-host", "127.0.0.1", "--health-port", str(HEALTH_PORT)]


def sidecar_container(
    config: OperatorConfig, policy: PolicyView | None, capture: CaptureMode
) -> dict[str, Any]:
    env: list[dict[str, Any]] = [
        _env_value("PHIGATE_POLICY", policy.name if policy else NO_POLICY),
        _env_value("PHIGATE_CAPTURE", capture.value),
        _env_value("PHIGATE_AUDIT_KEY_DIR", AUDIT_KEY_DIR),
        _env_value("PHIGATE_SPOOL_DIR", SPOOL_DIR),
        _env_value("HOME", "/tmp"),
    ]
    env += [
        {"name": n, "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": p}}} for n, p in IDENTITY_ENV
    ]
    env.append(_env_value("OTEL_SERVICE_NAME", "phigate-sidecar"))
    env.append(
        _env_value(
            "OTEL_RESOURCE_ATTRIBUTES",
            "k8s.pod.name=$(PHIGATE_POD_NAME),k8s.namespace.name=$(PHIGATE_POD_NAMESPACE),"
            "k8s.pod.uid=$(PHIGATE_POD_UID),k8s.node.name=$(PHIGATE_NODE_NAME)",
        )
    )
    env += [_env_value(k, v) for k, v in sorted(config.sidecar_otel_env.items())]
    mounts = [
        {"name": VOL_ENFORCEMENT, "mountPath": ENFORCEMENT_DIR, "readOnly": True},
        {"name": VOL_CA, "mountPath": CA_DIR, "readOnly": True},
        {"name": VOL_AUDIT_KEY, "mountPath": AUDIT_KEY_DIR, "readOnly": True},
        {"name": VOL_SPOOL, "mountPath": SPOOL_DIR},
        {"name": VOL_TMP, "mountPath": "/tmp"},
    ]
    for secret in policy.credential_secrets if policy else ():
        mounts.append(
            {"name": _cred_volume(secret), "mountPath": f"{CREDENTIALS_DIR}/{secret}", "readOnly": True}
        )
    probe = {"periodSeconds": 5, "timeoutSeconds": 2, "failureThreshold": 3}
    return {
        "name": SIDECAR,
        "image": config.sidecar_image,
        "imagePullPolicy": config.image_pull_policy,
        "command": ["phigate"],
        "args": sidecar_args(capture),
        "ports": [
            {"name": "phigate-proxy", "containerPort": PROXY_PORT, "protocol": "TCP"},
            {"name": "phigate-capture", "containerPort": CAPTURE_PORT, "protocol": "TCP"},
            {"name": "phigate-health", "containerPort": HEALTH_PORT, "protocol": "TCP"},
        ],
        "env": env,
        "resources": config.sidecar_resources.as_k8s(),
        "livenessProbe": {
            "httpGet": {"path": "/healthz", "port": HEALTH_PORT},
            "initialDelaySeconds": 2,
            **probe,
        },
        "readinessProbe": {
            "httpGet": {"path": "/readyz", "port": HEALTH_PORT},
            "initialDelaySeconds": 1,
            **probe,
        },
        "securityContext": {
            "runAsUser": SIDECAR_UID,
            "runAsGroup": SIDECAR_GID,
            "runAsNonRoot": True,
            "readOnlyRootFilesystem": True,
            "allowPrivilegeEscalation": False,
            "privileged": False,
            "capabilities": {"drop": ["ALL"]},
            "seccompProfile": {"type": "RuntimeDefault"},
        },
        "volumeMounts": mounts,
        "terminationMessagePolicy": "FallbackToLogsOnError",
    }


def init_container(config: OperatorConfig) -> dict[str, Any]:
    return {
        "name": INIT,
        "image": config.init_image,
        "imagePullPolicy": config.image_pull_policy,
        "command": ["/bin/sh", "-c", capture_script()],
        "resources": {
            "requests": {"cpu": "10m", "memory": "16Mi"},
            "limits": {"cpu": "100m", "memory": "64Mi"},
        },
        "securityContext": {
            "runAsUser": 0,
            "runAsGroup": 0,
            "runAsNonRoot": False,
            "privileged": False,
            "allowPrivilegeEscalation": False,
            "readOnlyRootFilesystem": False,
            "capabilities": {"add": ["NET_ADMIN", "NET_RAW"], "drop": ["ALL"]},
        },
        "terminationMessagePolicy": "FallbackToLogsOnError",
    }


def pod_volumes(policy: PolicyView | None) -> list[dict[str, Any]]:
    vols: list[dict[str, Any]] = [
        {"name": VOL_ENFORCEMENT, "configMap": {"name": ENFORCEMENT_CONFIGMAP}},
        {"name": VOL_CA, "secret": {"secretName": CA_SECRET}},
        {"name": VOL_TRUST, "configMap": {"name": CA_CERT_CONFIGMAP}},
        {"name": VOL_AUDIT_KEY, "secret": {"secretName": AUDIT_KEY_SECRET, "optional": True}},
        {"name": VOL_SPOOL, "emptyDir": {"sizeLimit": "256Mi"}},
        {"name": VOL_TMP, "emptyDir": {"sizeLimit": "64Mi"}},
    ]
    for secret in policy.credential_secrets if policy else ():
        vols.append({"name": _cred_volume(secret), "secret": {"secretName": secret}})
    return vols


def sidecar_only_volumes(pod: Mapping[str, Any]) -> set[str]:
    """Names of the pod's volumes that hold sidecar-only secrets (ours, or any pointing at them)."""
    names = {VOL_CA, VOL_AUDIT_KEY}
    for v in (pod.get("spec") or {}).get("volumes") or []:
        name = v.get("name", "")
        if name.startswith(VOL_CRED_PREFIX):
            names.add(name)
    return names


def _injected_record(
    policy: PolicyView | None,
    capture: CaptureMode,
    config: OperatorConfig,
    sidecar: dict[str, Any],
    init: dict[str, Any] | None,
) -> str:
    record = {
        "version": 1,
        "policy": policy.name if policy else "",
        "capture": capture.value,
        "sidecar": SIDECAR,
        "init": INIT if init else None,
        "image": config.sidecar_image,
        "credentials": list(policy.credential_secrets) if policy else [],
        "digest": content_hash({"sidecar": sidecar, "init": init}),
    }
    return json.dumps(record, sort_keys=True, separators=(",", ":"))


_TEMPLATE_CACHE: dict[tuple[Any, ...], tuple[OperatorConfig, str]] = {}


def _templates(
    config: OperatorConfig, policy: PolicyView | None, capture: CaptureMode
) -> tuple[dict[str, Any], dict[str, Any] | None, list[dict[str, Any]], str]:
    """Sidecar, init container, volumes and injection record for (config, policy, capture): built once,
    kept as JSON text and parsed per call, so every pod gets its own objects."""
    key = (id(config), policy.name if policy else None, capture, policy.credential_secrets if policy else ())
    hit = _TEMPLATE_CACHE.get(key)
    if hit is None or hit[0] is not config:
        sidecar = sidecar_container(config, policy, capture)
        init = init_container(config) if capture == CaptureMode.TRANSPARENT else None
        record = _injected_record(policy, capture, config, sidecar, init)
        if len(_TEMPLATE_CACHE) > 1024:
            _TEMPLATE_CACHE.clear()
        hit = (config, json.dumps([sidecar, init, pod_volumes(policy), record]))
        _TEMPLATE_CACHE[key] = hit
    sidecar, init, vols, record = json.loads(hit[1])
    return sidecar, init, vols, record


def injected_form(
    pod: Mapping[str, Any], policy: PolicyView | None, config: OperatorConfig
) -> tuple[dict[str, Any], CaptureMode, list[str]]:
    """Pure: the pod as it must look when injected; also the capture mode and warnings."""
    desired = json.loads(json.dumps(pod))  # a private copy (faster than deepcopy for JSON documents)
    capture = policy.capture if policy else config.default_capture
    meta = desired.setdefault("metadata", {})
    spec = desired.setdefault("spec", {})
    sidecar, init, pod_vols, record = _templates(config, policy, capture)
    warnings: list[str] = []

    containers = spec.setdefault("containers", [])
    _upsert_by_name(containers, sidecar)
    inits = spec.get("initContainers") or []
    if init is not None:
        _upsert_by_name(inits, init, front=True)
    else:
        inits = [c for c in inits if c.get("name") != INIT]
    if inits:
        spec["initContainers"] = inits
    else:
        spec.pop("initContainers", None)

    private = sidecar_only_volumes(desired)
    app_env = PROXY_ENV | TRUST_ENV
    for kind, group in (("container", containers), ("initContainer", inits)):
        for c in group:
            if c.get("name") in (SIDECAR, INIT):
                continue
            overridden = _upsert_env(c, app_env)
            if overridden:
                warnings.append(
                    f"{kind} {c.get('name')!r}: phigate replaced {', '.join(sorted(set(overridden)))}"
                )
            mounts = [
                m
                for m in c.get("volumeMounts") or []
                if m.get("name") not in private
                and m.get("name") != VOL_TRUST
                and m.get("mountPath") != TRUST_DIR
            ]
            mounts.append({"name": VOL_TRUST, "mountPath": TRUST_DIR, "readOnly": True})
            c["volumeMounts"] = mounts

    volumes = spec.setdefault("volumes", [])
    volumes[:] = [v for v in volumes if not (v.get("name", "").startswith(VOL_CRED_PREFIX))]
    for vol in pod_vols:
        _upsert_by_name(volumes, vol)

    annotations = meta.setdefault("annotations", {})
    annotations[INJECTED_ANNOTATION] = record
    annotations[POLICY_ANNOTATION] = policy.name if policy else ""
    return desired, capture, warnings


def plan_injection(
    pod: Mapping[str, Any],
    *,
    namespace: str | None = None,
    policies: Sequence[PolicyView],
    config: OperatorConfig,
) -> InjectionPlan:
    """Decide and build: skip (untouched), reject (with the reason), or inject (desired pod + patch)."""
    ns = namespace or str(_meta(pod).get("namespace") or "default")
    sel = select(pod, ns, policies, config)
    if sel.reject:
        return InjectionPlan("reject", sel.reject, dict(pod), policy=sel.policy.name if sel.policy else None)
    if not sel.selected:
        return InjectionPlan("skip", sel.reason, dict(pod))
    desired, capture, warnings = injected_form(pod, sel.policy, config)
    patch = coarse_patch(pod, desired)
    return InjectionPlan(
        "inject",
        sel.reason,
        desired,
        patch=patch,
        policy=sel.policy.name if sel.policy else None,
        capture=capture,
        warnings=tuple(warnings),
    )


# The only places injected_form writes to; a patch replaces each that changed as a whole.
PATCHED_PATHS = (
    ("metadata", "annotations"),
    ("spec", "initContainers"),
    ("spec", "containers"),
    ("spec", "volumes"),
)


def coarse_patch(pod: Mapping[str, Any], desired: Mapping[str, Any]) -> list[dict[str, Any]]:
    """JSON patch pod -> desired, one op per changed top-level list/map (a full diff costs ~3 ms)."""
    ops: list[dict[str, Any]] = []
    for section in ("metadata", "spec"):
        if section not in pod and section in desired:
            ops.append({"op": "add", "path": f"/{section}", "value": {}})
    for section, key in PATCHED_PATHS:
        old = (pod.get(section) or {}).get(key)
        new = (desired.get(section) or {}).get(key)
        if old == new:
            continue
        path = f"/{section}/{key}"
        if new is None:
            ops.append({"op": "remove", "path": path})
        else:
            # values share structure with `desired` (a private copy made by injected_form): read-only
            ops.append({"op": "add" if old is None else "replace", "path": path, "value": new})
    return ops


def _caps(container: Mapping[str, Any]) -> set[str]:
    return {
        str(c).upper()
        for c in ((container.get("securityContext") or {}).get("capabilities") or {}).get("add") or []
    }


def bypass_errors(pod: Mapping[str, Any], policy: PolicyView | None, capture: CaptureMode) -> list[str]:
    """Ways an app container could step around the sidecar or read its secrets; each names the field."""
    spec = pod.get("spec") or {}
    errors = []
    if spec.get("shareProcessNamespace"):
        errors.append("spec.shareProcessNamespace: true would expose the sidecar's keys to app containers")
    pod_sc = spec.get("securityContext") or {}
    private_secrets = {CA_SECRET, AUDIT_KEY_SECRET, *(policy.credential_secrets if policy else ())}
    private_vols = {
        v.get("name")
        for v in spec.get("volumes") or []
        if (v.get("secret") or {}).get("secretName") in private_secrets
    }
    for v in spec.get("volumes") or []:
        for src in (v.get("projected") or {}).get("sources") or []:
            if (src.get("secret") or {}).get("name") in private_secrets:
                private_vols.add(v.get("name"))
    for kind, group in (
        ("containers", spec.get("containers") or []),
        ("initContainers", spec.get("initContainers") or []),
    ):
        for i, c in enumerate(group):
            if c.get("name") in (SIDECAR, INIT):
                continue
            where = f"spec.{kind}[{i}]"
            sc = c.get("securityContext") or {}
            for key, ident in (("runAsUser", SIDECAR_UID), ("runAsGroup", SIDECAR_GID)):
                if sc.get(key, pod_sc.get(key)) == ident:
                    errors.append(
                        f"{where}.securityContext.{key}: {ident} is reserved for the phigate sidecar"
                    )
            if capture == CaptureMode.TRANSPARENT:
                if sc.get("privileged"):
                    errors.append(
                        f"{where}.securityContext.privileged: would allow undoing the egress capture"
                    )
                if bad := sorted(_caps(c) & BYPASS_CAPS):
                    errors.append(
                        f"{where}.securityContext.capabilities.add: {', '.join(bad)} would allow "
                        "undoing the egress capture"
                    )
            for m in c.get("volumeMounts") or []:
                if m.get("name") in private_vols:
                    errors.append(f"{where}.volumeMounts: {m.get('name')!r} holds a sidecar-only secret")
            for e in c.get("envFrom") or []:
                if (e.get("secretRef") or {}).get("name") in private_secrets:
                    errors.append(f"{where}.envFrom: Secret {e['secretRef']['name']!r} is sidecar-only")
            for e in c.get("env") or []:
                ref = ((e.get("valueFrom") or {}).get("secretKeyRef") or {}).get("name")
                if ref in private_secrets:
                    errors.append(f"{where}.env[{e.get('name')}]: Secret {ref!r} is sidecar-only")
    return errors


def check_pod(
    pod: Mapping[str, Any],
    *,
    namespace: str | None = None,
    policies: Sequence[PolicyView],
    config: OperatorConfig,
    old: Mapping[str, Any] | None = None,
) -> list[str]:
    """Validating webhook logic: errors that must reject this pod (empty: admit)."""
    ns = namespace or str(_meta(pod).get("namespace") or "default")
    if config.skips_namespace(ns):
        return []
    if old is not None:
        return _check_update(old, pod)
    sel = select(pod, ns, policies, config)
    if sel.reject:
        return [sel.reject]
    if not sel.selected:
        return []
    desired, capture, _ = injected_form(pod, sel.policy, config)
    diff = []
    if coarse_patch(pod, desired):  # only then pay for the detailed diff that tells defaults apart
        diff = [op for op in jsonpatch.make_patch(dict(pod), desired).patch if _significant(op, pod)]
    errors = []
    if diff:
        paths = ", ".join(sorted({op["path"] for op in diff})[:5])
        errors.append(
            f"pod is {sel.reason} but is not injected as phigate requires "
            f"(sidecar missing, removed or modified at {paths})"
        )
    return errors + bypass_errors(pod, sel.policy, capture)


# Fields the API server defaults after mutating webhooks ran: their presence is not tampering.
DEFAULTED_FIELDS = frozenset(
    {
        "terminationMessagePath",
        "terminationMessagePolicy",
        "imagePullPolicy",
        "successThreshold",
        "scheme",
        "protocol",
        "defaultMode",
        "timeoutSeconds",
        "periodSeconds",
        "failureThreshold",
        "apiVersion",
        "resourceVersion",
        "uid",
        "creationTimestamp",
        "generation",
        "managedFields",
    }
)


def _significant(op: Mapping[str, Any], pod: Mapping[str, Any]) -> bool:
    """Does this op (pod -> injected form) reveal a missing or altered injection, or just defaulting?"""
    if op["op"] != "remove":
        return True
    parts = op["path"].split("/")[1:]
    if parts[-1] in DEFAULTED_FIELDS:
        return False
    if len(parts) >= 3 and parts[0] == "spec" and parts[1] in ("containers", "initContainers"):
        try:
            name = pod["spec"][parts[1]][int(parts[2])].get("name")
        except (KeyError, IndexError, ValueError, TypeError):
            return True
        return name in (SIDECAR, INIT)  # extra fields in phigate's containers are tampering
    return parts[:2] != ["metadata", "annotations"]


def _phigate_parts(pod: Mapping[str, Any]) -> dict[str, Any]:
    spec = pod.get("spec") or {}
    return {
        "annotation": (_meta(pod).get("annotations") or {}).get(INJECTED_ANNOTATION),
        "policy": (_meta(pod).get("annotations") or {}).get(POLICY_ANNOTATION),
        "containers": [c for c in spec.get("containers") or [] if c.get("name") == SIDECAR],
        "initContainers": [c for c in spec.get("initContainers") or [] if c.get("name") == INIT],
    }


def _check_update(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """An injected pod keeps its sidecar, init container and injection record for life."""
    before, after = _phigate_parts(old), _phigate_parts(new)
    if before["annotation"] is None:
        return []
    errors = []
    if after["annotation"] != before["annotation"] or after["policy"] != before["policy"]:
        errors.append(
            f"metadata.annotations[{INJECTED_ANNOTATION}]: phigate's injection record cannot be changed"
        )
    if after["containers"] != before["containers"] or after["initContainers"] != before["initContainers"]:
        errors.append(f"spec.containers[{SIDECAR}]: the phigate sidecar cannot be modified or removed")
    if _opt(new) == "false" and _opt(old) != "false":
        errors.append(f"metadata.labels[{INJECT_LABEL}]: an injected pod cannot opt out")
    return errors


def is_injected(pod: Mapping[str, Any]) -> bool:
    """The pod carries a phigate-sidecar container and the injection record."""
    parts = _phigate_parts(pod)
    return bool(parts["annotation"]) and bool(parts["containers"])
