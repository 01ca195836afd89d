"""Traffic lanes: who sends what through which checkpoint, and how often."""

from __future__ import annotations

from dataclasses import dataclass

from kordon.domain import Direction, TransportMode


@dataclass(frozen=True, slots=True)
class Lane:
    """A stream of similar consignments through one checkpoint."""

    checkpoint: str
    per_day: float
    direction: Direction
    origin: str
    transit: tuple[str, ...]
    destination: str
    # HS code -> relative weight within the lane.
    goods: tuple[tuple[str, float], ...]
    # Registration country of the truck -> relative weight.
    carriers: tuple[tuple[str, float], ...] = ()
    mode: TransportMode = TransportMode.ROAD
    departure: str | None = None
    consignor_country: str | None = None
    consignee_country: str | None = None
    currency: str = "USD"

    @property
    def procedure(self) -> str:
        """The customs procedure code declarations of this lane are lodged under."""
        return {Direction.IMPORT: "IM40", Direction.EXPORT: "EX10", Direction.TRANSIT: "T1"}[
            self.direction
        ]

    @property
    def sender(self) -> str:
        """Country of the consignor."""
        return self.consignor_country or self.departure or self.origin

    @property
    def receiver(self) -> str:
        """Country of the consignee."""
        return self.consignee_country or self.destination


def _g(spec: str) -> tuple[tuple[str, float], ...]:
    pairs = (part.split(":") for part in spec.split())
    return tuple((code, float(weight)) for code, weight in pairs)


IM, EX, TR = Direction.IMPORT, Direction.EXPORT, Direction.TRANSIT
IR_FRUIT = "070200:8 080620:3 080251:2 080252:1 080410:3 080810:3 080719:1 081050:3"
IR_GOODS = IR_FRUIT + " 252329:4 690721:5 570110:1 340220:4 190531:3"
IR_TRANSIT = "070200:6 080620:3 080251:2 080410:2 081050:3 080810:2 690721:3 340220:2 190531:1"
RU_SOUTH = "100199:4 151211:3 440711:3 720839:2 110100:1"
TR_GOODS = (
    "610910:4 620462:3 940360:3 841810:2 401110:2 870899:3 950300:1 640299:2 190531:1 "
    "180632:1 340220:2 300490:1"
)
CN_GOODS = "847130:2 950300:3 854143:3 640299:2 870899:2"
RAIL = TransportMode.RAIL

