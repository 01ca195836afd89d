"""`kordon network ...` and `kordon entities rebuild` over the small network world."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from tests.services.network_world import DECOYS, NETWORK, build_world, entity_of
from typer.testing import CliRunner

from kordon.cli import build_app
from kordon.storage.store import open_store


@pytest.fixture
def seizure_id(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("KORDON_DATABASE_URL", sqlite_url)
    store = open_store(sqlite_url)
    try:
        return build_world(store, tmp_path).seizure_id
    finally:
        store.close()


def test_seizure_network_as_json(seizure_id: int) -> None:
    done = CliRunner().invoke(build_app(), ["network", "seizure", str(seizure_id), "--json"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.stdout)
    ids = {d["id"] for d in data["declarations"]}
    assert ids == NETWORK and not ids & DECOYS
    first = data["declarations"][0]
    assert set(first) >= {"id", "checkpoint", "lodged_at", "channel", "hops", "path"}
    assert data["entities"]


def test_seizure_network_in_words(seizure_id: int) -> None:
    done = CliRunner().invoke(build_app(), ["network", "seizure", str(seizure_id)])
    assert done.exit_code == 0, done.output
    assert "same passport C01928374" in done.stdout


def test_unknown_seizure_is_a_sentence(seizure_id: int) -> None:
    done = CliRunner().invoke(build_app(), ["network", "seizure", "999"])
    assert done.exit_code == 3
    assert "No seizure has the number 999." in done.output


def test_declaration_network(seizure_id: int) -> None:
    done = CliRunner().invoke(build_app(), ["network", "declaration", "NET-TWO"])
    assert done.exit_code == 0, done.output
    assert "2 hop(s): Driver Камран Алиев: same passport C05550001" in done.stdout


def test_export_graphml_and_csv(seizure_id: int, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    args = ["network", "export", "--seizure", str(seizure_id), "--output", str(out)]
    done = CliRunner().invoke(build_app(), [*args, "--format", "graphml"])
    assert done.exit_code == 0, done.output
    root = ET.parse(out / f"seizure-{seizure_id}-network.graphml").getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    node_ids = {n.get("id") for n in root.iterfind(".//g:node", ns)}
    assert "declaration:NET-PASSPORT" in node_ids and f"seizure:{seizure_id}" in node_ids
    assert not any(str(n).endswith(tuple(DECOYS)) for n in node_ids)
    done = CliRunner().invoke(build_app(), [*args, "--format", "csv"])
    assert done.exit_code == 0, done.output
    edges = (out / f"seizure-{seizure_id}-network-edges.csv").read_text(encoding="utf-8")
    assert edges.startswith("source,target,role,link,reason,date")
    assert "same passport C01928374" in edges
    done = CliRunner().invoke(build_app(), [*args, "--format", "pdf"])
    assert done.exit_code == 1 and "graphml or csv" in done.output


def test_rebuild_gives_the_same_network(seizure_id: int) -> None:
    before = CliRunner().invoke(build_app(), ["network", "seizure", str(seizure_id), "--json"])
    done = CliRunner().invoke(build_app(), ["entities", "rebuild"])
    assert done.exit_code == 0, done.output
    assert "entities from" in done.stdout
    after = CliRunner().invoke(build_app(), ["network", "seizure", str(seizure_id), "--json"])

    def ids(out: str) -> set[str]:
        return {d["id"] for d in json.loads(out)["declarations"]}

    assert ids(after.stdout) == ids(before.stdout) == NETWORK


def test_entity_network(seizure_id: int, sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    try:
        driver = entity_of(store, "NET-PASSPORT", "driver")
    finally:
        store.close()
    done = CliRunner().invoke(build_app(), ["network", "entity", str(driver), "--json"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.stdout)
    assert data["entity"]["id"] == driver
    assert {"type": "declaration", "id": "AZ-AST-S", "hops": 1} in data["records"]
    words = CliRunner().invoke(build_app(), ["network", "entity", str(driver)])
    assert "1 hop(s): declaration NET-PASSPORT" in words.stdout
    unknown = CliRunner().invoke(build_app(), ["network", "entity", "987654321"])
    assert unknown.exit_code == 3 and "No entity has the number 987654321." in unknown.output
    assert "--json" in CliRunner().invoke(build_app(), ["network", "entity", "--help"]).stdout
