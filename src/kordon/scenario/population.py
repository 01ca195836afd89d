"""The people, companies and vehicles behind the traffic, built once per scenario."""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field

from kordon.domain import Party, PartyKind
from kordon.scenario.lanes import LANES, Lane
from kordon.scenario.names import AZ_PLACES, company_name, person_name
from kordon.scenario.networks import RESERVED_NAMES
from kordon.scenario.plates import passport_number, plate

FLEET_SIZES = {"IR": 700, "AZ": 500, "RU": 350, "TR": 300, "GE": 150, "KZ": 80, "TM": 60}
FOOD_CHAPTERS = {"07", "08", "10", "11", "15", "18", "19", "22"}
BUILDING_CHAPTERS = {"25", "44", "68", "69", "72"}
# Share of companies that cheat on duties now and then: the learnable part of the history.
DODGY_SHARE = 0.08
NEW_COMPANY_SHARE = 0.18


@dataclass(frozen=True, slots=True)
class Company:
    """A consignor or consignee, with the traits that drive its hidden behaviour."""

    party: Party
    # Index of the first day it trades; -1 for companies older than the scenario.
    first_day: int
    dodgy: bool


@dataclass(frozen=True, slots=True)
class Truck:
    """A tractor and trailer with their operator and crew."""

    carrier: Party
    tractor: str
    trailer: str
    country: str
    drivers: tuple[Party, ...]
    # True when the trailer is registered in another country than the tractor.
    mixed: bool


@dataclass
class Population:
    """Every party and vehicle the traffic draws on, with sampling weights."""

    consignors: dict[int, list[Company]] = field(default_factory=dict)
    consignees: dict[int, list[Company]] = field(default_factory=dict)
    fleets: dict[str, list[Truck]] = field(default_factory=dict)
    brokers: dict[str, list[Party]] = field(default_factory=dict)
    sloppy_brokers: set[str] = field(default_factory=set)
    weights: dict[int, list[float]] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)

    def company(self, rng: random.Random, country: str, trade: str, days: int) -> Company:
        """A new company with a name no other party of the scenario uses."""
        for attempt in itertools.count():
            name = company_name(rng, country, trade)
            if attempt > 20:
                name = f"{name} {attempt}"
            if name not in self.names:
                break
        self.names.add(name)
        first_day = rng.randrange(days) if rng.random() < NEW_COMPANY_SHARE else -1
        party = Party(PartyKind.COMPANY, name, country, {"tax_id": tax_id(rng, country)})
        return Company(party, first_day, rng.random() < DODGY_SHARE)


def tax_id(rng: random.Random, country: str) -> str:
    """A registration or tax number of the length the country uses."""
    length = {"AZ": 10, "IR": 11, "RU": 10, "GE": 9, "TR": 10, "KZ": 12}.get(country, 9)
    return str(rng.randrange(10 ** (length - 1), 10**length))


def broker_name(rng: random.Random) -> str:
    """A customs broker's name, as Azerbaijani brokerage firms style themselves."""
    trade = rng.choice(("Broker", "Gömrük Xidmətləri", "Gömrük Brokeri", "Deklarant", "Konsaltinq"))
    return f"{rng.choice(AZ_PLACES)} {trade} {rng.choice(('MMC', 'MMC', 'QSC'))}"


def trade_of(lane: Lane) -> str:
    """The line of business a lane's consignors are in, for their names."""
    chapters = {code[:2] for code, _ in lane.goods}
    if chapters <= FOOD_CHAPTERS:
        return "food" if chapters & {"08"} else "agro"
    if chapters <= BUILDING_CHAPTERS | {"34", "39"}:
        return "building"
    return "trading"


def driver(rng: random.Random, nationality: str) -> Party:
    """A driver with a passport of their nationality, never a namesake of a planted member."""
    name, _ = person_name(rng, nationality)
    while name in RESERVED_NAMES:
        name, _ = person_name(rng, nationality)
    return Party(
        PartyKind.PERSON, name, nationality, {"passport": passport_number(rng, nationality)}
    )


def build_population(rng: random.Random, days: int) -> Population:
    """Companies per lane, fleets per country and brokers per checkpoint."""
    population = Population(names=set(RESERVED_NAMES))
    for index, lane in enumerate(LANES):
        size = max(4, round(lane.per_day * 2.2))
        trade = trade_of(lane)
        population.consignors[index] = [
            population.company(rng, lane.sender, trade, days) for _ in range(size)
        ]
        population.consignees[index] = [
            population.company(rng, lane.receiver, "trading", days) for _ in range(size)
        ]
        # Trade is concentrated: a few companies carry much of a lane.
        population.weights[index] = [1.0 / (rank + 1) ** 0.7 for rank in range(size)]
    for country, size in FLEET_SIZES.items():
        population.fleets[country] = build_fleet(rng, population, country, size)
    for lane in LANES:
        if lane.checkpoint in population.brokers:
            continue
        brokers = []
        for _ in range(6):
            name = broker_name(rng)
            while name in population.names:
                name = broker_name(rng)
            population.names.add(name)
            brokers.append(Party(PartyKind.COMPANY, name, "AZ", {"tax_id": tax_id(rng, "AZ")}))
        population.brokers[lane.checkpoint] = brokers
        if rng.random() < 0.6:
            population.sloppy_brokers.add(brokers[rng.randrange(len(brokers))].name)
    return population


def build_fleet(rng: random.Random, population: Population, country: str, size: int) -> list[Truck]:
    """Trucks of one country, grouped under carrier companies of a few dozen vehicles."""
    carriers = [
        population.company(rng, country, "transport", 1).party for _ in range(max(3, size // 12))
    ]
    trucks = []
    for _ in range(size):
        mixed = rng.random() < 0.05
        trailer_country = rng.choice(("AZ", "GE", "TR")) if mixed else country
        if trailer_country == country:
            mixed = False
        crew = 2 if rng.random() < 0.1 else 1
        trucks.append(
            Truck(
                carrier=rng.choice(carriers),
                tractor=plate(rng, country),
                trailer=plate(rng, trailer_country, trailer=True),
                country=country,
                drivers=tuple(driver(rng, country) for _ in range(crew)),
                mixed=mixed,
            )
        )
    return trucks
