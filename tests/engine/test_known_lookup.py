"""The compile-free look-up of known values and name words against the trie regex it replaced.

`known.find_spans` must return exactly what `finditer` over `before(?:trie of values)after` returned
(same spans, leftmost, longest at each start, no overlaps), so the old implementation is kept here as
the reference and both run over generated cases and over the synthetic corpus.
"""

from __future__ import annotations

import copy
import json
import random
import re
import sys

import pytest

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import Masker, MaskingPlan, known, textmask
from phigate.engine.scanner import Hit
from phigate.synthetic import make_patient_bundle
from phigate.synthetic.corpus import make_corpus

# -- the reference: the regex implementation as it was ------------------------------------------------------
VALUE_BEFORE, VALUE_AFTER = r"(?<![\w\-/])", r"(?![\w\-/]|\.\w)"
NAME_BEFORE, NAME_AFTER = r"(?<![\w'\-])", r"(?![\w\-]|'\w)"


def ref_compile_alternation(values: tuple[str, ...], before: str, after: str, flags: int) -> re.Pattern[str]:
    try:
        return re.compile(before + "(?:" + ref_trie(values) + ")" + after, flags)
    except (RecursionError, re.error, OverflowError):
        plain = "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True))
        return re.compile(before + "(?:" + plain + ")" + after, flags)


def ref_trie(values: tuple[str, ...]) -> str:
    root: dict[str, dict] = {}
    for v in values:
        node = root
        for ch in v:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _ref_emit(root)


def _ref_emit(node: dict[str, dict]) -> str:
    end = "" in node
    branches = [re.escape(ch) + _ref_emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if end else body


def ref_find(known_values: dict[str, T], text: str) -> list[Hit]:
    if not known_values:
        return []
    exact = tuple(sorted(v for v in known_values if not any(c.isdigit() for c in v)))
    folded = tuple(sorted(v.lower() for v in known_values if any(c.isdigit() for c in v)))
    lower = {v.lower(): t for v, t in known_values.items()}
    out: list[Hit] = []
    for values, flags in ((exact, 0), (folded, re.I)):
        if not values:
            continue
        for m in ref_compile_alternation(values, VALUE_BEFORE, VALUE_AFTER, flags).finditer(text):
            t = known_values.get(m.group()) or lower.get(m.group().lower(), T.ID)
            out.append(Hit(m.start(), m.end(), t, "known:value"))
    return out


def ref_known_names(words_known: set[str], norm_text: str, scan_text: str,
                    boundary: known.Boundary = known.NAME_BOUNDARY) -> list[Hit]:
    words = sorted((w for w in words_known if len(w) >= 2 and w.isascii()), key=len, reverse=True)
    if not words:
        return []
    # the possessive boundary lets an apostrophe follow the name ("<Given>'s"); the other one does not
    after = NAME_AFTER if boundary.joiner else r"(?![\w\-])"
    rx = ref_compile_alternation(tuple(words), NAME_BEFORE, after, re.I)
    out: list[Hit] = []
    for m in rx.finditer(scan_text):
        s, e = m.span()
        if not norm_text[s].isupper():
            continue
        if e - s == 2 and norm_text[s:e].isupper():
            continue
        out.append(Hit(s, e, T.NAME, "names:known"))
    return out


def ref_spans(
    values: tuple[str, ...], text: str, boundary: known.Boundary, fold: bool
) -> list[tuple[int, int]]:
    before, after = (
        (VALUE_BEFORE, VALUE_AFTER) if boundary is known.VALUE_BOUNDARY else (NAME_BEFORE, NAME_AFTER)
    )
    rx = ref_compile_alternation(values, before, after, re.I if fold else 0)
    return [m.span() for m in rx.finditer(text)]


# -- generated cases ----------------------------------------------------------------------------------------
# Letters with case quirks (İ lower-cases to two characters, ı/ſ/K/µ/ς fold with ASCII or Greek letters),
# the boundary characters of both rules, and characters values really hold (phones, e-mails, addresses).
SEPARATORS = [" ", " ", ", ", "\n", "", "-", "/", ".", "'", "x", "1", ". ", "'s", "é", "_"]
ALPHABET = "aAbBkKsSiIeE019 7-/.'+()@_,:éÉßİıſKµμσςΣΘθϑñÑ\t\n"
BASES = [
    "12",
    "123",
    "1234",
    "12 Main St",
    "12 Main",
    "+1 (555) 010-2000",
    "+1 (555)",
    "VR/79",
    "VR/7911732",
    "jo.doe@x.org",
    "jo.doe",
    "Mango",
    "Mango Bay",
    "O'Neil",
    "o'neil",
    "Smith-Jones",
    "Smith",
    "Σίσυφος 12",
    "ΣΊΣΥΦΟΣ 12",
    "İzmir 35",
    "izmir 35",
    "straße 7",
    "STRASSE 7",
    "ſtraße 7",
    "Kelvin 3",
]


def _random_value(rng: random.Random) -> str:
    if rng.random() < 0.4:
        base = rng.choice(BASES)
        cut = rng.randint(1, len(base))
        tail = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 4)))
        return base[:cut] + tail
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 9)))


