"""The planted smuggling networks: who they are, how they hide drugs, and when they move."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kordon.domain import (
    DetectionMethod,
    Direction,
    Party,
    PartyKind,
    QuantityUnit,
    TransportMode,
)
from kordon.scenario.lanes import Lane
from kordon.scenario.model import Fate, Member, Network


@dataclass(frozen=True, slots=True)
class Vehicle:
    """A network's tractor and trailer (or container) and the company that operates it."""

    tractor: str | None
    trailer: str
    country: str | None
    carrier: Party
    mixed: bool = False


@dataclass(frozen=True, slots=True)
class Attempt:
    """One planted consignment: when, where, under what cover, and how it ended."""

    network: str
    offset: int  # days before today; 0 is today
    lane: Lane
    goods: tuple[str, ...]
    consignor: Party
    consignee: Party
    drivers: tuple[Member, ...]
    vehicle: Vehicle
    quantity: float
    fate: Fate
    # Declared value as a share of the going price: fronts often undervalue the cover cargo.
    price_factor: float = 1.0
    detection: DetectionMethod | None = None


def _company(name: str, country: str, tax_id: str) -> Party:
    return Party(PartyKind.COMPANY, name, country, {"tax_id": tax_id})


def _carrier(name: str, country: str) -> Party:
    return Party(PartyKind.COMPANY, name, country)


IM, EX, TR = Direction.IMPORT, Direction.EXPORT, Direction.TRANSIT

# Network A: the story of the 622 kg case, heroin in divided fuel tanks bound for Moldova.
ALIZADE = Member(
    "Məhəmməd Əlizadə",
    "IR",
    "driver",
    "K41772093",
    date(1978, 4, 12),
    ("Mohammad Alizadeh", "محمد علیزاده", "Мухаммад Ализаде"),
)
HOSSEINZADEH = Member(
    "Reza Hosseinzadeh",
    "IR",
    "driver",
    "X30518846",
    date(1983, 9, 2),
    ("رضا حسین‌زاده", "Rza Hüseynzadə"),
)
GAMBAROV = Member(
    "Elşən Qəmbərov",
    "AZ",
    "driver",
    "C07394521",
    date(1975, 1, 23),
    ("Elshan Gambarov", "Эльшан Гамбаров"),
)
POURMAND = Member(
    "Behrouz Pourmand",
    "IR",
    "organiser",
    "E22906417",
    date(1969, 11, 30),
    ("بهروز پورمند", "Бехруз Пурманд"),
)
ARAZ = _company("Araz Tabriz Dried Fruit Co.", "IR", "14008827361")
SAHAND = _company("Sahand Ardabil Trading Co.", "IR", "14011930548")
BEREKET = _company("Bərəkət Ərzaq MMC", "AZ", "1804392217")
NISTRU = _company("Nistru Fruct Trade SRL", "MD", "1019600044127")
A_IR_TRUCK = Vehicle(
    "15 ع 482 - 35", "10-RK-417", "IR", _carrier("Rahavard Tabriz Transport Co.", "IR"), mixed=True
)
A_AZ_TRUCK = Vehicle("90-BH-265", "90-BF-318", "AZ", _carrier("Şimal Yük Daşıma MMC", "AZ"))
A_IR_TRUCK_2 = Vehicle(
    "25 ع 716 - 15", "25 ع 717 - 15", "IR", _carrier("Baran Jolfa Transport Co.", "IR")
)
TO_MOLDOVA = Lane("AZ-AST", 0, TR, "IR", ("AZ", "GE", "TR", "BG", "RO"), "MD", ())
REEXPORT_MOLDOVA = Lane(
    "AZ-SAM", 0, EX, "IR", ("RU",), "MD", (), departure="AZ", consignor_country="AZ"
)

# Network B: hashish behind a false wall at the front of a reefer trailer, under tomatoes.
KERIMOV = Member(
    "Vüsal Kərimov",
    "AZ",
    "driver",
    "C05518230",
    date(1986, 6, 17),
    ("Vusal Karimov", "Вюсал Керимов"),
)
BAGIROV = Member(
    "Ceyhun Bağırov",
    "AZ",
    "driver",
    "C03861174",
    date(1981, 2, 8),
    ("Jeyhun Bagirov", "Джейхун Багиров"),
)
GOLESTAN = _company("Golestan Rasht Agro Industry Co.", "IR", "10861654320")
DAGFRUKT = _company("ООО «Дагфрукт-Юг»", "RU", "0541027736")
B_TRUCK = Vehicle("10-KM-538", "10-TE-204", "AZ", _carrier("Lənkəran Refrijerator Trans MMC", "AZ"))
IR_TO_RU = Lane("AZ-AST", 0, TR, "IR", ("AZ",), "RU", ())

