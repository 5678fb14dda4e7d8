"""`phigate mask`: mask PHI in files or stdin with a PHIPolicy, the same engine the sidecar runs.

    phigate mask --policy POLICY.yaml [--out-dir DIR] [--report | --report-file F]
                 [--hash-key-file F] [--format auto|json|ndjson|text] [PATH ...]

Fail closed: an input that cannot be masked (invalid JSON, non-UTF-8, binary, too deep, too large) is
refused and gets no output file; outputs are written to a temp file in the target directory and
renamed into place only when complete, so a reader never sees half a file. Stdin is masked to a spool
and copied to stdout only once all of it has been masked.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from phigate.api.policy import Masking, PHIPolicy

EXIT_OK = 0  # every input masked
EXIT_REFUSED = 1  # some inputs refused (the others were masked and written)
EXIT_USAGE = 2  # usage, policy or key error: nothing written

HASH_KEY_ENV = "PHIGATE_HASH_KEY"
MIN_HASH_KEY_BYTES = 16
CHUNK_BYTES = 1 << 20  # text is read, masked and written in 1 MiB pieces
SPOOL_BYTES = 8 << 20  # stdin output kept in memory up to this, then spilled to a temp file
DEFAULT_MAX_JSON_BYTES = 64 << 20  # a .json document is parsed whole; bigger ones belong in NDJSON
FORMATS = ("auto", "json", "ndjson", "text")
TEMP_SUFFIX = ".phigate-tmp"

EPILOG = """\
formats: *.json is parsed as one JSON document, *.ndjson / *.jsonl line by line, anything else is
  UTF-8 text, streamed in 1 MiB pieces (bounded memory). --format overrides the suffix.
outputs: a file PATH is written to DIR/<name>; a directory PATH is walked and mirrored under
  DIR/<relative path>. An output that would overwrite an input is refused (exit 2), so --out-dir may
  equal an input directory only when no names collide. Without PATH, stdin is masked to stdout.
report: --report writes NDJSON records (one per finding, one per file, one summary; never a PHI
  value) to stderr, and then every stderr line is JSON, errors included; --report-file F writes
  the same records to F.
hash action: needs a key: --hash-key-file F or the PHIGATE_HASH_KEY environment variable
  (at least 16 bytes); the policy's hashKeyRef Secret is only read in a cluster.
exit codes: 0 all inputs masked; 1 some inputs refused (the others were written);
  2 usage, policy or key error (nothing written).
