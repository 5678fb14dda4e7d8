"""A small, strict renderer for the Go-template/Helm subset our chart uses.

There is no helm binary on the machines this suite runs on, so the offline chart checks render the
templates here and validate the manifests with kubernetes-validate. Anything outside the subset
(an unknown function, an unsupported action) raises, so the chart cannot silently drift beyond
what this renderer checks; `tests/e2e/` installs the chart with the real helm on kind.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import ipaddress
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


class TemplateError(Exception):
    pass


# ---------------------------------------------------------------- lexing of text and actions

_ACTION = re.compile(r"\{\{(-\s)?(.*?)(\s-)?\}\}", re.S)


def _split(src: str) -> list[tuple[str, str]]:
    """[('text', s) | ('action', body)] with Go's {{- / -}} whitespace trimming applied."""
    out: list[tuple[str, str]] = []
    pos = 0
    trim_next = False
    for m in _ACTION.finditer(src):
        text = src[pos : m.start()]
        if trim_next:
            text = text.lstrip()
        if m.group(1):
            text = text.rstrip()
        out.append(("text", text))
        body = m.group(2).strip()
        if not (body.startswith("/*") and body.endswith("*/")):
            out.append(("action", body))
        trim_next = bool(m.group(3))
        pos = m.end()
    tail = src[pos:]
    out.append(("text", tail.lstrip() if trim_next else tail))
    return out


_TOKEN = re.compile(
    r"""\s*(?:
      (?P<str>"(?:[^"\\]|\\.)*")
    | (?P<raw>`[^`]*`)
    | (?P<num>-?\d+(?:\.\d+)?)
    | (?P<decl>:=)
    | (?P<assign>=)
    | (?P<pipe>\|)
    | (?P<lp>\()
    | (?P<rp>\))
    | (?P<comma>,)
    | (?P<var>\$[A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)
    | (?P<field>(?:\.[A-Za-z0-9_]+)+|\.)
    | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
    )""",
    re.X,
)


def _tokens(expr: str) -> list[tuple[str, str]]:
    toks, pos = [], 0
    expr = expr.strip()
    while pos < len(expr):
        m = _TOKEN.match(expr, pos)
        if not m or m.end() == pos:
            raise TemplateError(f"cannot parse {expr[pos:]!r} in {{{{ {expr} }}}}")
        kind = m.lastgroup or ""
        toks.append((kind, m.group(kind)))
        pos = m.end()
        while pos < len(expr) and expr[pos].isspace():
            pos += 1
    return toks


# ---------------------------------------------------------------- parse tree


@dataclass
class Node:
    kind: str  # text | expr | if | range | with | define
    value: Any = None
    branches: list[tuple[Any, list[Node]]] = field(default_factory=list)  # (condition, body)
    else_body: list[Node] = field(default_factory=list)


def _parse(parts: list[tuple[str, str]], defines: dict[str, list[Node]]) -> list[Node]:
    pos = 0

    def block(stop: tuple[str, ...]) -> tuple[list[Node], str]:
        nonlocal pos
        nodes: list[Node] = []
        while pos < len(parts):
            kind, body = parts[pos]
            pos += 1
            if kind == "text":
                if body:
                    nodes.append(Node("text", body))
                continue
            word = body.split(None, 1)[0] if body else ""
            rest = body[len(word) :].strip()
            if word in stop or (word == "else" and "else" in stop):
                return nodes, body
            if word in ("if", "with"):
                node = Node(word)
                cond = rest
                while True:
                    inner, ended = block(("else", "end"))
                    node.branches.append((cond, inner))
                    if ended == "end":
                        break
                    tail = ended[4:].strip()
                    if tail.startswith("if "):
                        cond = tail[3:].strip()
                        continue
                    node.else_body, _ = block(("end",))
                    break
                nodes.append(node)
            elif word == "range":
                node = Node("range", rest)
                inner, ended = block(("else", "end"))
                node.branches.append((rest, inner))
                if ended != "end":
                    node.else_body, _ = block(("end",))
                nodes.append(node)
            elif word == "define":
                name = json.loads(rest)
                inner, _ = block(("end",))
                defines[name] = inner
            elif word in ("end", "else"):
                raise TemplateError(f"unexpected {{{{ {body} }}}}")
            elif word in ("template", "block", "break", "continue"):
                raise TemplateError(f"unsupported action {word!r}")
            else:
                nodes.append(Node("expr", body))
        if stop:
            raise TemplateError(f"missing {{{{ end }}}} (expected one of {stop})")
        return nodes, ""

    nodes, _ = block(())
    return nodes


