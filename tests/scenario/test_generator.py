from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from kordon.domain import Declaration, Outcome, hs_problem, is_country
from kordon.intake.checkpoints import load_checkpoints
from kordon.scenario import Fate, Scenario, generate_scenario, scenario_summary
from kordon.scenario.plates import LATIN_TWINS

# Each test here takes seconds: `make check` leaves them out, `make test` runs them.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SEED_FILE = ROOT / "data" / "checkpoints" / "azerbaijan.yaml"
WATCHLIST_FILE = ROOT / "data" / "demo" / "watchlist.jsonl"


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return generate_scenario()


def fingerprint(scenario: Scenario) -> str:
    return "\n".join(
        (
            repr(scenario.declarations),
            repr(scenario.history),
            repr(scenario.ground_truth),
            repr(scenario.hidden_violations),
            scenario.watchlist_jsonl(),
        )
    )


def test_same_seed_gives_byte_identical_output() -> None:
    first = generate_scenario(seed=11, days=8)
    second = generate_scenario(seed=11, days=8)
    assert fingerprint(first).encode() == fingerprint(second).encode()
    assert fingerprint(first) != fingerprint(generate_scenario(seed=12, days=8))


def test_covers_the_requested_days_and_ends_today() -> None:
    scenario = generate_scenario(days=5, end=date(2026, 3, 10))
    assert scenario.start == date(2026, 3, 6)
    days = {d.lodged_at.date() for d in scenario.declarations}
    assert days == {date(2026, 3, day) for day in range(6, 11)}
    assert scenario.queue() and all(d.lodged_at.date() == scenario.today for d in scenario.queue())


def test_rejects_meaningless_arguments() -> None:
    with pytest.raises(ValueError, match="days"):
        generate_scenario(days=0)
    with pytest.raises(ValueError, match="scale"):
        generate_scenario(days=3, trucks_per_day_scale=0)


def test_scale_thins_the_traffic() -> None:
    full = len(generate_scenario(days=6).declarations)
    half = len(generate_scenario(days=6, trucks_per_day_scale=0.5).declarations)
    assert 0.4 * full < half < 0.6 * full


def assert_valid(declaration: Declaration, checkpoints: set[str]) -> None:
    assert declaration.checkpoint in checkpoints
    assert declaration.items
    for item in declaration.items:
        assert hs_problem(item.hs_code) is None, declaration.id
        assert item.origin_country is not None and is_country(item.origin_country)
        assert item.value is not None and item.value > 0
        assert item.net_mass_kg is not None and item.gross_mass_kg is not None
        assert 0 < item.net_mass_kg <= item.gross_mass_kg
    assert all(is_country(code) for code in declaration.route.countries()), declaration.id
    for role, party in declaration.parties():
        assert party.name.strip(), (declaration.id, role)
        assert party.country is not None and is_country(party.country), (declaration.id, role)
    if declaration.conveyance and declaration.conveyance.registration_country:
        assert is_country(declaration.conveyance.registration_country)


def test_every_declaration_is_valid(scenario: Scenario) -> None:
    codes = {c.code for c in load_checkpoints(SEED_FILE)}
    ids = [d.id for d in scenario.declarations]
    assert len(ids) == len(set(ids))
    for declaration in scenario.declarations:
        assert_valid(declaration, codes)
        assert scenario.start <= declaration.lodged_at.date() <= scenario.today


def test_traffic_is_realistic_in_volume_and_mix(scenario: Scenario) -> None:
    summary = scenario_summary(scenario)
    per_day = summary["declarations"] / summary["days"]
    assert 250 < per_day < 550
    assert 100 < summary["queue_per_checkpoint"]["AZ-AST"] < 220
    astara = [d for d in scenario.declarations if d.checkpoint == "AZ-AST"]
    chapters = Counter(item.hs_code[:4] for d in astara for item in d.items)
    for heading in ("0702", "0806", "0802", "0804", "2523", "6907"):
        assert chapters[heading] > 0, heading
    plates = [p for d in scenario.declarations for p in d.plates()]
    assert any("ع" in p for p in plates)
    assert any(any("\u0400" <= ch <= "\u04ff" for ch in p) for p in plates)
    assert any(any("۰" <= ch <= "۹" for ch in p) for p in plates)
    names = [driver.name for d in scenario.declarations for driver in d.drivers]
    assert any("ə" in n for n in names) and any("\u10a0" <= n[0] <= "\u10ff" for n in names)


