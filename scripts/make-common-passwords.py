"""Write src/kordon/services/common_passwords.txt from the zxcvbn package's password list.

Run once with zxcvbn 4.5.0 installed (pip install zxcvbn==4.5.0); Kordon itself never needs it.
"""

from pathlib import Path

from zxcvbn.frequency_lists import FREQUENCY_LISTS  # type: ignore[import-not-found]

TARGET = Path(__file__).resolve().parents[1] / "src/kordon/services/common_passwords.txt"


def main() -> None:
    """Lower-case, drop repeats and passwords under 6 characters, keep the frequency order."""
    kept: dict[str, None] = {}
    for password in FREQUENCY_LISTS["passwords"]:
        if len(password) >= 6:
            kept.setdefault(password.lower(), None)
    TARGET.write_text("\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} passwords written to {TARGET}")


if __name__ == "__main__":
    main()
