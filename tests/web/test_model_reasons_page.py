"""A model-scored declaration shows the model's reasons in words, with their figures."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from fastapi.testclient import TestClient
from tests.risk.model.conftest import tiny_model, write_kcs_sample
from tests.risk.model.model_builders import kcs_declaration
from tests.web.conftest import Site

from kordon.domain import Assessment, Channel, Checkpoint, CheckpointKind
from kordon.intake.layout import to_document
from kordon.intake.reader import read_documents
from kordon.risk.model.frame import frame_from_kcs_csv
from kordon.risk.model.provider import ModelProvider
from kordon.services.assessing import store_assessment
from kordon.services.importing import import_rows


def test_model_reasons_are_words_and_figures_never_none(
    site: Site, pages: dict[str, TestClient], tmp_path: Path
) -> None:
    sample = write_kcs_sample(tmp_path / "kcs.csv", every=40)
    frame = frame_from_kcs_csv(sample)
    provider = ModelProvider(tiny_model().fit(frame))
    raw = pd.read_csv(sample, dtype=str, keep_default_na=False)
    declarations = [kcs_declaration(row)[0] for _, row in raw.head(300).iterrows()]
    scored = provider.reasons_many(declarations)
    # The riskiest declaration: its score is high enough to be explained.
    best = max(range(len(declarations)), key=lambda n: scored[n][0].weight)
    declaration, reasons = declarations[best], tuple(scored[best])
    assert reasons[0].details["contributions"], "the riskiest declaration has no explanation"
    with site.store.transaction() as uow:
        uow.checkpoints.upsert_many(
            [Checkpoint(declaration.checkpoint, "Test office", "KR", CheckpointKind.PORT, None, 5)]
        )
    summary = import_rows(site.store, read_documents([to_document(declaration)]), source="test")
    assert summary.rejected == 0, summary
    now = datetime.now(UTC).replace(tzinfo=None)
    with site.store.transaction() as uow:
        store_assessment(
            uow,
            Assessment(
                declaration.id,
                Channel.RED,
                reasons[0].weight,
                reasons,
                now,
                "test",
                model_version=provider.version,
            ),
        )

    html = pages["admin"].get(f"/declarations/{declaration.id}").text
    assert "None" not in html
    table = re.search(r'<table class="mini model-reasons">.*?</table>', html, re.S)
    assert table, "the model's contributions are not shown"
    for contribution in reasons[0].details["contributions"]:
        assert contribution["description"] in table.group(0).replace("&#39;", "'")
        assert f"+{contribution['weight']:.2f}" in table.group(0)
    assert "Violation likelihood" in html
    # A value per kg is never shown as a negative zero.
    assert "value per kg -0" not in html
