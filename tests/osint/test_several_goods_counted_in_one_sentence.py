"""Several kinds of goods in one English sentence, each with its own count."""

from kordon.osint import extract_text


def test_each_count_goes_to_its_own_goods() -> None:
    text = (
        "Customs officers in Andijan stopped a van and found about 8 thousand units of chewing "
        "gums and about 2 thousand units of medical supplies without documents."
    )
    found = {(r.substance, r.quantity_count) for r in extract_text(text)}
    assert found == {("chewing gum", 8000.0), ("medicines", 2000.0)}


def test_one_goods_with_one_count_is_one_record() -> None:
    text = "Customs officers in Andijan found about 5 thousand units of chewing gums in a van."
    assert [(r.substance, r.quantity_count) for r in extract_text(text)] == [
        ("chewing gum", 5000.0)
    ]
