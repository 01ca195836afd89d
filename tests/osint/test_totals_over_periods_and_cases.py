"""A figure that sums the finds of a span of time ("a total of ... in the last three days",
"за этот период") is a total, not a record; the finds told one by one stay records."""

from .reading import goods_found


def test_english_total_over_the_last_days_is_not_a_record() -> None:
    text = (
        "Customs officers at Chennai airport seized a total of 3.2 kg of gold from passengers "
        "in the last three days.\n\n"
        "In one case, 1.1 kg of gold paste was found in the rectum of a passenger from Dubai."
    )
    assert goods_found(text) == [("gold", 1.1, None, None)]


def test_english_figure_during_this_period_is_a_total() -> None:
    text = (
        "Border officers in Van intercepted 4 kg of heroin in a minibus on Monday.\n\n"
        "Officers seized 31 kg of heroin at the province's crossings during this period."
    )
    assert goods_found(text) == [("heroin", 4.0, None, None)]


def test_russian_total_for_this_period_is_not_a_record() -> None:
    text = (
        "За этот период таможенники изъяли в общей сложности 14 кг гашиша.\n"
        "В одном из случаев 6 кг гашиша нашли в запасном колесе легкового автомобиля."
    )
    assert goods_found(text) == [("cannabis resin", 6.0, None, None)]


def test_a_single_find_in_the_last_days_without_a_total_stays() -> None:
    text = "Police in Kent seized 2 kg of cocaine from a van in the last two days."
    assert goods_found(text) == [("cocaine", 2.0, None, None)]


def test_cases_of_goods_are_packing_not_incidents() -> None:
    text = (
        "Customs officers at Felixstowe found 35 kg of cocaine behind 60 cases of tinned "
        "tomatoes in a container from Ecuador."
    )
    assert [g[:2] for g in goods_found(text)] == [("cocaine", 35.0)]


def test_cartridge_cases_beside_cartridges_are_no_count_of_incidents() -> None:
    text = "Police in Tbilisi found 250 cartridges and 40 cartridge cases in a rented garage."
    assert goods_found(text)[0] == ("ammunition", None, 250.0, "rounds")


def test_cases_of_smuggling_still_sum_incidents() -> None:
    text = (
        "Officers at the airport detected three cases of drug smuggling last week, seizing "
        "4 kg of heroin in all."
    )
    assert goods_found(text) == []