LANES: tuple[Lane, ...] = (
    # Astara: the Iranian gateway of the North-South corridor.
    Lane("AZ-AST", 50, IM, "IR", (), "AZ", _g(IR_GOODS), _g("IR:65 AZ:35")),
    Lane("AZ-AST", 52, TR, "IR", ("AZ",), "RU", _g(IR_TRANSIT), _g("IR:70 RU:15 AZ:15")),
    Lane("AZ-AST", 9, TR, "IR", ("AZ",), "GE", _g("690721:3 340220:2 070200:2 081050:1"),
         _g("IR:60 GE:40")),
    Lane("AZ-AST", 1.2, TR, "IR", ("AZ", "RU"), "BY", _g("070200:2 081050:2 080620:1"),
         _g("IR:80 AZ:20")),
    Lane("AZ-AST", 1.0, TR, "IR", ("AZ", "RU"), "KZ", _g("690721:2 340220:1 080410:1"),
         _g("IR:100")),
    Lane("AZ-AST", 0.15, TR, "IR", ("AZ", "GE", "TR", "BG", "RO"), "MD",
         _g("080620:1 080410:1 690721:1"), _g("IR:70 AZ:30")),
    Lane("AZ-AST", 26, TR, "RU", ("AZ",), "IR", _g(RU_SOUTH), _g("RU:40 IR:45 AZ:15")),
    Lane("AZ-AST", 8, EX, "AZ", (), "IR", _g("390210:5 151219:1"), _g("AZ:60 IR:40")),
    # Biləsuvar: the smaller Iranian crossing, mostly building materials and produce.
    Lane("AZ-BIL", 20, IM, "IR", (), "AZ",
         _g("252329:5 690721:4 070200:3 080810:2 080719:2 340220:2 080410:1"),
         _g("IR:60 AZ:40")),
    Lane("AZ-BIL", 5, TR, "IR", ("AZ",), "RU", _g(IR_TRANSIT), _g("IR:80 AZ:20")),
    # Samur: the Russian road border.
    Lane("AZ-SAM", 35, IM, "RU", (), "AZ",
         _g("440711:6 100199:3 151219:4 721420:3 720839:2 180632:2 110100:3 190531:1"),
         _g("RU:50 AZ:50")),
    Lane("AZ-SAM", 25, EX, "AZ", (), "RU",
         _g("070200:6 070700:3 081070:4 080810:3 080222:2 081090:3"), _g("AZ:70 RU:30")),
    Lane("AZ-SAM", 10, TR, "RU", ("AZ",), "IR", _g(RU_SOUTH), _g("RU:50 IR:50")),
    Lane("AZ-SAM", 3, EX, "IR", (), "RU", _g("080410:2 080251:2 080620:1"), _g("AZ:60 RU:40"),
         departure="AZ", consignor_country="AZ"),
    Lane("AZ-SAM", 5, TR, "RU", ("AZ",), "GE", _g("440711:2 151219:1 180632:1"),
         _g("RU:60 GE:40")),
    # Yalama: the Russian railway border.
    Lane("AZ-YAL", 10, IM, "RU", (), "AZ", _g("100199:5 440711:3 720839:2 151211:1"), mode=RAIL),
    Lane("AZ-YAL", 4, TR, "RU", ("AZ",), "IR", _g("100199:3 151211:1"), mode=RAIL),
    # Red Bridge: Turkish and European goods through Georgia, and Azerbaijani exports.
    Lane("AZ-RBR", 25, IM, "TR", ("GE",), "AZ", _g(TR_GOODS), _g("TR:60 GE:20 AZ:20"),
         currency="EUR"),
    Lane("AZ-RBR", 3, IM, "DE", ("TR", "GE"), "AZ", _g("300490:2 870899:2"), _g("TR:60 GE:40"),
         currency="EUR"),
    Lane("AZ-RBR", 12, EX, "AZ", (), "GE",
         _g("081070:3 080222:2 390210:2 252329:2 080810:2"), _g("AZ:60 GE:40")),
    Lane("AZ-RBR", 10, TR, "TR", ("GE", "AZ"), "KZ", _g("610910:2 870899:2 940360:1 640299:1"),
         _g("TR:70 KZ:30"), currency="EUR"),
    Lane("AZ-RBR", 6, IM, "GE", (), "AZ", _g("220110:3 220421:2"), _g("GE:60 AZ:40")),
    # Böyük Kəsik and Mazımçay: the railway and the small road crossing into Georgia.
    Lane("AZ-BKS", 5, EX, "AZ", (), "GE", _g("271019:3 252329:1"), mode=RAIL),
    Lane("AZ-BKS", 4, TR, "KZ", ("AZ",), "GE", _g("100199:2 720839:1"), mode=RAIL),
    Lane("AZ-MZM", 3, EX, "AZ", (), "GE", _g("081070:2 080222:2 080810:1"), _g("AZ:70 GE:30")),
    Lane("AZ-MZM", 2, IM, "GE", (), "AZ", _g("220110:2 220421:1"), _g("GE:70 AZ:30")),
    # Alat: ferries and containers from Aktau, Kuryk and Türkmenbaşı.
    Lane("AZ-ALT", 8, IM, "KZ", (), "AZ", _g("100199:3 110100:3 720839:2"), _g("KZ:60 AZ:40"),
         mode=TransportMode.SEA),
    Lane("AZ-ALT", 5, IM, "TM", (), "AZ", _g("520512:2 310210:2 630260:2"), _g("TM:70 AZ:30"),
         mode=TransportMode.SEA),
    Lane("AZ-ALT", 10, TR, "CN", ("KZ", "AZ", "GE"), "TR", _g(CN_GOODS), mode=TransportMode.SEA),
    Lane("AZ-ALT", 5, TR, "TM", ("AZ", "GE"), "TR", _g("520512:2 630260:2"), _g("TM:80 TR:20"),
         mode=TransportMode.SEA),
    Lane("AZ-ALT", 2, TR, "KZ", ("AZ",), "GE", _g("100199:1 720839:1"), _g("KZ:100"),
         mode=TransportMode.SEA),
    # The airport's cargo terminal: small, valuable consignments.
    Lane("AZ-GYD", 5, IM, "AE", (), "AZ", _g("851713:3 330300:2 847130:1"),
         mode=TransportMode.AIR),
    Lane("AZ-GYD", 4, IM, "TR", (), "AZ", _g("300490:2 330300:1 060311:1"),
         mode=TransportMode.AIR, currency="EUR"),
    Lane("AZ-GYD", 3, IM, "CN", (), "AZ", _g("851713:2 847130:2"), mode=TransportMode.AIR),
    Lane("AZ-GYD", 2, IM, "DE", (), "AZ", _g("300490:1"), mode=TransportMode.AIR, currency="EUR"),
    # Nakhchivan: Culfa on the Iranian border, Sədərək on the Turkish one.
    Lane("AZ-CUL", 8, IM, "IR", (), "AZ", _g("252329:3 690721:2 070200:2 340220:1"),
         _g("IR:60 AZ:40")),
    Lane("AZ-SDR", 10, IM, "TR", (), "AZ", _g("940360:2 610910:2 190531:2 340220:2 180632:1"),
         _g("TR:70 AZ:30"), currency="EUR"),
)  # fmt: skip

CHECKPOINT_CODES: tuple[str, ...] = tuple(dict.fromkeys(lane.checkpoint for lane in LANES))
