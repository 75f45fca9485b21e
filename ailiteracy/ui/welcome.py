"""The first-run welcome: language, then text size, then a name (or a guest session).

Language and text size have safe defaults, so those steps can be skipped; the last
step cannot, because the app must not invent a name for the learner.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import languages
from ..core.profiles import NAME_MAX_LENGTH, ProfileError, ProfileRegistry
from . import theme
from .errors import profile_error_text
from .language import install_translators
from .layouts import fit_height
from .qtapp import running_app

LANGUAGES = languages.NATIVE_NAMES
SIZES = (100, 150, 200, 250)


class WelcomeDialog(QDialog):
    """Asks language, text size and name in that order.

    After ``exec()`` returns Accepted: ``language``, ``text_size``, and either
    ``chosen_profile`` (a new profile's id) or ``guest`` True.
    """

    def __init__(
        self,
        registry: ProfileRegistry,
        *,
        language: str = languages.DEFAULT,
        allow_guest: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.language = languages.supported_or_default(language)
        self.text_size = 100
        self.chosen_profile: str | None = None
        self.guest = False
        self.setObjectName("welcome")
        self.pages = QStackedWidget()
        self.step_label = QLabel()
        self.step_label.setObjectName("cardMeta")
        self.heading = QLabel()
        self.heading.setObjectName("screenTitle")
        self.heading.setWordWrap(True)
        self.explain = QLabel()
        self.explain.setWordWrap(True)

        self.language_group = QButtonGroup(self)
        language_page = QWidget()
        language_layout = QVBoxLayout(language_page)
        for n, (code, label) in enumerate(LANGUAGES):
            button = QRadioButton(label)
            button.setChecked(code == self.language)
            self.language_group.addButton(button, n)
            language_layout.addWidget(button)
        language_layout.addStretch(1)
        self.language_group.idClicked.connect(self._language_chosen)

        self.size_group = QButtonGroup(self)
        size_page = QWidget()
        size_layout = QVBoxLayout(size_page)
        self.size_buttons: list[QRadioButton] = []
        for n, size in enumerate(SIZES):
            button = QRadioButton(f"{size}%")
            button.setChecked(size == self.text_size)
            self.size_group.addButton(button, n)
            self.size_buttons.append(button)
            size_layout.addWidget(button)
        self.sample = QLabel()
        self.sample.setWordWrap(True)
        self.sample.setObjectName("notice")
        size_layout.addWidget(self.sample)
        size_layout.addStretch(1)
        self.size_group.idClicked.connect(self._size_chosen)

        name_page = QWidget()
        name_layout = QVBoxLayout(name_page)
        self.name_label = QLabel()
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX_LENGTH)
        self.name_label.setBuddy(self.name)
        self.name.returnPressed.connect(self.finish)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.guest_button = QPushButton()
        self.guest_button.clicked.connect(self.continue_as_guest)
        self.guest_button.setVisible(allow_guest)
        self.guest_note = QLabel()
        self.guest_note.setWordWrap(True)
        self.guest_note.setVisible(allow_guest)
        name_layout.addWidget(self.name_label)
        name_layout.addWidget(self.name)
        name_layout.addWidget(self.message)
        name_layout.addSpacing(theme.SPACE * 2)
        name_layout.addWidget(self.guest_note)
        name_layout.addWidget(self.guest_button, 0, Qt.AlignmentFlag.AlignLeft)
        name_layout.addStretch(1)

        for page in (language_page, size_page, name_page):
            self.pages.addWidget(page)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back)
        self.skip_button = QPushButton()
        self.skip_button.clicked.connect(self.next)
        self.next_button = QPushButton()
        self.next_button.setObjectName("primary")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._apply_look()
        self.retranslate()
        self.show_page(0)

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to ailiteracy"))
        self.name_label.setText(self.tr("Your &name (or a nickname your teacher will know):"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.guest_note.setText(
            self.tr(
                "No name? Use the app as a guest. Nothing is saved on this computer, and "
                "everything is forgotten when you sign out."
            )
        )
        self.guest_button.setText(self.tr("Continue as a &guest"))
        self.guest_button.setAccessibleName(self.tr("Continue as a guest; nothing is saved"))
        self.back_button.setText(self.tr("&Back"))
        self.skip_button.setText(self.tr("&Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip this step and keep the setting shown"))
        self.sample.setText(
            self.tr("This is how big the text will be. You can change it any time with Ctrl+ +.")
        )
        self.show_page(self.pages.currentIndex())

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.step_label.setText(self.tr("Step %1 of 3").replace("%1", str(index + 1)))
        headings = (
            (
                self.tr("Welcome! Which language do you want?"),
                self.tr("You can change it later in View > Language."),
            ),
            (
                self.tr("How big should the text be?"),
                self.tr("Choose a size that is easy for you to read."),
            ),
            (
                self.tr("What is your name?"),
                self.tr(
                    "Your name keeps your progress apart from other people's and appears on "
                    "the results you hand in."
                ),
            ),
        )
        heading, explain = headings[index]
        self.heading.setText(heading)
        self.explain.setText(explain)
        self.back_button.setEnabled(index > 0)
        self.skip_button.setVisible(index < 2)  # a name (or guest) must be chosen
        self.next_button.setText(self.tr("&Next") if index < 2 else self.tr("&Start"))
        self.next_button.setAccessibleName(
            self.tr("Next step") if index < 2 else self.tr("Start learning")
        )
        fit_height(self)
        page = self.pages.currentWidget()
        focus = self.name if index == 2 or page is None else page.findChild(QRadioButton)
        if focus is not None:
            focus.setFocus()

    # ------------------------------------------------------------------ steps

    def _language_chosen(self, n: int) -> None:
        code = LANGUAGES[n][0]
        if code == self.language:
            return
        self.language = code
        install_translators(running_app(), code)
        self._apply_look()
        self.retranslate()

    def _size_chosen(self, n: int) -> None:
        self.text_size = SIZES[n]
        self._apply_look()

    def choose_size(self, size: int) -> None:
        self.size_buttons[SIZES.index(size)].click()

    def choose_language(self, code: str) -> None:
        self.language_group.button([c for c, _ in LANGUAGES].index(code)).click()

    def _apply_look(self) -> None:
        cjk = languages.uses_cjk(self.language)
        theme.apply(running_app(), "default", self.text_size, chinese=cjk)
        chars = self.fontMetrics().averageCharWidth() * 56
        screen = self.screen()
        limit = screen.availableGeometry().width() - 40 if screen is not None else chars
        self.setMinimumWidth(min(chars, limit))
        self.adjustSize()
        fit_height(self)

    def next(self) -> None:
        index = self.pages.currentIndex()
        if index < 2:
            self.show_page(index + 1)
        else:
            self.finish()

    def back(self) -> None:
        self.show_page(max(0, self.pages.currentIndex() - 1))

    def finish(self) -> None:
        try:
            profile = self.registry.create(self.name.text())
        except ProfileError as error:
            self.message.setText(self._error_text(error))
            self.message.setAccessibleName(self.message.text())
            self.message.show()
            fit_height(self)
            self.name.setFocus()
            return
        self.chosen_profile = profile.id
        self.accept()

    def continue_as_guest(self) -> None:
        self.guest = True
        self.accept()

    def _error_text(self, error: ProfileError) -> str:
        return profile_error_text(error.kind, self.registry.pin_min_length, guest=True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() > 0:
            self.back()  # Esc goes one step back rather than closing the welcome
            return
        super().keyPressEvent(event)
