"""Large bodies are masked in worker threads: other connections keep being served meanwhile.

The sidecar runs in a thread of the test process so the engine can be observed. The engine is
wrapped, not replaced: masking still happens, but a large body's masking waits until two of them
are in progress at once and a small request has been answered. Were large bodies masked on the
event loop, the first would hold it, the second could never start, and the barrier would break.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from phigate_sidecar.addon import OFFLOAD_OVER
from phigate_sidecar.server import Sidecar

from tests.sidecar.conftest import Env
from tests.sidecar.harness import grant_doc, policy_doc, start_in_process, stop_in_process
from tests.support.otlp_receiver import OTLPReceiver

COPIES = 120  # 600 patients: a Bundle several times OFFLOAD_OVER


@pytest.fixture(scope="module")
def running(
    sidecar_env: Env, otlp: OTLPReceiver, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Sidecar, int]]:
    work = tmp_path_factory.mktemp("offload")
    ehr = {"name": "ehr", "kind": "phi-source", "host": "localhost", "port": sidecar_env.ehr.port}
    sc, port = start_in_process(work, sidecar_env, otlp.traces_url, policy_doc(destinations=[ehr]),
                                [grant_doc("alice")])
    yield sc, port
    stop_in_process(sc)


def _client(env: Env, port: int) -> httpx.Client:
    verify = ssl.create_default_context(cafile=str(Path(env.ca_dir) / "ca.crt"))
    return httpx.Client(proxy=f"http://127.0.0.1:{port}", verify=verify, timeout=60)


def _no_phi(env: Env, text: str) -> None:
    leaked = [v for v in env.ehr.all_phi() if v in text]
    assert not leaked, f"unmasked PHI in the response: {leaked[:5]}"


def test_two_large_bodies_masked_concurrently_while_small_ones_pass(
    running: tuple[Sidecar, int], sidecar_env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    from phigate.engine import Masker

    original = Masker.mask_bytes
    both_masking = threading.Barrier(2, timeout=30)
    small_done = threading.Event()
    threads: dict[str, set[str]] = {"large": set(), "small": set()}

    def observed(self: Any, data: bytes, content_type: str | None = None) -> Any:
        large = len(data) > OFFLOAD_OVER
        threads["large" if large else "small"].add(threading.current_thread().name)
        if large:
            both_masking.wait()  # both large bodies are being masked at the same time...
            assert small_done.wait(30), "a small request was not served while large bodies were masked"
        return original(self, data, content_type=content_type)

    monkeypatch.setattr(Masker, "mask_bytes", observed)
    url = sidecar_env.ehr.url.replace("/fhir", "") + f"/test/many?copies={COPIES}"
    with ThreadPoolExecutor(2) as pool:
        big = [pool.submit(lambda: _client(sidecar_env, running[1]).get(url)) for _ in range(2)]
        both_masking_seen = False
        for _ in range(300):  # until both large bodies are inside the engine
            if both_masking.n_waiting == 0 and threads["large"] and len(threads["large"]) == 2:
                both_masking_seen = True
                break
            threading.Event().wait(0.1)
        assert both_masking_seen, f"large bodies not masked concurrently: {threads}"
        with _client(sidecar_env, running[1]) as c:
            small = c.get(f"{sidecar_env.ehr.url}/Patient/pat-1")
        small_done.set()
        responses = [f.result(timeout=120) for f in big]
    assert small.status_code == 200 and small.json()["resourceType"] == "Patient"
    assert small.json()["id"] != "pat-1"  # the patient's logical id is masked too
    _no_phi(sidecar_env, small.text)
    for r in responses:
        assert r.status_code == 200, r.text[:300]
        doc = r.json()
        assert doc["resourceType"] == "Bundle" and len(doc["entry"]) == 5 * COPIES
        _no_phi(sidecar_env, r.text)
    # large bodies ran in the mask workers, the small one on the event loop's thread
    assert len(threads["large"]) == 2 and all(t.startswith("phigate-mask") for t in threads["large"])
    assert threads["small"] == {"phigate-sidecar"}


def test_engine_failure_in_worker_thread_fails_closed(
    running: tuple[Sidecar, int], sidecar_env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    from phigate.engine import Masker

    def boom(self: Any, data: bytes, content_type: str | None = None) -> Any:
        assert threading.current_thread().name != "phigate-sidecar"
        raise RuntimeError("injected engine failure in a worker thread")

    monkeypatch.setattr(Masker, "mask_bytes", boom)
    with _client(sidecar_env, running[1]) as c:
        r = c.get(sidecar_env.ehr.url.replace("/fhir", "") + f"/test/many?copies={COPIES}")
    assert r.status_code == 502 and r.json()["reason"] == "masking-failed", r.text[:300]
    _no_phi(sidecar_env, r.text)


def test_failure_of_the_whole_worker_fails_closed(
    running: tuple[Sidecar, int], sidecar_env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even an error the hook's own guard does not see (the worker could not run) answers 502."""
    from phigate_sidecar.addon import PhigateAddon

    async def no_thread(*a: Any, **k: Any) -> None:
        raise RuntimeError("injected: no worker thread available")

    monkeypatch.setattr(PhigateAddon, "_run_in_worker", no_thread)
    with _client(sidecar_env, running[1]) as c:
        r = c.get(sidecar_env.ehr.url.replace("/fhir", "") + f"/test/many?copies={COPIES}")
    assert r.status_code == 502 and r.json()["reason"] == "sidecar-error", r.text[:300]
    _no_phi(sidecar_env, r.text)
