"""`kordon watchlist import|screen` and `kordon bench screening` end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kordon.cli import build_app

ENTRIES = [
    {"id": "p1", "kind": "person", "names": ["İlham Heydər oğlu Əliyev"], "action": "stop"},
    {"id": "c1", "kind": "company", "names": ["ООО «Азертранс»"], "action": "inspect"},
    {"id": "v1", "kind": "vehicle", "names": ["А123ВС 77"]},
]


def watchlist(tmp_path: Path) -> Path:
    """A three-entry watchlist file."""
    path = tmp_path / "watchlist.jsonl"
    path.write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in ENTRIES), "utf-8")
    return path


def run(*args: str) -> tuple[int, str, str]:
    """Run the CLI; return exit code, stdout and stderr."""
    result = CliRunner().invoke(build_app(), list(args))
    return result.exit_code, result.stdout, result.stderr


def test_screen_name_prints_json_hits(tmp_path: Path) -> None:
    code, out, _ = run(
        "watchlist", "screen", "--watchlist", str(watchlist(tmp_path)),
        "--name", "ALIYEV, Ilham", "--kind", "person", "--json",
    )  # fmt: skip
    assert code == 0
    hits = json.loads(out)
    assert hits[0]["entry_id"] == "p1"
    assert hits[0]["match"] is True
    assert 0 <= hits[0]["score"] <= 1
    assert hits[0]["matched_name"] == "İlham Heydər oğlu Əliyev"
    assert hits[0]["action"] == "stop"
    assert "given_name_agreement" in hits[0]["features"]


def test_screen_batch_prints_one_list_a_line(tmp_path: Path) -> None:
    queries = tmp_path / "q.jsonl"
    rows = [
        {"name": "Azertrans LLC", "kind": "company"},
        {"name": "Nobody Atall", "kind": "person"},
        {"name": "A123BC77", "kind": "vehicle"},
    ]
    queries.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    code, out, _ = run(
        "watchlist", "screen", "--watchlist", str(watchlist(tmp_path)),
        "--queries", str(queries), "--json",
    )  # fmt: skip
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [[h["entry_id"] for h in hits] for hits in lines] == [["c1"], [], ["v1"]]


def test_bad_query_line_is_a_sentence(tmp_path: Path) -> None:
    queries = tmp_path / "q.jsonl"
    queries.write_text('{"name": "x"}\n{"kind": "person"}\n', "utf-8")
    code, _, err = run(
        "watchlist", "screen", "--watchlist", str(watchlist(tmp_path)), "--queries", str(queries)
    )
    assert code == 1
    assert "line 2, field 'name'" in err
    assert "Traceback" not in err


@pytest.fixture
def database(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KORDON_DATABASE_URL", sqlite_url)


@pytest.mark.usefixtures("database")
def test_import_stores_then_screen_uses_the_stored_list(tmp_path: Path) -> None:
    code, _, err = run("watchlist", "screen", "--name", "Ilham Aliyev")
    assert code == 1 and "stored watchlist is empty" in err
    code, out, _ = run("watchlist", "import", "--dry-run", str(watchlist(tmp_path)))
    assert code == 0 and "3 valid entries" in out and "nothing stored" in out
    code, out, _ = run("watchlist", "import", str(watchlist(tmp_path)))
    assert code == 0 and "3 added, 0 updated, 0 unchanged" in out
    code, out, _ = run("watchlist", "import", str(watchlist(tmp_path)))
    assert code == 0 and "0 added, 0 updated, 3 unchanged" in out
    code, out, _ = run("audit", "verify")
    assert code == 0 and "3 entries" in out
    code, out, _ = run("watchlist", "screen", "--name", "Ilham Aliyev", "--json")
    hits = json.loads(out)
    assert code == 0 and hits[0]["entry_id"] == "p1" and hits[0]["match"] is True


@pytest.mark.usefixtures("database")
def test_import_validates_and_reports_bad_lines(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "kind": "person", "names": []}\n', "utf-8")
    code, _, err = run("watchlist", "import", str(bad))
    assert code == 1
    assert "line 1, field 'names'" in err


def test_screen_needs_one_query_source(tmp_path: Path) -> None:
    code, _, _ = run("watchlist", "screen", "--watchlist", str(watchlist(tmp_path)))
    assert code != 0


def test_bench_quality_part_runs_on_a_small_pairs_file(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.jsonl"
    rows = [
        {"query": "Ilham Aliyev", "candidate": "Ильхам Алиев", "kind": "person", "match": True},
        {"query": "Ilham Aliyev", "candidate": "Heydar Aliyev", "kind": "person", "match": False},
    ]
    pairs.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    classes = tmp_path / "classes"
    classes.mkdir()
    split_rows = [
        {**rows[0], "classes": ["cross-script", "cross-script cyrillic/latin"], "split": "test"},
        {**rows[1], "classes": ["relatives"], "split": "test"},
    ]
    (classes / "pairs.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in split_rows), "utf-8"
    )
    entities = [
        {"id": "ilham", "kind": "person", "family": "aliyev", "names": [["en", "Ilham Aliyev"]]},
        {"id": "heydar", "kind": "person", "family": "aliyev", "names": [["en", "Heydar Aliyev"]]},
    ]
    (classes / "entities.jsonl").write_text(
        "\n".join(json.dumps(e, ensure_ascii=False) for e in entities), "utf-8"
    )
    code, out, _ = run(
        "bench", "screening", "--pairs", str(pairs), "--class-pairs", str(classes / "pairs.jsonl"),
        "--alert-list", "200", "--no-speed", "--no-nomenklatura",
    )  # fmt: skip
    assert code == 0, out
    assert "precision" in out and "recall" in out
    assert "cyrillic/latin" in out
    assert "per 100,000 screened names" in out


def test_bench_refuses_an_unknown_split(tmp_path: Path) -> None:
    code, _, err = run("bench", "screening", "--split", "holdout", "--no-speed")
    assert code != 0
    assert "split must be all or one that" in err
    assert "test, train" in err


def test_bench_measures_a_split_the_class_pairs_file_names(tmp_path: Path) -> None:
    """A hold-out file with its own split name is measured by that name."""
    rows = [
        {"query": "RI YONG GIL", "candidate": "Ри Ён Гиль", "kind": "person", "match": True,
         "classes": ["cross-script", "cross-script cyrillic/latin"], "split": "holdout-2"},
        {"query": "RI YONG GIL", "candidate": "RI YONG MU", "kind": "person", "match": False,
         "classes": ["relatives", "korean one syllable"], "split": "holdout-2"},
    ]  # fmt: skip
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    entities = [
        {"id": "gil", "kind": "person", "family": "ri", "names": [["en", "Ri Yong-gil"]]},
        {"id": "mu", "kind": "person", "family": "ri", "names": [["en", "Ri Yong-mu"]]},
    ]
    (tmp_path / "entities.jsonl").write_text(
        "\n".join(json.dumps(e, ensure_ascii=False) for e in entities), "utf-8"
    )
    code, out, err = run(
        "bench", "screening", "--pairs", str(pairs), "--class-pairs", str(pairs),
        "--split", "holdout-2", "--alert-list", "200", "--no-speed", "--no-nomenklatura",
    )  # fmt: skip
    assert code == 0, err
    assert "split: holdout-2" in out


def test_bench_screens_each_name_of_an_entities_file(tmp_path: Path) -> None:
    rows = [
        {"query": "Ilham Aliyev", "candidate": "Ильхам Алиев", "kind": "person", "match": True,
         "classes": ["cross-script"], "split": "test"},
        {"query": "Abu Mansur Al-Amriki", "candidate": "OMAR HAMMAMI", "kind": "person",
         "match": True, "classes": ["other name"], "split": "test"},
    ]  # fmt: skip
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    entities = [
        {
            "id": "ilham",
            "kind": "person",
            "names": [["en", "Ilham Aliyev"], ["ru", "Ильхам Алиев"]],
        },
    ]
    path = tmp_path / "entities.jsonl"
    path.write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in entities), "utf-8")
    code, out, err = run(
        "bench", "screening", "--pairs", str(pairs), "--class-pairs", str(pairs),
        "--alert-list", "200", "--no-speed", "--no-nomenklatura", "--entities", str(path),
    )  # fmt: skip
    assert code == 0, err
    assert "recall without 'other name'" in out
    assert "its entity's other names" in out
    assert "script cyrillic" in out


def test_bench_names_a_missing_entities_file(tmp_path: Path) -> None:
    code, _, err = run(
        "bench", "screening", "--no-speed", "--entities", str(tmp_path / "none.jsonl")
    )
    assert code != 0
    # The console wraps the sentence at the terminal's width, inside its error box's borders.
    said = " ".join(err.replace("│", " ").split())
    assert "no such file" in said and "--entities" in said
