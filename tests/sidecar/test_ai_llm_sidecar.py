"""LLM traffic through the real sidecar: official SDKs -> mitmproxy + phigate -> a local HTTPS vendor.

Each test asserts on what the vendor received (PHI never reached it unless the policy allows), on
what the agent got back (placeholders restored, streamed incrementally), and on the audit span.
"""

from __future__ import annotations

import json
import re
import time

import anthropic
import httpx
import openai
import pytest

from tests.sidecar.ai.harness import GRANT, AIStack

PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*_[0-9]+>")
# Synthetic PHI (never real): a patient, a date of birth, a phone number, and a .env with a database URL.
PATIENT = "Margarethe Quistgaard"
DOB = "03/14/1957"
PHONE = "(617) 555-0142"
ENV_FILE = (
    "APP_ENV=staging\nDATABASE_URL=postgres://ehr_admin:Xq7-vR2p!kLw9@ehr-db.internal:5432/charts\n"
    "LOG_LEVEL=debug\n"
)
PROMPT = f"Summarise the chart of {PATIENT}, born {DOB}, phone {PHONE}. Config:\n{ENV_FILE}"
SECRETS = (PATIENT, "Quistgaard", DOB, PHONE, "Xq7-vR2p!kLw9", "ehr_admin:Xq7")


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    s = AIStack.start(tmp_path_factory.mktemp("ai-llm"))
    yield s
    s.stop()


@pytest.fixture(autouse=True)
def _reset(stack):
    stack.vendor.received.clear()
    stack.vendor.script = echo_first_placeholder_split
    stack.vendor.first_gap_s = 0.0
    yield


def echo_first_placeholder_split(prompt: str) -> list[str]:
    """The vendor answers with the first placeholder it saw, split across three events, plus one it
    never received (an invented placeholder must reach the agent unchanged)."""
    found = [p for p in PLACEHOLDER.findall(prompt) if p.startswith("<NAME_")] or PLACEHOLDER.findall(prompt)
    token = found[0] if found else "<NONE_0>"
    return ["About <", token[1:4], token[4:] + ": stable.", " Ask <NAME_", "999> too."]


def _openai(stack: AIStack, tenant: str) -> openai.OpenAI:
    return openai.OpenAI(
        base_url=stack.vendor.url(tenant) + "/v1",
        api_key="sk-test",
        http_client=stack.httpx_client(),
        max_retries=0,
    )


def _anthropic(stack: AIStack, tenant: str) -> anthropic.Anthropic:
    return anthropic.Anthropic(
        base_url=stack.vendor.url(tenant),
        api_key="sk-ant-test",
        http_client=stack.httpx2_client(),
        max_retries=0,
    )


def _assert_no_secrets(text: str) -> None:
    for s in SECRETS:
        assert s not in text, f"{s!r} leaked"


def test_openai_stream_masks_prompt_and_restores_split_placeholders(stack):
    client = _openai(stack, "openai")
    stream = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You are a clinical assistant."},
            {"role": "user", "content": PROMPT},
        ],
        stream=True,
    )
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    sent = stack.vendor.received[-1]
    _assert_no_secrets(sent.body.decode())
    body = sent.json
    assert (
        body["model"] == "gpt-4o-mini" and body["messages"][0]["content"] == "You are a clinical assistant."
    )
    user = body["messages"][1]["content"]
    assert "<NAME_" in user and "APP_ENV=staging" in user and "LOG_LEVEL=debug" in user
    assert text == f"About {PATIENT}: stable. Ask <NAME_999> too."
    span = stack.spans_for("openai")[-1]
    attrs = span["attributes"]
    assert attrs["phigate.llm.vendor"] == "127.0.0.1" and attrs["phigate.llm.model"] == "gpt-4o-mini"
    assert attrs["phigate.grant"] == GRANT or "phigate.grant" not in attrs
    assert attrs["phigate.phi.masked.NAME"] >= 1 and attrs["phigate.phi.masked.CREDENTIAL"] >= 1
    assert attrs["phigate.llm.reidentified"] == 1 and attrs["phigate.llm.streamed"] is True
    assert attrs["phigate.agent"].startswith("OpenAI/Python")
    _assert_no_secrets(json.dumps(span["raw"]))


def test_openai_non_stream_restores(stack):
    client = _openai(stack, "openai")
    out = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT}])
    assert out.choices[0].message.content == f"About {PATIENT}: stable. Ask <NAME_999> too."
    _assert_no_secrets(stack.vendor.received[-1].body.decode())


