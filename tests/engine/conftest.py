"""Shared fixtures: plans are costly to compile (pattern databases), so build them once."""

from __future__ import annotations

import pytest

from phigate.api.policy import Masking
from phigate.engine import Masker, MaskingPlan, compile_plan


@pytest.fixture(scope="session")
def plan() -> MaskingPlan:
    return compile_plan(Masking())


@pytest.fixture()
def masker(plan: MaskingPlan) -> Masker:
    return Masker(plan)


def make(**masking: object) -> Masker:
    """A Masker for a policy's masking section written in wire (camelCase) form."""
    key = masking.pop("hash_key", None)
    return Masker(compile_plan(Masking.model_validate(masking), hash_key=key))  # type: ignore[arg-type]
