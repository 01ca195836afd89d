"""The commodities of the scenario: HS code, description and plausible value and mass."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Commodity:
    """A kind of goods as traffic carries it: what a consignment of it usually looks like."""

    hs_code: str
    description: str
    usd_per_kg: tuple[float, float]
    net_kg: tuple[float, float]
    # Net kilograms per package; None for bulk loads declared without packages.
    package_kg: float | None
    # Goods whose duties or controls make misdeclaration pay (textiles, electronics, carpets ...).
    sensitive: bool = False


def _c(
    hs: str,
    description: str,
    usd: tuple[float, float],
    net: tuple[float, float],
    package: float | None,
    sensitive: bool = False,
) -> Commodity:
    return Commodity(hs, description, usd, net, package, sensitive)


ROAD = (17000.0, 22500.0)
COMMODITIES: dict[str, Commodity] = {
    c.hs_code: c
    for c in (
        _c("070200", "Tomatoes, fresh", (0.45, 0.9), ROAD, 8.0),
        _c("070700", "Cucumbers, fresh", (0.5, 1.0), ROAD, 10.0),
        _c("080620", "Raisins (dried grapes)", (1.6, 2.6), ROAD, 10.0),
        _c("080251", "Pistachios in shell", (6.0, 9.0), (14000.0, 19000.0), 25.0),
        _c("080252", "Pistachios, shelled", (12.0, 18.0), (8000.0, 15000.0), 10.0),
        _c("080410", "Dates, fresh or dried", (1.0, 2.2), ROAD, 5.0),
        _c("080810", "Apples, fresh", (0.4, 0.8), ROAD, 18.0),
        _c("080719", "Melons, fresh", (0.25, 0.5), ROAD, 20.0),
        _c("081050", "Kiwifruit, fresh", (0.6, 1.1), ROAD, 10.0),
        _c("081070", "Persimmons, fresh", (0.6, 1.0), ROAD, 8.0),
        _c("081090", "Pomegranates, fresh", (0.5, 1.0), ROAD, 10.0),
        _c("080222", "Hazelnuts, shelled", (6.0, 9.0), (12000.0, 20000.0), 25.0),
        _c("252329", "Portland cement, grey", (0.04, 0.07), (24000.0, 27000.0), None),
        _c("690721", "Ceramic floor tiles, glazed", (0.3, 0.6), (21000.0, 24500.0), 28.0),
        _c("570110", "Carpets of wool, hand-knotted", (25.0, 80.0), (800.0, 5000.0), 20.0, True),
        _c("390210", "Polypropylene in primary forms", (0.9, 1.3), (20000.0, 24000.0), 25.0),
        _c("340220", "Washing and cleaning preparations", (0.8, 1.5), ROAD, 12.0),
        _c("190531", "Sweet biscuits", (1.8, 3.0), (8000.0, 16000.0), 6.0),
        _c("100199", "Wheat, other than durum", (0.2, 0.28), (22000.0, 25000.0), None),
        _c("151211", "Sunflower-seed oil, crude", (0.9, 1.2), ROAD, None),
        _c("151219", "Sunflower-seed oil, refined, bottled", (1.0, 1.4), ROAD, 9.0),
        _c("440711", "Sawn pine wood", (0.35, 0.55), ROAD, None),
        _c("721420", "Steel reinforcing bars", (0.55, 0.75), (22000.0, 25000.0), None),
        _c("180632", "Chocolate, not filled", (4.0, 7.0), (8000.0, 16000.0), 5.0),
        _c("610910", "T-shirts of cotton, knitted", (8.0, 20.0), (3000.0, 9000.0), 15.0, True),
        _c("620462", "Women's trousers of cotton", (10.0, 25.0), (3000.0, 8000.0), 15.0, True),
        _c("940360", "Wooden furniture", (1.5, 4.0), (5000.0, 11000.0), 40.0),
        _c("841810", "Refrigerator-freezers", (2.5, 4.5), (6000.0, 10000.0), 60.0, True),
        _c("401110", "New tyres for motor cars", (3.0, 5.0), (8000.0, 14000.0), 9.0, True),
        _c("300490", "Medicaments in measured doses", (20.0, 120.0), (500.0, 4000.0), 8.0),
        _c("870899", "Motor vehicle parts", (4.0, 12.0), (3000.0, 10000.0), 20.0, True),
        _c("110100", "Wheat flour", (0.3, 0.4), (22000.0, 24000.0), 50.0),
        _c("310210", "Urea fertiliser", (0.3, 0.45), (22000.0, 25000.0), 50.0),
        _c("520512", "Cotton yarn, single, uncombed", (2.3, 3.5), (15000.0, 20000.0), 40.0),
        _c("630260", "Terry towels of cotton", (5.0, 9.0), (6000.0, 12000.0), 20.0, True),
        _c("847130", "Portable computers", (60.0, 150.0), (300.0, 3000.0), 6.0, True),
        _c("851713", "Smartphones", (150.0, 600.0), (50.0, 800.0), 4.0, True),
        _c("950300", "Toys", (3.0, 6.0), (5000.0, 12000.0), 10.0, True),
        _c("854143", "Photovoltaic modules", (2.0, 4.0), (10000.0, 18000.0), 22.0),
        _c("640299", "Footwear with rubber soles", (6.0, 12.0), (4000.0, 9000.0), 10.0, True),
        _c("330300", "Perfumes and toilet waters", (20.0, 80.0), (50.0, 600.0), 5.0, True),
        _c("060311", "Roses, cut fresh", (3.0, 8.0), (200.0, 1500.0), 10.0),
        _c("271019", "Gas oil (diesel fuel)", (0.6, 0.8), (55000.0, 62000.0), None),
        _c("481820", "Paper handkerchiefs and towels", (1.0, 1.8), (6000.0, 12000.0), 8.0),
        _c("392010", "Polyethylene film", (1.3, 2.0), (12000.0, 20000.0), 25.0),
        _c("720839", "Hot-rolled steel coil", (0.5, 0.7), (20000.0, 24000.0), None),
        _c("220110", "Mineral water", (0.25, 0.4), (18000.0, 21000.0), 9.0),
        _c("220421", "Wine in bottles", (2.5, 5.0), (8000.0, 15000.0), 9.0, True),
    )
}

# Rail wagons carry about three truckloads.
RAIL_FACTOR = 2.8