def test_large_prompt_is_masked_in_a_worker_thread_and_restored(stack, monkeypatch):
    """A prompt over OFFLOAD_OVER is scanned off the event loop: same masking, same restoring."""
    import threading

    from phigate_sidecar import addon as addon_mod

    scanned_on: set[str] = set()
    original = addon_mod.PhigateAddon._request

    def observed(self, flow, st):
        scanned_on.add(threading.current_thread().name)
        return original(self, flow, st)

    monkeypatch.setattr(addon_mod.PhigateAddon, "_request", observed)
    code = "".join(f"def step_{i}(x):\n    return x + {i}\n" for i in range(3000))
    big = f"{PROMPT}\nThe code under review:\n{code}"
    assert len(big.encode()) > addon_mod.OFFLOAD_OVER
    client = _openai(stack, "openai")
    out = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": big}])
    assert out.choices[0].message.content == f"About {PATIENT}: stable. Ask <NAME_999> too."
    sent = stack.vendor.received[-1].body.decode()
    _assert_no_secrets(sent)
    assert "def step_2999(x)" in sent
    assert scanned_on and all(t.startswith("phigate-mask") for t in scanned_on)


def test_openai_responses_api_stream_and_json(stack):
    client = _openai(stack, "openai")
    stream = client.responses.create(model="gpt-4.1", input=PROMPT, instructions="Be brief.", stream=True)
    deltas, done = "", ""
    for event in stream:
        if event.type == "response.output_text.delta":
            deltas += event.delta
        elif event.type == "response.completed":
            done = event.response.output_text
    _assert_no_secrets(stack.vendor.received[-1].body.decode())
    assert deltas == done == f"About {PATIENT}: stable. Ask <NAME_999> too."
    out = client.responses.create(model="gpt-4.1", input=[{"role": "user", "content": PROMPT}])
    assert out.output_text == f"About {PATIENT}: stable. Ask <NAME_999> too."


def test_azure_openai_deployment_path(stack):
    client = openai.AzureOpenAI(
        azure_endpoint=stack.vendor.url("openai"),
        api_version="2024-10-21",
        api_key="azure-test-key",
        http_client=stack.httpx_client(),
        max_retries=0,
    )
    out = client.chat.completions.create(model="gpt4o-prod", messages=[{"role": "user", "content": PROMPT}])
    sent = stack.vendor.received[-1]
    assert "/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21" in sent.path
    _assert_no_secrets(sent.body.decode())
    assert out.choices[0].message.content == f"About {PATIENT}: stable. Ask <NAME_999> too."
    # spans arrive asynchronously (and earlier tests' may still be on their way): wait for this one's
    stack.receiver.wait_for(
        lambda spans: any(s["attributes"].get("phigate.llm.model") == "gpt4o-prod" for s in spans), 10
    )


def test_same_value_same_placeholder_across_requests(stack):
    client = _openai(stack, "plain")
    for _ in range(2):
        client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": f"note on {PATIENT}"}]
        )
    first, second = (r.json["messages"][0]["content"] for r in stack.vendor.received[-2:])
    assert first == second and PLACEHOLDER.search(first)


def test_a_resent_conversation_is_masked_once_per_part(stack):
    """Turn 2 resends turn 1: the vendor sees the same masked text, and the span counts the reused part."""
    client = _openai(stack, "plain")
    fresh = f"{PROMPT}\nThis part is new to the session: {time.time_ns()}."  # other tests share the grant
    history = [{"role": "system", "content": "You are a clinical assistant."},
               {"role": "user", "content": fresh}]
    client.chat.completions.create(model="turns", messages=history)
    first = stack.vendor.received[-1].json["messages"][1]["content"]
    history += [{"role": "assistant", "content": "Noted."},
                {"role": "user", "content": f"And {PATIENT}'s age?"}]
    client.chat.completions.create(model="turns", messages=history)
    body = stack.vendor.received[-1].json
    _assert_no_secrets(json.dumps(body))
    assert body["messages"][1]["content"] == first and PLACEHOLDER.search(first)
    stack.receiver.wait_for(
        lambda spans: sum(s["attributes"].get("phigate.llm.model") == "turns" for s in spans) >= 2, 10
    )
    reused = [s["attributes"]["phigate.llm.parts_reused"] for s in stack.receiver.spans
              if s["attributes"].get("phigate.llm.model") == "turns"]
    assert sorted(reused)[-1] >= 1 and 0 in reused


def test_without_reidentify_agent_sees_placeholders_and_stream_is_not_buffered(stack):
    client = _openai(stack, "plain")
    out = client.chat.completions.create(model="m", messages=[{"role": "user", "content": PROMPT}])
    assert out.choices[0].message.content.startswith("About <NAME_")
    stack.vendor.first_gap_s = 1.0
    t0 = time.monotonic()
    stream = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    first = next(c for c in stream if c.choices and c.choices[0].delta.content)
    assert time.monotonic() - t0 < 0.8 and first.choices[0].delta.content == "About <"
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices).endswith("too.")


