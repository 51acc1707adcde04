"""YAML read safely: plain data only (no tags beyond the standard ones), no aliases, bounded nesting."""

from __future__ import annotations

import yaml

from journeydesk.i18n import t
from journeydesk.interchange.common import MAX_DEPTH, InterchangeError

MAX_DOCUMENTS = 200


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses aliases (a few lines of them can expand to gigabytes) and deep nesting."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.MarkedYAMLError(None, None, t("aliases (*name) are not accepted"), mark)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise yaml.MarkedYAMLError(None, None, t("nested more than {n} levels deep", n=MAX_DEPTH),
                                           mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def load_all(text: str, name: str) -> list[object]:
    """The documents of a multi-document YAML text; any problem is one line naming the line of the file."""
    try:
        loader = _Loader(text)
        try:
            documents = []
            while loader.check_data():
                documents.append(loader.get_data())
                if len(documents) > MAX_DOCUMENTS:
                    raise InterchangeError(t("{name} holds more than {n} YAML documents.", name=name,
                                             n=MAX_DOCUMENTS))
            return documents
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 0
        reason = error.problem or error.context or ""
        raise InterchangeError(t("{name}, line {line}: not valid YAML ({reason}).", name=name, line=line,
                                 reason=reason)) from None
    except yaml.YAMLError as error:
        raise InterchangeError(t("{name}: not valid YAML ({reason}).", name=name, reason=error)) from None
    except RecursionError:
        raise InterchangeError(t("{name}: nested more than {n} levels deep.", name=name,
                                 n=MAX_DEPTH)) from None