# Network C: cigarettes behind a cover load of paper towels, in containers off the Aktau ferry.
SEITKALI = Member(
    "Ерлан Сейткали",
    "KZ",
    "organiser",
    "N10447285",
    date(1974, 8, 5),
    ("Yerlan Seitkali", "Erlan Seytkali"),
)
TALIBOV = Member(
    "Orxan Talıbov",
    "AZ",
    "consignee director",
    "C06602319",
    date(1988, 12, 1),
    ("Orkhan Talibov", "Орхан Талыбов"),
)
KASPIY = _company("Kaspiy Tranzit Logistik TOO", "KZ", "180840021573")
SAHIL = _company("Sahil Distribusiya MMC", "AZ", "1506631824")
ULDUZ = _company("Ulduz Market MMC", "AZ", "1507183349")
CONTAINER_LINE = _carrier("Caspian Container Line", "AZ")
# Container numbers change with every shipment; planting draws a new one each time.
BOX = Vehicle(None, "", None, CONTAINER_LINE)
KZ_TO_AZ = Lane("AZ-ALT", 0, IM, "KZ", (), "AZ", (), mode=TransportMode.SEA)

# Network D: methamphetamine in the natural voids of bulk cement trailers from Kerman.
FARAJI = Member(
    "Yaghoub Faraji",
    "IR",
    "driver",
    "A28193306",
    date(1980, 3, 19),
    ("یعقوب فرجی", "Yaqub Fərəci", "Якуб Фараджи"),
)
SEPEHR = _company("Sepehr Kerman Cement & Tile Co.", "IR", "10103998251")
ZIRVE = _company("Zirvə İnşaat Materialları MMC", "AZ", "1306648892")
D_IR_TRUCK = Vehicle(
    "35 ع 264 - 15", "35 ع 265 - 15", "IR", _carrier("Omid Kerman Transport Co.", "IR")
)
D_AZ_TRUCK = Vehicle("20-CT-719", "20-CT-720", "AZ", _carrier("Bağırov Logistika MMC", "AZ"))
IR_TO_AZ_BIL = Lane("AZ-BIL", 0, IM, "IR", (), "AZ", ())
IR_TO_AZ_AST = Lane("AZ-AST", 0, IM, "IR", (), "AZ", ())

# After the Samur loss, Network A's next front: a new Azerbaijani consignor, driver and truck
# for the same Moldovan consignee, under the same carrier's name, lodged at Samur today.
QIZIL = _company("Qızıl Dən MMC", "AZ", "1807716652")
SADIQOV = Member(
    "Tofiq Sadıqov",
    "AZ",
    "driver",
    "C02741968",
    date(1979, 7, 3),
    ("Tofig Sadigov", "Тофиг Садыгов"),
)
A_AZ_TRUCK_2 = Vehicle("77-ZC-904", "77-ZC-905", "AZ", _carrier("Şimal Yük Daşıma MMC", "AZ"))

NETWORKS: tuple[Network, ...] = (
    Network("NET-A", "Raisin line", "heroin", QuantityUnit.KG, "fuel tank",
            "tank divided by a welded metal plate: diesel in one half, drugs in the other",
            "Iranian dried fruit in transit to Moldova through Astara, or re-exported through "
            "Samur; front companies replaced after each loss; declared values below the market",
            (ALIZADE, HOSSEINZADEH, GAMBAROV, POURMAND),
            (ARAZ.name, SAHAND.name, BEREKET.name, NISTRU.name),
            ("15 ع 482 - 35", "10-RK-417", "90-BH-265", "90-BF-318", "25 ع 716 - 15"), True),
    Network("NET-B", "Tomato wall", "hashish", QuantityUnit.KG, "trailer front wall",
            "false wall welded behind the refrigeration unit, hidden by pallets of produce",
            "Azerbaijani reefer carrying Iranian tomatoes in transit to Dagestan; "
            "the same truck every two weeks, two drivers taking turns",
            (KERIMOV, BAGIROV), (GOLESTAN.name, DAGFRUKT.name), ("10-KM-538", "10-TE-204"), True),
    Network("NET-C", "Caspian cigarettes", "cigarettes", QuantityUnit.PIECES,
            "40-foot container, behind the door-end rows",
            "cover load: declared paper towels at the doors, cigarette master cases behind",
            "containers off the Aktau ferry at Alat, consigned by one Kazakh forwarder to "
            "short-lived Azerbaijani distributors; cover cargo declared at half its price",
            (SEITKALI, TALIBOV), (KASPIY.name, SAHIL.name, ULDUZ.name), (), True),
    Network("NET-D", "Cement voids", "methamphetamine", QuantityUnit.KG,
            "bulk cement trailer, voids between the tank cones and the chassis",
            "packages wedged into the natural voids of the trailer and dusted with cement",
            "grey cement from a new Kerman supplier to a new Azerbaijani builder, through "
            "Biləsuvar and Astara; one driver also drives for the Tomato wall",
            (FARAJI, BAGIROV), (SEPEHR.name, ZIRVE.name),
            ("35 ع 264 - 15", "20-CT-719"), False),
)  # fmt: skip