def _variant(rng: random.Random, v: str) -> str:
    """`v` as free text may repeat it: recased, or with one character changed."""
    r = rng.random()
    if r < 0.2:
        return v.upper()
    if r < 0.35:
        return v.lower()
    if r < 0.5:
        return v.swapcase()
    if r < 0.6 and v:
        i = rng.randrange(len(v))
        return v[:i] + rng.choice(ALPHABET) + v[i + 1 :]
    return v


def _random_case(rng: random.Random) -> tuple[tuple[str, ...], str]:
    values = sorted({_random_value(rng) for _ in range(rng.randint(1, 12))})
    pieces = []
    for _ in range(rng.randint(0, 14)):
        r = rng.random()
        if r < 0.55:
            pieces.append(_variant(rng, rng.choice(values)))
        elif r < 0.8:
            pieces.append(rng.choice(SEPARATORS))
        else:
            pieces.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 5))))
    return tuple(values), "".join(pieces)


@pytest.mark.parametrize("boundary", [known.VALUE_BOUNDARY, known.NAME_BOUNDARY], ids=["value", "name"])
@pytest.mark.parametrize("fold", [False, True], ids=["exact", "fold"])
def test_generated_cases_match_the_regex(boundary: known.Boundary, fold: bool) -> None:
    rng = random.Random(f"known-lookup:{boundary.before}:{fold}")
    checked = matched = 0
    for _ in range(3000):
        values, text = _random_case(rng)
        if fold:
            values = tuple(sorted({v.lower() for v in values}))
        if fold and _sibling_equivalents(values):
            continue  # see test_equivalent_siblings_take_the_longest
        expected = ref_spans(values, text, boundary, fold)
        assert known.find_spans(values, text, boundary, fold) == expected, (values, text)
        checked += 1
        matched += bool(expected)
    assert checked > 2500 and matched > 600  # the generator does exercise matches


def _sibling_equivalents(values: tuple[str, ...]) -> bool:
    """Two values differing only by re.I-equivalent lower-case letters (σ/ς, s/ſ, i/ı, µ/μ, θ/ϑ)."""
    folded = [known.fold_text(v) for v in values]
    return len(set(folded)) != len(folded) or any(
        a != b and fa.startswith(fb) and not a.startswith(b)
        for a, fa in zip(values, folded, strict=True)
        for b, fb in zip(values, folded, strict=True)
    )


