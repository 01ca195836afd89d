"""The demo watchlist: what intelligence knows, spelled the way its sources spell it."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from kordon.scenario.networks import ALIZADE, B_TRUCK, KASPIY
from kordon.scenario.plates import to_cyrillic_twins, to_persian_digits
from kordon.scenario.population import Population


def _entry(
    number: int,
    kind: str,
    names: list[str],
    country: str | None,
    identifiers: dict[str, str],
    source: str,
    handling_code: str,
    action: str,
    valid_until: date,
) -> dict[str, Any]:
    return {
        "id": f"WL-{number:04d}",
        "kind": kind,
        "names": names,
        "country": country,
        "identifiers": identifiers,
        "source": source,
        "handling_code": handling_code,
        "action": action,
        "valid_until": valid_until.isoformat(),
    }


def build_watchlist(
    rng: random.Random, population: Population, today: date
) -> list[dict[str, Any]]:
    """Entries on three of the four networks, plus the noise every real watchlist carries."""
    soon, later, lapsed = today + timedelta(90), today + timedelta(365), today - timedelta(20)
    # A legitimate truck and a legitimate driver whose namesake intelligence is after.
    iranian = population.fleets["IR"]
    monitored = next(t for t in iranian if t.tractor[:2].isascii())
    azeri = population.fleets["AZ"]
    namesake = azeri[rng.randrange(len(azeri))].drivers[0]
    return [
        _entry(1, "person", ["محمد علیزاده", "Мухаммад Ализаде"], "IR",
               {"passport": ALIZADE.passport, "date_of_birth": ALIZADE.date_of_birth.isoformat()},
               "SCC operational-search department", "H3", "stop", soon),
        _entry(2, "vehicle", [to_cyrillic_twins(B_TRUCK.tractor or "")], "AZ",
               {"registration_country": "AZ", "vehicle_type": "tractor unit, reefer trailer"},
               "partner service (RU), Dagestan", "H2", "inspect", soon),
        _entry(3, "company", ["ТОО «Каспий Транзит Логистик»"], "KZ",
               {"tax_id": KASPIY.identifiers["tax_id"]},
               "SCC revenue intelligence", "H1", "inspect", later),
        _entry(4, "vehicle", [to_persian_digits(monitored.tractor)], "IR",
               {"registration_country": "IR"},
               "SCC revenue intelligence (unconfirmed diversion report)", "H1", "monitor", soon),
        _entry(5, "person", [namesake.name], namesake.country,
               {"passport": "C09917342", "date_of_birth": "1969-07-21"},
               "Interpol diffusion (fraud)", "H2", "inspect", later),
        _entry(6, "person", ["Шамиль Гаджимурадов", "Shamil Gadzhimuradov"], "RU",
               {"date_of_birth": "1985-10-03"}, "partner service (RU)", "H2", "stop", later),
        _entry(7, "person", ["غلامرضا نوروزی"], "IR", {"passport": "B17730981"},
               "SCC operational-search department", "H3", "stop", soon),
        _entry(8, "company", ["შპს «ალაზანი ექსპორტი»"], "GE", {"tax_id": "405118273"},
               "partner service (GE)", "H1", "inspect", later),
        _entry(9, "company", ["Qızıl Qum Ticarət MMC"], "AZ", {"tax_id": "1401822913"},
               "SCC revenue intelligence", "H1", "inspect", lapsed),
        _entry(10, "vehicle", ["Н482КА 05"], "RU", {"registration_country": "RU"},
               "partner service (RU), Dagestan", "H2", "inspect", later),
        _entry(11, "person", ["Fərhad Nəbizadə", "Farhad Nabizadeh"], "AZ",
               {"passport": "C02288164"}, "State Border Service", "H2", "monitor", lapsed),
    ]  # fmt: skip
