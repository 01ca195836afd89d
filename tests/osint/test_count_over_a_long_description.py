"""A count word reaches the goods it counts over a long clause that describes them ("10 min
ədəddən çox ... ilə təchiz olunan müxtəlif növ pirotexniki vasitələr"); a comma still ends
the count, so goods named after it are not counted by it."""

import pytest

from kordon.osint import extract_text


def counts(text: str) -> list[tuple[str, float | None]]:
    return sorted((r.substance, r.quantity_count) for r in extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Anbardan ümumilikdə 6 min ədəddən çox güclü səs effektləri ilə təchiz olunan müxtəlif "
        "növ pirotexniki vasitələr aşkar edilib.",
        "На складе изъято более 6 тысяч штук оснащённых громкими звуковыми эффектами различных "
        "видов пиротехнических изделий.",
        "Police found more than 6,000 pieces of various kinds of strong light and sound effect "
        "pyrotechnic devices in the warehouse.",
    ],
)
def test_a_count_reaches_goods_over_their_description(text: str) -> None:
    assert counts(text) == [("pyrotechnics", 6000)]


def test_a_comma_ends_the_count_before_the_goods() -> None:
    text = (
        "Anbardan 6 ədəd mobil telefon, həmçinin satış üçün nəzərdə tutulan müxtəlif növ "
        "pirotexniki vasitələr aşkar edilib."
    )
    assert counts(text) == [("mobile phones", 6)]