P, M, C, Q = Fate.PASSED, Fate.MISSED, Fate.CAUGHT, Fate.QUEUED
RAISINS, PIST_DATES, TOMATOES = ("080620",), ("080251", "080410"), ("070200",)
CEMENT, TOWELS = ("252329",), ("481820",)
ATTEMPTS: tuple[Attempt, ...] = (
    Attempt("NET-A", 46, TO_MOLDOVA, RAISINS, ARAZ, NISTRU, (HOSSEINZADEH,), A_IR_TRUCK,
            184.2, P, 0.7),
    Attempt("NET-A", 33, REEXPORT_MOLDOVA, PIST_DATES, BEREKET, NISTRU, (GAMBAROV,), A_AZ_TRUCK,
            206.5, P, 0.75),
    Attempt("NET-A", 19, TO_MOLDOVA, RAISINS, ARAZ, NISTRU, (HOSSEINZADEH,), A_IR_TRUCK, 301.475,
            C, 0.65, DetectionMethod.XRAY),
    Attempt("NET-A", 18, REEXPORT_MOLDOVA, PIST_DATES, BEREKET, NISTRU, (GAMBAROV,), A_AZ_TRUCK,
            320.6, C, 0.7, DetectionMethod.INTELLIGENCE),
    Attempt("NET-A", 6, TO_MOLDOVA, RAISINS, SAHAND, NISTRU, (ALIZADE,), A_IR_TRUCK_2,
            240.0, P, 0.8),
    Attempt("NET-A", 0, TO_MOLDOVA, RAISINS, SAHAND, NISTRU, (ALIZADE,), A_IR_TRUCK_2,
            296.0, Q, 0.8),
    Attempt("NET-B", 50, IR_TO_RU, TOMATOES, GOLESTAN, DAGFRUKT, (KERIMOV,), B_TRUCK, 380.0, P),
    Attempt("NET-B", 36, IR_TO_RU, TOMATOES, GOLESTAN, DAGFRUKT, (BAGIROV,), B_TRUCK, 415.0, M,
            1.0, DetectionMethod.RANDOM_CONTROL),
    Attempt("NET-B", 22, IR_TO_RU, TOMATOES, GOLESTAN, DAGFRUKT, (KERIMOV,), B_TRUCK, 402.0, P),
    Attempt("NET-B", 9, IR_TO_RU, TOMATOES, GOLESTAN, DAGFRUKT, (BAGIROV,), B_TRUCK, 390.0, P),
    Attempt("NET-B", 0, IR_TO_RU, TOMATOES, GOLESTAN, DAGFRUKT, (KERIMOV,), B_TRUCK, 420.0, Q),
    Attempt("NET-C", 48, KZ_TO_AZ, TOWELS, KASPIY, SAHIL, (), BOX,
            4_200_000, P, 0.5),
    Attempt("NET-C", 34, KZ_TO_AZ, TOWELS, KASPIY, SAHIL, (), BOX,
            5_100_000, C, 0.5, DetectionMethod.XRAY),
    Attempt("NET-C", 20, KZ_TO_AZ, TOWELS, KASPIY, ULDUZ, (), BOX,
            4_800_000, P, 0.45),
    Attempt("NET-C", 7, KZ_TO_AZ, TOWELS, KASPIY, ULDUZ, (), BOX,
            5_000_000, P, 0.5),
    Attempt("NET-C", 0, KZ_TO_AZ, TOWELS, KASPIY, ULDUZ, (), BOX,
            5_200_000, Q, 0.5),
    Attempt("NET-D", 40, IR_TO_AZ_BIL, CEMENT, SEPEHR, ZIRVE, (FARAJI,), D_IR_TRUCK, 11.8, P),
    Attempt("NET-D", 27, IR_TO_AZ_BIL, CEMENT, SEPEHR, ZIRVE, (FARAJI,), D_IR_TRUCK, 13.4, M,
            1.0, DetectionMethod.RISK_PROFILE),
    Attempt("NET-D", 12, IR_TO_AZ_AST, CEMENT, SEPEHR, ZIRVE, (BAGIROV,), D_AZ_TRUCK, 14.2, P),
    Attempt("NET-D", 4, IR_TO_AZ_BIL, CEMENT, SEPEHR, ZIRVE, (FARAJI,), D_IR_TRUCK, 9.6, P),
    Attempt("NET-D", 0, IR_TO_AZ_AST, CEMENT, SEPEHR, ZIRVE, (BAGIROV,), D_AZ_TRUCK, 15.5, Q),
    Attempt("NET-A", 0, REEXPORT_MOLDOVA, PIST_DATES, QIZIL, NISTRU, (SADIQOV,), A_AZ_TRUCK_2,
            288.0, Q, 0.7),
)  # fmt: skip

RESERVED_NAMES: frozenset[str] = frozenset(
    [member.name for network in NETWORKS for member in network.members]
    + [name for network in NETWORKS for name in network.companies]
    + [SADIQOV.name, QIZIL.name]
)


def network(code: str) -> Network:
    """The planted network with that code."""
    return next(n for n in NETWORKS if n.code == code)
