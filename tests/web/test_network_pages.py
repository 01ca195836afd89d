"""The retro-targeting pages: worklist, proposals, graph data, exports, declaration history."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.services.network_world import DECOYS, NETWORK, build_world, entity_of
from tests.web.conftest import Site, csrf_of


@pytest.fixture
def sid(site: Site, tmp_path: Path) -> int:
    """The seizure of the small network world, built on the seeded site."""
    return build_world(site.store, tmp_path).seizure_id


def test_the_worklist_lists_the_network_not_the_decoys(
    sid: int, pages: dict[str, TestClient]
) -> None:
    html = pages["intel"].get(f"/seizures/{sid}/network").text
    for declaration_id in NETWORK:
        assert f'href="/declarations/{declaration_id}"' in html
    for decoy in DECOYS:
        assert decoy not in html
    assert "same passport C01928374" in html
    assert "Proposed watchlist entries" in html
    listed = pages["enforcement"].get("/retro-targeting").text
    assert f'href="/seizures/{sid}/network"' in listed


def test_officers_see_their_checkpoint_only(sid: int, pages: dict[str, TestClient]) -> None:
    astara = pages["officer"].get(f"/seizures/{sid}/network").text
    assert 'href="/declarations/NET-NAME"' in astara
    assert "NET-PASSPORT" not in astara and "Proposed watchlist entries" not in astara
    assert pages["samur"].get(f"/seizures/{sid}/network").status_code == 404
    assert pages["samur"].get(f"/seizures/{sid}/network/elements").status_code == 404
    elements = pages["officer"].get(f"/seizures/{sid}/network/elements").json()["elements"]
    ids = {e["data"]["id"] for e in elements}
    assert "declaration:NET-NAME" in ids and "declaration:NET-PASSPORT" not in ids


def test_a_proposal_is_decided_on_the_page(sid: int, pages: dict[str, TestClient]) -> None:
    client = pages["intel"]
    html = client.get(f"/seizures/{sid}/network").text
    first = html.index('action="/seizures/')
    action = html[first:].split('"')[1]
    token = csrf_of(html)
    blank = client.post(action, data={"csrf_token": token, "decision": "reject", "reason": ""})
    assert "error=" in blank.headers["location"]
    form = {"csrf_token": token, "decision": "reject", "reason": "Known transport company"}
    assert client.post(action, data=form).status_code == 303
    after = client.get(f"/seizures/{sid}/network").text
    assert "Rejected by intel" in after and "Known transport company" in after


def test_graph_page_data_and_exports(sid: int, pages: dict[str, TestClient]) -> None:
    client = pages["enforcement"]
    page = client.get(f"/seizures/{sid}/network/graph").text
    assert "/static/cytoscape.min.js" in page and 'name="kind" value="plate"' in page
    data = client.get(f"/seizures/{sid}/network/elements").json()
    edges = [e["data"] for e in data["elements"] if "source" in e["data"]]
    assert any(e["link"] == "passport" and "C01928374" in e["reason"] for e in edges)
    assert data["start"] == f"seizure:{sid}"
    graphml = client.get(f"/seizures/{sid}/network.graphml")
    assert graphml.status_code == 200 and "attachment" in graphml.headers["content-disposition"]
    assert client.get(f"/seizures/{sid}/network.csv?part=wrong").status_code == 422


def test_the_declaration_page_shows_each_partys_history(
    sid: int, pages: dict[str, TestClient]
) -> None:
    html = pages["supervisor"].get("/declarations/NET-PASSPORT").text
    assert "History of the parties and vehicles" in html
    history = html[html.index('id="history"') :]
    assert f'href="/seizures/{sid}"' in history and 'href="/declarations/AZ-AST-S"' in history
    # Samur's officer may not see the Astara declaration or its seizure.
    samur = pages["samur"].get("/declarations/NET-PASSPORT").text
    assert 'href="/declarations/AZ-AST-S"' not in samur and f'href="/seizures/{sid}"' not in samur


def test_the_history_words_its_codes_in_the_readers_language(
    sid: int, pages: dict[str, TestClient]
) -> None:
    html = (
        pages["supervisor"]
        .get("/declarations/NET-PASSPORT", headers={"Accept-Language": "ru"})
        .text
    )
    history = html[html.index('id="history"') :]
    history = history[: history.index("</section>")]
    assert "водитель" in history  # the driver's role, in the reader's language
    for english in ("driver,", "consignor,", "first seen here", "not assessed", "no finding"):
        assert english not in history


def _ids(client: TestClient, url: str) -> set[str]:
    return {e["data"]["id"] for e in client.get(url).json()["elements"]}


def test_an_entitys_network_page_keeps_to_the_checkpoint(
    site: Site, sid: int, pages: dict[str, TestClient]
) -> None:
    driver = entity_of(site.store, "NET-PASSPORT", "driver")
    page = pages["intel"].get(f"/entities/{driver}/network").text
    assert "/static/cytoscape.min.js" in page
    assert f'data-elements="/entities/{driver}/network/elements"' in page
    url = f"/entities/{driver}/network/elements"
    data = pages["intel"].get(url).json()
    assert data["start"] == f"entity:{driver}"
    every = {e["data"]["id"] for e in data["elements"]}
    assert {"declaration:AZ-AST-S", "declaration:NET-PASSPORT", f"seizure:{sid}"} <= every
    assert "declaration:DECOY-CONFLICT" not in every
    edges = [e["data"] for e in data["elements"] if "source" in e["data"]]
    assert any(e["link"] == "passport" and "C01928374" in e["reason"] for e in edges)
    astara = _ids(pages["officer"], url)
    assert "declaration:AZ-AST-S" in astara and "declaration:NET-PASSPORT" not in astara
    samur = _ids(pages["samur"], url)
    assert "declaration:NET-PASSPORT" in samur
    assert "declaration:AZ-AST-S" not in samur and f"seizure:{sid}" not in samur


def test_an_unknown_entity_is_not_found(sid: int, pages: dict[str, TestClient]) -> None:
    assert pages["intel"].get("/entities/987654321/network").status_code == 404
    assert pages["intel"].get("/entities/987654321/network/elements").status_code == 404


def test_an_entitys_network_is_exported(site: Site, sid: int, pages: dict[str, TestClient]) -> None:
    driver = entity_of(site.store, "NET-PASSPORT", "driver")
    graphml = pages["intel"].get(f"/entities/{driver}/network.graphml")
    assert graphml.status_code == 200
    assert f'filename="entity-{driver}-network.graphml"' in graphml.headers["content-disposition"]
    assert '<node id="declaration:NET-PASSPORT">' in graphml.text
    nodes = pages["officer"].get(f"/entities/{driver}/network.csv?part=nodes").text
    assert nodes.startswith("id,type,label") and "declaration:AZ-AST-S" in nodes
    assert "NET-PASSPORT" not in nodes
    edges = pages["intel"].get(f"/entities/{driver}/network.csv?part=edges").text
    assert "same passport C01928374" in edges
    assert pages["intel"].get(f"/entities/{driver}/network.pdf").status_code == 422


def test_entities_lead_to_their_network(site: Site, sid: int, pages: dict[str, TestClient]) -> None:
    driver = entity_of(site.store, "NET-PASSPORT", "driver")
    worklist = pages["intel"].get(f"/seizures/{sid}/network").text
    assert f'href="/entities/{driver}/network"' in worklist
    declaration = pages["supervisor"].get("/declarations/NET-PASSPORT").text
    assert f'href="/entities/{driver}/network"' in declaration