"""


class UsageError(Exception):
    """Exit 2: the command cannot run as given; nothing is written."""


class InputRefused(Exception):
    """One input that cannot be masked safely; it gets no output, the others go on."""


# ---------------------------------------------------------------- policy and key


def load_policy(path: Path) -> PHIPolicy:
    """Exactly one PHIPolicy from a YAML or JSON file; errors name the file and the field."""
    import yaml
    from pydantic import ValidationError

    from phigate.api.policy import PHIPolicy

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the policy: {exc}") from exc
    try:
        docs = [json.loads(text)] if path.suffix == ".json" else list(yaml.safe_load_all(text))
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise UsageError(f"{path}: not valid {'JSON' if path.suffix == '.json' else 'YAML'}: {exc}") from exc
    docs = [d for d in docs if d is not None]
    policies = [d for d in docs if isinstance(d, dict) and d.get("kind") == "PHIPolicy"]
    if len(docs) != 1 or len(policies) != 1:
        kinds = [d.get("kind") if isinstance(d, dict) else type(d).__name__ for d in docs]
        raise UsageError(f"{path}: expected exactly one PHIPolicy document, found {kinds or 'none'}")
    try:
        return PHIPolicy.model_validate(policies[0])
    except ValidationError as exc:
        name = (policies[0].get("metadata") or {}).get("name", "?")
        raise UsageError(f"{path}: PHIPolicy {name}: {_validation_text(exc)}") from exc


def _validation_text(exc: Any) -> str:
    lines = []
    for err in exc.errors():
        loc = ""
        for part in err["loc"]:
            loc += f"[{part}]" if isinstance(part, int) else ("." if loc else "") + str(part)
        lines.append(f"{loc or '(document)'}: {err['msg']}")
    return "; ".join(lines)


def hash_action_fields(masking: Masking) -> list[str]:
    """Where the policy asks for the keyed hash action (they need a key)."""
    from phigate.api.identifiers import Action

    where = []
    if masking.default_action == Action.HASH:
        where.append("spec.masking.defaultAction")
    for name, rules in (
        ("fields", masking.fields),
        ("detectors", masking.detectors),
        ("patterns", masking.patterns),
    ):
        where += [
            f"spec.masking.{name}[{i}].action" for i, r in enumerate(rules or []) if r.action == Action.HASH
        ]
    return where


def read_hash_key(key_file: Path | None, environ: dict[str, str]) -> bytes | None:
    if key_file is not None:
        try:
            key = key_file.read_bytes().rstrip(b"\r\n")
        except OSError as exc:
            raise UsageError(f"{key_file}: cannot read the hash key: {exc}") from exc
        source = str(key_file)
    elif environ.get(HASH_KEY_ENV):
        key, source = environ[HASH_KEY_ENV].encode(), HASH_KEY_ENV
    else:
        return None
    if len(key) < MIN_HASH_KEY_BYTES:
        raise UsageError(f"{source}: the hash key must be at least {MIN_HASH_KEY_BYTES} bytes")
    return key


# ---------------------------------------------------------------- what to read, where to write


@dataclass(frozen=True)
class Job:
    """One input and where its masked form goes (None: stdin / stdout)."""

    source: Path | None
    target: Path | None
    fmt: str

    @property
    def name(self) -> str:
        return str(self.source) if self.source is not None else "<stdin>"


def format_for(path: Path | None, override: str) -> str:
    if override != "auto":
        return override
    suffix = path.suffix.lower() if path is not None else ""
    return {".json": "json", ".ndjson": "ndjson", ".jsonl": "ndjson"}.get(suffix, "text")


def plan_jobs(paths: list[Path], out_dir: Path | None, fmt: str) -> tuple[list[Job], list[tuple[str, str]]]:
    """Inputs -> jobs, plus inputs refused up front (missing, unreadable). Raises UsageError (exit 2)
    when outputs would collide or overwrite an input: checked before anything is written."""
    if not paths:
        return [Job(None, None, format_for(None, fmt))], []
    if out_dir is None:
        raise UsageError("--out-dir is required when PATHs are given (without PATH, stdin goes to stdout)")
    out_root = out_dir.resolve()
    jobs: list[Job] = []
    refused: list[tuple[str, str]] = []
    for arg in paths:
        if arg.is_dir():
            out_inside = arg.resolve() in out_root.parents  # e.g. --out-dir notes/masked notes/
            for src in sorted(p for p in arg.rglob("*") if p.is_file()):
                if out_inside and out_root in src.resolve().parents:
                    continue  # outputs of an earlier run, inside the tree being masked
                if src.name.endswith(TEMP_SUFFIX):
                    continue  # a temp file a killed run left behind
                jobs.append(Job(src, out_dir / src.relative_to(arg), format_for(src, fmt)))
        elif arg.is_file():
            jobs.append(Job(arg, out_dir / arg.name, format_for(arg, fmt)))
        else:
            refused.append(
                (str(arg), "no such file or directory" if not arg.exists() else "not a regular file")
            )
    inputs = {j.source.resolve() for j in jobs if j.source is not None}
    seen: dict[Path, Job] = {}
    for j in jobs:
        assert j.target is not None and j.source is not None
        target = j.target.resolve()
        if target in inputs:
            raise UsageError(
                f"{j.source}: its output {j.target} would overwrite an input; choose another --out-dir"
            )
        if target in seen:
            raise UsageError(f"{j.source} and {seen[target].source} would both be written to {j.target}")
        seen[target] = j
    return jobs, refused


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[IO[bytes]]:
    """A temp file beside `target`, renamed over it only when the body finished without error."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def spooled_stdout(stdout: IO[bytes]) -> Iterator[IO[bytes]]:
    """Stdout's twin of atomic_output: nothing reaches stdout unless the whole input was masked."""
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as spool:
        yield spool  # type: ignore[misc]
        spool.seek(0)
        while block := spool.read(CHUNK_BYTES):
            stdout.write(block)
        stdout.flush()


