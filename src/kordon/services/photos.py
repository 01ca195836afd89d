"""Inspection photos: streamed to disk, checked by their content, limited per inspection.

An upload is copied in pieces to a staging file while it is hashed and counted, so no photo is
ever held in memory whole; its type comes from its first bytes (JPEG, PNG or WebP, whatever the
name or the browser claims) and Pillow must be able to read it. The verified original is kept,
not a re-encoding: it is evidence, and its SHA-256 stays the file's name.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError

from kordon.domain.accounts import User
from kordon.domain.text import N_, Message
from kordon.services import access
from kordon.services.ports import PhotoRecord, Store

# First bytes of each accepted format, its media type, Pillow's name for it, the extension.
_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg", "JPEG", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "PNG", ".png"),
)
_CHUNK = 1 << 16
# A few bytes can declare an image of billions of pixels: refuse before anything decodes it.
MAX_PIXELS = 80_000_000


@dataclass(frozen=True, slots=True)
class PhotoLimits:
    """How many photos one inspection may carry and how large, in bytes."""

    count: int = 10
    each_bytes: int = 15 * 1_048_576
    total_bytes: int = 60 * 1_048_576

    @classmethod
    def in_megabytes(cls, count: int, each: int, total: int) -> PhotoLimits:
        """Limits as the settings give them: a count and sizes in MB."""
        return cls(count, each * 1_048_576, total * 1_048_576)


@dataclass(frozen=True, slots=True)
class StagedPhoto:
    """An upload checked and waiting in the staging folder for its inspection to be stored."""

    filename: str
    content_type: str
    extension: str
    staged: Path
    sha256: str
    size: int


Problems = dict[str, tuple[Message, Message]]
_NOT_AN_IMAGE = N_("photos must be JPEG, PNG or WebP")


def _kind(head: bytes) -> tuple[str, str, str] | None:
    for magic, media, name, extension in _MAGIC:
        if head.startswith(magic):
            return media, name, extension
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp", "WEBP", ".webp"
    return None


def _readable(path: Path, pillow_name: str) -> bool:
    try:
        with Image.open(path) as image:
            width, height = image.size
            if image.format != pillow_name or width * height > MAX_PIXELS:
                return False
            image.verify()
    except (OSError, SyntaxError, ValueError, UnidentifiedImageError, Image.DecompressionBombError):
        # Pillow says "unreadable" in several ways; each means the same here
        return False
    return True


def stage(
    uploads: list[tuple[str, BinaryIO]], *, data_dir: Path, limits: PhotoLimits
) -> tuple[list[StagedPhoto], Problems]:
    """Copy each upload to the staging folder and check it; (the good ones, the problems)."""
    problems: Problems = {}
    if len(uploads) > limits.count:
        problems["photos"] = (
            Message(N_("photos")),
            Message(N_("an inspection takes at most %(n)s photos"), {"n": limits.count}),
        )
        return [], problems
    incoming = data_dir / "photos" / "incoming"
    incoming.mkdir(parents=True, exist_ok=True)
    staged: list[StagedPhoto] = []
    total = 0
    for number, (filename, source) in enumerate(uploads, start=1):
        fd, name = tempfile.mkstemp(dir=incoming, suffix=".part")
        path, digest, size, head = Path(name), hashlib.sha256(), 0, b""
        with os.fdopen(fd, "wb") as out:
            while chunk := source.read(_CHUNK):
                size += len(chunk)
                if size > limits.each_bytes or total + size > limits.total_bytes:
                    break
                head = head if len(head) >= 16 else (head + chunk)[:16]
                digest.update(chunk)
                out.write(chunk)
        total += size
        reason = _problem(path, head, size, total, limits)
        kind = _kind(head)
        if reason is not None or kind is None:
            path.unlink(missing_ok=True)
            field = Message(N_("photo %(n)s"), {"n": number})
            problems[f"photo {number}"] = (field, reason or Message(_NOT_AN_IMAGE))
            continue
        staged.append(StagedPhoto(Path(filename).name[:200] or "photo", kind[0], kind[2], path,
                                  digest.hexdigest(), size))  # fmt: skip
    return staged, problems


def _problem(path: Path, head: bytes, size: int, total: int, limits: PhotoLimits) -> Message | None:
    if size > limits.each_bytes:
        megabytes = limits.each_bytes // 1_048_576
        return Message(N_("a photo may be at most %(n)s MB"), {"n": megabytes})
    if total > limits.total_bytes:
        megabytes = limits.total_bytes // 1_048_576
        return Message(
            N_("an inspection's photos may be at most %(n)s MB together"), {"n": megabytes}
        )
    kind = _kind(head)
    if kind is None:
        return Message(_NOT_AN_IMAGE)
    if not _readable(path, kind[1]):
        return Message(N_("the file is not a readable image of the kind its first bytes claim"))
    return None


def keep(photo: StagedPhoto, data_dir: Path) -> str:
    """Move a staged photo to its place, named by its SHA-256; the path under data_dir."""
    relative = Path("photos") / photo.sha256[:2] / (photo.sha256 + photo.extension)
    target = data_dir / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        photo.staged.unlink(missing_ok=True)  # the same photo again: one file is enough
    else:
        os.replace(photo.staged, target)
    return str(relative)


def discard(photos: list[StagedPhoto]) -> None:
    """Remove staged photos whose inspection was not stored."""
    for photo in photos:
        photo.staged.unlink(missing_ok=True)


def photos_of_declaration(
    store: Store, *, user: User, declaration_id: str
) -> dict[int, list[PhotoRecord]]:
    """The photos of each inspection of a declaration the user may see, by inspection id."""
    with store.transaction() as uow:
        access.visible_declaration(uow, user, declaration_id)
        ids = [i.id for i in uow.inspections.for_declaration(declaration_id) if i.id is not None]
        found = uow.photos.for_inspections(ids)
    shown: dict[int, list[PhotoRecord]] = defaultdict(list)
    for photo in found:
        if photo.inspection_id is not None:
            shown[photo.inspection_id].append(photo)
    return dict(shown)