def test_equivalent_siblings_take_the_longest() -> None:
    """The one deliberate difference: values that differ only by re.I-equivalent lower-case letters
    were sibling trie branches, tried in code-point order; the look-up treats them as one value, so
    the longest wins (what the regex's own longest-first fallback alternation did too)."""
    values = ("12 st", "12 ſt x")
    text = "at 12 ST x."
    assert ref_spans(values, text, known.VALUE_BOUNDARY, True) == [(3, 8)]  # the s branch sorts first
    assert known.find_spans(values, text, known.VALUE_BOUNDARY, True) == [(3, 10)]


def test_leftmost_longest_and_no_overlap() -> None:
    values = ("12", "12 main", "12 main st", "main st 4", "st 4b")
    text = "12 Main St 4b; 12 main-st; 12 main st.x; 12 Main St. 12 main st 4b"
    got = known.find_spans(values, text, known.VALUE_BOUNDARY, True)
    assert got == ref_spans(values, text, known.VALUE_BOUNDARY, True)
    assert [text[s:e] for s, e in got] == ["12 Main St", "12", "12 main", "12 Main St", "12 main st"]


def test_values_at_text_edges_and_non_word_starts() -> None:
    values = ("+1 (555) 010-2000", "(555) 010-2000", "jo.doe@x.org", "vr/79")
    for text in (
        "+1 (555) 010-2000",
        "x+1 (555) 010-2000",
        "call (555) 010-2000.",
        "jo.doe@x.org.uk",
        "mail jo.doe@x.org. VR/79/1 vr/79",
        "/vr/79",
        "-(555) 010-2000",
    ):
        for fold in (False, True):
            vs = tuple(v.lower() for v in values) if fold else values
            expected = ref_spans(vs, text, known.VALUE_BOUNDARY, fold)
            assert known.find_spans(vs, text, known.VALUE_BOUNDARY, fold) == expected, text
    phone = ("+1 (555) 010-2000",)
    assert known.find_spans(phone, "tel:+1 (555) 010-2000", known.VALUE_BOUNDARY, True) == [(4, 21)]
    assert known.find_spans(phone, "x+1 (555) 010-2000", known.VALUE_BOUNDARY, True) == []  # after a letter


def test_deeply_nested_values_and_thousands_of_values() -> None:
    nested = tuple("1" * i + "9" for i in range(2, 200))
    text = "ids 1119 and " + "1" * 50 + "9 end " + "1" * 300
    assert known.find_spans(nested, text, known.VALUE_BOUNDARY, True) == ref_spans(
        nested, text, known.VALUE_BOUNDARY, True
    )
    rng = random.Random("known-lookup:many")
    many = tuple(
        sorted({f"{rng.choice(['MRN', 'VR/', '+1 '])}{rng.randrange(10**7)}".lower() for _ in range(20_000)})
    )
    sample = rng.sample(many, 400)
    text = " ".join(f"{v.upper()}{rng.choice([' ', '. ', '-', '.x ', ', '])}" for v in sample)
    expected = ref_spans(many, text, known.VALUE_BOUNDARY, True)
    assert len(expected) > 200
    assert known.find_spans(many, text, known.VALUE_BOUNDARY, True) == expected


def test_ypogegrammeni_takes_the_regex_path() -> None:
    """U+0345 is no word character, yet matches ι under re.I: the lookup falls back to a regex."""
    values = ("οδός ιων 7", "ab\u0345c 12")
    for text in ("ΟΔΟΣ Ι\u0345ΩΝ 7", "οδός ιων 7", "AB\u0345C 12", "abιc 12", "x\u0345οδός ιων 7"):
        assert known.find_spans(values, text, known.VALUE_BOUNDARY, True) == ref_spans(
            values, text, known.VALUE_BOUNDARY, True
        ), text


