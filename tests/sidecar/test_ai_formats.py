"""Where prompt text lives in each vendor API, and what the sidecar refuses to pass blind."""

from __future__ import annotations

import pytest
from phigate_sidecar.ai.llm_formats import (
    ANTHROPIC,
    GEMINI,
    GENERIC,
    OPENAI_CHAT,
    OPENAI_RESPONSES,
    detect_format,
    error_format,
    parse_request,
    path_str,
)


def _texts(req) -> dict[str, str]:
    return {path_str(t.path): t.encoding for t in req.texts}


def test_openai_chat_all_roles_parts_and_tool_calls():
    body = {
        "model": "gpt-4o-2024-08-06",
        "stream": True,
        "messages": [
            {"role": "system", "content": "You are careful."},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Summarise"},
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
                ],
            },
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "c1",
                        "type": "function",
                        "function": {"name": "lookup", "arguments": '{"q": "x"}'},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "c1", "content": "result text"},
        ],
    }
    req = parse_request("/v1/chat/completions", {}, body)
    assert req.format == OPENAI_CHAT and req.model == "gpt-4o-2024-08-06" and req.stream and req.sse
    assert _texts(req) == {
        "$.messages[0].content": "text",
        "$.messages[1].content[0].text": "text",
        "$.messages[2].tool_calls[0].function.arguments": "json",
        "$.messages[3].content": "text",
    }
    assert [path_str(o.path) for o in req.opaque] == ["$.messages[1].content[1]"]


def test_azure_deployment_path_gives_model():
    body = {"messages": [{"role": "user", "content": "hi"}]}
    req = parse_request(
        "/openai/deployments/gpt4o-prod/chat/completions", {"api-version": "2024-10-21"}, body
    )
    assert req.format == OPENAI_CHAT and req.model == "gpt4o-prod"


def test_openai_responses_items():
    body = {
        "model": "gpt-4.1",
        "instructions": "Be brief",
        "input": [
            {
                "role": "user",
                "content": [
                    {"type": "input_text", "text": "hello"},
                    {"type": "input_file", "file_data": "JVBERi0="},
                ],
            },
            {"type": "function_call", "call_id": "c", "name": "f", "arguments": "{}"},
            {"type": "function_call_output", "call_id": "c", "output": "tool said"},
            {"type": "item_reference", "id": "x"},
        ],
    }
    req = parse_request("/v1/responses", {}, body)
    assert req.format == OPENAI_RESPONSES
    assert _texts(req) == {
        "$.instructions": "text",
        "$.input[0].content[0].text": "text",
        "$.input[1].arguments": "json",
        "$.input[2].output": "text",
    }
    assert [o.what for o in req.opaque] == ["a file"]
    assert parse_request("/v1/responses", {}, {"input": "just text"}).texts[0].path == ("input",)


def test_anthropic_system_blocks_documents_and_tool_results():
    body = {
        "model": "claude-sonnet-5-5",
        "system": [{"type": "text", "text": "sys"}],
        "messages": [
            {
                "role": "user",
                "content": [
                    {
                        "type": "document",
                        "source": {"type": "text", "media_type": "text/plain", "data": "note"},
                        "title": "t",
                    },
                    {
                        "type": "document",
                        "source": {"type": "base64", "media_type": "text/csv", "data": "YSxi"},
                    },
                    {
                        "type": "document",
                        "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBE"},
                    },
                    {
                        "type": "tool_result",
                        "tool_use_id": "t1",
                        "content": [{"type": "text", "text": "res"}],
                    },
                ],
            },
            {
                "role": "assistant",
                "content": [
                    {"type": "thinking", "thinking": "hmm", "signature": "s"},
                    {"type": "tool_use", "id": "t1", "name": "f", "input": {"mrn": "x", "n": 1}},
                ],
            },
        ],
    }
    req = parse_request("/v1/messages", {}, body)
    assert req.format == ANTHROPIC
    assert _texts(req) == {
        "$.system[0].text": "text",
        "$.messages[0].content[0].source.data": "text",
        "$.messages[0].content[0].title": "text",
        "$.messages[0].content[1].source.data": "base64",
        "$.messages[0].content[3].content[0].text": "text",
        "$.messages[1].content[1].input.mrn": "text",
    }
    assert [o.what for o in req.opaque] == ["a application/pdf source"]


def test_gemini_contents_system_instruction_and_inline_data():
    body = {
        "systemInstruction": {"parts": [{"text": "sys"}]},
        "contents": [
            {
                "role": "user",
                "parts": [
                    {"text": "q"},
                    {"inlineData": {"mimeType": "text/plain", "data": "aGk="}},
                    {"inlineData": {"mimeType": "image/jpeg", "data": "/9j/"}},
                ],
            },
            {"role": "model", "parts": [{"functionCall": {"name": "f", "args": {"who": "x"}}}]},
            {"role": "user", "parts": [{"functionResponse": {"name": "f", "response": {"out": "y"}}}]},
        ],
    }
    req = parse_request("/v1beta/models/gemini-2.5-flash:streamGenerateContent", {"alt": "sse"}, body)
    assert req.format == GEMINI and req.model == "gemini-2.5-flash" and req.stream and req.sse
    assert _texts(req) == {
        "$.systemInstruction.parts[0].text": "text",
        "$.contents[0].parts[0].text": "text",
        "$.contents[0].parts[1].inlineData.data": "base64",
        "$.contents[1].parts[0].functionCall.args.who": "text",
        "$.contents[2].parts[0].functionResponse.response.out": "text",
    }
    assert [o.what for o in req.opaque] == ["inline image/jpeg data"]
    plain = parse_request("/v1beta/models/gemini-2.5-flash:streamGenerateContent", {}, body)
    assert plain.stream and not plain.sse  # a JSON array stream: re-identified when complete


def test_unknown_shape_scans_every_string_but_structure():
    body = {
        "model": "m",
        "type": "x",
        "speaker": "human",
        "text": "hello",
        "nested": [{"role": "r", "v": "w"}],
    }
    req = parse_request("/.api/completions/stream", {}, body)
    assert req.format == GENERIC
    assert sorted(_texts(req)) == ["$.nested[0].v", "$.speaker", "$.text"]


@pytest.mark.parametrize(
    ("path", "body", "fmt"),
    [
        ("/v1/chat/completions", {"messages": "not a list"}, GENERIC),
        ("/v1/messages", {"messages": []}, ANTHROPIC),
        (
            "/v1/projects/p/locations/l/publishers/anthropic/models/c:rawPredict",
            {"anthropic_version": "vertex-2023-10-16", "messages": []},
            ANTHROPIC,
        ),
        ("/model/x/invoke", {"messages": []}, GENERIC),
        ("/v1/chat/completions", ["array"], GENERIC),
    ],
)
def test_detect_format_requires_matching_shape(path, body, fmt):
    assert detect_format(path, body) == fmt


def test_error_format_from_path():
    assert error_format("/v1/messages") == ANTHROPIC
    assert error_format("/v1beta/models/g:generateContent") == GEMINI
    assert error_format("/whatever", "anthropic") == ANTHROPIC
    assert error_format("/v1/chat/completions") == OPENAI_CHAT
