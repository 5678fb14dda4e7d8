"""CLI flags and HA wiring: --no-webhooks registers no admission handler (the grant stamper included),
--peering makes kopf peering mandatory, the notification Secret is configurable, and the expiry
scheduler's leadership check follows kopf's peering rule (read from a real fake API server)."""

from __future__ import annotations

import argparse
import pathlib
import threading
from datetime import UTC, datetime, timedelta

import kopf
import kubernetes.client
import pytest
from phigate_operator import cli, notify
from phigate_operator.app import build_registry, configure_settings
from phigate_operator.config import OperatorConfig
from phigate_operator.kube import Kube
from phigate_operator.leadership import Leadership, outranked

from tests.operator.grant_support.harness import ROOT, fakecluster

NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    cli.configure(parser)
    return parser.parse_args(list(argv))


def webhook_ids(config: OperatorConfig) -> set[str]:
    return {h.id for h in build_registry(config)._webhooks.get_all_handlers()}


# -------------------------------------------------------------------------------- --no-webhooks
def test_no_webhooks_flag_registers_no_admission_handler_at_all() -> None:
    config = cli._config(parse("--no-webhooks", "--standalone"))
    assert config.serve_webhooks is False and config.webhook_cert_dir is None
    assert webhook_ids(config) == set()  # kopf would refuse to start with admission handlers and no server


def test_webhooks_on_registers_the_grant_stamper_with_the_pod_webhooks() -> None:
    assert webhook_ids(OperatorConfig()) == {"phigate-inject", "phigate-guard", "grant-admission"}


def test_no_webhooks_with_manage_webhooks_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """Configurations (failurePolicy Fail) pointing at a server that never starts would block the cluster."""
    assert cli.run(parse("--no-webhooks", "--manage-webhooks", "--webhook-service", "ns/svc")) == 2
    assert "--manage-webhooks" in capsys.readouterr().err


# -------------------------------------------------------------------------------- memory trimming
@pytest.mark.parametrize("value", ["soon", "-1", "nan", "inf"])
def test_a_bad_malloc_trim_interval_is_refused_before_anything_starts(
    value: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PHIGATE_MALLOC_TRIM_S", value)
    assert cli.run(parse("--no-webhooks", "--standalone")) == 2
    assert f"PHIGATE_MALLOC_TRIM_S={value!r}" in capsys.readouterr().err


def test_the_trim_thread_hands_freed_heap_back_on_its_interval() -> None:
    calls: list[int] = []
    done = threading.Event()

    def trim(pad: int) -> int:
        calls.append(pad)
        if len(calls) == 2:
            done.set()
        return 1

    threading.Thread(target=cli._trim_forever, args=(trim, 0.01), daemon=True).start()
    assert done.wait(5.0) and calls[:2] == [0, 0]  # malloc_trim(0): keep no padding at the heap top
    assert cli._trim_interval("0") == 0.0 and cli._trim_interval("12.5") == 12.5


# -------------------------------------------------------------------------------- peering flags
def test_peering_flag_makes_kopf_peering_mandatory_with_that_name() -> None:
    config = cli._config(parse("--peering", "phigate-prod", "--no-webhooks"))
    settings = configure_settings(kopf.OperatorSettings(), config)
    assert (settings.peering.name, settings.peering.mandatory, settings.peering.standalone) == (
        "phigate-prod",
        True,
        False,
    )
    assert settings.peering.priority > 0 and config.peering_identity


def test_peering_and_standalone_exclude_each_other() -> None:
    with pytest.raises(SystemExit):
        parse("--peering", "x", "--standalone")


def test_default_peering_stays_optional() -> None:
    settings = configure_settings(kopf.OperatorSettings(), cli._config(parse("--no-webhooks")))
    assert settings.peering.mandatory is False and settings.peering.name == "phigate"


def test_pod_id_is_the_peer_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POD_ID", "phigate-operator-7d9f-abcde")
    assert cli._config(parse("--no-webhooks")).peering_identity == "phigate-operator-7d9f-abcde"


# -------------------------------------------------------------------------------- notification Secret
def test_notification_secret_and_key_come_from_the_environment() -> None:
    config = OperatorConfig.from_env(
        {"PHIGATE_GRANT_NOTIFY_SECRET": "team-slack", "PHIGATE_GRANT_NOTIFY_KEY": "url"}
    )
    assert (config.grant_notify_secret, config.grant_notify_key) == ("team-slack", "url")
    default = OperatorConfig.from_env({})
    assert (default.grant_notify_secret, default.grant_notify_key) == ("phigate-grant-notify", "webhook-url")


def test_an_invalid_notification_secret_name_fails_loudly() -> None:
    with pytest.raises(ValueError, match="PHIGATE_GRANT_NOTIFY_SECRET"):
        OperatorConfig.from_env({"PHIGATE_GRANT_NOTIFY_SECRET": "Not A Name"})


def test_the_configured_key_is_the_one_read() -> None:
    secret = {"stringData": {"url": "https://hooks.example.test/T0/B0"}}
    assert (
        notify.webhook_url_from_secret(secret, "team-slack", key="url") == "https://hooks.example.test/T0/B0"
    )
    with pytest.raises(notify.NotifyError, match="no key 'webhook-url'"):
        notify.webhook_url_from_secret(secret, "team-slack")


# -------------------------------------------------------------------------------- leadership rule
def peer(priority: int, *, seen: timedelta = timedelta(0), lifetime: int = 60) -> dict[str, object]:
    return {"priority": priority, "lifetime": lifetime, "lastseen": (NOW - seen).isoformat()}


@pytest.mark.parametrize(
    ("status", "outranked_"),
    [
        ({"me": peer(50)}, False),  # alone
        ({"me": peer(50), "other": peer(10)}, False),  # we are the highest
        ({"me": peer(50), "other": peer(90)}, True),  # a live higher peer: kopf pauses us
        ({"me": peer(50), "other": peer(50)}, True),  # equal priority: kopf pauses both
        ({"me": peer(50), "other": peer(90, seen=timedelta(seconds=61))}, False),  # its lease ran out
        ({"me": peer(50), "other": {"priority": "x"}}, False),  # garbage is ignored, not trusted
    ],
)
def test_outranked_follows_kopfs_peering_rule(status: dict[str, object], outranked_: bool) -> None:
    assert outranked(status, identity="me", priority=50, now=NOW) is outranked_


def test_without_identity_our_own_priority_is_us() -> None:
    assert outranked({"someone": peer(50)}, identity=None, priority=50, now=NOW) is False
    assert outranked({"someone": peer(51)}, identity=None, priority=50, now=NOW) is True


def test_leadership_reads_the_peering_object_from_the_api(tmp_path: pathlib.Path) -> None:
    """Against fakecluster with the chart's kopf peering CRDs: the object kopf writes decides."""
    with fakecluster(tmp_path, crds=ROOT / "charts" / "phigate" / "crds") as cluster:
        kube = Kube(kubernetes.client.ApiClient(kubernetes.client.Configuration(host=cluster.url)))
        try:
            now = datetime.now(UTC)
            lead = Leadership(
                lambda: kube,
                enabled=True,
                name="phigate",
                namespaces=None,
                identity="me",
                priority=50,
                ttl_s=0,
            )
            assert lead.is_leader() is True  # no peering object (yet): nothing outranks us
            cluster.custom.create_cluster_custom_object(
                "kopf.dev",
                "v1",
                "clusterkopfpeerings",
                {"apiVersion": "kopf.dev/v1", "kind": "ClusterKopfPeering", "metadata": {"name": "phigate"}},
            )
            status = {
                "me": {"priority": 50, "lifetime": 60, "lastseen": now.isoformat()},
                "newer-pod": {"priority": 90, "lifetime": 60, "lastseen": now.isoformat()},
            }
            cluster.custom.patch_cluster_custom_object(  # no status subresource: kopf patches the object
                "kopf.dev", "v1", "clusterkopfpeerings", "phigate", {"status": status}
            )
            assert lead.is_leader() is False
            status["newer-pod"] = None  # kopf removes a peer that exits cleanly
            cluster.custom.patch_cluster_custom_object(  # no status subresource: kopf patches the object
                "kopf.dev", "v1", "clusterkopfpeerings", "phigate", {"status": status}
            )
            assert lead.is_leader() is True
            off = Leadership(
                lambda: kube, enabled=False, name="phigate", namespaces=None, identity="me", priority=1
            )
            assert off.is_leader() is True  # --standalone: never asks
        finally:
            kube.close()


# -------------------------------------------------------------------------------- engine check out of process
def test_masking_is_checked_in_a_child_process_once_per_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    """The operator keeps the engine's compiled detectors out of its own memory; results are cached."""
    import subprocess

    from phigate_operator import policy_check

    from phigate.api.policy import Masking

    monkeypatch.setattr(policy_check, "_engine_cache", {})
    spec = Masking().model_dump_json(by_alias=True)
    assert policy_check._engine_errors_out_of_process(spec) == []  # a real child compiled it
    real_run = subprocess.run
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: pytest.fail("cached spec compiled again"))
    assert policy_check._engine_errors_out_of_process(spec) == []
    monkeypatch.setattr(subprocess, "run", real_run)
    errors = policy_check._engine_errors_out_of_process('{"fields": "not a list"}')
    assert len(errors) == 1 and errors[0].startswith("spec.masking: ")  # the child's words, fail closed


