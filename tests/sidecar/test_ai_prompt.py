"""Scanning and masking a prompt body with the real engine (tokenizing plan, one vault)."""

from __future__ import annotations

import base64
import json

import pytest
from phigate_sidecar.ai.llm_formats import parse_request
from phigate_sidecar.ai.prompt import scan_prompt, tokenizing, vendor_error

from phigate.api.identifiers import Action
from phigate.api.policy import Masking
from phigate.engine import Masker, TokenVault, compile_plan

NAME = "Wilhelmina Ashcroft-Obi"
PHONE = "(212) 555-0173"


@pytest.fixture(scope="module")
def masker():
    vault = TokenVault()
    return Masker(compile_plan(tokenizing(Masking())), vault=vault)


def test_tokenizing_keeps_cleared_values():
    masking = Masking.model_validate(
        {
            "defaultAction": "redact",
            "detectors": [{"type": "DATE", "action": "keep"}, {"type": "ZIP", "action": "partial"}],
        }
    )
    tok = tokenizing(masking)
    assert tok.default_action == Action.TOKENIZE
    assert [d.action for d in tok.detectors] == [Action.KEEP, Action.TOKENIZE]
    assert masking.default_action == Action.REDACT  # the policy's own object is untouched


def test_same_value_same_placeholder_across_parts(masker):
    body = {
        "model": "claude-x",
        "system": f"Chart of {NAME}",
        "messages": [
            {"role": "user", "content": [{"type": "text", "text": f"Call {NAME} at {PHONE}"}]},
            {
                "role": "assistant",
                "content": [{"type": "tool_use", "id": "t", "name": "dial", "input": {"to": PHONE}}],
            },
        ],
        "metadata": {"user_id": f"{NAME}"},
    }
    req = parse_request("/v1/messages", {}, body)
    scan = scan_prompt(body, req, masker.mask_text)
    text = json.dumps(body)
    assert NAME not in text and PHONE not in text
    name_token = body["system"].removeprefix("Chart of ")
    assert name_token.startswith("<NAME_")
    assert (
        body["messages"][0]["content"][0]["text"]
        == f"Call {name_token} at {body['messages'][1]['content'][0]['input']['to']}"
    )
    assert body["metadata"]["user_id"] == name_token  # keys outside the known shape are scanned too
    assert masker.vault.reveal(name_token) == NAME
    assert scan.changed and scan.counts()["NAME"] == 3
    assert ("NAME", NAME) in scan.disclosed(everything=True)
    assert scan.disclosed(everything=False) == []


def test_tool_arguments_stay_valid_json(masker):
    args = json.dumps({"patient": NAME, "limit": 5})
    body = {
        "model": "m",
        "messages": [
            {
                "role": "assistant",
                "tool_calls": [{"id": "c", "type": "function", "function": {"name": "f", "arguments": args}}],
            }
        ],
    }
    scan_prompt(body, parse_request("/v1/chat/completions", {}, body), masker.mask_text)
    parsed = json.loads(body["messages"][0]["tool_calls"][0]["function"]["arguments"])
    assert parsed["limit"] == 5 and parsed["patient"].startswith("<NAME_")


def test_base64_text_document_masked_and_bad_base64_unreadable(masker):
    note = base64.b64encode(f"Seen: {NAME}".encode()).decode()
    body = {
        "model": "m",
        "messages": [
            {
                "role": "user",
                "content": [
                    {
                        "type": "document",
                        "source": {"type": "base64", "media_type": "text/plain", "data": note},
                    },
                    {
                        "type": "document",
                        "source": {"type": "base64", "media_type": "text/plain", "data": "//79"},
                    },
                ],
            }
        ],
    }
    scan = scan_prompt(body, parse_request("/v1/messages", {}, body), masker.mask_text)
    decoded = base64.b64decode(body["messages"][0]["content"][0]["source"]["data"]).decode()
    assert decoded.startswith("Seen: <NAME_")
    assert [u.what for u in scan.unreadable] == ["base64 content that is not UTF-8 text"]


def test_prompt_without_phi_is_untouched(masker):
    body = {
        "model": "gpt-4o-2024-08-06",
        "messages": [{"role": "user", "content": "Refactor this loop into a comprehension."}],
    }
    before = json.dumps(body)
    scan = scan_prompt(body, parse_request("/v1/chat/completions", {}, body), masker.mask_text)
    assert not scan.changed and scan.findings == [] and json.dumps(body) == before


@pytest.mark.parametrize(
    ("fmt", "path"),
    [
        ("openai-chat", ("error", "message")),
        ("anthropic", ("error", "message")),
        ("gemini", ("error", "message")),
    ],
)
def test_vendor_error_shapes_carry_the_message(fmt, path):
    doc = vendor_error(fmt, 403, "baa-required", "phigate: no BAA")
    node = doc
    for p in path:
        node = node[p]
    assert node == "phigate: no BAA"
    if fmt == "anthropic":
        assert doc["type"] == "error" and doc["error"]["type"] == "permission_error"
    if fmt == "gemini":
        assert doc["error"]["status"] == "PERMISSION_DENIED" and doc["error"]["code"] == 403
