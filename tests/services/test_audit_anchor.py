"""The audit chain is keyed (HMAC) and anchored: rewriting, truncating and wiping are caught."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update
from tests.services.test_audit import _write
from typer.testing import CliRunner

from kordon.cli import build_app
from kordon.services import audit, audit_anchor
from kordon.settings import Settings
from kordon.storage.store import SqlStore, open_store
from kordon.storage.tables import audit_head, audit_log

KEY = "audit-key-" + "k" * 32


@pytest.fixture
def keyed(database_url: str) -> Iterator[SqlStore]:
    """A store whose audit chain uses a key from the settings."""
    opened = open_store(database_url, audit_key=KEY)
    yield opened
    opened.close()


def _plain(prev_hash: str, row: dict[str, object]) -> str:
    content = {k: row[k] for k in ("seq", "actor", "action", "subject_type", "subject_id")}
    content["at"] = row["at"].isoformat(timespec="microseconds")  # type: ignore[attr-defined]
    content["details"] = row["details"]
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def test_rewriting_with_recomputed_hashes_is_caught(keyed: SqlStore) -> None:
    # Whoever can write to the database but has no key recomputes every later hash.
    _write(keyed)
    with keyed.engine.begin() as connection:
        rows = [dict(r._mapping) for r in connection.execute(select(audit_log).order_by("seq"))]
        prev = rows[0]["prev_hash"]
        for row in rows:
            if row["seq"] == 2:
                row["actor"] = "forger"
            row["prev_hash"] = prev
            row["hash"] = _plain(str(prev), row)
            prev = row["hash"]
            connection.execute(
                update(audit_log)
                .where(audit_log.c.seq == row["seq"])
                .values(actor=row["actor"], prev_hash=row["prev_hash"], hash=row["hash"])
            )
        connection.execute(update(audit_head).values(hash=prev))
    result = audit.verify(keyed)
    assert not result.ok and result.seq == 1, result


def test_a_store_without_the_key_cannot_verify(keyed: SqlStore, database_url: str) -> None:
    _write(keyed, 2)
    other = open_store(database_url, audit_key="another-key-" + "o" * 32)
    try:
        assert not audit.verify(other).ok
    finally:
        other.close()


def test_truncation_with_a_moved_head_is_caught_by_the_anchor(keyed: SqlStore) -> None:
    _write(keyed)
    anchor = audit_anchor.checkpoint(keyed)
    assert anchor.seq == 5
    with keyed.engine.begin() as connection:
        third = connection.execute(select(audit_log).where(audit_log.c.seq == 3)).one()
        connection.execute(delete(audit_log).where(audit_log.c.seq >= 4))
        connection.execute(update(audit_head).values(seq=3, hash=third.hash))
    assert audit.verify(keyed).ok  # the chain alone looks whole ...
    result = audit_anchor.verify_against(keyed, anchor)
    assert not result.ok and "5" in (result.problem or "")  # ... the anchor does not


def test_wiping_both_tables_is_caught_by_the_anchor(keyed: SqlStore) -> None:
    _write(keyed, 3)
    anchor = audit_anchor.checkpoint(keyed)
    with keyed.engine.begin() as connection:
        connection.execute(delete(audit_log))
        connection.execute(delete(audit_head))
    result = audit_anchor.verify_against(keyed, anchor)
    assert not result.ok and "empty" in (result.problem or "")


def test_a_forged_anchor_is_refused(keyed: SqlStore, tmp_path: Path) -> None:
    _write(keyed, 2)
    path = tmp_path / "anchors.jsonl"
    audit_anchor.append(path, audit_anchor.checkpoint(keyed))
    line = json.loads(path.read_text().splitlines()[-1])
    line["seq"] = 1
    path.write_text(path.read_text() + json.dumps(line) + "\n")
    with pytest.raises(audit_anchor.AnchorInvalid, match="line 2"):
        audit_anchor.last(path, key=KEY)


def test_cli_checkpoint_and_verify(database_url: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KORDON_DATABASE_URL", database_url)
    monkeypatch.setenv("KORDON_AUDIT_KEY", KEY)
    anchors = tmp_path / "anchors.jsonl"
    opened = open_store(database_url, audit_key=KEY)
    try:
        _write(opened, 4)
        runner = CliRunner()
        made = runner.invoke(build_app(), ["audit", "checkpoint", "--file", str(anchors)])
        assert made.exit_code == 0, made.output
        assert '"seq": 4' in made.stdout and len(anchors.read_text().splitlines()) == 1
        good = runner.invoke(build_app(), ["audit", "verify", "--anchors", str(anchors)])
        assert good.exit_code == 0 and "anchor" in good.stdout, good.output
        with opened.engine.begin() as connection:
            connection.execute(delete(audit_log))
            connection.execute(delete(audit_head))
        bad = runner.invoke(build_app(), ["audit", "verify", "--anchors", str(anchors)])
        assert bad.exit_code == 1 and "empty" in bad.output
    finally:
        opened.close()


def test_rekey_moves_an_unkeyed_chain_onto_the_key(database_url: str) -> None:
    # A trail written before keying verifies as unkeyed, then `rekey` puts it under the key.
    legacy = open_store(database_url)
    _write(legacy, 3)
    with legacy.engine.begin() as connection:
        rows = [dict(r._mapping) for r in connection.execute(select(audit_log).order_by("seq"))]
        prev = audit.GENESIS
        for row in rows:
            row["prev_hash"], row["hash"] = prev, _plain(prev, row)
            prev = row["hash"]
            connection.execute(
                update(audit_log)
                .where(audit_log.c.seq == row["seq"])
                .values(prev_hash=row["prev_hash"], hash=row["hash"])
            )
        connection.execute(update(audit_head).values(hash=prev))
    legacy.close()
    keyed = open_store(database_url, audit_key=KEY)
    try:
        before = audit.verify(keyed)
        assert not before.ok and "rekey" in (before.problem or "")
        assert audit.rekey(keyed, by="admin") == 3
        after = audit.verify(keyed)
        assert after.ok and after.checked == 4  # the three and the rekey itself
    finally:
        keyed.close()


@pytest.mark.parametrize("key", ["changeme", "short"])
def test_a_placeholder_audit_key_is_refused(key: str) -> None:
    with pytest.raises(ValueError, match="KORDON_AUDIT_KEY"):
        Settings(audit_key=key)
    assert Settings(audit_key=key, environment="demo").demo
