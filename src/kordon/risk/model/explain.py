"""Why the model scored a declaration as it did, in words an officer understands.

LightGBM's SHAP values (pred_contrib) are added up per feature group (one entity, one
attribute, the unit value), and the groups that pushed the score up most are described with
the figures behind them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from kordon.domain import format_hs
from kordon.risk.model.estimator import TargetingModel
from kordon.risk.model.features import feature_group
from kordon.risk.model.history import History, with_derived


@dataclass(frozen=True, slots=True)
class Contribution:
    """One group of features and how much it moved the violation score (log-odds)."""

    code: str
    description: str
    weight: float


_ATTRIBUTE_LABELS = {
    "hs2": "HS chapter",
    "procedure": "procedure",
    "checkpoint": "office",
    "import_type": "import type",
    "import_use": "import use",
    "payment_type": "payment type",
    "mode_of_transport": "mode of transport",
    "tax_type": "tax type",
    "origin_indicator": "origin indicator",
    "origin": "origin",
    "departure": "departure country",
}


def _hs(code: object) -> str:
    """An HS code as officers write it."""
    return format_hs(str(code)) if code else "unknown"


def entity_label(key: str, row: pd.Series) -> str:
    """How an officer names the entity behind a history feature, for one declaration."""

    def v(column: str) -> str:
        value = row.get(column)
        return str(value) if value is not None and value == value and value != "" else "none"

    hs = f"HS {_hs(row.get('hs6'))}"
    labels = {
        "importer": f"importer {v('importer')}",
        "declarant": f"declarant {v('declarant')}",
        "seller": f"seller {v('seller')}",
        "courier": f"courier {v('courier')}",
        "hs6": f"HS {_hs(row.get('hs6'))}",
        "hs4": f"HS heading {v('hs4')}",
        "hs2": f"HS chapter {v('hs2')}",
        "origin": f"goods from {v('origin')}",
        "departure": f"goods shipped from {v('departure')}",
        "checkpoint": f"office {v('checkpoint')}",
        "procedure": f"procedure {v('procedure')}",
        "hs6_origin": f"HS {_hs(row.get('hs6'))} from {v('origin')}",
        "hs4_origin": f"HS heading {v('hs4')} from {v('origin')}",
        "hs6_checkpoint": f"HS {_hs(row.get('hs6'))} at office {v('checkpoint')}",
        "hs6_importer": f"HS {_hs(row.get('hs6'))} imported by {v('importer')}",
        "hs6_declarant": f"HS {_hs(row.get('hs6'))} declared by {v('declarant')}",
        "declarant_importer": f"declarant {v('declarant')} for importer {v('importer')}",
        "importer_seller": f"importer {v('importer')} buying from seller {v('seller')}",
        "route": f"goods of {v('origin')} origin shipped from {v('departure')}",
        "hs6_departure": f"{hs} shipped from {v('departure')}",
        "hs6_route": f"{hs} of {v('origin')} origin shipped from {v('departure')}",
        "hs6_seller": f"{hs} sold by {v('seller')}",
        "hs4_checkpoint": f"HS heading {v('hs4')} at office {v('checkpoint')}",
        "hs6_procedure": f"{hs} under procedure {v('procedure')}",
        "hs6_import_type": f"{hs} with import type {v('import_type')}",
        "hs6_import_use": f"{hs} with import use {v('import_use')}",
        "hs6_payment": f"{hs} with payment type {v('payment_type')}",
        "hs6_transport": f"{hs} by transport mode {v('mode_of_transport')}",
        "hs6_tax_type": f"{hs} under tax type {v('tax_type')}",
        "hs6_tax_rate": f"{hs} at tax rate {v('tax_rate')}%",
        "hs6_origin_indicator": f"{hs} with origin indicator {v('origin_indicator')}",
        "hs4_route": f"HS heading {v('hs4')} of {v('origin')} origin shipped from {v('departure')}",
        "hs2_route": f"HS chapter {v('hs2')} of {v('origin')} origin shipped from {v('departure')}",
        "hs6_route_indicator": f"{hs} of {v('origin')} origin shipped from {v('departure')} "
        f"with origin indicator {v('origin_indicator')}",
        "hs6_route_tax_type": f"{hs} of {v('origin')} origin shipped from {v('departure')} "
        f"under tax type {v('tax_type')}",
    }
    return labels.get(key, key)


def _per_kg(value: float) -> str:
    """A value per kg with the digits that matter: 1,250 / 3.40 / 0.052."""
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.2g}"


def _describe(group: str, row: pd.Series, stats: dict[str, pd.Series]) -> str:
    """The sentence for one feature group of one declaration."""
    kind, _, name = group.partition(":")
    if kind == "history":
        s = stats[name]
        n = int(s["n"])
        if n == 0:
            return f"{entity_label(name, row)}: never inspected before"
        rate = s["fraud"] / n
        inspections = "inspection" if n == 1 else "inspections"
        label = entity_label(name, row)
        return f"{label}: violation rate {rate:.0%} in {n} earlier {inspections}"
    if group == "unit_value":
        s = stats["value_hs6_origin"]
        where = entity_label("hs6_origin", row)
        if s["vn"] < 1:
            s = stats["value_hs6"]
            where = entity_label("hs6", row)
        unit = row.get("log_unit_value")
        if unit is None or not math.isfinite(float(unit)):
            return "value per kg unknown"
        # log_unit_value is log1p(value) - log1p(mass): exp, not expm1, gives value per kg back.
        declared = _per_kg(math.exp(float(unit)))
        if s["vn"] < 1:
            return f"value per kg {declared}, with no earlier declaration to compare"
        usual = _per_kg(math.exp(s["v1"] / s["vn"]))
        return f"value per kg {declared} against a usual {usual} for {where}"
    if kind == "attribute":
        value = row.get(name)
        return f"declared {_ATTRIBUTE_LABELS.get(name, name)} {value if value else 'not given'}"
    if name == "log_mass":
        return f"net mass {row.get('net_mass_kg', float('nan')):,.0f} kg"
    if name == "log_value":
        return f"declared value {row.get('value', float('nan')):,.0f}"
    if name == "tax_rate":
        return f"tax rate {row.get('tax_rate', float('nan')):g}%"
    if name == "same_origin_departure":
        same = row.get("origin") == row.get("departure")
        return "shipped from its country of origin" if same else "shipped from a third country"
    return group


def contributions(
    model: TargetingModel, frame: pd.DataFrame, history: History | None = None
) -> pd.DataFrame:
    """Per declaration, the SHAP contribution of each feature group to the violation score."""
    matrix = model.features(frame, history)
    raw = np.asarray(model.booster_.predict(matrix, pred_contrib=True))[:, :-1]
    table = pd.DataFrame(raw, columns=matrix.columns, index=frame.index)
    groups = [feature_group(c) for c in matrix.columns]
    return table.T.groupby(groups, sort=False).sum().T


def explain(
    model: TargetingModel,
    frame: pd.DataFrame | pd.Series,
    top: int = 3,
    history: History | None = None,
) -> list[list[Contribution]]:
    """The top groups that raised each declaration's violation score, described for officers."""
    if isinstance(frame, pd.Series):
        frame = frame.to_frame().T.infer_objects()
    source = history if history is not None else model.history_
    by_group = contributions(model, frame, source)
    stats = source.lookup(frame)
    data = with_derived(frame)
    out: list[list[Contribution]] = []
    for i, index in enumerate(frame.index):
        weights = by_group.iloc[i]
        chosen = weights[weights > 0].sort_values(ascending=False).head(top)
        row = data.loc[index]
        row_stats = {name: table.loc[index] for name, table in stats.items()}
        out.append(
            [
                Contribution(
                    code=f"model.{str(group).replace(':', '.')}",
                    description=_describe(str(group), row, row_stats),
                    weight=round(float(weight), 4),
                )
                for group, weight in chosen.items()
            ]
        )
    return out
