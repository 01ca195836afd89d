"""`kordon model ...`: train the targeting model and score declaration files."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console

from kordon.cli.common import fail, store

if TYPE_CHECKING:
    from kordon.risk.model.estimator import Trainer

app = typer.Typer(help="Train the targeting model and score declarations.", no_args_is_help=True)


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
    from kordon.services.cluster import ClusterError
    from kordon.services.training import frame_from_files, train, train_from_store

    console = Console(stderr=True)
    if from_db == bool(input):
        raise typer.BadParameter("give either --input FILE (repeatable) or --from-db")
    try:
        with (
            console.status("reading declarations") as status,
            _trainer(cluster, console) as trainer,
        ):
            if input:
                frame = frame_from_files(input)
                trained = train(frame, out, estimators=estimators, threads=threads,
                                evaluate=evaluate, on_stage=status.update,
                                trainer=trainer)  # fmt: skip
            else:
                with store() as opened:
                    found = train_from_store(opened, out, minimum_rows=1, estimators=estimators,
                                             threads=threads, evaluate=evaluate,
                                             on_stage=status.update,
                                             trainer=trainer)  # fmt: skip
                if found is None:
                    fail(
                        "the recorded outcomes are all alike: the model needs declarations "
                        "where inspections found something and declarations where they did not"
                    )
                trained = found
    except (OSError, ClusterError) as exc:
        fail(str(exc))
    model, metrics = trained.model, trained.metrics
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
    from kordon.risk.model.scoring import score_frame
    from kordon.services.training import frame_from_files

    try:
        model = load(model_dir)
        frame = frame_from_files([input], require_labels=False)
        scores = score_frame(model, frame, top=top)
        scores.to_csv(output, index=False, float_format="%.6f")
    except OSError as exc:
        fail(str(exc))
    Console(stderr=True).print(f"scored {len(scores):,} declarations into {output}")


@app.command()
def card(
    model_dir: Path = typer.Option(..., "--model", help="A directory written by `model train`."),
) -> None:
    """Print the model card of a saved model."""
    from kordon.risk.model.card import read_card

    data = read_card(model_dir)
    path = model_dir / "MODEL_CARD.md"
    typer.echo(path.read_text(encoding="utf-8") if path.is_file() else str(data))