# ---------------------------------------------------------------- evaluation


def _truthy(v: Any) -> bool:
    return not (v is None or v is False or v == 0 or v == "" or (isinstance(v, (list, dict)) and not v))


def _to_yaml(v: Any) -> str:
    if v in (None, {}, []):
        return "{}" if isinstance(v, dict) else ("[]" if isinstance(v, list) else "null")
    return yaml.safe_dump(v, default_flow_style=False, sort_keys=True).rstrip("\n")


def _go_printf(fmt: str, *args: Any) -> str:
    py = re.sub(r"%[vsd]", "%s", fmt).replace("%q", "%s")
    quoted = [
        json.dumps(a) if spec == "%q" else a
        for spec, a in zip(re.findall(r"%[vsqd]", fmt), args, strict=True)
    ]
    return py % tuple(quoted)


def _gen_ca(cn: str, days: int) -> dict[str, Any]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return {
        "Cert": cert.public_bytes(serialization.Encoding.PEM).decode(),
        "Key": key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        ).decode(),
        "_key": key,
        "_cert": cert,
    }


def _gen_signed_cert(
    cn: str, ips: Any, dns: list[str] | None, days: int, ca: dict[str, Any]
) -> dict[str, Any]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.datetime.now(datetime.UTC)
    sans: list[x509.GeneralName] = [x509.DNSName(d) for d in dns or []]
    sans += [x509.IPAddress(ipaddress.ip_address(i)) for i in ips or []]
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)]))
        .issuer_name(ca["_cert"].subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(x509.SubjectAlternativeName(sans), critical=False)
        .sign(ca["_key"], hashes.SHA256())
    )
    return {
        "Cert": cert.public_bytes(serialization.Encoding.PEM).decode(),
        "Key": key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        ).decode(),
    }


