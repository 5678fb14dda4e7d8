"""Shared, module-scoped real servers for the sidecar tests: upstreams, CAs, OTLP receiver."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from phigate_sidecar.fhir_mock import FhirMock, TestPKI
from phigate_sidecar.server import generate_ca

from tests.support.otlp_receiver import OTLPReceiver

CRED_TOKEN = "s3cr3t-fhir-token-for-tests"


@dataclass
class Env:
    root: Path
    pki: TestPKI  # trusted by the sidecar via --upstream-ca
    rogue_pki: TestPKI  # not trusted
    ehr: FhirMock  # HTTPS FHIR API (phi-source)
    web: FhirMock  # plain HTTP (other)
    rogue: FhirMock  # HTTPS with an untrusted certificate
    ca_dir: Path  # the sidecar's CA (ca.crt + ca.key)
    creds: Path


@pytest.fixture(scope="session")
def sidecar_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    root = tmp_path_factory.mktemp("sidecar-env")
    pki = TestPKI(root / "pki")
    rogue_pki = TestPKI(root / "rogue", name="rogue CA nobody trusts")
    ehr = FhirMock(pki).start()
    web = FhirMock(None, seed=2).start()
    rogue = FhirMock(rogue_pki, seed=3).start()
    ca_dir = root / "ca"
    generate_ca(ca_dir)
    creds = root / "creds"
    (creds / "ehr-token").mkdir(parents=True)
    (creds / "ehr-token" / "token").write_text(CRED_TOKEN + "\n")
    yield Env(root, pki, rogue_pki, ehr, web, rogue, ca_dir, creds)
    for m in (ehr, web, rogue):
        m.stop()


@pytest.fixture(scope="module")
def otlp() -> Iterator[OTLPReceiver]:
    with OTLPReceiver() as r:
        yield r
