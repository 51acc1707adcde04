"""The base of every stored entity: a stable id, and the value rules every entity keeps."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import ClassVar

from journeydesk.core.fields import FieldTypeError, check_types, text_fields
from journeydesk.i18n import t

MAX_TEXT = 20_000
MAX_POSITION = 1_000_000  # places in an order: far above any map, far below integer overflow
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def new_id() -> str:
    """A fresh stable entity id (uuid4 hex)."""
    return uuid.uuid4().hex


class ValueRuleError(ValueError):
    """An entity holds a value outside its rules; the message says which and why."""


def _check_text(entity: object, name: str, value: str) -> None:
    if len(value) > MAX_TEXT:
        raise ValueRuleError(
            t("{field} of {kind} is {n} characters long; the limit is {limit}.",
              field=name, kind=type(entity).__name__, n=len(value), limit=MAX_TEXT)
        )


def check_color(name: str, value: str) -> None:
    if value and not _COLOR.match(value):
        raise ValueRuleError(t("{field} '{value}' is not a colour like #4a90d9.",
                               field=name, value=value))


def check_range(name: str, value: int | None, low: int, high: int) -> None:
    if value is not None and not (low <= value <= high):
        raise ValueRuleError(t("{field} must be between {low} and {high}, not {value}.",
                               field=name, low=low, high=high, value=value))


@dataclass(frozen=True, slots=True)
class Entity:
    """Base of every stored entity: a stable id and the value rules."""

    id: str

    table: ClassVar[str] = ""
    refs: ClassVar[dict[str, type[Entity]]] = {}
    # Text fields exempt from MAX_TEXT: machine-made content, not text a person typed.
    long_texts: ClassVar[frozenset[str]] = frozenset()

    def validate(self) -> None:
        """Refuse wrong kinds of value (text where a number belongs…), then broken value rules."""
        try:
            check_types(self)
        except FieldTypeError as error:
            raise ValueRuleError(str(error)) from None
        self.validate_values()

    def validate_values(self) -> None:
        """The value rules alone, for entities whose kinds of value are known right (decoded from a file)."""
        if not self.id:
            raise ValueRuleError(t("An entity has an empty id."))
        texts, lists = text_fields(type(self))
        for name in texts:
            value = getattr(self, name)
            if value is not None and name not in self.long_texts:
                _check_text(self, name, value)
        for name in lists:
            for item in getattr(self, name) or ():
                _check_text(self, name, item)
        if "position" in self.__dataclass_fields__:
            check_range("position", self.position, 0, MAX_POSITION)  # type: ignore[attr-defined]
