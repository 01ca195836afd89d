"""What past inspections say about each entity, using only declarations lodged earlier.

Two ways to get the same numbers:
- `past_statistics(frame)` gives, for every row of a training table, the totals of the rows
  lodged on an earlier day (never the same day or later), so no feature sees the future;
- `History` holds the totals of a whole table and answers for declarations lodged after it,
  which is how a saved model scores new declarations without a database.
Rows with no label (not inspected) count towards traffic and unit values, not towards rates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

# Entity groups whose violation rates the model reads: one column or a pair of columns.
KEYS: dict[str, tuple[str, ...]] = {
    "importer": ("importer",),
    "declarant": ("declarant",),
    "seller": ("seller",),
    "courier": ("courier",),
    "hs6": ("hs6",),
    "hs4": ("hs4",),
    "hs2": ("hs2",),
    "origin": ("origin",),
    "departure": ("departure",),
    "checkpoint": ("checkpoint",),
    "procedure": ("procedure",),
    "hs6_origin": ("hs6", "origin"),
    "hs4_origin": ("hs4", "origin"),
    "hs6_checkpoint": ("hs6", "checkpoint"),
    "hs6_importer": ("hs6", "importer"),
    "hs6_declarant": ("hs6", "declarant"),
    "declarant_importer": ("declarant", "importer"),
    "importer_seller": ("importer", "seller"),
    "route": ("origin", "departure"),
    # The same goods under different declared terms: strong signals in the KCS data.
    "hs6_departure": ("hs6", "departure"),
    "hs6_route": ("hs6", "origin", "departure"),
    "hs6_seller": ("hs6", "seller"),
    "hs4_checkpoint": ("hs4", "checkpoint"),
    "hs6_procedure": ("hs6", "procedure"),
    "hs6_import_type": ("hs6", "import_type"),
    "hs6_import_use": ("hs6", "import_use"),
    "hs6_payment": ("hs6", "payment_type"),
    "hs6_transport": ("hs6", "mode_of_transport"),
    "hs6_tax_type": ("hs6", "tax_type"),
    "hs6_tax_rate": ("hs6", "tax_rate"),
    "hs6_origin_indicator": ("hs6", "origin_indicator"),
    # Goods shipped from somewhere other than their origin: where false-origin cases hide.
    "hs4_route": ("hs4", "origin", "departure"),
    "hs2_route": ("hs2", "origin", "departure"),
    "hs6_route_indicator": ("hs6", "origin", "departure", "origin_indicator"),
    "hs6_route_tax_type": ("hs6", "origin", "departure", "tax_type"),
}
# Unit-value statistics: log(value per kg) by these groups.
VALUE_KEYS: dict[str, tuple[str, ...]] = {
    "hs6": ("hs6",),
    "hs6_origin": ("hs6", "origin"),
}
_SUMS = ("n", "fraud", "critical", "traffic")
_VALUE_SUMS = ("vn", "v1", "v2")
MISSING = "\x00"  # stands for an empty cell inside a key, so pairs with a gap still group


def with_derived(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame plus the HS heading and chapter and the log unit value."""
    out = frame.copy()
    hs = out["hs6"].fillna("").astype(str)
    out["hs4"] = hs.str[:4]
    out["hs2"] = hs.str[:2]
    mass = out["net_mass_kg"].astype(float)
    value = out["value"].astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        unit = pd.Series(
            np.log1p(value.clip(lower=0)) - np.log1p(mass.clip(lower=0)), index=out.index
        )
    out["log_unit_value"] = unit.where(np.isfinite(unit))
    return out


def key_series(frame: pd.DataFrame, columns: tuple[str, ...]) -> pd.Series:
    """One string key per row for a column or a pair of columns."""
    parts = [frame[c].astype(object).where(frame[c].notna(), MISSING).astype(str) for c in columns]
    key = parts[0]
    for part in parts[1:]:
        key = key + "|" + part
    return key


