"""Recording an inspection: the outcome, the seizure with normalised quantities, photos,
the training label and the audit trail, in one transaction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kordon.domain import (
    DetectionMethod,
    Inspection,
    Outcome,
    Person,
    Seizure,
    SeizureItem,
    SeizureSource,
)
from kordon.domain import vocabulary as vocab
from kordon.domain.accounts import User
from kordon.domain.countries import is_country
from kordon.domain.errors import Invalid, field_errors
from kordon.domain.text import N_, Message
from kordon.intake.quantity import QuantityError, parse_quantity
from kordon.services import access, audit, entity_index
from kordon.services.ports import PhotoRecord, Store

PHOTO_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}
MAX_PHOTO_BYTES = 15 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ItemInput:
    """One seized commodity as entered in the form."""

    commodity: str
    quantity: str
    concealment_location: str = ""
    concealment_method: str = ""
    packaging: str = ""


@dataclass(frozen=True, slots=True)
class PersonInput:
    """One detained person as entered in the form."""

    name: str
    role: str
    nationality: str = ""
    identifier: str = ""


@dataclass(frozen=True, slots=True)
class PhotoInput:
    """An uploaded photo."""

    filename: str
    content_type: str
    content: bytes


@dataclass(frozen=True, slots=True)
class InspectionInput:
    """Everything the inspection form sends."""

    outcome: str
    detection_method: str
    notes: str = ""
    items: tuple[ItemInput, ...] = ()
    persons: tuple[PersonInput, ...] = ()
    photos: tuple[PhotoInput, ...] = ()


class InspectionInvalid(Invalid):
    """The form has mistakes; each names its field."""

    def __init__(self, problems: dict[str, tuple[Message, Message]]) -> None:
        english = {field: str(reason) for field, (_, reason) in problems.items()}
        super().__init__(N_("The inspection is not valid."), errors=field_errors(english))
        self.problems = english
        # (field, reason) as Messages, to show in the reader's language.
        self.messages = list(problems.values())


Problems = dict[str, tuple[Message, Message]]


def _problem(problems: Problems, field: Message, reason: Message) -> None:
    problems[str(field)] = (field, reason)


def _nth(text: str, n: int) -> Message:
    return Message(text, {"n": n})


@dataclass(frozen=True, slots=True)
class Recorded:
    """What recording an inspection stored."""

    inspection_id: int
    seizure_id: int | None = None
    photo_ids: tuple[int, ...] = field(default_factory=tuple)


def _items(entries: tuple[ItemInput, ...], errors: Problems) -> tuple[SeizureItem, ...]:
    items = []
    for n, entry in enumerate(entries, start=1):
        if entry.commodity not in vocab.COMMODITIES:
            _problem(
                errors,
                _nth(N_("item %(n)s commodity"), n),
                Message(N_("choose a commodity or drug from the list")),
            )
            continue
        try:
            quantity = parse_quantity(entry.quantity)
        except QuantityError as exc:
            _problem(errors, _nth(N_("item %(n)s quantity"), n), Message(str(exc)))
            continue
        for value, vocabulary, name in (
            (
                entry.concealment_location,
                vocab.CONCEALMENT_LOCATIONS,
                N_("item %(n)s concealment location"),
            ),
            (
                entry.concealment_method,
                vocab.CONCEALMENT_METHODS,
                N_("item %(n)s concealment method"),
            ),
            (entry.packaging, vocab.PACKAGING, N_("item %(n)s packaging")),
        ):
            if value and value not in vocabulary:
                _problem(
                    errors,
                    _nth(name, n),
                    Message(N_("%(value)r is not one of the listed values"), {"value": value}),
                )
        items.append(
            SeizureItem(
                commodity=entry.commodity,
                quantity=quantity.value,
                unit=quantity.unit,
                quantity_as_written=quantity.as_written,
                concealment_location=entry.concealment_location or None,
                concealment_method=entry.concealment_method or None,
                packaging=entry.packaging or None,
            )
        )
    return tuple(items)


def _persons(entries: tuple[PersonInput, ...], errors: Problems) -> tuple[Person, ...]:
    persons = []
    for n, entry in enumerate(entries, start=1):
        if not entry.name.strip():
            _problem(
                errors, _nth(N_("person %(n)s name"), n), Message(N_("give the person's name"))
            )
        if entry.role not in vocab.PERSON_ROLES:
            _problem(
                errors, _nth(N_("person %(n)s role"), n), Message(N_("choose a role from the list"))
            )
        nationality = entry.nationality.strip().upper()
        if nationality and not is_country(nationality):
            _problem(
                errors,
                _nth(N_("person %(n)s nationality"), n),
                Message(N_("%(value)r is not a country code"), {"value": nationality}),
            )
        persons.append(
            Person(
                name=" ".join(entry.name.split()),
                role=entry.role,
                nationality=nationality or None,
                identifier=entry.identifier.strip() or None,
            )
        )
    return tuple(persons)


def _check(
    form: InspectionInput,
) -> tuple[Outcome, DetectionMethod, tuple[SeizureItem, ...], tuple[Person, ...]]:
    errors: Problems = {}
    try:
        outcome = Outcome(form.outcome)
    except ValueError:
        _problem(errors, Message(N_("outcome")), Message(N_("choose what the inspection found")))
        outcome = Outcome.NOTHING_FOUND
    try:
        method = DetectionMethod(form.detection_method)
        if method is DetectionMethod.UNKNOWN:
            raise ValueError
    except ValueError:
        _problem(
            errors,
            Message(N_("detection method")),
            Message(N_("choose why the consignment was examined")),
        )
        method = DetectionMethod.UNKNOWN
    items = _items(form.items, errors)
    persons = _persons(form.persons, errors)
    if outcome is Outcome.SEIZURE and not form.items:
        _problem(
            errors, Message(N_("items")), Message(N_("a seizure needs at least one seized item"))
        )
    if outcome is Outcome.NOTHING_FOUND and (form.items or form.persons):
        _problem(
            errors,
            Message(N_("outcome")),
            Message(N_("nothing found, yet items or persons are filled in")),
        )
    for n, photo in enumerate(form.photos, start=1):
        if photo.content_type not in PHOTO_TYPES:
            _problem(
                errors, _nth(N_("photo %(n)s"), n), Message(N_("photos must be JPEG, PNG or WebP"))
            )
        elif len(photo.content) > MAX_PHOTO_BYTES:
            _problem(
                errors, _nth(N_("photo %(n)s"), n), Message(N_("a photo may be at most 15 MB"))
            )
    if errors:
        raise InspectionInvalid(errors)
    return outcome, method, items, persons


def _save_photo(photo: PhotoInput, data_dir: Path) -> tuple[str, str]:
    sha = hashlib.sha256(photo.content).hexdigest()
    relative = Path("photos") / sha[:2] / (sha + PHOTO_TYPES[photo.content_type])
    target = data_dir / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        target.write_bytes(photo.content)
    return str(relative), sha


def record_inspection(
    store: Store,
    *,
    user: User,
    declaration_id: str,
    form: InspectionInput,
    data_dir: Path,
    at: datetime | None = None,
) -> Recorded:
    """Store an inspection, its seizure and photos; the inspection is the training label."""
    access.require(user, access.RECORD_INSPECTION, "record an inspection")
    outcome, method, items, persons = _check(form)
    now = at or audit.utcnow()
    with store.transaction() as uow:
        stored = access.visible_declaration(uow, user, declaration_id)
        declaration = stored.declaration
        inspection = Inspection(
            declaration_id=declaration_id,
            inspected_at=now,
            officer=user.username,
            outcome=outcome,
            detection_method=method,
            critical=any(item.commodity in vocab.DRUGS for item in items),
            notes=form.notes.strip(),
            items=items,
            persons=persons,
        )
        inspection_id = uow.inspections.add(inspection)
        entity_index.index_inspection(uow, inspection, declaration.checkpoint)
        seizure_id = None
        if outcome is Outcome.SEIZURE:
            checkpoint = uow.checkpoints.get(declaration.checkpoint)
            seizure_id = uow.seizures.add(
                Seizure(
                    source=SeizureSource.INSPECTION,
                    items=items,
                    occurred_on=now.date(),
                    country=checkpoint.country if checkpoint else None,
                    place=checkpoint.name if checkpoint else declaration.checkpoint,
                    checkpoint=declaration.checkpoint,
                    declaration_id=declaration_id,
                    inspection_id=inspection_id,
                    detection_method=method,
                    conveyance=" / ".join(declaration.plates())[:30] or None,
                    origin_country=declaration.route.origin,
                    transit_countries=declaration.route.transit,
                    destination_country=declaration.route.destination,
                    persons=persons,
                    recorded_at=now,
                )
            )
        photo_ids = []
        for photo in form.photos:
            stored_as, sha = _save_photo(photo, data_dir)
            photo_ids.append(
                uow.photos.add(
                    PhotoRecord(
                        filename=Path(photo.filename).name[:200] or "photo",
                        content_type=photo.content_type,
                        stored_as=stored_as,
                        sha256=sha,
                        size=len(photo.content),
                        uploaded_by=user.username,
                        uploaded_at=now,
                        seizure_id=seizure_id,
                        inspection_id=inspection_id,
                    )
                )
            )
        audit.record(
            uow,
            actor=user.username,
            action="inspection.record",
            subject_type="declaration",
            subject_id=declaration_id,
            details={
                "inspection_id": inspection_id,
                "seizure_id": seizure_id,
                "outcome": outcome.value,
                "detection_method": method.value,
                "items": [[i.commodity, i.quantity, i.unit.value] for i in items],
                "persons": len(persons),
                "photos": len(photo_ids),
            },
            at=now,
        )
    return Recorded(inspection_id, seizure_id, tuple(photo_ids))