class Renderer:
    def __init__(self, lookup: Callable[..., Any] | None = None) -> None:
        self.defines: dict[str, list[Node]] = {}
        self.lookup = lookup or (lambda *a: {})
        self.funcs: dict[str, Callable[..., Any]] = {
            "quote": lambda v: json.dumps("" if v is None else str(v)),
            "toYaml": _to_yaml,
            "toJson": lambda v: json.dumps(v, separators=(",", ":")),
            "nindent": lambda n, s: (
                "\n" + "\n".join((" " * n + ln) if ln else ln for ln in str(s).split("\n"))
            ),
            "indent": lambda n, s: "\n".join((" " * n + ln) if ln else ln for ln in str(s).split("\n")),
            "default": lambda d, v=None: v if _truthy(v) else d,
            "printf": _go_printf,
            "print": lambda *a: "".join(str(x) for x in a),
            "trunc": lambda n, s: s[:n],
            "trimSuffix": lambda suf, s: s[: -len(suf)] if suf and s.endswith(suf) else s,
            "list": lambda *a: list(a),
            "concat": lambda *ls: [x for lst in ls for x in lst],
            "uniq": lambda lst: list(dict.fromkeys(lst)),
            "b64enc": lambda s: base64.b64encode(str(s).encode()).decode(),
            "sha256sum": lambda s: hashlib.sha256(str(s).encode()).hexdigest(),
            "index": lambda obj, *keys: _index(obj, keys),
            "genCA": _gen_ca,
            "genSignedCert": _gen_signed_cert,
            "lookup": lambda *a: self.lookup(*a),
            "not": lambda v: not _truthy(v),
            "contains": lambda sub, s: sub in s,
            "eq": lambda a, b: a == b,
            "ne": lambda a, b: a != b,
        }

    # -- expressions
    def _eval_pipeline(self, toks: list[tuple[str, str]], ctx: Any, scope: list[dict[str, Any]]) -> Any:
        cmds: list[list[tuple[str, str]]] = [[]]
        depth = 0
        for t in toks:
            if t[0] == "lp":
                depth += 1
            elif t[0] == "rp":
                depth -= 1
            if t[0] == "pipe" and depth == 0:
                cmds.append([])
            else:
                cmds[-1].append(t)
        value: Any = _NOVALUE
        for cmd in cmds:
            value = self._eval_command(cmd, ctx, scope, value)
        return value

    def _eval_command(
        self, cmd: list[tuple[str, str]], ctx: Any, scope: list[dict[str, Any]], piped: Any
    ) -> Any:
        if not cmd:
            raise TemplateError("empty command")
        args: list[Any] = []
        i = 0
        while i < len(cmd):
            kind, text = cmd[i]
            if kind == "lp":
                depth, j = 1, i + 1
                while depth:
                    if j >= len(cmd):
                        raise TemplateError("unbalanced parenthesis")
                    depth += {"lp": 1, "rp": -1}.get(cmd[j][0], 0)
                    j += 1
                args.append(("value", self._eval_pipeline(cmd[i + 1 : j - 1], ctx, scope)))
                i = j
                continue
            args.append((kind, text))
            i += 1
        head_kind, head = args[0]
        if head_kind == "ident" and head not in ("true", "false", "nil"):
            fn = self.funcs.get(head)
            if head == "include":
                fn = self._include
            if fn is None:
                raise TemplateError(f"unknown function {head!r}")
            vals = [self._atom(a, ctx, scope) for a in args[1:]]
            if piped is not _NOVALUE:
                vals.append(piped)
            return fn(*vals)
        if len(args) != 1 or piped is not _NOVALUE:
            raise TemplateError(f"cannot apply arguments to {head!r}")
        return self._atom(args[0], ctx, scope)

    def _atom(self, arg: tuple[str, Any], ctx: Any, scope: list[dict[str, Any]]) -> Any:
        kind, text = arg
        if kind == "value":
            return text
        if kind == "str":
            return json.loads(text)
        if kind == "raw":
            return text[1:-1]
        if kind == "num":
            return float(text) if "." in text else int(text)
        if kind == "ident":
            return {"true": True, "false": False, "nil": None}[text]
        if kind == "field":
            return ctx if text == "." else _walk(ctx, text[1:].split("."))
        if kind == "var":
            name, *path = text.split(".")
            for frame in reversed(scope):
                if name in frame:
                    return _walk(frame[name], path)
            raise TemplateError(f"undefined variable {name}")
        raise TemplateError(f"unexpected token {text!r}")

    def _include(self, name: str, ctx: Any) -> str:
        if name not in self.defines:
            raise TemplateError(f"include of undefined template {name!r}")
        return self._render(self.defines[name], ctx, [{"$": ctx}])

    # -- statements
    def _exec_expr(self, body: str, ctx: Any, scope: list[dict[str, Any]]) -> str:
        toks = _tokens(body)
        if len(toks) >= 2 and toks[0][0] == "var" and toks[1][0] in ("decl", "assign"):
            value = self._eval_pipeline(toks[2:], ctx, scope)
            name = toks[0][1]
            if toks[1][0] == "decl":
                scope[-1][name] = value
            else:
                for frame in reversed(scope):
                    if name in frame:
                        frame[name] = value
                        break
                else:
                    raise TemplateError(f"assignment to undeclared variable {name}")
            return ""
        value = self._eval_pipeline(toks, ctx, scope)
        if isinstance(value, (dict, list)):
            raise TemplateError(f"{{{{ {body} }}}} renders a {type(value).__name__}; use toYaml/toJson")
        return "" if value is None else (str(value).lower() if isinstance(value, bool) else str(value))

    def _render(self, nodes: list[Node], ctx: Any, scope: list[dict[str, Any]]) -> str:
        out: list[str] = []
        for node in nodes:
            if node.kind == "text":
                out.append(node.value)
            elif node.kind == "expr":
                out.append(self._exec_expr(node.value, ctx, scope))
            elif node.kind in ("if", "with"):
                for cond, body in node.branches:
                    val = self._eval_pipeline(_tokens(cond), ctx, scope)
                    if _truthy(val):
                        scope.append({})
                        out.append(self._render(body, val if node.kind == "with" else ctx, scope))
                        scope.pop()
                        break
                else:
                    out.append(self._render(node.else_body, ctx, scope))
            elif node.kind == "range":
                out.append(self._range(node, ctx, scope))
        return "".join(out)

    def _range(self, node: Node, ctx: Any, scope: list[dict[str, Any]]) -> str:
        toks = _tokens(node.value)
        names: list[str] = []
        if any(t[0] == "decl" for t in toks):
            k = next(i for i, t in enumerate(toks) if t[0] == "decl")
            names = [t[1] for t in toks[:k] if t[0] == "var"]
            toks = toks[k + 1 :]
        seq = self._eval_pipeline(toks, ctx, scope)
        items = list(seq.items()) if isinstance(seq, dict) else list(enumerate(seq or []))
        if not items:
            return self._render(node.else_body, ctx, scope)
        out = []
        for key, val in items:
            frame: dict[str, Any] = {}
            if len(names) == 1:
                frame[names[0]] = val
            elif len(names) == 2:
                frame[names[0]], frame[names[1]] = key, val
            scope.append(frame)
            out.append(self._render(node.branches[0][1], val, scope))
            scope.pop()
        return "".join(out)

    def load(self, name: str, src: str) -> list[Node]:
        try:
            return _parse(_split(src), self.defines)
        except TemplateError as exc:
            raise TemplateError(f"{name}: {exc}") from exc

    def render(self, name: str, nodes: list[Node], ctx: dict[str, Any]) -> str:
        try:
            return self._render(nodes, ctx, [{"$": ctx}])
        except TemplateError as exc:
            raise TemplateError(f"{name}: {exc}") from exc


