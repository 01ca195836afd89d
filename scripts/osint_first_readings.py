"""Rebuild the reader's first-run readings of the labelled batches, keep them, and check them.

Each batch of data/osint-eval/batches.json was read once, before any change was made for it, by
the reader as it stood on main just before the batch's labels were merged. Only the figures of
that run were kept. This finds, in the history of main, the commit whose reader first read each
batch, reads the batch's texts (as they stood when the figures were recorded) with that commit's
code checked out in a detached worktree, in one process, and keeps the records as `kordon osint
extract` printed them under data/osint-eval/first-runs/<batch>/<text>.json. Then it scores the
kept readings against today's labels and against the labels of the time, beside the figures
recorded for the first run.

    .venv/bin/python scripts/osint_first_readings.py [BATCH ...] [--again]

A batch already kept from the same commit is not read again unless --again is given; one line
is printed per batch.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kordon.osint import first_runs
from kordon.osint.evaluate import (
    Batches,
    LabelledText,
    Scores,
    load_batches,
    load_labelled,
    scores_by_language,
)
from kordon.osint.forward import number
from kordon.osint.records import SeizureRecord

SET = Path("data/osint-eval")
INDEX = "readers.json"
WORKTREE = Path("/work/wt/old-reader")
# The first two held-out batches had their figures written into the README by the commit that
# also made the changes their run led to, and into batches.json only later: their reader is the
# code of the commit that added their labels, which changed no code.
EARLY = {
    "47-60": "b664947d",
    "61-72": "c008cfeb",
}
# Run in the old code's process: its kordon package is the worktree's, not this checkout's.
_READ = """
import json, sys
from pathlib import Path
import kordon
from kordon.osint.extract import extract_text
folder, out, src = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
if not Path(kordon.__file__).resolve().is_relative_to(src.resolve()):
    sys.exit(f"kordon was imported from {kordon.__file__}, not from {src}")
readings = {}
for path in sorted(folder.glob("*.txt")):
    records = extract_text(path.read_text(encoding="utf-8"))
    readings[path.stem] = [r.to_json() for r in records]
out.write_text(json.dumps(readings, ensure_ascii=False), encoding="utf-8")
"""


def git(repo: Path, *args: str) -> str:
    """A git command's output in the repository (an error when it fails)."""
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, encoding="utf-8")
    if done.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def exists(repo: Path, commit: str, path: str) -> bool:
    """Whether the commit's tree holds the path."""
    done = subprocess.run(["git", "-C", str(repo), "cat-file", "-e", f"{commit}:{path}"],
                          capture_output=True)  # fmt: skip
    return done.returncode == 0


def parents(repo: Path, commit: str) -> list[str]:
    """The commit's parents, the first parent first."""
    return git(repo, "rev-list", "--parents", "-n", "1", commit).split()[1:]


@cache
def recorded_runs(repo: Path, commit: str) -> dict[str, list[Any]]:
    """Each batch's first-run figures in the commit's batches.json (empty when it has none)."""
    try:
        data = json.loads(git(repo, "show", f"{commit}:{SET / 'batches.json'}"))
    except (RuntimeError, ValueError):
        return {}
    return {str(b["name"]): list(b.get("first_run") or []) for b in data.get("batches", [])}


def recording_commit(repo: Path, batch: str, ref: str = "main") -> str | None:
    """The oldest commit of ref's history whose batches.json gives the batch's first run."""
    history = git(repo, "rev-list", "--topo-order", "--reverse", ref, "--",
                  str(SET / "batches.json")).split()  # fmt: skip
    return next((c for c in history if recorded_runs(repo, c).get(batch)), None)


@dataclass(frozen=True, slots=True)
class Source:
    """Where a batch's first run came from: the code that read it and the texts it read."""

    reader: str
    texts: str


def first_reader(repo: Path, batch: str, first_text: str, ref: str = "main") -> Source:
    """The commit whose reader first read the batch, and the commit whose texts it read.

    The figures were recorded by a commit right after the run: its first parent is the code
    that read. When that parent is the merge that brought the batch's labels in, the code is
    the merge's first parent (the label branch changed no code); when the figures were recorded
    in the merge itself, its first parent again."""
    if batch in EARLY:
        commit = git(repo, "rev-parse", EARLY[batch]).strip()
        return Source(commit, commit)
    recorder = recording_commit(repo, batch, ref)
    if recorder is None:
        raise LookupError(f"no commit of {ref} records a first run of batch {batch}")
    reader = parents(repo, recorder)[0]
    above = parents(repo, reader)
    text = str(SET / "texts" / first_text)
    if len(above) > 1 and exists(repo, reader, text) and not exists(repo, above[0], text):
        reader = above[0]
    return Source(reader, recorder)


def texts_at(repo: Path, commit: str, first: int, last: int) -> dict[str, str]:
    """The texts numbered first..last in the commit's labelled set, by name."""
    listed = git(repo, "ls-tree", "--name-only", f"{commit}:{SET / 'texts'}").split()
    names = [Path(n).stem for n in listed if n.endswith(".txt")]
    return {
        n: git(repo, "show", f"{commit}:{SET / 'texts' / (n + '.txt')}")
        for n in sorted(names)
        if first <= number(n) <= last
    }


def labels_at(repo: Path, commit: str, names: Sequence[str]) -> dict[str, list[SeizureRecord]]:
    """The labels of these texts in the commit's labelled set."""
    return {
        n: [SeizureRecord.from_json(r) for r in
            json.loads(git(repo, "show", f"{commit}:{SET / 'expected' / (n + '.json')}"))]
        for n in names
    }  # fmt: skip


