from typer.testing import CliRunner

from kordon.bench.scenario import bench_generation
from kordon.cli import build_app
from kordon.scenario import generate_scenario


def test_benchmark_reports_its_figures() -> None:
    figures = bench_generation(days=2, repeats=1)
    assert figures["declarations"] == len(generate_scenario(seed=7, days=2).declarations)
    rate = figures["declarations"] / figures["best_seconds"]
    assert abs(figures["declarations_per_second"] - rate) <= 0.01 * rate + 1
    assert figures["within_target"] == (figures["best_seconds"] <= figures["target_seconds"])


def test_bench_scenario_command_prints_the_figures() -> None:
    result = CliRunner().invoke(build_app(), ["bench", "scenario", "--days", "2", "--repeats", "1"])
    assert result.exit_code == 0, result.output
    assert "declarations_per_second" in result.output
