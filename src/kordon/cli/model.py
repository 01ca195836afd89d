"""`kordon model ...`: train the targeting model and score declaration files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console

if TYPE_CHECKING:
    import pandas as pd

    from kordon.risk.model.estimator import TargetingModel, Trainer

app = typer.Typer(help="Train the targeting model and score declarations.", no_args_is_help=True)


def _fail(message: str) -> typer.Exit:
    """Print an error sentence to stderr and give the exit to raise."""
    Console(stderr=True).print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code=2)


def _holdout_metrics(
    frame: pd.DataFrame, make: Callable[[], TargetingModel], trainer: Trainer
) -> dict[str, float]:
    """Figures of a model trained on the first 80% of the time range, tested on the rest."""
    from kordon.risk.model.metrics import targeting_metrics

    start, end = frame["lodged_at"].min(), frame["lodged_at"].max()
    cut = start + (end - start) * 0.8
    early, late = frame[frame["lodged_at"] < cut], frame[frame["lodged_at"] >= cut]
    late = late[late["fraud"].notna()]
    if early["fraud"].nunique() < 2 or late["fraud"].nunique() < 2 or len(frame) < 200:
        return {}
    model = make().fit(early, trainer=trainer)
    scores = model.score_frame(late)
    figures = targeting_metrics(
        late["fraud"].to_numpy(),
        late["critical"].fillna(0).to_numpy(),
        scores["fraud_score"].to_numpy(),
        scores["critical_score"].to_numpy(),
    )
    figures["holdout_rows"] = float(len(late))
    return {k: round(v, 4) for k, v in figures.items()}


def _training_frame(paths: list[Path]) -> pd.DataFrame:
    from kordon.services.training import frame_from_files

    return frame_from_files(paths)


def _store_frame() -> pd.DataFrame:
    from kordon.cli.common import store
    from kordon.services.training import frame_from_store

    with store() as opened:
        return frame_from_store(opened)


@contextmanager
def _trainer(cluster: str | None, console: Console) -> Iterator[Trainer]:
    """Boosting in this process, or on the Dask cluster named."""
    from kordon.risk.model.estimator import train_here

    if cluster is None:
        yield train_here
        return
    from kordon.services.cluster import cluster_trainer, connect, describe

    console.print(f"connecting to the Dask cluster {cluster}")
    with connect(cluster) as client:
        console.print(f"boosting on {describe(client)}")
        yield cluster_trainer(client)


@app.command()
def train(
    input: list[Path] = typer.Option(
        None, "--input", help="Declarations with outcomes (KCS layout or Kordon's own); repeatable."
    ),
    out: Path = typer.Option(..., "--out", help="Directory to write the model and its card to."),
    from_db: bool = typer.Option(
        False, "--from-db", help="Train on the inspection outcomes recorded in Kordon's database."
    ),
    evaluate: bool = typer.Option(
        True,
        "--evaluate/--no-evaluate",
        help="First train on the earliest 80% of the period and record figures on the rest.",
    ),
    estimators: int = typer.Option(
        400, "--estimators", min=1, help="Boosting rounds of the violation model."
    ),
    threads: int = typer.Option(2, "--threads", min=1, help="CPU threads for training."),
    cluster: str | None = typer.Option(
        None,
        "--cluster",
        help="Boost the ensembles on a Dask cluster: 'local' (worker processes on this "
        "machine) or a scheduler's tcp://HOST:PORT. The history features are computed here, "
        "in time order, so the model is the same as without a cluster.",
    ),
) -> None:
    """Train the targeting model on inspected declarations and save it with its model card."""
    from kordon.risk.model.artefact import save
    from kordon.risk.model.card import ArtefactError
    from kordon.risk.model.estimator import ModelError, TargetingModel
    from kordon.risk.model.frame import FrameError
    from kordon.services.cluster import ClusterError

    console = Console(stderr=True)
    if from_db == bool(input):
        raise _fail("give either --input FILE (repeatable) or --from-db")

    def make() -> TargetingModel:
        return TargetingModel(
            n_estimators=estimators,
            critical_estimators=max(1, estimators * 3 // 4),
            num_threads=threads,
        )

    try:
        with console.status("reading declarations"):
            frame = _training_frame(input) if input else _store_frame()
        metrics: dict[str, float] = {}
        with _trainer(cluster, console) as trainer:
            if evaluate:
                with console.status("measuring on the latest 20% of the period"):
                    metrics = _holdout_metrics(frame, make, trainer)
            with console.status(f"training on {len(frame):,} declarations"):
                model = make().fit(frame, trainer=trainer)
        save(model, out, metrics)
    except (FrameError, ModelError, ArtefactError, ClusterError, OSError) as exc:
        raise _fail(str(exc)) from None
    console.print(
        f"trained {model.NAME} {model.VERSION} on {model.n_training_rows_:,} inspected "
        f"declarations in {model.fit_seconds_:.1f} s; saved to {out}"
    )
    for name, value in metrics.items():
        console.print(f"  {name}: {value}")


@app.command()
def score(
    model_dir: Path = typer.Option(..., "--model", help="A directory written by `model train`."),
    input: Path = typer.Option(
        ..., "--input", help="Declarations to score (KCS or Kordon layout)."
    ),
    output: Path = typer.Option(..., "--output", help="CSV file to write the scores to."),
    top: int = typer.Option(3, "--top", min=0, max=10, help="How many reasons per declaration."),
) -> None:
    """Score every row of a declaration file, with the top reasons for each score."""
    from kordon.risk.model.artefact import load
    from kordon.risk.model.card import ArtefactError
    from kordon.risk.model.estimator import ModelError
    from kordon.risk.model.frame import FrameError
    from kordon.risk.model.scoring import score_frame
    from kordon.services.training import frame_from_files

    try:
        model = load(model_dir)
        frame = frame_from_files([input], require_labels=False)
        scores = score_frame(model, frame, top=top)
        scores.to_csv(output, index=False, float_format="%.6f")
    except (FrameError, ModelError, ArtefactError, OSError) as exc:
        raise _fail(str(exc)) from None
    Console(stderr=True).print(f"scored {len(scores):,} declarations into {output}")


@app.command()
def card(
    model_dir: Path = typer.Option(..., "--model", help="A directory written by `model train`."),
) -> None:
    """Print the model card of a saved model."""
    from kordon.risk.model.card import ArtefactError, read_card

    try:
        data = read_card(model_dir)
    except ArtefactError as exc:
        raise _fail(str(exc)) from None
    path = model_dir / "MODEL_CARD.md"
    typer.echo(path.read_text(encoding="utf-8") if path.is_file() else str(data))
