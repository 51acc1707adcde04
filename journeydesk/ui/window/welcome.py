"""The page a new user sees before any project is open: templates, the example, recent files."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeydesk.core.templates import TEMPLATE_NAMES, template_description, template_title


class WelcomePage(QWidget):
    """Start here: open the example, start from a template, or reopen a recent project."""

    open_requested = Signal(str)
    template_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        heading = QLabel(self.tr("Welcome to JourneyDesk"))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(self.tr("Map your customers' journeys offline, in one file you own. "
                               "Start from a template, or look around the example project."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        example = QPushButton(self.tr("Open the example project"))
        example.setAccessibleName(self.tr("Open the example project"))
        example.clicked.connect(self._open_example)
        row = QHBoxLayout()
        row.addWidget(example)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("New from a template:")))
        grid = QGridLayout()
        for index, name in enumerate(TEMPLATE_NAMES):
            for column, lang in enumerate(("en", "ja")):
                button = QPushButton(template_title(name, lang))
                button.setToolTip(template_description(name, lang))
                button.setAccessibleName(template_title(name, lang))
                button.clicked.connect(lambda _c=False, n=name, lg=lang: self.template_requested.emit(n, lg))
                grid.addWidget(button, index, column)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Recent projects:")))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent projects"))
        self.recent.itemActivated.connect(lambda item: self.open_requested.emit(
            item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.recent, 1)

    def set_recent(self, files: list[str]) -> None:
        self.recent.clear()
        for path in files:
            item = QListWidgetItem(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)

    def _open_example(self) -> None:
        from journeydesk.store.new_project import example_copy

        self.open_requested.emit(str(example_copy()))
