"""A lead that sums a few days' finds, followed by each find told with the person or boat it
was taken from, is a report of those finds: the people are told in the sentences beside the
figures, not in the sentences of the figures themselves. A period's figures with no such
sentence stay a tally."""

from .reading import amounts_found

_RU_LEAD = "За два дня пограничники изъяли 5100 пачек сигарет."
_RU_FINDS = (
    "Во вторник патруль заметил лодку на реке. Конфисковано 1800 пачек сигарет. "
    "В четверг в лесу изъято 3300 пачек сигарет."
)


def test_russian_finds_told_after_a_two_day_lead_are_records() -> None:
    text = (
        f"{_RU_LEAD}\n"
        "Во вторник патруль заметил лодку на реке. На берегу задержан 45-летний мужчина. "
        "Конфисковано 1800 пачек сигарет. В четверг в лесу изъято 3300 пачек сигарет."
    )
    assert amounts_found(text) == [("cigarettes", None, 1800.0), ("cigarettes", None, 3300.0)]


def test_russian_two_days_figures_with_no_one_told_stay_a_tally() -> None:
    assert amounts_found(f"{_RU_LEAD}\n{_RU_FINDS}") == []


_AZ_LEAD = "Son iki gün ərzində sərhədçilər 2900 qutu siqaret götürüb."


def test_azerbaijani_finds_told_after_a_two_day_lead_are_records() -> None:
    text = (
        f"{_AZ_LEAD}\n"
        "Çayda bir qayıq saxlanılıb. Qayıqda 1980-ci il təvəllüdlü kişi olub. "
        "Qayıqdan 1100 qutu siqaret götürülüb. Ertəsi gün meşədə 1800 qutu siqaret aşkar "
        "edilib."
    )
    assert amounts_found(text) == [("cigarettes", None, 1100.0), ("cigarettes", None, 1800.0)]


def test_azerbaijani_two_days_figures_with_no_one_told_stay_a_tally() -> None:
    text = (
        f"{_AZ_LEAD}\n"
        "Çayda bir qayıq saxlanılıb. Qayıqdan 1100 qutu siqaret götürülüb. Ertəsi gün meşədə "
        "1800 qutu siqaret aşkar edilib."
    )
    assert amounts_found(text) == []


_EN_LEAD = "Over the past 2 days border guards seized 5,100 packs of cigarettes."


def test_english_finds_told_after_a_two_day_lead_are_records() -> None:
    text = (
        f"{_EN_LEAD}\n"
        "A patrol spotted a boat on the river. A 45-year-old man was detained on the bank. "
        "Border guards seized 1,800 packs of cigarettes. The next day 3,300 packs of "
        "cigarettes were seized in the forest."
    )
    assert amounts_found(text) == [("cigarettes", None, 1800.0), ("cigarettes", None, 3300.0)]


def test_english_two_days_figures_with_no_one_told_stay_a_tally() -> None:
    text = (
        f"{_EN_LEAD}\n"
        "A patrol spotted a boat on the river. Border guards seized 1,800 packs of "
        "cigarettes. The next day 3,300 packs of cigarettes were seized in the forest."
    )
    assert amounts_found(text) == []