def _contributions(frame: pd.DataFrame) -> pd.DataFrame:
    """What each row adds to the totals of its groups."""
    labelled = frame["fraud"].notna()
    unit = frame["log_unit_value"]
    has_unit = unit.notna()
    return pd.DataFrame(
        {
            "n": labelled.astype(float),
            "fraud": frame["fraud"].fillna(0.0).astype(float),
            "critical": frame["critical"].fillna(0.0).astype(float),
            "traffic": 1.0,
            "vn": has_unit.astype(float),
            "v1": unit.fillna(0.0),
            "v2": (unit**2).fillna(0.0),
        },
        index=frame.index,
    )


def _earlier_totals(keys: pd.Series, day: pd.Series, adds: pd.DataFrame) -> pd.DataFrame:
    """For every row, the sums of adds over rows with the same key on strictly earlier days."""
    work = adds.copy()
    work["_key"] = keys.to_numpy()
    work["_day"] = day.to_numpy()
    daily = work.groupby(["_key", "_day"], sort=True).sum()
    before = daily.groupby(level=0).cumsum() - daily
    joined = pd.MultiIndex.from_arrays([work["_key"], work["_day"]])
    return before.reindex(joined).set_axis(adds.index)


def past_statistics(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Per group, each row's totals over declarations lodged on earlier days only."""
    data = with_derived(frame)
    day = data["lodged_at"].dt.floor("D")
    adds = _contributions(data)
    out: dict[str, pd.DataFrame] = {}
    everything = pd.Series("all", index=data.index)
    out["global"] = _earlier_totals(everything, day, adds[list(_SUMS)])
    for name, columns in KEYS.items():
        out[name] = _earlier_totals(key_series(data, columns), day, adds[list(_SUMS)])
    for name, columns in VALUE_KEYS.items():
        out["value_" + name] = _earlier_totals(
            key_series(data, columns), day, adds[list(_VALUE_SUMS)]
        )
    return out


@dataclass
class History:
    """Totals per entity over a table of past declarations, for scoring later ones."""

    totals: dict[str, pd.DataFrame] = field(default_factory=dict)
    last_day: pd.Timestamp | None = None

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> History:
        """Sum up every row of frame."""
        history = cls()
        history.add(frame)
        return history

    def add(self, frame: pd.DataFrame) -> None:
        """Fold more past declarations (with or without labels) into the totals."""
        if frame.empty:
            return
        data = with_derived(frame)
        adds = _contributions(data)
        groups: dict[str, tuple[pd.Series, list[str]]] = {
            "global": (pd.Series("all", index=data.index), list(_SUMS))
        }
        for name, columns in KEYS.items():
            groups[name] = (key_series(data, columns), list(_SUMS))
        for name, columns in VALUE_KEYS.items():
            groups["value_" + name] = (key_series(data, columns), list(_VALUE_SUMS))
        for name, (keys, sums) in groups.items():
            new = adds[sums].groupby(keys.to_numpy()).sum()
            old = self.totals.get(name)
            self.totals[name] = new if old is None else old.add(new, fill_value=0.0)
        day = data["lodged_at"].max().floor("D")
        self.last_day = day if self.last_day is None else max(self.last_day, day)

    def lookup(self, frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
        """The totals each row of frame sees, in the same shape as `past_statistics`."""
        data = with_derived(frame)
        out: dict[str, pd.DataFrame] = {}
        groups: dict[str, pd.Series] = {"global": pd.Series("all", index=data.index)}
        for name, columns in KEYS.items():
            groups[name] = key_series(data, columns)
        for name, columns in VALUE_KEYS.items():
            groups["value_" + name] = key_series(data, columns)
        for name, keys in groups.items():
            sums = list(_VALUE_SUMS) if name.startswith("value_") else list(_SUMS)
            table = self.totals.get(name)
            if table is None:
                table = pd.DataFrame(columns=sums, dtype=float)
            found = table.reindex(keys.to_numpy()).fillna(0.0)
            out[name] = found.set_axis(data.index)
        return out