def checkout(repo: Path, worktree: Path, commit: str) -> None:
    """The worktree at the commit, detached; made from the repository when it is missing."""
    if not worktree.exists():
        git(repo, "worktree", "add", "--detach", str(worktree), commit)
    else:
        git(worktree, "checkout", "-q", "--detach", commit)


def read_with(worktree: Path, texts: Mapping[str, str]) -> dict[str, list[dict[str, Any]]]:
    """The texts read in one process by the code checked out in the worktree, each text's
    records as `kordon osint extract` printed them."""
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "texts", Path(tmp) / "readings.json"
        folder.mkdir()
        for name, text in texts.items():
            # Written as bytes: the text is read back exactly as the labelled file held it.
            (folder / f"{name}.txt").write_bytes(text.encode("utf-8"))
        src = worktree / "src"
        env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
        command = [sys.executable, "-c", _READ, str(folder), str(out), str(src)]
        done = subprocess.run(command, env=env, cwd=worktree, capture_output=True, encoding="utf-8")
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["(no message)"])[-1]
            raise RuntimeError(f"the reader of {worktree} failed: {last}")
        readings: dict[str, list[dict[str, Any]]] = json.loads(out.read_text(encoding="utf-8"))
        return readings


def figures(scores: Scores) -> str:
    """A language's texts, records, record F1 and field F1, as the first-run tables give them."""
    r = scores.records
    return f"{scores.texts} texts, {r.tp + r.fn} records, {r.f1:.3f} / {scores.micro_fields.f1:.3f}"


def describe(
    batch: str, checks: Sequence[first_runs.Check], then: Mapping[str, Scores], source: Source
) -> str:
    """One line for a batch: per language, reproduced exactly, or the figures now, recorded and
    with the labels of the time."""
    parts = []
    for c in checks:
        if c.reproduced:
            parts.append(f"{c.language} {c.now[2]:.3f} / {c.now[3]:.3f} as recorded")
            continue
        old = then.get(c.language)
        at_the_time = f", with the labels of the time {figures(old)}" if old else ""
        parts.append(f"{c.language} now {c.now[2]:.3f} / {c.now[3]:.3f} ({c.now[0]} texts, "
                     f"{c.now[1]} records), recorded {c.recorded[2]:.3f} / {c.recorded[3]:.3f} "
                     f"({c.recorded[0]} texts, {c.recorded[1]} records){at_the_time}")  # fmt: skip
    return f"{batch}: read by {source.reader[:8]}; " + "; ".join(parts)


def keep(repo: Path, worktree: Path, source: Source, folder: Path, span: tuple[int, int]) -> None:
    """Read the texts numbered in span, as the source's texts commit held them, with the source's
    reader, and keep the records in the folder."""
    texts = texts_at(repo, source.texts, *span)
    checkout(repo, worktree, source.reader)
    first_runs.save(folder, read_with(worktree, texts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="*", help="batch names (default: every batch)")
    parser.add_argument("--again", action="store_true", help="read batches already kept again")
    parser.add_argument("--repo", type=Path, default=Path("."))
    parser.add_argument("--worktree", type=Path, default=WORKTREE)
    args = parser.parse_args()
    root = args.repo / SET
    batches, labelled = load_batches(root), load_labelled(root)
    index_path = root / first_runs.FOLDER / INDEX
    index: dict[str, dict[str, str]] = (
        json.loads(index_path.read_text(encoding="utf-8")) if index_path.exists() else {}
    )
    for batch, first, last in batches.ranges:
        if args.batches and batch not in args.batches:
            continue
        items = [t for t in labelled if first <= number(t.name) <= last]
        if not items:
            print(f"{batch}: skipped, the set holds no text numbered {first}-{last}", flush=True)
            continue
        try:
            source = first_reader(args.repo, batch, f"{items[0].name}.txt")
        except LookupError as exc:
            # A batch labelled and not read yet: there is no first run to keep.
            print(f"{batch}: skipped, {exc}", flush=True)
            continue
        folder = first_runs.batch_folder(root, batch)
        kept = {p.stem for p in folder.glob("*.json")} == {t.name for t in items}
        if args.again or not kept or index.get(batch, {}).get("reader") != source.reader:
            try:
                keep(args.repo, args.worktree, source, folder, (first, last))
            except RuntimeError as exc:
                print(f"{batch}: skipped, {exc}", flush=True)
                continue
            index[batch] = {"reader": source.reader, "texts": source.texts}
            ordered = {b: index[b] for b, _, _ in batches.ranges if b in index}
            index_path.write_text(json.dumps(ordered, indent=1) + "\n", encoding="utf-8")
        results = first_runs.load(root, items)
        checks = first_runs.check(results, batches)
        then = {}
        if not all(c.reproduced for c in checks):
            then = _scored_with_labels_of(args.repo, source.texts, results, batches)
        print(describe(batch, checks, then, source), flush=True)


def _scored_with_labels_of(
    repo: Path, commit: str, results: Sequence[first_runs.Result], batches: Batches
) -> dict[str, Scores]:
    """The kept readings scored by language against the labels the commit held."""
    labels = labels_at(repo, commit, [item.name for item, _ in results])
    then = [
        (LabelledText(item.name, item.text, labels[item.name]), found) for item, found in results
    ]
    return scores_by_language(then, batches)


if __name__ == "__main__":
    main()
