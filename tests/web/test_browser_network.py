"""In the demo, in Chromium: an Astara officer records the seizure, the intelligence officer's
worklist shows Network A's Samur truck with its path in words and none of the decoys, the
graph draws, and Samur's officer finds the truck flagged on the queue, with its network link."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from tests.services.network_demo import build_small_demo, planted_today
from tests.services.network_world import entity_of
from tests.web.browsing import expect, serve_seeded, shot, signed_in
from tests.web.seed import PASSWORD

from kordon.domain.accounts import Role
from kordon.scenario import Scenario
from kordon.services import accounts
from kordon.settings import Settings
from kordon.storage.store import SqlStore

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]
BUILT: dict[str, Scenario] = {}
ENTITY: dict[str, int] = {}
# Where on the screen the middles of links with a reason are drawn, and those reasons: links whose
# middle no node covers and that lie inside the window, so that pointing there points at the link.
LINKS_WITH_REASON = """() => {
  const cy = document.getElementById("network-graph")._cyreg.cy;
  const nodes = cy.nodes().filter((n) => n.visible());
  const box = cy.container().getBoundingClientRect();
  const clear = (e) => {
    const m = e.renderedMidpoint();
    return !nodes.some((n) => {
      const b = n.renderedBoundingBox();
      return m.x >= b.x1 - 6 && m.x <= b.x2 + 6 && m.y >= b.y1 - 6 && m.y <= b.y2 + 6;
    });
  };
  const onScreen = (e) => {
    const m = e.renderedMidpoint();
    const x = box.left + m.x, y = box.top + m.y;
    return x > box.left + 2 && x < Math.min(box.right, window.innerWidth) - 2
      && y > box.top + 2 && y < Math.min(box.bottom, window.innerHeight) - 2;
  };
  return cy.edges().filter((e) => e.data("reason") && e.visible() && clear(e) && onScreen(e))
    .map((e) => {
      const m = e.renderedMidpoint();
      return {x: box.left + m.x, y: box.top + m.y, reason: e.data("reason")};
    });
}"""


def _prepare(store: SqlStore, settings: Settings) -> None:
    BUILT["scenario"] = build_small_demo(store, settings)
    truck = planted_today(BUILT["scenario"], "NET-A", "AZ-AST")
    ENTITY["consignee"] = entity_of(store, truck, "consignee")
    for name, role, checkpoint in (
        ("astara", Role.OFFICER, "AZ-AST"),
        ("samur", Role.OFFICER, "AZ-SAM"),
        ("intel", Role.INTELLIGENCE_OFFICER, None),
    ):
        accounts.create_user(store, username=name, role=role, password=PASSWORD,
                             checkpoint=checkpoint)  # fmt: skip


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The small demo, served."""
    with serve_seeded(tmp_path_factory.mktemp("network-demo"), _prepare) as url:
        yield url


def test_the_astara_seizure_flags_the_samur_truck(browser: Any, demo_url: str) -> None:
    scenario = BUILT["scenario"]
    astara_truck = planted_today(scenario, "NET-A", "AZ-AST")
    samur_truck = planted_today(scenario, "NET-A", "AZ-SAM")

    officer = signed_in(browser, demo_url, "astara")
    officer.goto(f"{demo_url}/declarations/{astara_truck}/inspection")
    officer.check("input[name=outcome][value=seizure]")
    officer.check("input[name=detection_method][value=intelligence]")
    officer.select_option("select[name=commodity]", "heroin")
    officer.fill("input[name=quantity]", "296 kg")
    officer.select_option("select[name=location]", "fuel_tank")
    officer.fill("input[name=person_name]", "Məhəmməd Əlizadə")
    officer.select_option("select[name=person_role]", "driver")
    officer.click("button:has-text('Save inspection')")
    officer.wait_for_url("**/seizures/*?recorded=1")
    seizure_id = officer.url.split("/seizures/")[1].split("?")[0]
    # The Astara officer's worklist holds Astara's declarations only.
    officer.click("a:has-text('Connected declarations')")
    expect(officer.locator("#worklist")).to_contain_text("Connected declarations")
    assert samur_truck not in officer.inner_text("#worklist")

    intel = signed_in(browser, demo_url, "intel")
    intel.goto(f"{demo_url}/seizures/{seizure_id}/network")
    row = intel.locator(f"table.worklist tr:has-text('{samur_truck}')")
    expect(row).to_contain_text("same tax number 1019600044127")
    expect(row).to_contain_text("AZ-SAM")
    worklist = intel.inner_text("#worklist")
    for decoy in scenario.decoys:
        assert decoy not in worklist
    expect(intel.locator("#proposals")).to_contain_text("Nistru Fruct Trade SRL")
    shot(intel, "21-retro-targeting-worklist")

    intel.goto(f"{demo_url}/seizures/{seizure_id}/network/graph")
    graph = intel.locator("#network-graph")
    expect(graph).to_have_attribute("data-ready", re.compile("[1-9]"), timeout=60_000)
    intel.uncheck("input[name=kind][value=name]")
    shot(intel, "22-network-graph")

    samur = signed_in(browser, demo_url, "samur")
    expect(samur.locator("#rows")).to_contain_text(samur_truck)
    # The queue row names the network link itself, whatever reason weighs most.
    flagged = samur.locator(f"#rows tr:has-text('{samur_truck}')")
    expect(flagged.locator(".why-network")).to_be_visible()
    expect(flagged).to_contain_text("same tax number 1019600044127")
    samur.click(f"a:has-text('{samur_truck}')")
    reasons = samur.inner_text(".reasons")
    assert "Consignee Nistru Fruct Trade SRL: same tax number 1019600044127" in reasons
    shot(samur, "23-samur-network-reason")


def test_an_entitys_graph_says_why_on_hover(browser: Any, demo_url: str) -> None:
    intel = signed_in(browser, demo_url, "intel")
    intel.goto(f"{demo_url}/entities/{ENTITY['consignee']}/network")
    graph = intel.locator("#network-graph")
    expect(graph).to_have_attribute("data-ready", re.compile("[1-9]"), timeout=60_000)
    # The graph's top at the window's top: the whole drawing is on screen, none under the pointer.
    graph.evaluate("element => element.scrollIntoView({block: 'start'})")
    links = intel.evaluate(LINKS_WITH_REASON)
    assert links, "no link with a reason is drawn clear of the nodes"
    hover = intel.locator("#graph-hover")
    # Overlapping curves can put a neighbour under the pointer; one of a few clear links must read.
    for link in links[:5]:
        intel.mouse.move(link["x"] - 12, link["y"] - 12)
        intel.mouse.move(link["x"], link["y"], steps=4)
        if link["reason"] in hover.inner_text():
            break
    expect(hover).to_contain_text(link["reason"])
    shot(intel, "24-entity-network-graph")


POSITIONS = """() => {
  const cy = document.getElementById("network-graph")._cyreg.cy;
  return cy.nodes().map((n) => [n.id(), Math.round(n.position("x")), Math.round(n.position("y"))]);
}"""


def test_a_network_is_drawn_the_same_way_on_every_visit(browser: Any, demo_url: str) -> None:
    intel = signed_in(browser, demo_url, "intel")
    drawn = []
    for _ in range(2):
        intel.goto(f"{demo_url}/entities/{ENTITY['consignee']}/network")
        graph = intel.locator("#network-graph")
        expect(graph).to_have_attribute("data-ready", re.compile("[1-9]"), timeout=60_000)
        drawn.append(intel.evaluate(POSITIONS))
    assert len(drawn[0]) > 2
    assert drawn[0] == drawn[1]
