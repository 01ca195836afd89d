"""Inspection photos: checked by content, limited in count and size, streamed to disk, and
reachable from the inspection's page even without a seizure."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from tests.builders import make_image
from tests.services.test_inspections import cheap_hashing  # noqa: F401
from tests.web.seed import RED_ID, seed

from kordon.domain.accounts import Role, User
from kordon.services.inspections import (
    InspectionInput,
    InspectionInvalid,
    PhotoInput,
    record_inspection,
)
from kordon.services.photos import PhotoLimits, photos_of_declaration
from kordon.storage.store import SqlStore

OFFICER = User("officer", Role.OFFICER, checkpoint="AZ-AST", id=1)
SAMUR = User("samur", Role.OFFICER, checkpoint="AZ-SAM", id=2)
LIMITS = PhotoLimits(count=2, each_bytes=200_000, total_bytes=300_000)


def _record(store: SqlStore, tmp_path: Path, *files: tuple[str, bytes]) -> int:
    photos = tuple(PhotoInput(name, io.BytesIO(content)) for name, content in files)
    form = InspectionInput("nothing_found", "xray", photos=photos)
    done = record_inspection(store, user=OFFICER, declaration_id=RED_ID, form=form,
                             data_dir=tmp_path, photo_limits=LIMITS)  # fmt: skip
    return done.inspection_id


def _refusal(store: SqlStore, tmp_path: Path, *files: tuple[str, bytes]) -> str:
    with pytest.raises(InspectionInvalid) as raised:
        _record(store, tmp_path, *files)
    return str(raised.value.problems)


def test_photos_are_typed_by_their_content(store: SqlStore, tmp_path: Path) -> None:
    seed(store)
    _record(store, tmp_path, ("tank.jpg", make_image("PNG")), ("plate.webp", make_image("WEBP")))
    shown = photos_of_declaration(store, user=OFFICER, declaration_id=RED_ID)
    (photos,) = shown.values()
    assert sorted(p.content_type for p in photos) == ["image/png", "image/webp"]
    for photo in photos:
        assert (tmp_path / photo.stored_as).is_file()
    assert not list((tmp_path / "photos" / "incoming").iterdir())


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<html><script>alert(1)</script></html>", "JPEG, PNG or WebP"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "not a readable image"),
        (b"\xff\xd8\xff\xe0" + b"garbage" * 30, "not a readable image"),
    ],
)
def test_what_is_not_an_image_is_refused(
    store: SqlStore, tmp_path: Path, content: bytes, reason: str
) -> None:
    seed(store)
    assert reason in _refusal(store, tmp_path, ("photo.jpg", content))
    with store.transaction() as uow:
        assert not uow.inspections.for_declaration(RED_ID)  # nothing half-written
    assert not list((tmp_path / "photos" / "incoming").iterdir())


def test_count_and_size_are_limited(store: SqlStore, tmp_path: Path) -> None:
    seed(store)
    small = make_image("PNG")
    assert "at most 2 photos" in _refusal(store, tmp_path, *[("p.png", small)] * 3)
    noisy = Image.effect_noise((400, 400), 100).convert("RGB")
    big = io.BytesIO()
    noisy.save(big, format="PNG")
    assert "at most" in _refusal(store, tmp_path, ("big.png", big.getvalue()))


def test_photos_without_a_seizure_are_on_the_declaration_page(
    store: SqlStore, tmp_path: Path
) -> None:
    seed(store)
    inspection_id = _record(store, tmp_path, ("tank.png", make_image("PNG")))
    shown = photos_of_declaration(store, user=OFFICER, declaration_id=RED_ID)
    assert list(shown) == [inspection_id]
    from kordon.services.seizures import get_photo

    photo_id = shown[inspection_id][0].id
    assert photo_id is not None
    assert get_photo(store, user=OFFICER, photo_id=photo_id).inspection_id == inspection_id
    from kordon.services.access import NotVisible

    with pytest.raises(NotVisible):
        get_photo(store, user=SAMUR, photo_id=photo_id)
