"""Key files as verify reads them: JSON without the YAML parser, YAML still, and a broken file named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from phigate.audit.keys import AuditKeyError, generate_private_key_pem, load_keyring, public_key_entry


def test_json_and_yaml_key_files_give_the_same_ring(tmp_path: Path) -> None:
    entry = public_key_entry("sidecar/team-a", generate_private_key_pem())
    (tmp_path / "keys.json").write_text(json.dumps([entry]))
    (tmp_path / "keys.yaml").write_text(yaml.safe_dump({"status": {"auditPublicKeys": [entry]}}))
    from_json = load_keyring([str(tmp_path / "keys.json")])
    from_yaml = load_keyring([str(tmp_path / "keys.yaml")])
    assert from_json.keys.keys() == from_yaml.keys.keys() != set()
    assert [e for _, e in from_json.keys.values()] == ["sidecar/team-a"]


def test_a_key_file_that_is_neither_json_nor_yaml_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "keys.txt"
    bad.write_text("{not: [json, nor yaml")
    with pytest.raises(AuditKeyError, match=r"keys\.txt: not JSON or YAML"):
        load_keyring([str(bad)])
