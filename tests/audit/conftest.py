from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.otlp_receiver import OTLPReceiver


@pytest.fixture
def rx() -> Iterator[OTLPReceiver]:
    with OTLPReceiver() as receiver:
        yield receiver
