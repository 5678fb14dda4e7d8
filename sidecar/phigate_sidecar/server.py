"""Run mitmproxy in-process with the phigate addon: options, CA confdir, upstream trust, health, reload.

`SidecarSettings` is what `phigate sidecar` parses; `Sidecar` owns the running pieces and can run in
the main thread (the CLI) or a background thread (tests that inject faults into the engine).
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from phigate.audit import AuditEmitter
from phigate.enforcement import EnforcementConfigError
from phigate_sidecar.config_store import ConfigStore, Snapshot
from phigate_sidecar.credentials import CredentialStore
from phigate_sidecar.identity import Identity
from phigate_sidecar.maskers import MaskerCache
from phigate_sidecar.ops import HealthServer, Metrics

log = logging.getLogger("phigate.sidecar")

EXPLICIT_PORT = 15001
TRANSPARENT_PORT = 15006
HEALTH_PORT = 15020
# The GIL hand-over interval of the sidecar process (Python's default is 5 ms). Background threads
# (audit delivery, body masking in a worker thread, config polling) otherwise hold the event loop off
# for up to 5 ms each time they run; at 1 ms a waiting request resumes sooner, at a negligible cost.
GIL_SWITCH_INTERVAL_S = 0.001


def proxy_addons() -> list[Any]:
    """The mitmproxy addons the sidecar needs, and nothing else.

    mitmdump loads ~35 addons and calls each of them on every hook of every flow; most of them
    (replay, map-local/remote, modify-body/headers, save, sticky cookies, the mitm.it onboarding
    app, scripts...) are driven by options the sidecar never sets. Leaving them out saves that
    dispatch on every request, and keeps the onboarding app from answering the agent's requests
    to mitm.it. Kept: option loading and CONNECT handling (core), non-local client blocking (block),
    the proxy servers, DNS mode, protocol detection, TLS, h2c refusal and reverse-mode Alt-Svc
    rewriting, and startup error reporting (errorcheck).
    """
    from mitmproxy.addons import (
        block,
        core,
        disable_h2c,
        dns_resolver,
        errorcheck,
        next_layer,
        proxyserver,
        strip_dns_https_records,
        tlsconfig,
        update_alt_svc,
    )

    return [
        core.Core(),
        block.Block(),
        strip_dns_https_records.StripDnsHttpsRecords(),
        disable_h2c.DisableH2C(),
        proxyserver.Proxyserver(),
        dns_resolver.DnsResolver(),
        next_layer.NextLayer(),
        tlsconfig.TlsConfig(),
        update_alt_svc.UpdateAltSvc(),
        errorcheck.ErrorCheck(),
    ]


class SidecarError(RuntimeError):
    """A setting the sidecar cannot start with; the message names the flag or file."""


@dataclass
class SidecarSettings:
    policy: Path
    grants: Path | None = None
    modes: list[str] = field(default_factory=lambda: ["regular"])
    port: int = EXPLICIT_PORT
    listen_host: str = "127.0.0.1"
    health_port: int = HEALTH_PORT
    health_host: str = "0.0.0.0"
    ca_dir: Path | None = None
    generate_ca: bool = False
    upstream_ca: Path | None = None
    credentials_dir: Path | None = None
    policy_name: str | None = None
    reload_interval_s: float = 1.0


def mode_specs(modes: list[str], port: int) -> list[str]:
    """`regular` -> `regular@PORT`; `transparent` -> `transparent@15006` unless it is the only mode."""
    out: list[str] = []
    for m in modes:
        if "@" in m:
            out.append(m)
            continue
        if m == "transparent" and len(modes) > 1:
            out.append(f"transparent@{TRANSPARENT_PORT}")
        else:
            out.append(f"{m}@{port}")
    ports = [s.rsplit("@", 1)[1] for s in out]
    if len(set(ports)) != len(ports):
        raise SidecarError(f"--mode: two modes on one port: {out}")
    return out


def generate_ca(directory: Path, common_name: str = "phigate sidecar CA") -> None:
    """Write ca.crt + ca.key (EC P-256, 1 year) in the pod-contract layout; for local use and tests."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    from phigate.pki import interception_ca

    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    cert_pem, key_pem = interception_ca(name, datetime.now(UTC) - timedelta(hours=1), 365)
    directory.mkdir(parents=True, exist_ok=True)
    key_path = directory / "ca.key"
    key_path.write_text(key_pem)
    key_path.chmod(0o600)
    (directory / "ca.crt").write_text(cert_pem)


