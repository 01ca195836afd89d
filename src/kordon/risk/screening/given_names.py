"""Given names that differ between Ukrainian, Belarusian and Russian by more than spelling.

Transliteration brings Serhiy and Sergei, Olena and Elena to one skeleton; these forms differ
in their sounds (Mykola / Nikolai, Hanna / Anna, Uladzimir / Vladimir) and need to be told.
Each group lists Latin spellings; the first is the group's name. Cyrillic spellings reduce to
the same Latin keys through the transliteration.
"""

from __future__ import annotations

from functools import lru_cache

GROUPS: tuple[tuple[str, ...], ...] = (
    ("nikolai", "mykola", "mikalai", "mikola", "nikolay", "nikolaj"),
    ("anna", "hanna", "ganna", "ganna"),
    ("vladimir", "volodymyr", "uladzimir", "volodimir", "wladimir"),
    ("vladislav", "vladyslav", "uladzislau", "uladzislav"),
    ("dmitry", "dmytro", "dzmitry", "dzmitryj", "dmitri", "dmitrij"),
    ("grigory", "hryhoriy", "hryhorii", "ryhor", "grigorij", "hryhorij"),
    ("ekaterina", "kateryna", "katsiaryna", "katerina", "yekaterina"),
    ("tatiana", "tetiana", "tatsiana", "tetyana", "tatyana"),
    ("yevgeny", "yevhen", "yauhen", "evgenij", "jauhen", "yevgen", "evgeny", "evgeni"),
    ("yakov", "yakiv", "yakau", "jakau"),
    ("iosif", "yosyf", "iosip", "yosif", "joseph", "jozef"),
    ("georgy", "heorhiy", "heorhii", "heorhi"),
    ("gennady", "hennadiy", "hennadii", "henadz", "hienadz", "gennadij"),
    ("aleksei", "oleksii", "oleksiy", "aliaksei", "alexey", "alexei", "aleksey"),
    ("aleksandr", "oleksandr", "aliaksandr", "alexander", "alexandr", "alaksandr", "aleksander",
     "alehander", "alehandr"),
    ("mikhail", "mykhailo", "mikhailo", "michail", "michal", "mikhal", "mihail", "mihaylo",
     "mychajlo", "mikhas", "mihas"),
    ("pyotr", "petro", "petr", "piotr", "pjotr", "piatro", "pyatro"),
    ("lidia", "lidziya", "lidzija", "lidiya", "lidija"),
    ("natalia", "nataliia", "natallia", "natalya", "natalja", "nataliya"),
    ("elena", "olena", "alena", "yelena", "jelena", "helena"),
    ("igor", "ihor", "ihar"),
    ("oleg", "oleh", "aleh"),
    ("gleb", "hlib", "hleb"),
    ("yury", "yuriy", "yurii", "iurii", "jurij", "juryj", "yuri"),
    ("konstantin", "kostiantyn", "kostyantyn", "kostantyn", "kanstantsin", "kanstancin",
     "konstantyn"),
    ("kirill", "kyrylo", "kiryl", "kirila", "kyrylo"),
    ("vasily", "vasyl", "vasil", "vasili", "wassili", "wasilij"),
    ("fyodor", "fedir", "fiodar", "fedor", "fjodor"),
    ("timofei", "tymofii", "tymofiy", "tsimafei", "timofey"),
    ("olga", "olha", "volha", "olgha"),
    ("ilya", "illia", "illya", "ilia"),
    ("bogdan", "bohdan", "bahdan"),
    ("lyudmila", "liudmyla", "ludmila", "liudmila", "lyudmyla"),
)  # fmt: skip


def _ending(key: str) -> str:
    """A spelling with its final й however romanised (-y, -iy, -yy, -i) written -i."""
    key = key.replace("yy", "i").replace("iy", "i")
    return key[:-1] + "i" if key.endswith(("y", "j")) else key


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Every spelling to its group's name."""
    return {_ending(name): group[0] for group in GROUPS for name in group}


def group_name(key: str) -> str | None:
    """The group name of a given name's Latin key, or None when it is in no group."""
    return _table().get(_ending(key))
