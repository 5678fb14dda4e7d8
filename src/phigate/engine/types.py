"""Result shapes of the masking engine. Findings never carry the PHI value itself."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from phigate.api.identifiers import Action, IdentifierType


@dataclass(frozen=True, slots=True)
class Finding:
    """One masked (or disclosed) value, for the audit trail.

    `path` is a JSONPath-like location (`$.entry[3].resource.name[0].given[0]`) for JSON documents;
    `start`/`end` are character offsets into the *original* string at `path` (or the whole text).
    """

    type: IdentifierType
    action: Action
    detector: str  # "fhir:Patient.name", "field:ssn", "regex:ssn", "names", "custom:<name>"
    path: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class MaskResult:
    """The masked document (str for text, parsed JSON value for JSON) and what was found."""

    document: Any
    findings: list[Finding] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return dict(Counter(str(f.type) for f in self.findings))

    @property
    def types(self) -> list[str]:
        return sorted({str(f.type) for f in self.findings})


class EngineError(Exception):
    """Input the engine refuses (binary, non-UTF-8, over limits). Callers must fail closed."""
