"""Known LLM vendor hosts, as data: who they are and whether phigate can read their protocol.

A request to one of these hosts is LLM traffic whatever kind the policy gave its destination: it is
denied unless the policy lists it as an `llm` destination (and, with requireBAAForLLM, `baa: true`).
`inspectable=False` marks protocols the sidecar cannot parse (gRPC / Connect protobuf, AWS event
streams): such hosts can only be allowed as a whole (prompts: allow, BAA-covered) or blocked.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Vendor:
    name: str  # the value of phigate.llm.vendor
    hosts: tuple[str, ...]  # exact hosts or *.suffix patterns
    api: str  # the wire format: openai, anthropic, gemini, bedrock, cursor-connect, ...
    inspectable: bool = True  # JSON bodies phigate can scan and mask
    signed_body: bool = False  # requests carry a body signature (AWS SigV4): masking breaks it
    note: str = ""


VENDORS: tuple[Vendor, ...] = (
    Vendor("openai", ("api.openai.com",), "openai"),
    Vendor(
        "azure-openai",
        ("*.openai.azure.com", "*.cognitiveservices.azure.com", "*.services.ai.azure.com"),
        "openai",
        note="/openai/deployments/{d}/chat/completions?api-version=... and /openai/v1/...",
    ),
    Vendor("anthropic", ("api.anthropic.com",), "anthropic"),
    Vendor("google-gemini", ("generativelanguage.googleapis.com",), "gemini"),
    Vendor(
        "google-vertex",
        ("aiplatform.googleapis.com", "*-aiplatform.googleapis.com"),
        "gemini",
        note="publishers/google/models/*:generateContent; Anthropic models via :rawPredict (Messages body)",
    ),
    Vendor("mistral", ("api.mistral.ai", "codestral.mistral.ai"), "openai"),
    Vendor("cohere", ("api.cohere.com", "api.cohere.ai"), "cohere"),
    Vendor("fireworks", ("api.fireworks.ai",), "openai"),
    Vendor("together", ("api.together.xyz", "api.together.ai"), "openai"),
    Vendor("groq", ("api.groq.com",), "openai"),
    Vendor("deepseek", ("api.deepseek.com",), "openai"),
    Vendor("perplexity", ("api.perplexity.ai",), "openai"),
    Vendor("openrouter", ("openrouter.ai",), "openai"),
    Vendor("xai", ("api.x.ai",), "openai"),
    Vendor("huggingface", ("api-inference.huggingface.co", "router.huggingface.co"), "openai"),
    Vendor(
        "github-copilot",
        ("api.githubcopilot.com", "*.githubcopilot.com", "copilot-proxy.githubusercontent.com"),
        "openai",
        note="chat: OpenAI chat/completions JSON; completions: /v1/engines/*/completions JSON",
    ),
    Vendor(
        "cursor",
        ("api2.cursor.sh", "api3.cursor.sh", "api4.cursor.sh", "repo42.cursor.sh", "*.cursor.sh"),
        "cursor-connect",
        inspectable=False,
        note="Connect-RPC over HTTP/2 with protobuf bodies (application/connect+proto)",
    ),
    Vendor(
        "codeium",
        (
            "server.codeium.com",
            "inference.codeium.com",
            "*.codeium.com",
            "*.windsurf.com",
            "*.codeiumdata.com",
        ),
        "codeium-grpc",
        inspectable=False,
        note="Codeium / Windsurf language server: gRPC / Connect protobuf",
    ),
    Vendor(
        "sourcegraph-cody",
        ("sourcegraph.com", "cody-gateway.sourcegraph.com"),
        "cody",
        note="/.api/completions/stream JSON (speaker/text messages): scanned as generic JSON",
    ),
    Vendor(
        "aws-bedrock",
        ("bedrock-runtime.*.amazonaws.com", "bedrock-runtime-fips.*.amazonaws.com"),
        "bedrock",
        signed_body=True,
        note="SigV4-signed JSON; *WithResponseStream answers in the binary AWS event-stream encoding",
    ),
    Vendor(
        "amazon-q",
        ("q.*.amazonaws.com", "codewhisperer.*.amazonaws.com"),
        "aws-json",
        signed_body=True,
        note="SigV4-signed; streaming answers in the binary AWS event-stream encoding",
    ),
    Vendor("tabnine", ("api.tabnine.com",), "tabnine", inspectable=False, note="proprietary protocol"),
    Vendor("replicate", ("api.replicate.com",), "replicate"),
)


def _host_matches(pattern: str, host: str) -> bool:
    """Exact, `*.suffix`, or one `*` inside a label sequence (bedrock-runtime.*.amazonaws.com)."""
    if pattern.startswith("*.") or pattern.startswith("*-"):
        return host.endswith(pattern[1:]) and len(host) > len(pattern) - 1
    if "*" in pattern:
        head, _, tail = pattern.partition("*")
        middle = host[len(head) : len(host) - len(tail)] if len(host) > len(head) + len(tail) else ""
        return host.startswith(head) and host.endswith(tail) and bool(middle) and "/" not in middle
    return host == pattern


def vendor_for_host(host: str) -> Vendor | None:
    """The known LLM vendor serving `host`, or None."""
    return _vendor_for(host.lower().rstrip("."))


@lru_cache(maxsize=4096)  # asked on every request to a kind: other host; host names are no PHI
def _vendor_for(host: str) -> Vendor | None:
    for vendor in VENDORS:
        if any(_host_matches(p, host) for p in vendor.hosts):
            return vendor
    return None


def vendor_name(host: str) -> str:
    """phigate.llm.vendor for a host: the known vendor, else the host itself (a self-hosted model)."""
    vendor = vendor_for_host(host)
    return vendor.name if vendor else host.lower().rstrip(".")
