"""The declared type of every entity field: checking stored values and converting loose input."""

from __future__ import annotations

import dataclasses
import types
import typing
from enum import Enum
from functools import cache
from typing import Any

from journeydesk.i18n import t


@dataclasses.dataclass(frozen=True, slots=True)
class FieldType:
    base: type
    optional: bool
    texts: bool = False


class FieldTypeError(ValueError):
    """A value of the wrong kind for its field."""


@cache
def field_types(cls: type) -> dict[str, FieldType]:
    hints = typing.get_type_hints(cls)
    found: dict[str, FieldType] = {}
    for field in dataclasses.fields(cls):
        hint = hints[field.name]
        optional = False
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            args = [a for a in typing.get_args(hint) if a is not type(None)]
            optional = len(args) < len(typing.get_args(hint))
            hint = args[0]
        if typing.get_origin(hint) is tuple:
            found[field.name] = FieldType(tuple, optional, texts=True)
        else:
            found[field.name] = FieldType(hint, optional)
    return found


@cache
def text_fields(cls: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names of ``cls``'s text fields and of its fields holding a tuple of texts."""
    kinds = field_types(cls)
    return (tuple(name for name, kind in kinds.items() if kind.base is str),
            tuple(name for name, kind in kinds.items() if kind.texts))


def _fits(kind: FieldType, value: Any) -> bool:
    if value is None:
        return kind.optional
    if kind.texts:
        return isinstance(value, tuple) and all(isinstance(v, str) for v in value)
    if kind.base is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind.base is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, kind.base)


def check_types(entity: object) -> None:
    """Refuse an entity holding a value of the wrong kind (text where a number belongs…)."""
    for name, kind in field_types(type(entity)).items():
        value = getattr(entity, name)
        if not _fits(kind, value):
            raise FieldTypeError(t("{field} of {kind} cannot be {value!r}.", field=name,
                                   kind=type(entity).__name__, value=value))


def coerce(cls: type, values: dict[str, Any]) -> dict[str, Any]:
    """Loose input made exact: names of enum members become members, lists become tuples."""
    kinds = field_types(cls)
    result = dict(values)
    for name, value in values.items():
        kind = kinds.get(name)
        if kind is None or value is None:
            continue
        if isinstance(kind.base, type) and issubclass(kind.base, Enum) and not isinstance(value, kind.base):
            try:
                result[name] = kind.base(value)
            except ValueError:
                choices = ", ".join(str(m.value) for m in kind.base)
                raise FieldTypeError(t("{value!r} is not a valid {field}; choose one of: {choices}.",
                                       value=value, field=name, choices=choices)) from None
        elif kind.texts and isinstance(value, list):
            result[name] = tuple(value)
    return result