def test_fold_text_agrees_with_re_ignorecase() -> None:
    """Characters with the same fold match each other under re.I, and case partners re.I matches fold
    the same: string equality of folds is re.IGNORECASE equality of single characters."""
    seen = 0
    for o in range(sys.maxunicode + 1):
        c = chr(o)
        if c.lower() == c and c.upper() == c:
            continue  # uncased: re compares it exactly, and fold_text leaves it alone
        f = known.fold_text(c)
        assert len(f) == 1
        if c != "\u0345":
            assert (c.isalnum() or c == "_") == (f.isalnum() or f == "_"), hex(o)
        assert re.fullmatch(re.escape(f), c, re.I) and re.fullmatch(re.escape(c), f, re.I), hex(o)
        partners = {c.upper(), c.lower(), c.title(), c.casefold()} | {chr(x) for x in _extra(f)}
        for p in partners:
            if len(p) == 1 and re.fullmatch(re.escape(p), c, re.I):
                assert known.fold_text(p) == f, (hex(o), hex(ord(p)))
        seen += 1
    assert seen > 2000
    assert known.fold_text("İstanbul ΟΔΟΣ ſ") == "istanbul οδος s"  # simple İ -> i; σ/ς and ſ/s fold together


def _extra(c: str) -> tuple[int, ...]:
    from re._casefix import _EXTRA_CASES

    return _EXTRA_CASES.get(ord(c.lower()) if len(c.lower()) == 1 else ord(c), ())


def test_find_returns_the_reference_hits_with_types() -> None:
    values = {
        "VR/7911732": T.HEALTH_PLAN,
        "08, Saraf Circle": T.ADDRESS,
        "Mango": T.ADDRESS,
        "+1 (555) 010-2000": T.PHONE,
        "jo.doe@x.org": T.EMAIL,
        "A12b": T.MRN,
        "a12B": T.ID,
    }
    text = (
        "member vr/7911732; lives at 08, Saraf Circle, Mango (mango), tel +1 (555) 010-2000, "
        "mail jo.doe@x.org, not JO.DOE@X.ORG (no digit: case counts), MRN a12b / A12B."
    )
    got = known.find(values, text)
    assert got == ref_find(values, text)
    assert {text[h.start : h.end] for h in got} >= {"vr/7911732", "Mango", "jo.doe@x.org", "a12b"}


# -- real documents: masking output byte-identical with the reference ---------------------------------------
def _documents() -> list[object]:
    docs: list[object] = [
        make_patient_bundle(random.Random(f"known-lookup:bundle:{i}"), 250_000).json for i in range(2)
    ]
    for split in ("dev", "heldout"):
        docs.extend(r.content for r in make_corpus(7, split, 80))  # type: ignore[arg-type]
    return docs


def _mask_all(plan: MaskingPlan, docs: list[object]) -> list[str]:
    out = []
    for d in docs:
        m = Masker(plan)
        res = m.mask_text(d) if isinstance(d, str) else m.mask_json(copy.deepcopy(d))
        out.append(json.dumps(res.document, ensure_ascii=False, sort_keys=True))
    return out


@pytest.mark.slow
def test_synthetic_documents_mask_byte_identically(
    plan: MaskingPlan, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = _documents()
    found = {"values": 0, "names": 0}
    find, known_names = known.find, textmask._known_names

    def counting_find(values: dict[str, T], text: str) -> list[Hit]:
        hits = find(values, text)
        found["values"] += len(hits)
        return hits

    def counting_names(words: set[str], norm_text: str, scan_text: str,
                       boundary: known.Boundary = known.NAME_BOUNDARY) -> list[Hit]:
        hits = known_names(words, norm_text, scan_text, boundary)
        found["names"] += len(hits)
        return hits

    monkeypatch.setattr(known, "find", counting_find)
    monkeypatch.setattr(textmask, "_known_names", counting_names)
    new = _mask_all(plan, docs)
    monkeypatch.setattr(known, "find", ref_find)
    monkeypatch.setattr(textmask, "_known_names", ref_known_names)
    old = _mask_all(plan, docs)
    assert found["values"] > 100 and found["names"] > 100, found  # both look-ups did find things
    assert len(new) == len(old) > 150
    for i, (a, b) in enumerate(zip(new, old, strict=True)):
        assert a == b, f"document {i} differs"