def test_a_stream_the_agent_cuts_short_is_still_recorded(stack):
    """The agent hangs up after the first event: the span still says the answer was streamed and
    re-identified, and that it was cut."""
    stack.vendor.first_gap_s = 1.0
    body = {"model": "cut-short", "messages": [{"role": "user", "content": f"note on {PATIENT}"}],
            "stream": True}
    with stack.httpx_client() as client, client.stream(
        "POST", stack.vendor.url("openai") + "/v1/chat/completions", json=body,
        headers={"authorization": "Bearer sk-test"},
    ) as resp:
        got = b""
        for chunk in resp.iter_raw():  # up to the first event's text, then hang up
            got += chunk
            if b"About" in got:
                break
        assert b"About" in got and b"[DONE]" not in got
    stack.receiver.wait_for(
        lambda spans: any(s["attributes"].get("phigate.llm.model") == "cut-short" for s in spans), 15
    )
    span = next(s for s in stack.receiver.spans if s["attributes"].get("phigate.llm.model") == "cut-short")
    attrs = span["attributes"]
    assert attrs["phigate.ai.stream_cut"] is True and attrs["phigate.llm.streamed"] is True
    assert "phigate.llm.reidentified" in attrs
    _assert_no_secrets(json.dumps(span["raw"]))


def test_anthropic_stream_and_blocks(stack):
    client = _anthropic(stack, "anthropic")
    with client.messages.stream(
        model="claude-sonnet-5-5",
        max_tokens=100,
        system=[{"type": "text", "text": f"Chart owner: {PATIENT}"}],
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Summarise the attached file."},
                    {
                        "type": "document",
                        "source": {"type": "text", "media_type": "text/plain", "data": ENV_FILE},
                    },
                ],
            }
        ],
    ) as stream:
        text = "".join(stream.text_stream)
    sent = stack.vendor.received[-1]
    _assert_no_secrets(sent.body.decode())
    assert sent.json["system"][0]["text"].startswith("Chart owner: <NAME_")
    assert text == f"About {PATIENT}: stable. Ask <NAME_999> too."
    attrs = stack.spans_for("anthropic")[-1]["attributes"]
    assert attrs["phigate.llm.model"] == "claude-sonnet-5-5" and attrs["phigate.llm.api"] == "anthropic"


def test_anthropic_non_stream(stack):
    client = _anthropic(stack, "anthropic")
    msg = client.messages.create(
        model="claude-haiku-4-5", max_tokens=50, messages=[{"role": "user", "content": PROMPT}]
    )
    assert msg.content[0].text == f"About {PATIENT}: stable. Ask <NAME_999> too."


def test_gemini_sse_stream(stack):
    body = {"contents": [{"role": "user", "parts": [{"text": PROMPT}]}]}
    url = stack.vendor.url("gemini") + "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"
    text = ""
    with stack.httpx_client() as c, c.stream("POST", url, json=body) as r:
        assert r.status_code == 200
        for line in r.iter_lines():
            if line.startswith("data: "):
                text += "".join(p["text"] for p in json.loads(line[6:])["candidates"][0]["content"]["parts"])
    _assert_no_secrets(stack.vendor.received[-1].body.decode())
    assert text == f"About {PATIENT}: stable. Ask <NAME_999> too."
    with stack.httpx_client() as c:
        r = c.post(stack.vendor.url("gemini") + "/v1beta/models/gemini-2.5-flash:generateContent", json=body)
    assert r.json()["candidates"][0]["content"]["parts"][0]["text"] == text
    assert stack.spans_for("gemini")[-1]["attributes"]["phigate.llm.model"] == "gemini-2.5-flash"


def test_first_token_is_not_held_for_the_rest(stack):
    """The first event reaches the agent while the vendor is still silent for 1 s."""
    stack.vendor.script = lambda prompt: ["Hello", " world"]
    stack.vendor.first_gap_s = 1.0
    client = _openai(stack, "openai")
    t0 = time.monotonic()
    stream = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    first = next(c for c in stream if c.choices and c.choices[0].delta.content)
    ttft = time.monotonic() - t0
    rest = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert first.choices[0].delta.content == "Hello" and rest == " world"
    assert ttft < 0.8, f"first token took {ttft:.3f}s: the stream was buffered"


def test_non_baa_vendor_denied(stack):
    client = _openai(stack, "nobaa")
    with pytest.raises(openai.PermissionDeniedError) as exc:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hello"}])
    assert "not covered by a BAA" in str(exc.value)
    assert stack.vendor.received == []
    attrs = stack.spans_for("no-baa")[-1]["attributes"]
    assert attrs["phigate.decision"] == "deny" and attrs["phigate.decision.reason"] == "baa-required"


