from typer.testing import CliRunner

from kordon.bench.scenario import bench_generation
from kordon.cli import build_app


def test_benchmark_reports_its_figures() -> None:
    figures = bench_generation(days=2, repeats=1)
    assert figures["declarations"] > 0 and figures["best_seconds"] > 0
    assert figures["target_seconds"] == 5.0


def test_bench_scenario_command_prints_the_figures() -> None:
    result = CliRunner().invoke(build_app(), ["bench", "scenario", "--days", "2", "--repeats", "1"])
    assert result.exit_code == 0, result.output
    assert "declarations_per_second" in result.output