_NOVALUE = object()


def _walk(obj: Any, path: list[str]) -> Any:
    for part in path:
        if not part:
            continue
        obj = obj.get(part) if isinstance(obj, dict) else None
    return obj


def _index(obj: Any, keys: tuple[Any, ...]) -> Any:
    for k in keys:
        obj = obj.get(k) if isinstance(obj, dict) else (obj[k] if isinstance(obj, list) else None)
    return obj


def deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in override.items():
        out[k] = deep_merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def render_chart(
    chart_dir: Path,
    values: dict[str, Any] | None = None,
    release: str = "phigate",
    namespace: str = "phigate-system",
    lookup: Callable[..., Any] | None = None,
) -> dict[str, str]:
    """Render every template like `helm template`; returns {template path: manifest text}."""
    chart = yaml.safe_load((chart_dir / "Chart.yaml").read_text())
    merged = deep_merge(yaml.safe_load((chart_dir / "values.yaml").read_text()) or {}, values or {})
    r = Renderer(lookup)
    loaded = {}
    for path in sorted((chart_dir / "templates").glob("*")):
        loaded[path.name] = r.load(path.name, path.read_text())
    for fname, nodes in loaded.items():
        r.defines[f"{chart['name']}/templates/{fname}"] = nodes
    out = {}
    for fname, nodes in loaded.items():
        if fname.startswith("_") or not fname.endswith((".yaml", ".yml")):
            continue
        rel = f"{chart['name']}/templates/{fname}"
        ctx = {
            "Values": merged,
            "Release": {"Name": release, "Namespace": namespace, "Service": "Helm", "IsInstall": True},
            "Chart": {
                "Name": chart["name"],
                "Version": chart["version"],
                "AppVersion": chart.get("appVersion"),
            },
            "Template": {"BasePath": f"{chart['name']}/templates", "Name": rel},
        }
        out[rel] = r.render(rel, nodes, ctx)
    return out