def build_confdir(settings: SidecarSettings, confdir: Path) -> Path | None:
    """mitmproxy's confdir from the contract's ca.crt + ca.key; returns the upstream trust bundle or None."""
    ca_dir = settings.ca_dir
    if ca_dir is None:
        raise SidecarError("--ca-dir is required (ca.crt + ca.key; add --generate-ca to create them)")
    crt, key = ca_dir / "ca.crt", ca_dir / "ca.key"
    if not (crt.exists() and key.exists()):
        if not settings.generate_ca:
            missing = ", ".join(str(p) for p in (crt, key) if not p.exists())
            raise SidecarError(
                f"--ca-dir {ca_dir}: missing {missing} (mount Secret phigate-ca or use --generate-ca)"
            )
        generate_ca(ca_dir)
    try:
        from cryptography import x509
        from cryptography.hazmat.primitives.serialization import load_pem_private_key

        cert = x509.load_pem_x509_certificate(crt.read_bytes())
        pkey = load_pem_private_key(key.read_bytes(), None)
    except (OSError, ValueError, TypeError) as exc:
        raise SidecarError(f"--ca-dir {ca_dir}: unreadable CA: {exc}") from exc
    if cert.public_key().public_numbers() != pkey.public_key().public_numbers():  # type: ignore[union-attr]
        raise SidecarError(f"--ca-dir {ca_dir}: ca.key does not match ca.crt")
    confdir.mkdir(parents=True, exist_ok=True)
    pem = key.read_bytes().rstrip(b"\n") + b"\n" + crt.read_bytes()
    target = confdir / "mitmproxy-ca.pem"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    (confdir / "mitmproxy-ca-cert.pem").write_bytes(crt.read_bytes())
    if settings.upstream_ca is None:
        return None
    import certifi

    try:
        extra = settings.upstream_ca.read_bytes()
    except OSError as exc:
        raise SidecarError(f"--upstream-ca {settings.upstream_ca}: {exc}") from exc
    bundle = confdir / "upstream-trust.pem"
    bundle.write_bytes(Path(certifi.where()).read_bytes() + b"\n" + extra)
    return bundle


