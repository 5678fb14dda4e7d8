"""`phigate audit verify|report|export|keygen`: check, summarize and archive the audit trail."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime


def _add_sources(p: argparse.ArgumentParser, required: bool = True) -> None:
    p.add_argument(
        "sources",
        nargs="+" if required else "*",
        metavar="SOURCE",
        help="OTLP JSON lines or length-delimited protobuf (Collector file exporter, .gz ok), a spool "
        "directory, directories of them, an archive, or -",
    )
    p.add_argument(
        "--keys",
        action="append",
        default=[],
        metavar="FILE|DIR",
        help="public keys: auditPublicKeys JSON/YAML, PHIPolicy, ConfigMap or PEM (repeatable)",
    )
    p.add_argument(
        "--allow-open",
        action="store_true",
        help="a chain without a final checkpoint is still running, not truncated",
    )
    p.add_argument(
        "--ignore-order",
        action="store_true",
        help="do not report reordering (collectors with parallel senders reorder batches)",
    )


def _when(value: str) -> int:
    """ISO 8601 date/time (UTC when no zone) -> ns since the epoch."""
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date/time: {value!r}") from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return int(dt.timestamp() * 1e9)


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)

    v = sub.add_parser("verify", help="verify hash chains and signed checkpoints; non-zero exit on findings")
    _add_sources(v, required=False)
    v.add_argument("--json", action="store_true", help="machine-readable result on stdout")
    v.add_argument("--listen", metavar="HOST:PORT", help="also receive OTLP/HTTP (protobuf or JSON) here")
    v.add_argument("--duration", type=float, default=60.0, metavar="S", help="how long to --listen (seconds)")
    v.add_argument("--save", metavar="FILE", help="write what --listen received as file-exporter JSON lines")
    v.add_argument(
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="read several files in N worker processes (default: one per CPU, at most one per file)",
    )
    v.set_defaults(_audit=_run_verify)

    r = sub.add_parser("report", help="evidence for auditors: access, masking, denials, disclosures")
    _add_sources(r)
    r.add_argument("--from", dest="from_ns", type=_when, metavar="TIME", help="ISO 8601, inclusive")
    r.add_argument("--to", dest="to_ns", type=_when, metavar="TIME", help="ISO 8601, exclusive")
    r.add_argument("--format", choices=["html", "csv", "json"], default="html")
    r.add_argument("--out", metavar="FILE", help="write here (default stdout)")
    r.set_defaults(_audit=_run_report)

    e = sub.add_parser("export", help="verified spans into dated gzip OTLP JSON files with a sha256 manifest")
    _add_sources(e)
    e.add_argument("--out", required=True, metavar="DIR")
    e.add_argument(
        "--allow-findings",
        action="store_true",
        help="export even when verification has findings (they are written to the manifest)",
    )
    e.set_defaults(_audit=_run_export)

    k = sub.add_parser("keygen", help="create an Ed25519 checkpoint signing key and print its public entry")
    k.add_argument("--out", required=True, metavar="FILE", help="private key PEM (created mode 0600)")
    k.add_argument("--emitter", default="*", help="emitter id (or glob) the key signs for")
    k.set_defaults(_audit=_run_keygen)


def run(args: argparse.Namespace) -> int:
    return int(args._audit(args))


def _verify(args: argparse.Namespace, extra_docs: list | None = None, lean: bool = False):  # type: ignore[no-untyped-def]
    """Read and verify. lean: for `verify` alone (records keep only what the chain check needs)."""
    import os

    from phigate.audit.archive import check_manifests
    from phigate.audit.keys import AuditKeyError, load_keyring
    from phigate.audit.otlp import ReadResult, read_sources, records_of_document, records_of_protobuf
    from phigate.audit.verify import Finding, verify_records

    keys = None
    if args.keys:
        try:
            keys = load_keyring(args.keys)
        except AuditKeyError as exc:
            print(f"phigate audit: {exc}", file=sys.stderr)
            return None, None
    read = ReadResult([], [], [])
    for i, doc in enumerate(extra_docs or []):
        where = f"listen:{i + 1}"
        if isinstance(doc, dict):
            read.records.extend(records_of_document(doc, where, len(read.records), lean))
        else:  # a serialized protobuf ExportTraceServiceRequest
            read.records.extend(records_of_protobuf(doc, where, len(read.records)))
    jobs = getattr(args, "jobs", 0) or len(os.sched_getaffinity(0))
    read_sources(list(args.sources), read, lean=lean, jobs=jobs)
    result = verify_records(read.records, keys, allow_open=args.allow_open, ignore_order=args.ignore_order)
    result.errors.extend(read.errors)
    result.files = read.files
    for problem in check_manifests(list(args.sources)):
        result.findings.append(Finding("archive", "-", problem))
    return result, read


def _summary_text(result) -> str:  # type: ignore[no-untyped-def]
    def ts(ns: int) -> str:
        return datetime.fromtimestamp(ns / 1e9, UTC).isoformat(timespec="seconds") if ns else "-"

    lines = [
        f"{'OK' if result.ok else 'FAILED'}: {result.chained} chained spans in {len(result.chains)} chains, "
        f"{len(result.findings)} findings, {len(result.errors)} input errors"
        + ("" if result.keys_checked else " (signatures NOT checked: pass --keys)"),
    ]
    for c in result.chains:
        lines.append(
            f"  {c.emitter} chain {c.chain}: {c.records} records, seq {c.first_seq}..{c.last_seq}, "
            f"{c.checkpoints} checkpoints"
            + (f" ({c.signed_ok} signatures good)" if result.keys_checked else "")
            + (", sealed" if c.final else ", open")
            + (f", {c.duplicates} duplicate deliveries" if c.duplicates else "")
            + f", {ts(c.start_ns)} .. {ts(c.end_ns)}"
        )
    for f in result.findings:
        lines.append(f"  FINDING {f.kind}: {f.emitter}: {f.message}")
    for e in result.errors:
        lines.append(f"  ERROR {e}")
    if result.unchained:
        lines.append(f"  ({result.unchained} spans without audit chain attributes ignored)")
    return "\n".join(lines)


def _run_verify(args: argparse.Namespace) -> int:
    docs: list = []
    if not args.sources and not args.listen:
        print("phigate audit verify: give SOURCE files or --listen HOST:PORT", file=sys.stderr)
        return 2
    if args.listen:
        from phigate.audit.receiver import listen

        host, _, port = args.listen.rpartition(":")
        docs = listen(host or "127.0.0.1", int(port), args.duration)
        if args.save:
            from phigate.audit.otlp import parse_request, request_to_json, to_file_exporter_json

            with open(args.save, "w") as fh:
                for d in docs:
                    out = (
                        to_file_exporter_json(d) if isinstance(d, dict) else request_to_json(parse_request(d))
                    )
                    fh.write(json.dumps(out, separators=(",", ":")) + "\n")
    result, _ = _verify(args, docs, lean=True)
    if result is None:
        return 2
    if args.json:
        print(json.dumps(result.to_json(), indent=2))
    else:
        print(_summary_text(result))
    return 0 if result.ok else 1


def _run_report(args: argparse.Namespace) -> int:
    from phigate.audit.report import build_report, render

    result, read = _verify(args)
    if result is None:
        return 2
    report = build_report(read.records, result, args.from_ns, args.to_ns)
    data = render(report, args.format)
    if args.out:
        from phigate.audit.archive import atomic_write

        atomic_write(args.out, data.encode())
    else:
        sys.stdout.write(data)
    print(_summary_text(result).splitlines()[0], file=sys.stderr)
    return 0 if result.ok else 1


def _run_export(args: argparse.Namespace) -> int:
    from phigate.audit.archive import write_archive

    result, read = _verify(args)
    if result is None:
        return 2
    print(_summary_text(result), file=sys.stderr)
    if not result.ok and not args.allow_findings:
        print(
            "phigate audit export: verification failed; nothing written (--allow-findings to override)",
            file=sys.stderr,
        )
        return 1
    try:
        manifest = write_archive(read.records, result, args.out)
    except (FileExistsError, OSError) as exc:
        print(f"phigate audit export: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {len(manifest['files'])} files and MANIFEST.json to {args.out}", file=sys.stderr)
    return 0 if result.ok else 1


def _run_keygen(args: argparse.Namespace) -> int:
    import os

    from phigate.audit.keys import generate_private_key_pem, public_key_entry

    pem = generate_private_key_pem()
    try:
        fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        print(f"phigate audit keygen: {args.out}: {exc.strerror}", file=sys.stderr)
        return 2
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    print(json.dumps(public_key_entry(args.emitter, pem)))
    return 0
