"""The second name source: faker-js's lists, read by node, filtered against what the engine already knows."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from phigate.engine import lexicon, lexicon_build

_PERSON = """
exports.default = {
  first_name: {generic: ['Quillabeth', 'Ana', 'Riedel', 'Hope', 'Montag'], female: ['Zorvianne']},
  middle_name: ['Trellis'],
  last_name: {generic: ['Vandermolk', 'Smith', 'Ay']},
};
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH: it reads faker-js")
def test_fakerjs_lists_keep_only_names_the_engine_does_not_know(tmp_path: Path) -> None:
    person = tmp_path / "pkg" / "dist" / "cjs" / "locales" / "xx" / "person"
    person.mkdir(parents=True)
    (person / "index.js").write_text(_PERSON, encoding="utf-8")
    out = tmp_path / "lexicon"
    out.mkdir()
    (out / "first.txt").write_text("ana\n", encoding="utf-8")
    (out / "last.txt").write_text("smith\n", encoding="utf-8")
    (out / "common.txt").write_text("hope\ntrellis\n", encoding="utf-8")
    (out / "exclude.txt").write_text("# headings\n", encoding="utf-8")

    assert lexicon_build.fakerjs(tmp_path / "pkg", out) == 0

    first = (out / "first_fakerjs.txt").read_text(encoding="utf-8").split()
    last = (out / "last_fakerjs.txt").read_text(encoding="utf-8").split()
    # Faker's own (ana, smith), English words (hope, trellis), words the engine's code spells (an eponym,
    # a German weekday) and names of three letters or fewer (ay) are left out
    assert first == ["quillabeth", "zorvianne"]
    assert last == ["vandermolk"]


def test_shipped_lists_join_both_sources_and_keep_faker_alone_for_the_probes() -> None:
    extra = (Path(lexicon_build.OUT) / "first_fakerjs.txt").read_text(encoding="utf-8").split()
    assert len(extra) > 1000
    sample = extra[len(extra) // 2]
    assert sample in lexicon.first_names()
    assert sample not in lexicon.faker_py_names()
    assert lexicon.faker_py_names() <= lexicon.first_names() | lexicon.last_names()