class Sidecar:
    """The running sidecar: config store + watcher, audit emitter, health server, mitmproxy master."""

    def __init__(self, settings: SidecarSettings, *, emitter: AuditEmitter | None = None) -> None:
        self.settings = settings
        self.identity = Identity.from_env(policy=settings.policy_name)
        self.metrics = Metrics()
        self.emitter: AuditEmitter = emitter  # type: ignore[assignment]  # built in prepare() when None
        self.credentials = CredentialStore(settings.credentials_dir)
        self.maskers = MaskerCache(self.credentials)
        self.store = ConfigStore(
            settings.policy,
            settings.grants,
            on_reload=self._on_reload,
            on_error=self._on_reload_error,
            prepare=self.maskers.warm,
        )
        self.master: Any = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.health: HealthServer | None = None
        self._stop = threading.Event()
        self._tmp = Path(tempfile.mkdtemp(prefix="phigate-sidecar-"))
        self.modes = mode_specs(settings.modes, settings.port)
        self.started = threading.Event()
        self.exit_code = 0

    # --------------------------------------------------------------- reload spans
    def _on_reload(self, snap: Snapshot) -> None:
        self.metrics.reloads.labels("ok").inc()
        _notify_kind_handlers(snap)
        self.emitter.record(
            "phigate.config.reload",
            {"phigate.config.hash": snap.config.hash, "phigate.decision": "reloaded"}
            | {
                "phigate.policies": [p.name for p in snap.config.policies],
                "phigate.grants": len(snap.config.grants),
            },
        )

    def _on_reload_error(self, message: str) -> None:
        self.metrics.reloads.labels("invalid").inc()
        cur = self.store.current().config.hash if self.store.loaded else ""
        self.emitter.record(
            "phigate.config.reload",
            {
                "phigate.decision": "rejected",
                "phigate.config.error": message[:2048],
                "phigate.config.hash": cur,
            },
            error=f"invalid enforcement config kept out: {message[:512]}",
        )

    # --------------------------------------------------------------- readiness
    def ready(self) -> tuple[bool, str]:
        if not self.store.loaded:
            return False, "no enforcement config loaded"
        master = self.master
        if master is None:
            return False, "proxy not started"
        ps = master.addons.get("proxyserver")
        servers = list(ps.servers) if ps is not None else []
        if not servers or not all(s.is_running for s in servers):
            return False, "proxy not listening"
        return True, "ready"

    # --------------------------------------------------------------- run
    def prepare(self) -> None:
        """Everything that can fail before mitmproxy starts: config, CA, health port."""
        self.upstream_bundle = build_confdir(self.settings, self._tmp / "confdir")  # cheap checks first
        try:
            snap = self.store.load()
        except EnforcementConfigError as exc:
            raise SidecarError(str(exc)) from exc
        self.metrics.config_info.set(1)
        if self.emitter is None:
            policy = snap.config.policy(self.identity.policy) if self.identity.policy else None
            policy = policy or (snap.config.policies[0] if snap.config.policies else None)
            audit = policy.spec.audit if policy else None
            who = f"{self.identity.namespace or 'local'}/{self.identity.pod or socket.gethostname()}"
            self.emitter = AuditEmitter(
                service_name="phigate-sidecar",
                emitter_id=f"sidecar/{who}",
                checkpoint_every=audit.checkpoint_every if audit else 100,
                checkpoint_seconds=float(audit.checkpoint_seconds) if audit else 60.0,
            )
        log.info(
            "enforcement config loaded",
            extra={"config_hash": snap.config.hash, "policies": [p.name for p in snap.config.policies]},
        )
        self.health = HealthServer(
            self.settings.health_host, self.settings.health_port, self.metrics, self.ready
        )

    async def run_async(self, install_signals: bool = False) -> None:
        from mitmproxy import options
        from mitmproxy.master import Master

        from phigate_sidecar.addon import PhigateAddon

        _load_kind_handlers()
        self.loop = asyncio.get_running_loop()
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
        opts = options.Options()
        master = Master(opts, with_termlog=False)
        master.addons.add(*proxy_addons())
        addon = PhigateAddon(
            store=self.store,
            identity=self.identity,
            emitter=self.emitter,
            metrics=self.metrics,
            credentials=self.credentials,
            maskers=self.maskers,
        )
        master.addons.add(addon)
        self.addon = addon
        opts.update(
            mode=self.modes,
            listen_host=self.settings.listen_host,
            confdir=str(self._tmp / "confdir"),
            ssl_insecure=False,
            ssl_verify_upstream_trusted_ca=str(self.upstream_bundle) if self.upstream_bundle else None,
            connection_strategy="lazy",
            upstream_cert=False,
            stream_large_bodies=None,
            body_size_limit=None,
            http2=True,
        )
        self.master = master
        if install_signals:
            for sig in (signal.SIGTERM, signal.SIGINT):
                self.loop.add_signal_handler(sig, master.shutdown)
        assert self.health is not None
        self.health.start()
        self.store.watch(self._stop, self.settings.reload_interval_s)
        self.started.set()
        log.info("sidecar starting", extra={"modes": ",".join(self.modes), "health_port": self.health.port})
        try:
            await master.run()
        finally:
            self._stop.set()

    def run(self) -> int:
        """Blocking run (the CLI); returns the exit code.

        PHIGATE_SIDECAR_PROFILE=FILE profiles the event-loop thread with cProfile and writes the
        stats to FILE at shutdown (for `benchmarks proxy --profile`; never set in a pod)."""
        profile_to = os.environ.get("PHIGATE_SIDECAR_PROFILE")
        profiler = None
        if profile_to:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        try:
            asyncio.run(self.run_async(install_signals=True))
        except SystemExit as exc:  # mitmproxy's errorcheck exits on startup errors (port in use)
            self.exit_code = int(exc.code or 1)
        finally:
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(profile_to)
            self.close()
        return self.exit_code

    def start_in_thread(self, timeout: float = 20.0) -> threading.Thread:
        """For tests: run in a background thread; returns once the proxy reports ready."""
        import time

        def target() -> None:
            try:
                asyncio.run(self.run_async())
            except BaseException as exc:  # surface anything to the waiting test
                log.error("sidecar thread ended: %r", exc)
                self.exit_code = 1

        t = threading.Thread(target=target, name="phigate-sidecar", daemon=True)
        t.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.ready()[0]:
                return t
            if not t.is_alive():
                break
            time.sleep(0.02)
        raise SidecarError(f"sidecar did not become ready: {self.ready()[1]}")

    def shutdown(self) -> None:
        if self.master is not None:
            self.master.shutdown()

    def close(self) -> None:
        self._stop.set()
        if self.health is not None:
            self.health.stop()
            self.health = None
        try:
            if self.emitter is not None:
                self.emitter.flush(5.0)
                self.emitter.shutdown()
        except Exception:
            log.exception("audit emitter shutdown failed")
        shutil.rmtree(self._tmp, ignore_errors=True)


def _notify_kind_handlers(snap: Snapshot) -> None:
    """Handlers with per-grant state (the AI pseudonym vaults) drop what ended grants left behind."""
    from phigate_sidecar.kinds import kind_handler, registered_kinds

    seen: set[int] = set()
    for kind in registered_kinds():
        handler = kind_handler(kind)
        on_config = getattr(handler, "on_config", None)
        if on_config is None or id(handler) in seen:
            continue
        seen.add(id(handler))
        try:
            on_config(snap.config, datetime.now(UTC))
        except Exception:
            log.exception("kind handler %s failed to apply the new config", kind)


def _load_kind_handlers() -> None:
    """Import phigate_sidecar.ai so it registers the llm/mcp handlers; without it those kinds get 502."""
    import importlib

    try:
        importlib.import_module("phigate_sidecar.ai")
    except ModuleNotFoundError as exc:
        if exc.name != "phigate_sidecar.ai":
            log.error("phigate_sidecar.ai failed to import: %s; llm/mcp destinations will be refused", exc)
    except Exception as exc:
        log.error("phigate_sidecar.ai failed to import: %s; llm/mcp destinations will be refused", exc)
