"""The Preferences dialog: language, theme, report defaults and the emotion scale's labels."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journeydesk.ui.base.preferences_store import (
    LANGUAGES,
    LAYOUTS,
    PAPERS,
    THEMES,
    Preferences,
    load_preferences,
    save_preferences,
)
from journeydesk.ui.style.theme import apply_theme

SCORES = (-2, -1, 0, 1, 2)


class PreferencesDialog(QDialog):
    """Shows the saved preferences; a theme shows at once, OK saves, Cancel changes nothing."""

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.language = self._combo(LANGUAGES, {"": self.tr("System"), "en": "English", "ja": "日本語"},
                                    self.tr("Language"))
        self.theme = self._combo(THEMES, {"system": self.tr("Follow the system"), "light": self.tr("Light"),
                                          "dark": self.tr("Dark")}, self.tr("Theme"))
        self.paper = self._combo(PAPERS, {p: p for p in PAPERS}, self.tr("Default paper size for reports"))
        self.layout_choice = self._combo(LAYOUTS, {
            "auto": self.tr("Automatic: one page when it reads, else one per stage"),
            "fit": self.tr("Whole map on one page"), "poster": self.tr("Poster (tiled pages)"),
            "stages": self.tr("One page per stage")}, self.tr("Default map layout for reports"))
        self.author = QLineEdit()
        self.author.setAccessibleName(self.tr("Default author for reports"))
        self.author.setPlaceholderText(self.tr("Shown on report covers"))
        self.labels = [QLineEdit() for _ in SCORES]
        examples = (self.tr("e.g. Frustrated"), self.tr("e.g. Unhappy"), self.tr("e.g. Neutral"),
                    self.tr("e.g. Pleased"), self.tr("e.g. Delighted"))
        for score, edit, example in zip(SCORES, self.labels, examples, strict=True):
            edit.setAccessibleName(self.tr("Label for emotion score {0}").format(f"{score:+d}" if score
                                                                                 else "0"))
            edit.setPlaceholderText(example)

        general = QFormLayout()
        general.addRow(self.tr("&Language:"), self.language)
        note = QLabel(self.tr("A new language applies after JourneyDesk restarts."))
        note.setWordWrap(True)
        note.setEnabled(False)
        general.addRow("", note)
        general.addRow(self.tr("&Theme:"), self.theme)
        reports = QGroupBox(self.tr("Reports"))
        report_form = QFormLayout(reports)
        report_form.addRow(self.tr("&Paper size:"), self.paper)
        report_form.addRow(self.tr("Map la&yout:"), self.layout_choice)
        report_form.addRow(self.tr("&Author:"), self.author)
        scale = QGroupBox(self.tr("Emotion scale labels"))
        scale_box = QVBoxLayout(scale)
        hint = QLabel(self.tr("Shown beside the scale of the emotions lane; leave empty for numbers only."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        scale_box.addWidget(hint)
        scale_form = QFormLayout()
        scale_box.addLayout(scale_form)
        for score, edit in zip(SCORES, self.labels, strict=True):
            scale_form.addRow(f"{score:+d}" if score else "0", edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText(self.tr("Restore Defaults"))
        restore.clicked.connect(
            lambda: self.show_preferences(Preferences()))
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(reports)
        layout.addWidget(scale)
        layout.addWidget(self.buttons)
        chain = [self.language, self.theme, self.paper, self.layout_choice, self.author, *self.labels,
                 *self.buttons.buttons()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        saved = load_preferences(settings)
        self.show_preferences(saved)
        self._saved_theme = saved.theme
        self.theme.currentIndexChanged.connect(lambda _index: self._preview_theme(self.theme.currentData()))
        self.language.setFocus()
        self.setMinimumWidth(440)

    def _combo(self, values: tuple[str, ...], names: dict[str, str], accessible: str) -> QComboBox:
        combo = QComboBox()
        for value in values:
            combo.addItem(names[value], value)
        combo.setAccessibleName(accessible)
        return combo

    def show_preferences(self, preferences: Preferences) -> None:
        for combo, value in ((self.language, preferences.language), (self.theme, preferences.theme),
                             (self.paper, preferences.paper), (self.layout_choice, preferences.layout)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.author.setText(preferences.author)
        labels = preferences.emotion_labels or ("",) * len(SCORES)
        for edit, label in zip(self.labels, labels, strict=True):
            edit.setText(label)

    def preferences(self) -> Preferences:
        """The preferences as shown in the dialog."""
        labels = tuple(edit.text().strip() for edit in self.labels)
        return Preferences(language=self.language.currentData(), theme=self.theme.currentData(),
                           paper=self.paper.currentData(), layout=self.layout_choice.currentData(),
                           author=self.author.text().strip(),
                           emotion_labels=labels if any(labels) else ())

    def _preview_theme(self, name: str) -> None:
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, name)  # type: ignore[arg-type]

    def accept(self) -> None:
        save_preferences(self.preferences(), self.settings)
        super().accept()

    def reject(self) -> None:
        """Put the theme back as it was: Cancel changes nothing."""
        if self.theme.currentData() != self._saved_theme:
            self._preview_theme(self._saved_theme)
        super().reject()
