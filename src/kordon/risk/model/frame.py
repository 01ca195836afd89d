"""The canonical table the targeting model reads, and the adapters that build it.

One row per declaration. A multi-item declaration (Kordon's own layout) is represented by its
riskiest-looking item: the item with the highest declared value, because the model scores one
HS6 code per row and undervaluation is what the labels describe. Its net mass and value are the
declaration's totals.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from kordon.domain import Declaration, Inspection
from kordon.domain.errors import Invalid

# Columns every frame has, in this order; labels may be missing (NaN) for uninspected rows.
ID_COLUMNS = ("declaration_id", "lodged_at")
CATEGORICAL_COLUMNS = (
    "checkpoint",
    "procedure",
    "declarant",
    "importer",
    "seller",
    "courier",
    "hs6",
    "origin",
    "departure",
    "destination",
    "import_type",
    "import_use",
    "payment_type",
    "mode_of_transport",
    "tax_type",
    "origin_indicator",
)
NUMERIC_COLUMNS = ("net_mass_kg", "value", "tax_rate")
LABEL_COLUMNS = ("fraud", "critical")
COLUMNS = ID_COLUMNS + CATEGORICAL_COLUMNS + NUMERIC_COLUMNS + LABEL_COLUMNS

# KCS column -> canonical column.
KCS_COLUMNS = {
    "Declaration ID": "declaration_id",
    "Date": "lodged_at",
    "Office ID": "checkpoint",
    "Process Type": "procedure",
    "Import Type": "import_type",
    "Import Use": "import_use",
    "Payment Type": "payment_type",
    "Mode of Transport": "mode_of_transport",
    "Declarant ID": "declarant",
    "Importer ID": "importer",
    "Seller ID": "seller",
    "Courier ID": "courier",
    "HS6 Code": "hs6",
    "Country of Departure": "departure",
    "Country of Origin": "origin",
    "Tax Rate": "tax_rate",
    "Tax Type": "tax_type",
    "Country of Origin Indicator": "origin_indicator",
    "Net Mass": "net_mass_kg",
    "Item Price": "value",
}
KCS_LABELS = ("Fraud", "Critical Fraud")
# Attributes the KCS intake keeps on a Declaration, by canonical column.
ATTRIBUTE_COLUMNS = (
    "import_type",
    "import_use",
    "payment_type",
    "mode_of_transport",
    "tax_rate",
    "tax_type",
    "origin_indicator",
)
# Critical Fraud == 2 marks drugs, weapons and other threats to public safety.
KCS_CRITICAL = 2


class FrameError(Invalid, ValueError):
    """A training or scoring file cannot be turned into the canonical table."""


def is_kcs_header(columns: Iterable[str]) -> bool:
    """True when a header names the KCS declaration columns."""
    names = {c.strip() for c in columns}
    return {"Declaration ID", "HS6 Code", "Item Price"} <= names


def _bad_rows(path: Path, column: str, mask: pd.Series, raw: pd.Series, why: str) -> FrameError:
    """An error naming the first few offending lines of a file."""
    lines = [int(i) + 2 for i in np.flatnonzero(mask.to_numpy())[:3]]  # header is line 1
    shown = ", ".join(f"line {n} ({raw.iloc[n - 2]!r})" for n in lines)
    more = int(mask.sum()) - len(lines)
    extra = f" and {more} more" if more > 0 else ""
    return FrameError(f"{path}: column {column!r} {why}: {shown}{extra}")


def _text(series: pd.Series) -> pd.Series:
    """Strings with empty cells as None, so categorical columns compare equal across adapters."""
    values = series.astype(str).str.strip().to_numpy(dtype=object, copy=True)
    values[(values == "") | pd.isna(series.to_numpy())] = None
    return pd.Series(values, index=series.index, dtype=object)


def frame_from_kcs_csv(path: str | Path, *, require_labels: bool = True) -> pd.DataFrame:
    """Read a KCS-layout CSV into the canonical table, naming file, line and column on errors."""
    path = Path(path)
    if not path.is_file():
        raise FrameError(f"{path}: no such file")
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, skipinitialspace=True)
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise FrameError(f"{path}: not a readable CSV file ({exc})") from exc
    raw.columns = [c.strip() for c in raw.columns]
    needed = list(KCS_COLUMNS) + (list(KCS_LABELS) if require_labels else [])
    missing = [c for c in needed if c not in raw.columns]
    if missing:
        raise FrameError(
            f"{path}: missing column(s) {', '.join(repr(c) for c in missing)} "
            "(expected the KCS declaration layout)"
        )
    if raw.empty:
        raise FrameError(f"{path}: no data rows")
    frame = pd.DataFrame(index=raw.index)
    for kcs, canon in KCS_COLUMNS.items():
        frame[canon] = _text(raw[kcs])
    ids = frame["declaration_id"]
    if ids.isna().any():
        raise _bad_rows(path, "Declaration ID", ids.isna(), raw["Declaration ID"], "is empty")
    dates = pd.to_datetime(raw["Date"], format="%Y-%m-%d", errors="coerce")
    if dates.isna().any():
        raise _bad_rows(path, "Date", dates.isna(), raw["Date"], "is not a YYYY-MM-DD date")
    frame["lodged_at"] = dates
    hs = frame["hs6"].fillna("")
    bad_hs = ~hs.str.fullmatch(r"\d{1,6}")
    if bad_hs.any():
        raise _bad_rows(path, "HS6 Code", bad_hs, raw["HS6 Code"], "is not an HS6 code")
    # Spreadsheets drop the leading zero of chapters 01-09.
    frame["hs6"] = hs.str.zfill(6)
    frame["checkpoint"] = "KR-" + frame["checkpoint"].fillna("")
    frame["destination"] = "KR"
    for kcs, canon in (
        ("Net Mass", "net_mass_kg"),
        ("Item Price", "value"),
        ("Tax Rate", "tax_rate"),
    ):
        values = pd.to_numeric(raw[kcs].replace("", np.nan), errors="coerce")
        bad = values.isna() & (raw[kcs] != "")
        if bad.any():
            raise _bad_rows(path, kcs, bad, raw[kcs], "is not a number")
        frame[canon] = values.astype(float)
    if require_labels:
        fraud = _labels(path, raw, "Fraud", {"0", "1"})
        crit = _labels(path, raw, "Critical Fraud", {"0", "1", "2"})
        inconsistent = (fraud == 1) != (crit > 0)
        if inconsistent.any():
            raise _bad_rows(
                path, "Critical Fraud", inconsistent, raw["Critical Fraud"], "contradicts Fraud"
            )
        frame["fraud"] = fraud.astype(float)
        frame["critical"] = (crit == KCS_CRITICAL).astype(float)
    else:
        frame["fraud"] = np.nan
        frame["critical"] = np.nan
    return frame[list(COLUMNS)]


def _labels(path: Path, raw: pd.DataFrame, column: str, allowed: set[str]) -> pd.Series:
    """A label column as integers, refusing anything outside allowed."""
    cells = raw[column].str.strip()
    bad = ~cells.isin(allowed)
    if bad.any():
        choices = "/".join(sorted(allowed))
        raise _bad_rows(path, column, bad, raw[column], f"must be {choices}")
    return cells.astype(int)


def _main_item_index(declaration: Declaration) -> int:
    """The item that stands for the declaration: the one with the highest declared value."""
    values = [item.value if item.value is not None else -1.0 for item in declaration.items]
    return int(np.argmax(values)) if values else -1


def _sum_or_nan(values: Sequence[float | None]) -> float:
    """The sum of values, NaN when any is unknown or there are none."""
    if not values or any(v is None for v in values):
        return float("nan")
    return float(sum(v for v in values if v is not None))


def _row(declaration: Declaration) -> dict[str, object]:
    """The canonical row of one declaration, labels left empty."""
    index = _main_item_index(declaration)
    item = declaration.items[index] if index >= 0 else None
    attrs = declaration.attributes
    route = declaration.route

    def name(party: object) -> str | None:
        return getattr(party, "name", None) or None

    tax_rate = attrs.get("tax_rate")
    row: dict[str, object] = {
        "declaration_id": declaration.id,
        "lodged_at": pd.Timestamp(declaration.lodged_at).tz_localize(None),
        "checkpoint": declaration.checkpoint or None,
        "procedure": declaration.procedure or None,
        "declarant": name(declaration.declarant),
        "importer": name(declaration.consignee),
        "seller": name(declaration.consignor),
        "courier": name(declaration.carrier),
        "hs6": item.hs_code if item else None,
        "origin": route.origin or (item.origin_country if item else None),
        "departure": route.departure,
        "destination": route.destination,
        "net_mass_kg": _sum_or_nan([i.net_mass_kg for i in declaration.items]),
        "value": _sum_or_nan([i.value for i in declaration.items]),
        "tax_rate": float(tax_rate) if tax_rate not in (None, "") else float("nan"),
        "fraud": float("nan"),
        "critical": float("nan"),
    }
    for column in ATTRIBUTE_COLUMNS:
        if column != "tax_rate":
            row[column] = attrs.get(column) or None
    return row


def frame_from_declarations(
    declarations: Iterable[Declaration], outcomes: Iterable[Inspection] = ()
) -> pd.DataFrame:
    """Build the canonical table from domain declarations and, where known, their inspections."""
    rows = [_row(d) for d in declarations]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    by_id = {o.declaration_id: o for o in outcomes}
    if by_id:
        found = [by_id.get(str(i)) for i in frame["declaration_id"]]
        frame["fraud"] = [float(o.found_violation) if o else np.nan for o in found]
        frame["critical"] = [float(o.critical) if o else np.nan for o in found]
    frame["lodged_at"] = pd.to_datetime(frame["lodged_at"])
    for column in CATEGORICAL_COLUMNS:
        values = frame[column].to_numpy(dtype=object, copy=True)
        values[pd.isna(values)] = None
        frame[column] = pd.Series(values, index=frame.index, dtype=object)
    for column in (*NUMERIC_COLUMNS, *LABEL_COLUMNS):
        frame[column] = frame[column].astype(float)
    return frame


def load_training_frame(paths: Sequence[str | Path]) -> pd.DataFrame:
    """Read every training file into one canonical table; the one place new layouts plug in."""
    if not paths:
        raise FrameError("no input file given")
    frames = []
    for raw_path in paths:
        path = Path(raw_path)
        if not path.is_file():
            raise FrameError(f"{path}: no such file")
        with path.open(encoding="utf-8", errors="replace") as handle:
            header = handle.readline().split(",")
        if not is_kcs_header(header):
            raise FrameError(
                f"{path}: unknown layout; expected a KCS declaration CSV with "
                "'Declaration ID', 'HS6 Code', 'Item Price', 'Fraud' and 'Critical Fraud'"
            )
        frames.append(frame_from_kcs_csv(path))
    frame = pd.concat(frames, ignore_index=True)
    return frame.sort_values("lodged_at", kind="stable").reset_index(drop=True)
