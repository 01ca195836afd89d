"""Given names that differ between Ukrainian, Belarusian and Russian by more than spelling,
and the short forms lists print for a given name.

Transliteration brings Serhiy and Sergei, Olena and Elena to one skeleton; these forms differ
in their sounds (Mykola / Nikolai, Hanna / Anna, Uladzimir / Vladimir) and need to be told.
Each group lists Latin spellings; the first is the group's name. Cyrillic spellings reduce to
the same Latin keys through the transliteration.

Lists and parliaments print a person's everyday name beside the registered one: Georgian
(Vano for Ivane, Lado for Vladimer, Nika for Nikoloz), Armenian (-ik: Rubik for Ruben),
Russian (Sasha, Volodya), Spanish (Paco for Francisco) and English (Ricky for Ricardo) short
forms, and the Chadian and Indonesian forms of Muhammad (Mahamat, Muh).
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

# Everyday forms, each group headed by a spelling of the full name; where that spelling is in
# a group above, the short forms join that group. A short form reads as its group's name, by
# the skeleton: names whose skeleton is two letters or fewer (Jose, Jesus: js; Maria, Mir: mr)
# would meet other names that way, and have no short forms here.
SHORT_FORMS: tuple[tuple[str, ...], ...] = (
    # Georgian
    ("giorgi", "gia", "gigi", "gogi", "goga", "gio"),
    ("nikoloz", "nika", "niko", "nikolozi"),
    ("ivane", "vano", "vaniko", "ivan", "vanya"),
    ("vladimir", "vladimer", "lado", "volodya", "vova", "vlad"),
    ("tinatin", "tina", "tiko"),
    ("aleksandr", "aleksandre", "sandro", "sasha", "sanya", "shura"),
    ("konstantin", "konstantine", "kote", "kostya"),
    ("davit", "dato", "datuna"),
    ("mikhail", "mikheil", "misha"),
    ("ekaterina", "ekaterine", "katya", "keti", "ketevan"),
    ("elisabed", "eliso"),
    ("tamar", "tamuna", "tako"),
    ("zurab", "zura"),
    ("vakhtang", "vakho"),
    ("shalva", "shako"),
    ("teimuraz", "teymuraz", "temur", "temuri"),
    ("iosif", "ioseb", "soso"),
    # Armenian
    ("ruben", "rubik", "robik"),
    ("hovhannes", "hovik", "ovik", "ovanes", "oganes"),
    ("edvard", "edik", "eduard"),
    ("samvel", "samo"),
    ("vardan", "vardo"),
    ("artur", "arturik"),
    # Russian
    ("dmitry", "dima"),
    ("nikolai", "kolya"),
    ("sergei", "sergey", "seryozha"),
    ("yevgeny", "zhenya"),
    ("anatoly", "anatoli", "tolya"),
    ("pavel", "pasha"),
    ("natalia", "natasha"),
    ("elena", "lena"),
    ("olga", "olya"),
    ("svetlana", "sveta"),
    ("lyudmila", "lyuda"),
    ("anastasia", "nastya"),
    ("vyacheslav", "slava"),
    ("stanislav", "stas"),
    ("viktor", "vitya"),
    ("grigory", "grisha"),
    # Spanish and English
    ("francisco", "paco", "pancho"),
    ("ignacio", "nacho"),
    ("ricardo", "richard", "ricky", "ricki", "rick"),
    ("roberto", "beto"),
    ("william", "bill", "billy"),
    ("deogratias", "deo"),
    # Muhammad in Chad and abbreviated in Indonesia
    ("muhammad", "mahamat", "mahamad", "muh"),
)  # fmt: skip


def _ending(key: str) -> str:
    """A spelling with its final й however romanised (-y, -iy, -yy, -i) written -i."""
    key = key.replace("yy", "i").replace("iy", "i")
    return key[:-1] + "i" if key.endswith(("y", "j")) else key


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Every spelling to its group's name."""
    table = {_ending(name): group[0] for group in GROUPS for name in group}
    for full, *short in SHORT_FORMS:
        head = table.setdefault(_ending(full), full)
        for name in short:
            table.setdefault(_ending(name), head)
    return table


def group_name(key: str) -> str | None:
    """The group name of a given name's Latin key, or None when it is in no group."""
    return _table().get(_ending(key))