def test_prompts_block_refuses_phi_in_vendor_error_shape(stack):
    client = _anthropic(stack, "block")
    with pytest.raises(anthropic.PermissionDeniedError) as exc:
        client.messages.create(model="c", max_tokens=10, messages=[{"role": "user", "content": PROMPT}])
    assert "carries PHI" in str(exc.value) and "NAME" in str(exc.value)
    assert stack.vendor.received == []
    ok = client.messages.create(
        model="c", max_tokens=10, messages=[{"role": "user", "content": "Explain SSE."}]
    )
    assert ok.content[0].text.startswith("About <NONE_0>")
    assert len(stack.vendor.received) == 1


def test_prompts_allow_discloses_and_accounts_per_patient(stack):
    client = _openai(stack, "allow")
    client.chat.completions.create(model="m", messages=[{"role": "user", "content": PROMPT}])
    assert PATIENT in stack.vendor.received[-1].body.decode()  # BAA-covered, policy says allow
    span = stack.spans_for("covered")[-1]
    attrs = span["attributes"]
    records = attrs["phigate.disclosures"]
    assert len(records) == 1
    pseudonym, vendor, types = records[0].split("|")
    assert pseudonym.startswith("pt-") and vendor == "127.0.0.1" and "NAME" in types.split(",")
    assert attrs["phigate.phi.disclosed.NAME"] >= 1
    _assert_no_secrets(json.dumps(span["raw"]))


def test_uninspectable_bodies_refused(stack):
    with stack.httpx_client() as c:
        r = c.post(
            stack.vendor.url("openai") + "/v1/files", files={"file": ("notes.pdf", b"%PDF-1.7 binary")}
        )
        assert r.status_code == 403 and "cannot be inspected" in r.json()["error"]["message"]
        r = c.post(
            stack.vendor.url("openai") + "/v1/chat/completions",
            json={
                "model": "m",
                "messages": [
                    {
                        "role": "user",
                        "content": [
                            {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}
                        ],
                    }
                ],
            },
        )
        assert r.status_code == 403 and "an image at $.messages[0].content[0]" in r.json()["error"]["message"]
    assert stack.vendor.received == []


def test_unknown_json_shape_scans_every_string(stack):
    with stack.httpx_client() as c:
        r = c.post(
            stack.vendor.url("plain") + "/v1/chat/completions",
            json={
                "model": "m",
                "messages": [{"role": "user", "content": "x"}],
                "metadata": {"note": PATIENT},
            },
        )
        assert r.status_code == 200
        r = c.post(
            stack.vendor.url("plain") + "/v1/cody/completions",
            content=json.dumps({"speaker": "human", "text": f"{PATIENT} {ENV_FILE}"}),
            headers={"content-type": "application/json"},
        )
    assert r.status_code == 404  # the mock has no such route, but it received the body masked
    for rec in stack.vendor.received:
        _assert_no_secrets(rec.body.decode())


def test_gzip_request_body_is_masked(stack):
    import gzip

    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": PROMPT}]}).encode()
    with stack.httpx_client() as c:
        r = c.post(
            stack.vendor.url("plain") + "/v1/chat/completions",
            content=gzip.compress(body),
            headers={"content-type": "application/json", "content-encoding": "gzip"},
        )
    assert r.status_code in (200, 400)
    for rec in stack.vendor.received:
        raw = rec.body
        if rec.headers.get("content-encoding") == "gzip":
            raw = gzip.decompress(raw)
        _assert_no_secrets(raw.decode())


def test_plain_httpx_agent_sees_proxy_error_as_json(stack):
    r = httpx.get("http://127.0.0.1:1/", proxy=stack.proxy)
    assert r.status_code == 403


def test_zz_revoked_grant_destroys_its_pseudonym_vault(stack):
    """Runs last in this module: it removes the grant from the sidecar's config."""
    import yaml
    from phigate_sidecar.ai.handlers import HANDLERS

    client = _openai(stack, "openai")
    out = client.chat.completions.create(model="m", messages=[{"role": "user", "content": PROMPT}])
    assert PATIENT in out.choices[0].message.content
    token = PLACEHOLDER.search(stack.vendor.received[-1].json["messages"][0]["content"]).group(0)
    assert HANDLERS.vaults.peek(GRANT) is not None
    policy_file = stack.tmp / "policy.yaml"
    docs = list(yaml.safe_load_all(policy_file.read_text()))
    policy_file.write_text(yaml.safe_dump_all([d for d in docs if d["kind"] == "PHIPolicy"]))
    deadline = time.monotonic() + 10
    while GRANT not in HANDLERS.vaults.destroyed and time.monotonic() < deadline:
        time.sleep(0.05)
    assert GRANT in HANDLERS.vaults.destroyed and HANDLERS.vaults.peek(GRANT) is None
    # The vendor kept the placeholder; replayed now, it links back to no one.
    stack.vendor.script = lambda prompt: [f"Earlier you meant {token[:4]}", token[4:]]
    out = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "anything new?"}])
    assert out.choices[0].message.content == f"Earlier you meant {token}"