def test_the_operator_cli_switches_the_engine_check_out_of_process() -> None:
    source = (ROOT / "operator" / "phigate_operator" / "cli.py").read_text()
    assert "check_masking_out_of_process()" in source  # `phigate operator` only; CLIs check in process


# -------------------------------------------------------------------------------- shared sweeps
def test_policies_of_one_namespace_share_one_sweep_through_kopfs_memo_copies() -> None:
    """kopf hands each resource object a shallow copy of the operator's memo (copy.copy in its
    inventory): the sweep state must be created with the operator memo, or every policy's timer
    sweeps its namespace again (100 policies: ~27 extra API reads a second in the revocation bench)."""
    import copy

    from phigate_operator.app import make_memo

    class CountingKube:
        def __init__(self) -> None:
            self.pod_lists = 0

        def list_pods(self, namespace: str) -> list[dict[str, object]]:
            self.pod_lists += 1
            return []

    kube = CountingKube()
    operator_memo = make_memo(OperatorConfig(), kube=kube)
    sweep = next(
        h.fn for h in build_registry(OperatorConfig())._spawning.get_all_handlers() if h.id == "policy-sweep"
    )
    calls: list[str] = []

    def fake_reconcile(name: str, *args: object, **kwargs: object) -> str:
        calls.append(name)
        return "compiled"

    import phigate_operator.policy_handlers as ph

    original = ph.reconcile_policy
    ph.reconcile_policy = fake_reconcile  # type: ignore[assignment]
    try:
        for name in ("p1", "p2", "p3"):
            memo = copy.copy(operator_memo)  # what kopf does per resource object
            memo.policies = type("Views", (), {"refresh": staticmethod(lambda ns: [])})()
            sweep(name=name, namespace="team-a", body={}, status={}, patch=kopf.Patch(), memo=memo,
                  logger=None)
    finally:
        ph.reconcile_policy = original
    assert calls == ["p1", "p2", "p3"]  # every policy's status is still refreshed
    assert kube.pod_lists == 1  # but the namespace was listed and swept once
