"""Turning entities into table rows and back, refusing values a damaged file might hold."""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable
from dataclasses import fields
from enum import Enum
from typing import Any

from journeydesk.core.entity import Entity
from journeydesk.i18n import t

Encode = Callable[[Any], Any]
Decode = Callable[[Any], Any]


class RowError(ValueError):
    """A stored value that does not fit its field."""


def _same(value: Any) -> Any:
    return value


def _decode_str(value: Any) -> str:
    if not isinstance(value, str):
        raise RowError(t("expected text, found {type}", type=type(value).__name__))
    return value


def _decode_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RowError(t("expected a whole number, found {value!r}", value=value))
    return value


def _decode_float(value: Any) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise RowError(t("expected a number, found {value!r}", value=value))
    return float(value)


def _decode_bool(value: Any) -> bool:
    if value not in (0, 1):
        raise RowError(t("expected 0 or 1, found {value!r}", value=value))
    return bool(value)


def _decode_bytes(value: Any) -> bytes:
    if not isinstance(value, bytes):
        raise RowError(t("expected binary data, found {type}", type=type(value).__name__))
    return value


def _decode_texts(value: Any) -> tuple[str, ...]:
    try:
        items = json.loads(_decode_str(value))
    except json.JSONDecodeError as error:
        raise RowError(t("expected a JSON list of texts ({reason})", reason=error.msg)) from None
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise RowError(t("expected a JSON list of texts"))
    return tuple(items)


def _encode_texts(value: tuple[str, ...]) -> str:
    return json.dumps(list(value), ensure_ascii=False)


def _enum_codec(enum: type[Enum]) -> tuple[Encode, Decode]:
    def decode(value: Any) -> Enum:
        try:
            return enum(value)
        except ValueError:
            raise RowError(t("{value!r} is not a known {kind}", value=value, kind=enum.__name__)) from None

    return (lambda value: value.value), decode


def _codec_for(hint: Any) -> tuple[Encode, Decode]:
    optional = False
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(args) != len(typing.get_args(hint))
        hint = args[0]
    if isinstance(hint, type) and issubclass(hint, Enum):
        encode, decode = _enum_codec(hint)
    elif typing.get_origin(hint) is tuple:
        encode, decode = _encode_texts, _decode_texts
    else:
        encode, decode = _same, {
            str: _decode_str, int: _decode_int, float: _decode_float, bool: _decode_bool,
            bytes: _decode_bytes,
        }[hint]
        if hint is bool:
            encode = int
    if not optional:
        return encode, decode

    def encode_optional(value: Any) -> Any:
        return None if value is None else encode(value)

    def decode_optional(value: Any) -> Any:
        return None if value is None else decode(value)

    return encode_optional, decode_optional


class TableCodec:
    """Column names and per-column conversions for one entity type."""

    def __init__(self, cls: type[Entity]) -> None:
        self.cls = cls
        self.table = cls.table
        hints = typing.get_type_hints(cls)
        self.columns = tuple(f.name for f in fields(cls))
        codecs = [_codec_for(hints[name]) for name in self.columns]
        self._encoders = tuple(c[0] for c in codecs)
        self._decoders = tuple(c[1] for c in codecs)
        column_list = ", ".join(self.columns)
        marks = ", ".join("?" for _ in self.columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in self.columns[1:])
        self.select_sql = f"SELECT {column_list} FROM {self.table}"
        self.upsert_sql = (
            f"INSERT INTO {self.table} ({column_list}) VALUES ({marks}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}"
        )
        self.delete_sql = f"DELETE FROM {self.table} WHERE id = ?"

    def row(self, entity: Entity) -> tuple[Any, ...]:
        return tuple(
            encode(getattr(entity, name))
            for encode, name in zip(self._encoders, self.columns, strict=True)
        )

    def entity(self, row: tuple[Any, ...]) -> Entity:
        try:  # the columns are the fields in order; a value that does not fit is found again below
            return self.cls(*[decode(value) for decode, value in zip(self._decoders, row, strict=True)])
        except RowError:
            pass
        values = {}
        for name, decode, value in zip(self.columns, self._decoders, row, strict=True):
            try:
                values[name] = decode(value)
            except RowError as error:
                raise RowError(t("{table}.{column} of row {id!r}: {reason}", table=self.table,
                                 column=name, id=row[0], reason=error)) from None
        return self.cls(**values)
