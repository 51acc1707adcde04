"""The About dialog: version, license and the third-party notices (fonts included)."""

from __future__ import annotations

import itertools
from importlib.resources import files

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journeydesk import __version__
from journeydesk.ui.style.icons import icon

NOTICES = "THIRD_PARTY_NOTICES.md"
FONT_LICENSE = ("fonts", "OFL.txt")


def notices_markdown() -> str:
    """The third-party notices followed by the full text of the bundled font's license."""
    resources = files("journeydesk.resources")
    notices = (resources / NOTICES).read_text(encoding="utf-8").split("\n", 1)[1]  # below its title
    font_license = resources.joinpath(*FONT_LICENSE).read_text(encoding="utf-8")
    fenced = "\n".join("    " + line for line in font_license.splitlines())
    return f"{notices}\n## SIL Open Font License 1.1 (full text)\n\n{fenced}\n"


def application_icon() -> QIcon:
    """The application's icon once it is set, else an icon of the set."""
    app_icon = QApplication.windowIcon()
    return app_icon if not app_icon.isNull() else icon("about")


class AboutDialog(QDialog):
    """Name, version and license at the top, the notices in a scrollable text below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About JourneyDesk"))
        logo = QLabel()
        logo.setPixmap(application_icon().pixmap(QSize(64, 64), self.devicePixelRatioF()))
        logo.setAccessibleName(self.tr("JourneyDesk logo"))
        heading = QLabel(self.tr("<h2>JourneyDesk {0}</h2><p>Offline customer journey mapping.</p>"
                                 "<p>Released under the MIT License.</p>").format(__version__))
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(heading, 1)
        caption = QLabel(self.tr("&Third-party software and fonts:"))
        self.notices = QTextBrowser()
        self.notices.setOpenExternalLinks(True)
        self.notices.setMarkdown(notices_markdown())
        self.notices.setAccessibleName(self.tr("Third-party notices"))
        caption.setBuddy(self.notices)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = self.buttons.addButton(self.tr("About &Qt"), QDialogButtonBox.ButtonRole.ActionRole)
        about_qt.clicked.connect(lambda: QApplication.aboutQt())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(caption)
        layout.addWidget(self.notices, 1)
        layout.addWidget(self.buttons)
        chain = [self.notices, *self.buttons.buttons()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.resize(620, 560)
