"""Approval notifications: a Slack-compatible JSON POST ({"text": ..., "blocks": ...}).

The webhook URL is a secret (it lets anyone post): it is read from a Secret at send time, never from
a CRD field. Sending never blocks a grant's state: callers run it in the background, log failures and
retry later. The message carries no PHI: the justification is free text and may name a patient, so it
is left out; approvers read it with `kubectl describe` (inside the cluster's access control).
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from dataclasses import dataclass

log = logging.getLogger("phigate.operator.notify")

DEFAULT_SECRET = "phigate-grant-notify"
SECRET_KEY = "webhook-url"


class NotifyError(RuntimeError):
    """Why a notification was not delivered (no secret, bad URL, HTTP error)."""


@dataclass(frozen=True)
class PendingGrant:
    namespace: str
    name: str
    subject: str
    service_account: str
    scope: str
    policy: str
    requested_by: str
    approvers: str
    ticket: str | None = None


def build_message(g: PendingGrant) -> dict[str, object]:
    """Pure: the JSON body. Slack's `text` is the fallback every compatible receiver shows."""
    ticket = f", ticket {g.ticket}" if g.ticket else ""
    text = (
        f"AIAccessGrant {g.namespace}/{g.name} awaits approval: {g.scope} access for service account "
        f"{g.service_account} on behalf of {g.subject}, requested by {g.requested_by} under policy {g.policy}"
        f"{ticket}. Approvers: {g.approvers}. "
        f"Review: kubectl describe aiaccessgrant -n {g.namespace} {g.name}; "
        f"approve: phigate grant approve -n {g.namespace} {g.name}"
    )
    return {
        "text": text,
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": text}},
        ],
    }


def webhook_url_from_secret(secret: dict[str, object] | None, secret_name: str, key: str = SECRET_KEY) -> str:
    """The URL from a Secret's data (base64) or stringData; a clear error otherwise."""
    import base64

    if secret is None:
        raise NotifyError(f"Secret {secret_name} not found: approvers are not notified")
    data = secret.get("data") or {}
    string_data = secret.get("stringData") or {}
    if isinstance(string_data, dict) and string_data.get(key):
        url = str(string_data[key])
    elif isinstance(data, dict) and data.get(key):
        try:
            url = base64.b64decode(str(data[key])).decode("utf-8").strip()
        except (ValueError, UnicodeDecodeError) as exc:
            raise NotifyError(f"Secret {secret_name} key {key}: not base64 UTF-8") from exc
    else:
        raise NotifyError(f"Secret {secret_name} has no key {key!r}")
    if not url.startswith(("https://", "http://")):
        raise NotifyError(f"Secret {secret_name} key {key}: not an http(s) URL")
    return url


def post(url: str, body: dict[str, object], timeout_s: float = 5.0) -> None:
    """POST JSON; raise NotifyError on anything but 2xx (the URL itself is never logged: it is a secret)."""
    data = json.dumps(body).encode("utf-8")
    req = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout_s) as resp:
            if not 200 <= resp.status < 300:
                raise NotifyError(f"notification webhook answered HTTP {resp.status}")
    except urllib.error.HTTPError as exc:
        raise NotifyError(f"notification webhook answered HTTP {exc.code}") from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise NotifyError(f"notification webhook unreachable: {getattr(exc, 'reason', exc)}") from exc