def test_history_has_realistic_rates_and_respects_capacity(scenario: Scenario) -> None:
    summary = scenario_summary(scenario)
    assert 0.02 <= summary["inspection_rate"] <= 0.08
    assert 0.01 <= summary["hit_rate"] <= 0.08
    capacity = {c.code: c.daily_capacity for c in load_checkpoints(SEED_FILE)}
    by_id = {d.id: d for d in scenario.declarations}
    per_office_day = Counter(
        (by_id[i.declaration_id].checkpoint, by_id[i.declaration_id].lodged_at.date())
        for i in scenario.history
    )
    for (office, _day), count in per_office_day.items():
        limit = capacity[office]
        assert limit is None or count <= limit
    assert all(by_id[i.declaration_id].lodged_at.date() < scenario.today for i in scenario.history)


def test_planted_cases_are_in_the_traffic_but_their_truth_is_not(scenario: Scenario) -> None:
    by_id = {d.id: d for d in scenario.declarations}
    inspected = {i.declaration_id: i for i in scenario.history}
    assert {case.network for case in scenario.ground_truth.values()} == {
        n.code for n in scenario.networks
    }
    secrets = {n.substance for n in scenario.networks} | {n.code for n in scenario.networks}
    secrets |= {n.name for n in scenario.networks}
    for declaration_id, case in scenario.ground_truth.items():
        text = repr(by_id[declaration_id]).lower()
        assert not any(secret.lower() in text for secret in secrets), declaration_id
        if case.fate is Fate.CAUGHT:
            seized = inspected[declaration_id].items
            assert inspected[declaration_id].outcome is Outcome.SEIZURE
            assert seized[0].commodity == case.substance and seized[0].quantity == case.quantity
        elif case.fate is Fate.MISSED:
            assert inspected[declaration_id].outcome is Outcome.NOTHING_FOUND
        else:
            assert declaration_id not in inspected
        if case.fate is Fate.QUEUED:
            assert by_id[declaration_id].lodged_at.date() == scenario.today
    fates = Counter(case.fate for case in scenario.ground_truth.values())
    assert fates[Fate.CAUGHT] >= 2 and fates[Fate.PASSED] >= 6


def test_astara_queue_today_holds_planted_consignments(scenario: Scenario) -> None:
    queue = {d.id for d in scenario.queue("AZ-AST")}
    networks = {c.network for i, c in scenario.ground_truth.items() if i in queue}
    assert {"NET-A", "NET-B", "NET-D"} <= networks
    assert len(queue) > 20 * len(networks)


def test_watchlist_catches_some_networks_in_other_spellings(scenario: Scenario) -> None:
    entries = scenario.watchlist_entries()
    keys = {"id", "kind", "names", "country", "identifiers", "source", "handling_code"}
    assert all(keys | {"action", "valid_until"} == set(e) for e in entries)
    assert {e["action"] for e in entries} <= {"stop", "inspect", "monitor"}
    queued = [
        (scenario.ground_truth[d.id].network, d)
        for d in scenario.queue()
        if d.id in scenario.ground_truth
    ]
    caught: set[str] = set()
    for network, declaration in queued:
        passports = {p.identifiers["passport"] for p in declaration.drivers}
        tax_ids = {p.identifiers.get("tax_id") for _, p in declaration.parties()} - {None}
        declared_names = {p.name for _, p in declaration.parties()}
        for entry in entries:
            ids = entry["identifiers"]
            plates = {n.translate(LATIN_TWINS) for n in entry["names"]}
            if (
                ids.get("passport", "-") in passports
                or ids.get("tax_id", "-") in tax_ids
                or plates & set(declaration.plates())
            ):
                caught.add(network)
                # The entry never spells the name or plate the way the declaration does.
                assert not set(entry["names"]) & (declared_names | set(declaration.plates()))
    assert caught == {"NET-A", "NET-B", "NET-C"}
    unknown = {n.code for n in scenario.networks if not n.known_to_intelligence}
    assert unknown == {"NET-D"}


def test_committed_demo_watchlist_matches_the_generator(scenario: Scenario) -> None:
    committed = WATCHLIST_FILE.read_text(encoding="utf-8")
    assert committed == scenario.watchlist_jsonl(), "run scripts/write_demo_watchlist.py"


def test_summary_counts_add_up(scenario: Scenario) -> None:
    summary = scenario_summary(scenario)
    assert sum(summary["declarations_per_checkpoint"].values()) == len(scenario.declarations)
    assert summary["inspections"] == len(scenario.history)
    planted = sum(sum(f.values()) for f in summary["planted_by_network"].values())
    assert planted == len(scenario.ground_truth)
    assert summary["queue_today"] == len(scenario.queue())


def test_seizure_records_follow_the_seizing_inspections(scenario: Scenario) -> None:
    seizures = scenario.seizures()
    seizing = [i for i in scenario.history if i.outcome is Outcome.SEIZURE]
    assert len(seizures) == len(seizing)
    heroin = [s for s in seizures if s.items[0].commodity == "heroin"]
    assert {s.checkpoint for s in heroin} == {"AZ-AST", "AZ-SAM"}
    assert all(s.destination_country == "MD" and s.persons for s in heroin)
