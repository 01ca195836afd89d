"""The application as a server process: what it sets up when it starts and undoes at the end."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kordon.app import create_app
from kordon.services.collector import SERVING
from kordon.settings import Settings

pytestmark = pytest.mark.usefixtures("default_collector_thresholds")


def test_a_served_application_collects_rarely_from_its_start_to_its_end(
    sqlite_url: str, tmp_path: Path
) -> None:
    app = create_app(Settings(database_url=sqlite_url, secret_key="k" * 40, data_dir=tmp_path))
    assert gc.get_threshold() == (700, 10, 10), "building the application changes nothing"
    with TestClient(app) as client:
        assert gc.get_threshold() == (SERVING, 10, 10)
        assert client.get("/healthz").status_code == 200
        assert gc.get_threshold() == (SERVING, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)
