"""Where the KCS dataset files are, kept apart so commands can name them without LightGBM."""

from __future__ import annotations

from pathlib import Path

DATA = Path("data/kcs")
TRAIN_FILE = DATA / "df_syn_train_eng.csv"
VALID_FILE = DATA / "df_syn_valid_eng.csv"
