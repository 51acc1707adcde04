"""List rows as tall as their text wrapped to the list's width."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the list's width (a long text takes lines, not a scroll bar).

    ``inset``: the pixels a style sheet's padding takes off each row's width."""

    def __init__(self, view: QListView, inset: int = 0) -> None:
        super().__init__(view)
        self.inset = inset

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        view = self.parent()
        if isinstance(view, QListView):
            option = QStyleOptionViewItem(option)
            option.rect.setWidth(view.viewport().width() - self.inset)
        return super().sizeHint(option, index)
