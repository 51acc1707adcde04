"""Icons, arrows and check boxes stand out from their background in both themes (WCAG 2.x non-text
contrast, at least 3:1), and a disabled control is the fainter one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

from journeydesk.ui.panels.journeys_panel import JourneysPanel
from journeydesk.ui.style import theme

UI_COMPONENT = 3.0


def luminance(color: QColor) -> float:
    """Relative luminance, as WCAG 2.x defines it for sRGB."""
    def linear(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(color.red()) + 0.7152 * linear(color.green()) + 0.0722 * linear(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def strongest(image: QImage, background: QColor, left: int = 0, top: int = 0,
              right: int | None = None, bottom: int | None = None) -> float:
    """The highest contrast any pixel in the box has against ``background``: how well the mark shows."""
    right = image.width() - 1 if right is None else right
    bottom = image.height() - 1 if bottom is None else bottom
    return max(contrast(image.pixelColor(x, y), background)
               for x in range(left, right + 1) for y in range(top, bottom + 1))


@pytest.fixture(params=["light", "dark"])
def themed(request: pytest.FixtureRequest) -> Iterator[str]:
    from journeydesk.ui.style.application import application

    app = application()
    theme.apply_theme(app, request.param)
    yield request.param
    theme.apply_theme(app, "light")


def _button(panel: JourneysPanel, action) -> QToolButton:
    button = panel.selected_toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


def test_move_arrows_show_and_a_disabled_one_is_fainter(themed: str, journeys: JourneysPanel,
                                                        qtbot) -> None:
    editor = journeys.editor
    from journeydesk.core import commands

    assert editor.run(lambda d: commands.add_journey(d, "Second"))
    journeys.list.setCurrentRow(0)  # the first journey: it cannot move up
    qtbot.wait(20)
    up, down = _button(journeys, journeys.move_up_action), _button(journeys, journeys.move_down_action)
    assert not up.isEnabled() and down.isEnabled()
    seen = {}
    for name, button in (("up", up), ("down", down)):
        image = button.grab().toImage()
        background = image.pixelColor(1, 1)
        seen[name] = strongest(image, background, 3, 3, image.width() - 4, image.height() - 4)
    assert seen["down"] >= UI_COMPONENT, (themed, seen)
    assert seen["up"] < seen["down"], (themed, seen)  # disabled: the fainter of the two
    journeys.list.setCurrentRow(journeys.list.count() - 1)
    qtbot.wait(20)
    assert up.isEnabled() and not down.isEnabled()
    image = up.grab().toImage()
    assert strongest(image, image.pixelColor(1, 1), 3, 3, image.width() - 4,
                     image.height() - 4) >= UI_COMPONENT


def _indicator(box: QCheckBox) -> tuple[QImage, int, int, int, int, QColor]:
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    background = image.pixelColor(image.width() - 1, 0)
    return image, rect.left(), rect.top(), rect.right(), rect.bottom(), background


def test_unticked_check_boxes_of_the_pdf_dialog_show(themed: str, dialog) -> None:
    box = dialog.sections["cover"]
    box.setChecked(False)
    QApplication.processEvents()
    image, left, top, right, bottom, background = _indicator(box)
    assert strongest(image, background, left, top, right, bottom) >= UI_COMPONENT, themed
    dialog.open_when_done.setChecked(False)
    QApplication.processEvents()
    image, left, top, right, bottom, background = _indicator(dialog.open_when_done)
    assert strongest(image, background, left, top, right, bottom) >= UI_COMPONENT, themed


def test_a_disabled_check_box_is_fainter_than_an_enabled_one(themed: str, qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    enabled, disabled = QCheckBox("On", host), QCheckBox("Off", host)
    disabled.move(0, 30)
    disabled.setEnabled(False)
    host.show()
    found = []
    for box in (enabled, disabled):
        image, left, top, right, bottom, background = _indicator(box)
        found.append(strongest(image, background, left, top, right, bottom))
    assert found[0] >= UI_COMPONENT and found[1] < found[0], (themed, found)
