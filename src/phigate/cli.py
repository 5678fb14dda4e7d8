"""The `phigate` console script: one entry point, one module per subcommand.

Each subcommand module exposes `configure(parser)` and `run(args) -> int` and keeps heavy imports
(mitmproxy, kopf, kubernetes) inside `run`, so `phigate --help` stays fast and an image that lacks an
extra still runs the commands it has.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# name -> (module, one-line help). Add a line here to add a subcommand.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("phigate_sidecar.demo", "run the local demo: FHIR mock, sidecar, scripted agent, spans"),
    "mask": ("phigate.cli_mask", "mask PHI in files or stdin with a PHIPolicy"),
    "crds": ("phigate.crdgen", "generate or check the CRD YAML from the API models"),
    "synth": ("phigate.synthetic.cli", "write a labelled synthetic corpus (never real PHI)"),
    "sidecar": ("phigate_sidecar.cli", "run the enforcement sidecar (mitmproxy + phigate addon)"),
    "operator": ("phigate_operator.cli", "run the kopf operator"),
    "inject": ("phigate_operator.cli_inject", "print the sidecar-injected form of a pod manifest"),
    "grant": ("phigate_operator.cli_grant", "approve, revoke or list AIAccessGrants"),
    "policy": ("phigate_operator.cli_policy", "explain what a request from a pod would get"),
    "audit": ("phigate.audit.cli", "verify, report on and export the audit trail"),
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; with `only`, just that subcommand's module is imported (the others keep their help line):
    a long-running `phigate operator` then never loads the sidecar's, audit's or synthetic data's modules
    (~20 MB of RSS when every subcommand was configured)."""
    parser = argparse.ArgumentParser(prog="phigate", description=__doc__.splitlines()[0])
    from phigate import __version__

    parser.add_argument("--version", action="version", version=f"phigate {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        if only is not None and name != only:
            continue
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:  # an image without this extra, or a command not built yet
            p.set_defaults(_unavailable=f"phigate {name} is not available here: {exc}")
            continue
        module.configure(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in argv if not a.startswith("-")), None)
    parser = build_parser(only=command if command in COMMANDS else None)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    if getattr(args, "_unavailable", None):
        print(args._unavailable, file=sys.stderr)
        return 2
    return int(args._run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
