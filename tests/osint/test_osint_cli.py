"""`kordon osint extract` and `kordon bench osint` as a user runs them."""

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from kordon.cli import build_app

FIXTURES = Path(__file__).parent / "fixtures"
REFERENCE = FIXTURES / "azerbaijan-622kg-heroin-fuel-tanks.txt"
runner = CliRunner()


def test_extract_prints_a_json_array() -> None:
    result = runner.invoke(build_app(), ["osint", "extract", str(REFERENCE)])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [r["quantity_kg"] for r in records] == [301.475, 320.6, 11.7, None]


def test_extract_reads_standard_input() -> None:
    text = "Officers seized 12 kilograms of cocaine at Harwich."
    result = runner.invoke(build_app(), ["osint", "extract", "-"], input=text)
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)
    assert record["substance"] == "cocaine" and record["country"] == "GB"


def test_an_empty_file_gives_an_empty_array(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(build_app(), ["osint", "extract", str(empty)])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(build_app(), ["osint", "extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "does not exist" in result.stderr


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)))
    result = runner.invoke(build_app(), ["osint", "extract", str(binary)])
    assert result.exit_code == 1
    assert "binary" in result.stderr
    assert "Traceback" not in result.output


def test_text_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Saisie de cocaïne à la frontière".encode("latin-1"))
    result = runner.invoke(build_app(), ["osint", "extract", str(latin)])
    assert result.exit_code == 1
    assert "not UTF-8" in result.stderr


def test_a_5mb_text_is_refused_with_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    line = "Officers seized 5 kilograms of heroin at the Astara customs checkpoint.\n"
    big.write_text(line * (5_000_000 // len(line) + 1))
    result = runner.invoke(build_app(), ["osint", "extract", str(big)])
    assert result.exit_code == 1
    assert "at most" in result.stderr and "bytes" in result.stderr


def test_a_5mb_stdin_is_refused_too() -> None:
    result = runner.invoke(build_app(), ["osint", "extract", "-"], input="x" * 5_000_000)
    assert result.exit_code == 1
    assert "at most" in result.stderr


def _reference_set(root: Path, name: str) -> None:
    """A labelled set of one text, the reference report, under `name`."""
    (root / "texts").mkdir()
    (root / "expected").mkdir()
    shutil.copy(REFERENCE, root / "texts" / f"{name}.txt")
    shutil.copy(FIXTURES / "azerbaijan-622kg-heroin-fuel-tanks.expected.json",
                root / "expected" / f"{name}.json")  # fmt: skip


def test_bench_prints_record_and_field_scores(tmp_path: Path) -> None:
    _reference_set(tmp_path, "ref")
    result = runner.invoke(build_app(), ["bench", "osint", "--data", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "records: precision 1.000  recall 1.000  F1 1.000" in result.stdout
    assert "micro-average" in result.stdout
    assert "By language" in result.stdout and "│ en " in result.stdout


def test_bench_measures_calibration_in_several_orders(tmp_path: Path) -> None:
    _reference_set(tmp_path, "ref")
    args = ["bench", "osint", "--data", str(tmp_path), "--orders", "2"]
    result = runner.invoke(build_app(), args)
    assert result.exit_code == 0, result.output
    assert "largest record gap in 2 orders of the texts" in result.stdout
    assert "largest field gap in 2 orders of the texts" in result.stdout


def test_bench_without_a_labelled_set_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(build_app(), ["bench", "osint", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "texts/ and expected/" in result.stderr


def test_a_file_of_many_reports_is_refused_not_ground_through(tmp_path: Path) -> None:
    table = tmp_path / "table.txt"
    table.write_text("".join(f"Row {i}: {i + 1} kilograms of heroin.\n" for i in range(400)))
    result = runner.invoke(build_app(), ["osint", "extract", str(table)])
    assert result.exit_code == 1
    assert "quantities" in result.stderr and "one file per report" in result.stderr


def test_a_report_in_an_unsupported_language_exits_2_naming_it(tmp_path: Path) -> None:
    report = tmp_path / "tr.txt"
    report.write_text(
        "Kapıkule Gümrük Kapısı'nda arama yapılan TIR'da 100 paket içerisinde 133 kilogram "
        "esrar ele geçirildi ve soruşturma sürdürülüyor.",
        encoding="utf-8",
    )
    result = runner.invoke(build_app(), ["osint", "extract", str(report)])
    assert result.exit_code == 2
    assert "Turkish" in result.stderr and result.stdout == ""


def test_extract_reads_a_russian_report() -> None:
    text = "На таможенном посту «Астара» изъято сорок четыре килограмма героина."
    result = runner.invoke(build_app(), ["osint", "extract", "-"], input=text)
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)
    assert (record["substance"], record["quantity_kg"], record["country"]) == ("heroin", 44, "AZ")


def test_watch_without_feeds_is_a_clear_error(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KORDON_DATABASE_URL", f"sqlite:///{tmp_path / 'k.db'}")
    monkeypatch.delenv("KORDON_OSINT_FEEDS", raising=False)
    result = runner.invoke(build_app(), ["osint", "watch", "--once"])
    assert result.exit_code == 1
    assert "KORDON_OSINT_FEEDS" in result.stderr


def test_bench_scores_one_language_and_each_batch_now(tmp_path: Path) -> None:
    _reference_set(tmp_path, "01-ref")
    (tmp_path / "batches.json").write_text(json.dumps({
        "languages": [{"first": 1, "last": 1, "language": "en"}],
        "batches": [{"name": "01-01", "first": 1, "last": 1, "first_run": [
            {"language": "en", "texts": 1, "records": 1, "record_precision": 0.5,
             "record_recall": 0.5, "record_f1": 0.5, "field_f1": 0.4}]}],
    }))  # fmt: skip
    result = runner.invoke(build_app(), ["bench", "osint", "--data", str(tmp_path),
                                         "--language", "en"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "now" in result.stdout
    row = next(line for line in result.stdout.splitlines() if "01-01" in line)
    assert "0.500" in row and "1.000" in row  # the first run beside the reader now
    missing = runner.invoke(build_app(), ["bench", "osint", "--data", str(tmp_path),
                                          "--language", "az"])  # fmt: skip
    assert missing.exit_code == 1
    assert "language 'az'" in missing.stderr