# ---------------------------------------------------------------- reading inputs safely


def utf8_chunks(stream: IO[bytes], name: str, chunk_bytes: int = CHUNK_BYTES) -> Iterator[str]:
    """Strict UTF-8 text in pieces; binary (NUL bytes) and invalid UTF-8 are refused, never passed."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="strict")
    offset = 0
    first = True
    while True:
        block = stream.read(chunk_bytes)
        final = not block
        nul = block.find(b"\x00")
        if nul >= 0:
            raise InputRefused(f"{name}: binary content (NUL byte at byte {offset + nul})")
        if first and block.startswith(codecs.BOM_UTF8):
            block = block[len(codecs.BOM_UTF8) :]
        first = False
        try:
            text = decoder.decode(block, final=final)
        except UnicodeDecodeError as exc:
            raise InputRefused(f"{name}: not UTF-8 text (invalid byte at byte {offset + exc.start})") from exc
        offset += len(block)
        if text:
            yield text
        if final:
            return


def _reject_constant(token: str) -> Any:
    raise ValueError(f"{token} is not JSON")


def parse_json(text: str, name: str) -> Any:
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except RecursionError as exc:
        raise InputRefused(f"{name}: JSON nested too deeply to mask safely") from exc
    except ValueError as exc:  # JSONDecodeError is a ValueError
        raise InputRefused(f"{name}: invalid JSON: {exc}") from exc


# ---------------------------------------------------------------- report


@dataclass
class Reporter:
    """NDJSON records for auditors and scripts: what was found where, never the value itself."""

    sink: IO[str] | None
    totals: Counter[str] = field(default_factory=Counter)
    files: Counter[str] = field(default_factory=Counter)

    def emit(self, record: dict[str, Any]) -> None:
        if self.sink is not None:
            self.sink.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")

    def finding(self, job: Job, f: Any, line: int | None = None) -> None:
        rec: dict[str, Any] = {
            "record": "finding",
            "input": job.name,
            "type": str(f.type),
            "action": str(f.action),
            "detector": f.detector,
        }
        if line is not None:
            rec["line"] = line
        if f.path is not None:
            rec["path"] = f.path
        if f.start is not None:
            rec["start"] = f.start
            rec["end"] = f.end if f.end is not None else f.start
        self.emit(rec)

    def done(self, job: Job, counts: Counter[str]) -> None:
        self.files["masked"] += 1
        self.totals.update(counts)
        self.emit(
            {
                "record": "file",
                "input": job.name,
                "output": str(job.target) if job.target is not None else "<stdout>",
                "format": job.fmt,
                "status": "masked",
                "counts": dict(sorted(counts.items())),
                "findings": sum(counts.values()),
            }
        )

    def refused(self, name: str, error: str) -> None:
        self.files["refused"] += 1
        self.emit({"record": "file", "input": name, "status": "refused", "error": error})

    def summary(self) -> None:
        self.emit(
            {
                "record": "summary",
                "masked": self.files["masked"],
                "refused": self.files["refused"],
                "counts": dict(sorted(self.totals.items())),
                "findings": sum(self.totals.values()),
            }
        )


# ---------------------------------------------------------------- masking one input


def _text_pieces(masker: Any, chunks: Iterable[str]) -> Iterator[tuple[str, list[Any]]]:
    """(masked text, findings) pieces from the engine's stream: it carries context across chunk
    boundaries (a value split between two reads is still caught) and gives stream-wide offsets."""
    for piece in masker.mask_text_stream(chunks):
        yield piece.document, piece.findings


def mask_text(masker: Any, job: Job, src: IO[bytes], out: IO[bytes], report: Reporter) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text, findings in _text_pieces(masker, utf8_chunks(src, job.name)):
        out.write(text.encode("utf-8"))
        for f in findings:
            counts[str(f.type)] += 1
            report.finding(job, f)
    return counts


def mask_json(
    masker: Any, job: Job, src: IO[bytes], out: IO[bytes], report: Reporter, max_bytes: int
) -> Counter[str]:
    data = src.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputRefused(f"{job.name}: JSON larger than {max_bytes} bytes (--max-json-bytes); use NDJSON")
    text = "".join(utf8_chunks(_Bytes(data), job.name))
    value = parse_json(text, job.name)
    try:
        result = masker.mask_json(value)
        rendered = json.dumps(result.document, ensure_ascii=False, indent=2)
    except RecursionError as exc:
        raise InputRefused(f"{job.name}: JSON nested too deeply to mask safely") from exc
    out.write(rendered.encode("utf-8") + b"\n")
    counts: Counter[str] = Counter()
    for f in result.findings:
        counts[str(f.type)] += 1
        report.finding(job, f)
    return counts


def mask_ndjson(masker: Any, job: Job, src: IO[bytes], out: IO[bytes], report: Reporter) -> Counter[str]:
    counts: Counter[str] = Counter()
    for number, line in enumerate(_lines(utf8_chunks(src, job.name)), start=1):
        if not line.strip():
            out.write(b"\n")
            continue
        value = parse_json(line, f"{job.name}: line {number}")
        try:
            result = masker.mask_json(value)
            rendered = json.dumps(result.document, ensure_ascii=False, separators=(",", ":"))
        except RecursionError as exc:
            raise InputRefused(f"{job.name}: line {number}: JSON nested too deeply to mask safely") from exc
        out.write(rendered.encode("utf-8") + b"\n")
        for f in result.findings:
            counts[str(f.type)] += 1
            report.finding(job, f, line=number)
    return counts


def _lines(chunks: Iterable[str]) -> Iterator[str]:
    rest = ""
    for chunk in chunks:
        rest += chunk
        *complete, rest = rest.split("\n")
        yield from complete
    if rest:
        yield rest


class _Bytes:
    """A bytes object read like a stream, for utf8_chunks."""

    def __init__(self, data: bytes) -> None:
        self._data, self._pos = data, 0

    def read(self, n: int) -> bytes:
        block = self._data[self._pos : self._pos + n]
        self._pos += len(block)
        return block


def mask_one(
    masker: Any, job: Job, src: IO[bytes], out: IO[bytes], report: Reporter, max_json: int
) -> Counter[str]:
    from phigate.engine import EngineError

    try:
        if job.fmt == "json":
            return mask_json(masker, job, src, out, report, max_json)
        if job.fmt == "ndjson":
            return mask_ndjson(masker, job, src, out, report)
        return mask_text(masker, job, src, out, report)
    except EngineError as exc:
        raise InputRefused(f"{job.name}: {exc}") from exc


# ---------------------------------------------------------------- the command


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG
    parser.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="files or directories (default: stdin)"
    )
    parser.add_argument(
        "--policy", required=True, type=Path, metavar="FILE", help="PHIPolicy YAML or JSON file"
    )
    parser.add_argument(
        "--out-dir", type=Path, metavar="DIR", help="where masked files go (required with PATHs)"
    )
    rep = parser.add_mutually_exclusive_group()
    rep.add_argument("--report", action="store_true", help="NDJSON findings report on stderr")
    rep.add_argument("--report-file", type=Path, metavar="FILE", help="NDJSON findings report to this file")
    parser.add_argument(
        "--hash-key-file",
        type=Path,
        metavar="FILE",
        help=f"HMAC key for the hash action (or ${HASH_KEY_ENV})",
    )
    parser.add_argument("--format", choices=FORMATS, default="auto", help="input format (default: by suffix)")
    parser.add_argument(
        "--max-json-bytes",
        type=int,
        default=DEFAULT_MAX_JSON_BYTES,
        metavar="N",
        help=f"largest .json document parsed whole (default {DEFAULT_MAX_JSON_BYTES})",
    )


def run(args: argparse.Namespace) -> int:
    stderr = sys.stderr
    report_sink: IO[str] | None = stderr if args.report else None

    def say(message: str) -> None:
        if args.report:
            print(json.dumps({"record": "error", "error": message}, ensure_ascii=False), file=stderr)
        else:
            print(f"phigate mask: {message}", file=stderr)

    try:
        masker, jobs, early_refusals = _prepare(args, dict(os.environ))
    except UsageError as exc:
        say(str(exc))
        return EXIT_USAGE

    with contextlib.ExitStack() as stack:
        if args.report_file is not None:
            report_sink = stack.enter_context(_atomic_text(args.report_file))
        report = Reporter(report_sink)
        for name, error in early_refusals:
            _refuse(report, say, name, error, args)
        for job in jobs:
            try:
                if job.source is None:
                    with spooled_stdout(sys.stdout.buffer) as out:
                        counts = mask_one(masker, job, sys.stdin.buffer, out, report, args.max_json_bytes)
                else:
                    assert job.target is not None
                    with job.source.open("rb") as src, atomic_output(job.target) as out:
                        counts = mask_one(masker, job, src, out, report, args.max_json_bytes)
            except InputRefused as exc:
                _refuse(report, say, job.name, str(exc), args)
                continue
            except OSError as exc:
                _refuse(report, say, job.name, f"{job.name}: {exc.strerror or exc}", args)
                continue
            except Exception as exc:  # an engine bug: refuse this input, never echo its content
                _refuse(report, say, job.name, f"{job.name}: internal error ({type(exc).__name__})", args)
                continue
            report.done(job, counts)
        report.summary()
    return EXIT_REFUSED if report.files["refused"] else EXIT_OK


def _refuse(report: Reporter, say: Any, name: str, error: str, args: argparse.Namespace) -> None:
    report.refused(name, error)
    if not args.report:  # with --report the file record on stderr already says it
        say(f"refused: {error}" if error.startswith(name) else f"refused: {name}: {error}")


def _prepare(
    args: argparse.Namespace, environ: dict[str, str]
) -> tuple[Any, list[Job], list[tuple[str, str]]]:
    """Everything that can fail with exit 2, done before the first byte is written."""
    from phigate.engine import EngineError, Masker, TokenVault, compile_plan

    if args.max_json_bytes < 1:
        raise UsageError("--max-json-bytes must be positive")
    policy = load_policy(args.policy)
    key = read_hash_key(args.hash_key_file, environ)
    needs_key = hash_action_fields(policy.spec.masking)
    if needs_key and key is None:
        raise UsageError(
            f"{args.policy}: {needs_key[0]} is hash, which needs a key: give --hash-key-file FILE or set "
            f"{HASH_KEY_ENV} (the policy's hashKeyRef Secret is only read in a cluster)"
        )
    try:
        plan = compile_plan(policy.spec.masking, hash_key=key)
    except (EngineError, ValueError) as exc:  # the engine names the field: "masking.patterns[0].regex: ..."
        where = "spec." if str(exc).startswith("masking.") else "spec.masking: "
        raise UsageError(f"{args.policy}: PHIPolicy {policy.metadata.name}: {where}{exc}") from exc
    jobs, refused = plan_jobs(list(args.paths), args.out_dir, args.format)
    return Masker(plan, vault=TokenVault()), jobs, refused


@contextlib.contextmanager
def _atomic_text(target: Path) -> Iterator[IO[str]]:
    with atomic_output(target) as raw, open(raw.fileno(), "w", encoding="utf-8", closefd=False) as text:
        yield text
        text.flush()
