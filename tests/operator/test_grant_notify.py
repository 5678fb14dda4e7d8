"""Notification payload and Secret parsing (pure), and a real POST to a local receiver."""

from __future__ import annotations

import base64

import pytest
from phigate_operator.notify import NotifyError, PendingGrant, build_message, post, webhook_url_from_secret

from tests.operator.grant_support.servers import Receiver

G = PendingGrant(
    namespace="team-a",
    name="g1",
    subject="dr.riley@example.org",
    service_account="agent",
    scope="elevated",
    policy="clinical",
    requested_by="alice",
    approvers="carol, group privacy",
    ticket="CHG-1234",
)


def test_message_is_slack_compatible_and_names_the_approve_command():
    msg = build_message(G)
    assert set(msg) == {"text", "blocks"}
    assert "AIAccessGrant team-a/g1 awaits approval" in msg["text"]
    assert "phigate grant approve -n team-a g1" in msg["text"] and "CHG-1234" in msg["text"]
    assert msg["blocks"][0]["text"]["type"] == "mrkdwn"


def test_secret_parsing_fails_closed_with_clear_errors():
    url = "https://hooks.example.test/T/B/X"
    assert (
        webhook_url_from_secret({"data": {"webhook-url": base64.b64encode(url.encode()).decode()}}, "s")
        == url
    )
    assert webhook_url_from_secret({"stringData": {"webhook-url": url}}, "s") == url
    with pytest.raises(NotifyError, match="Secret s not found"):
        webhook_url_from_secret(None, "s")
    with pytest.raises(NotifyError, match="has no key 'webhook-url'"):
        webhook_url_from_secret({"data": {"url": "eA=="}}, "s")
    with pytest.raises(NotifyError, match="not an http"):
        webhook_url_from_secret({"stringData": {"webhook-url": "file:///etc/passwd"}}, "s")


def test_post_real_http_and_error_status():
    rcv = Receiver(fail_first=1)
    try:
        with pytest.raises(NotifyError, match="HTTP 503"):
            post(rcv.url, build_message(G))
        post(rcv.url, build_message(G))
        assert rcv.bodies[0]["text"].startswith("AIAccessGrant team-a/g1")
    finally:
        rcv.close()
    with pytest.raises(NotifyError, match="unreachable"):
        post(rcv.url, {"text": "x"}, timeout_s=1)
