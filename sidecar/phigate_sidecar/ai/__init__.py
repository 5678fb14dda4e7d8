"""AI traffic handling: LLM prompts and MCP tool calls inside the sidecar.

Pure modules (no mitmproxy import): `vendors` (known LLM hosts), `placeholders` (restore
`<NAME_1>` tokens, incrementally for streams), `sse` (incremental SSE framing), `llm_formats`
(where the text of each vendor API lives), `prompt` (scan and mask a prompt), `streams`
(re-identify SSE answers event by event), `mcp` (JSON-RPC allowlist and result masking),
`vaults` (per-grant pseudonym keys), `disclosures` (per-patient accounting of disclosures).
`handlers` is the only module that talks to mitmproxy and the sidecar's kind dispatcher.
"""

from phigate_sidecar.ai.handlers import register

register()
