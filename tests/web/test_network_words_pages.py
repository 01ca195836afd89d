"""Network reasons and paths read in the reader's language on the pages; the queue shows a
network reason on its row; search results lead to an entity's network."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.services.network_world import build_world, entity_of
from tests.web.conftest import Site, csrf_of

from kordon.bootstrap import engine_for, selection_policy
from kordon.services.assessing import assess_pending


@pytest.fixture
def sid(site: Site, tmp_path: Path) -> int:
    """The network world on the seeded site, today's declarations assessed."""
    seizure_id = build_world(site.store, tmp_path).seizure_id
    with site.store.transaction() as uow:
        engine = engine_for(uow, site.settings)
    assess_pending(site.store, engine, selection_policy(site.settings))
    return seizure_id


def _in(client: TestClient, language: str, url: str) -> str:
    """The page at `url` after switching the account to `language`."""
    token = csrf_of(client.get("/queue").text)
    client.post("/language", data={"language": language, "next": "/", "csrf_token": token})
    return " ".join(html.unescape(client.get(url).text).split())


def test_a_network_reason_reads_in_each_language(sid: int, pages: dict[str, TestClient]) -> None:
    client = pages["intel"]
    english = _in(client, "en", "/declarations/NET-PASSPORT")
    assert "Driver Эльчин Гасанов: same passport C01928374 as the driver in " in english
    russian = _in(client, "ru", "/declarations/NET-PASSPORT")
    assert "Водитель Эльчин Гасанов: тот же паспорт C01928374 — изъятие " in russian
    assert f"изъятие {sid}, Героин, Astara" in russian and "same passport" not in russian
    azerbaijani = _in(client, "az", "/declarations/NET-TWO")
    assert "Sürücü Камран Алиев: eyni pasport C05550001 — bəyannamə NET-PAST" in azerbaijani
    assert f"sonra yükalan Nistru Fruct Trade SRL: eyni VÖEN 1019600044127 — götürülmə {sid}" in (
        azerbaijani
    )


def test_the_worklist_words_each_link_in_the_reader_s_language(
    sid: int, pages: dict[str, TestClient]
) -> None:
    russian = _in(pages["intel"], "ru", f"/seizures/{sid}/network")
    assert "тот же паспорт C01928374" in russian and "тот же госномер" in russian
    assert "тот же ИНН 1019600044127" in russian and "same passport" not in russian


def test_the_queue_row_shows_its_network_reason(sid: int, pages: dict[str, TestClient]) -> None:
    page = _in(pages["samur"], "ru", "/queue?checkpoint=AZ-SAM")
    row = next(r for r in page.split("<tr") if 'href="/declarations/NET-PASSPORT"' in r)
    assert 'class="why why-network"' in row
    assert "тот же паспорт C01928374" in row
    decoy = next(r for r in page.split("<tr") if 'href="/declarations/DECOY-SURNAME"' in r)
    assert "why-network" not in decoy


def test_search_results_lead_to_an_entity_s_network(
    sid: int, site: Site, pages: dict[str, TestClient]
) -> None:
    page = pages["intel"].get("/search", params={"q": "Nistru Fruct"}).text
    consignee = entity_of(site.store, "NET-PAST", "consignee")
    assert re.search(rf'class="small entity-network" href="/entities/{consignee}/network"', page)
    assert pages["intel"].get(f"/entities/{consignee}/network").status_code == 200


def test_graph_edges_and_history_read_in_the_reader_s_language(
    sid: int, site: Site, pages: dict[str, TestClient]
) -> None:
    client = pages["intel"]
    _in(client, "ru", "/queue")
    elements = client.get(f"/seizures/{sid}/network/elements").json()["elements"]
    words = [e["data"]["words"] for e in elements if "source" in e["data"]]
    assert "водитель: тот же паспорт C01928374" in words
    assert "изъятие по этой декларации" in words
    assert all("same passport" not in w for w in words)
    driver = entity_of(site.store, "NET-PASSPORT", "driver")
    drawn = client.get(f"/entities/{driver}/network/elements").json()["elements"]
    assert any(e["data"].get("words", "").startswith("водитель: ") for e in drawn)
    history = _in(client, "ru", "/declarations/NET-PASSPORT")
    assert "(то же имя: Elchin Hasanov = Elçin Həsənov)" in history
    assert "тягач · " in history and "tractor · " not in history
