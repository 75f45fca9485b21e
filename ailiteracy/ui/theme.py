"""The app's one visual system: colours, spacing, type scale, focus rings and style sheets.

Every screen takes its look from here: the palette and the application style sheet
below, and the object names they style (``screenTitle``, ``primary``, ``moduleCard``,
``notice``, ...). Each theme's colour pairs are listed in :func:`contrast_pairs` and
checked against WCAG 2.2 AA by the tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from ..core.policy import TEXT_SIZES


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    text: str
    base: str
    alt_base: str
    button: str
    highlight: str
    highlight_text: str
    link: str
    focus: str
    table_border: str
    th_bg: str
    objectives_bg: str
    callouts: dict[str, str]
    good: str
    bad: str
    muted: str  # secondary text (meta lines, hints)
    control: str  # borders of inputs, radio buttons and check boxes
    accent: str  # the one main action on a screen
    accent_text: str
    notice_bg: str  # guest and other standing notices
    disabled_text: str


THEMES = {
    "default": Theme(
        "default",
        "#f4f5f7",
        "#1b1f24",
        "#ffffff",
        "#eef1f4",
        "#e4e7eb",
        "#1f5fbf",
        "#ffffff",
        "#0b57d0",
        "#b34700",
        "#6b7785",
        "#e3e9f0",
        "#eaf3ff",
        {
            "note": "#e8f0fb",
            "tip": "#e6f4ea",
            "warning": "#fdecea",
            "example": "#f3eefa",
            "check": "#fff6dc",
            "summary": "#eef2f5",
        },
        "#1e7b34",
        "#b3261e",
        muted="#4a5360",
        control="#5f6b7a",
        accent="#1f5fbf",
        accent_text="#ffffff",
        notice_bg="#fff6dc",
        disabled_text="#8a929c",
    ),
    "dark": Theme(
        "dark",
        "#1e2125",
        "#e8eaed",
        "#26292e",
        "#2d3136",
        "#3a3f45",
        "#8ab4f8",
        "#0b0c0e",
        "#8ab4f8",
        "#fbbc04",
        "#7d8896",
        "#33383f",
        "#24364f",
        {
            "note": "#22324a",
            "tip": "#1f3a2a",
            "warning": "#4a2424",
            "example": "#352a48",
            "check": "#463b1c",
            "summary": "#2f353c",
        },
        "#81c995",
        "#f28b82",
        muted="#b8bec6",
        control="#9aa3ad",
        accent="#8ab4f8",
        accent_text="#0b0c0e",
        notice_bg="#463b1c",
        disabled_text="#7a8089",
    ),
    "high-contrast": Theme(
        "high-contrast",
        "#000000",
        "#ffffff",
        "#000000",
        "#000000",
        "#000000",
        "#ffff00",
        "#000000",
        "#ffff00",
        "#00ffff",
        "#ffffff",
        "#000000",
        "#000000",
        {k: "#000000" for k in ("note", "tip", "warning", "example", "check", "summary")},
        "#00ff00",
        "#ff6666",
        muted="#ffffff",
        control="#ffffff",
        accent="#ffff00",
        accent_text="#000000",
        notice_bg="#000000",
        disabled_text="#9a9a9a",
    ),
}

_current = THEMES["default"]
_scale = 100
BASE_POINT_SIZE = 11
SCALES = TEXT_SIZES
SPACE = 8  # px: the spacing unit; gaps are 1, 2 or 3 of it
RADIUS = 6  # px: corners of cards and buttons
TYPE_SCALE = {"small": 90, "body": 100, "card": 125, "title": 150, "big": 200}  # % of body


def _luminance(colour: str) -> float:
    """Relative luminance of ``#rrggbb`` (WCAG 2.2)."""
    channels = []
    for i in (1, 3, 5):
        c = int(colour[i : i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


TEXT_RATIO = 4.5  # WCAG 2.2 AA, 1.4.3: text
CONTROL_RATIO = 3.0  # WCAG 2.2 AA, 1.4.11: control borders, focus rings, grid lines


def contrast_pairs(t: Theme) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, minimum ratio) for every colour pair the app draws."""
    pairs: list[tuple[str, str, str, float]] = []
    surfaces = {
        "window": t.window,
        "base": t.base,
        "alternate rows": t.alt_base,
        "button": t.button,
    }
    for where, bg in surfaces.items():
        pairs.append((f"text on {where}", t.text, bg, TEXT_RATIO))
        pairs.append((f"focus ring on {where}", t.focus, bg, CONTROL_RATIO))
    for where, bg in (("window", t.window), ("base", t.base)):
        pairs += [
            (f"secondary text on {where}", t.muted, bg, TEXT_RATIO),
            (f"link on {where}", t.link, bg, TEXT_RATIO),
            (f"right-answer colour on {where}", t.good, bg, TEXT_RATIO),
            (f"wrong-answer colour on {where}", t.bad, bg, TEXT_RATIO),
            (f"control border on {where}", t.control, bg, CONTROL_RATIO),
            (f"table grid on {where}", t.table_border, bg, CONTROL_RATIO),
            (f"checked radio dot on {where}", t.highlight, bg, CONTROL_RATIO),
        ]
    pairs += [
        ("selected text", t.highlight_text, t.highlight, TEXT_RATIO),
        ("main button text", t.accent_text, t.accent, TEXT_RATIO),
        ("main button on window", t.accent, t.window, CONTROL_RATIO),
        ("table heading text", t.text, t.th_bg, TEXT_RATIO),
        ("notice text", t.text, t.notice_bg, TEXT_RATIO),
        ("objectives box text", t.text, t.objectives_bg, TEXT_RATIO),
        ("link in objectives box", t.link, t.objectives_bg, TEXT_RATIO),
        # a focused main button turns light with a ring, so the ring never sits on the accent
        ("focused main button text", t.accent, t.base, TEXT_RATIO),
    ]
    for kind, bg in t.callouts.items():
        pairs.append((f"text in a {kind} box", t.text, bg, TEXT_RATIO))
        pairs.append((f"link in a {kind} box", t.link, bg, TEXT_RATIO))
    return pairs


def current() -> Theme:
    return _current


def scale() -> int:
    return _scale


def lesson_css() -> str:
    t = _current
    colours = {**t.callouts, "objectives": t.objectives_bg}
    boxes = "".join(f"td.callout-{k} {{ background-color: {v}; }}" for k, v in colours.items())
    return f"""
body {{ color: {t.text}; }}
h2 {{ margin-top: 18px; }}
a {{ color: {t.link}; }}
table {{ border-width: 1px; border-style: solid; border-color: {t.table_border};
        border-collapse: collapse; margin-top: 8px; margin-bottom: 8px; }}
th, td {{ border-width: 1px; border-style: solid; border-color: {t.table_border}; padding: 4px; }}
th {{ background-color: {t.th_bg}; }}
table.callout {{ border-width: 1px; border-color: {t.table_border}; }}
table.callout td {{ border-width: 0px; }}
.admonition-title {{ font-weight: bold; }}
.footnote {{ font-size: small; }}
pre {{ background-color: {t.alt_base}; }}
{boxes}
"""


def app_stylesheet() -> str:
    """The style sheet for every screen, in the current theme (sizes follow the text size)."""
    t = _current
    space, radius = SPACE, RADIUS
    body = BASE_POINT_SIZE * _scale / 100
    ts = {k: f"{body * v / 100:.1f}pt" for k, v in TYPE_SCALE.items()}  # style sheets need pt
    return f"""
QWidget:focus {{ outline: 2px solid {t.focus}; }}
QPushButton, QComboBox, QLineEdit, QSpinBox {{
    border: 1px solid {t.control}; border-radius: {radius}px;
    padding: {space // 2}px {space}px; background-color: {t.button}; color: {t.text};
}}
QLineEdit, QSpinBox {{ background-color: {t.base}; }}
QPushButton:hover {{ border-color: {t.text}; }}
QPushButton:pressed {{ background-color: {t.alt_base}; }}
QPushButton#primary {{
    background-color: {t.accent}; color: {t.accent_text}; border-color: {t.accent};
    font-weight: bold;
}}
QPushButton:disabled, QPushButton#primary:disabled {{
    background-color: {t.window}; color: {t.disabled_text};
    border: 1px dashed {t.disabled_text}; font-weight: normal;
}}
QPushButton:focus, QRadioButton:focus, QCheckBox:focus, QComboBox:focus,
QLineEdit:focus, QListWidget:focus, QTreeWidget:focus, QTextBrowser:focus,
QTableWidget:focus, QSpinBox:focus {{ border: 2px solid {t.focus}; }}
QPushButton#primary:focus {{
    background-color: {t.base}; color: {t.accent}; border: 3px solid {t.focus};
}}
QRadioButton::indicator, QCheckBox::indicator {{
    width: 0.9em; height: 0.9em; border: 2px solid {t.control}; background-color: {t.base};
}}
QRadioButton::indicator {{ border-radius: 0.55em; }}
QCheckBox::indicator {{ border-radius: 3px; }}
QRadioButton::indicator:checked, QCheckBox::indicator:checked {{
    background-color: {t.highlight}; border: 2px solid {t.control};
}}
QRadioButton::indicator:disabled, QCheckBox::indicator:disabled {{
    border: 2px dashed {t.disabled_text};
}}
QTableView, QTableWidget {{ gridline-color: {t.table_border}; }}
QHeaderView::section {{
    background-color: {t.th_bg}; color: {t.text}; border: 1px solid {t.table_border};
    padding: {space // 2}px;
}}
QProgressBar {{ border: 1px solid {t.control}; border-radius: 4px; background: {t.base}; }}
QProgressBar::chunk {{ background-color: {t.good}; border-radius: 3px; }}
QLabel#lessonTitle, QLabel#screenTitle {{ font-size: {ts["title"]}; font-weight: bold; }}
QLabel#lessonMeta, QLabel#cardMeta {{ color: {t.muted}; }}
QLabel#cardTitle {{ font-size: {ts["card"]}; font-weight: bold; }}
QLabel#feedback {{ padding: {space - 2}px; }}
QLabel#notice {{
    padding: {space}px; background-color: {t.notice_bg}; color: {t.text};
    border-left: 4px solid {t.focus};
}}
QLabel#resultBig {{ font-size: {ts["big"]}; font-weight: bold; }}
QFrame#moduleCard {{
    background-color: {t.base}; border: 1px solid {t.table_border}; border-radius: {radius}px;
    padding: {space}px;
}}
QWidget#identityBar {{ background-color: {t.alt_base}; }}
QLabel#identity {{ font-weight: bold; }}
"""


def palette_for(t: Theme) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: t.window,
        QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.Base: t.base,
        QPalette.ColorRole.AlternateBase: t.alt_base,
        QPalette.ColorRole.Text: t.text,
        QPalette.ColorRole.Button: t.button,
        QPalette.ColorRole.ButtonText: t.text,
        QPalette.ColorRole.Highlight: t.highlight,
        QPalette.ColorRole.HighlightedText: t.highlight_text,
        QPalette.ColorRole.Link: t.link,
        QPalette.ColorRole.ToolTipBase: t.base,
        QPalette.ColorRole.ToolTipText: t.text,
        QPalette.ColorRole.PlaceholderText: t.muted,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(t.disabled_text))
    return p


CJK_FAMILIES = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "SimSun",
]


def style_name(app: QApplication) -> str:
    """The name of the app's widget style ("fusion"), also when a style sheet wraps it.

    Once a style sheet is set, ``app.style()`` is Qt's style sheet style, which has no
    name and keeps the real style as its child. (Reading only its name made every
    theme change, text size and new window set a fresh Fusion style: every widget
    re-polished twice, and a stale Python wrapper of the old style left behind each time.)
    """
    style = app.style()
    if style.name():
        return style.name().lower()
    base = style.findChild(QStyle)
    return base.name().lower() if base is not None else ""


def apply(
    app: QApplication,
    name: str,
    percent: int,
    *,
    chinese: bool = False,
    style_sheet: bool = True,
) -> QFont:
    """Switch theme and text size for the whole app; returns the new base font.

    With ``style_sheet=False`` the application style sheet is left as it is: a new
    window builds its widgets first and then calls :func:`apply_style_sheet`, since Qt
    re-styles a widget's whole subtree each time it is put into another widget while a
    style sheet is set (measured: about half of the main window's build time).
    """
    global _current, _scale
    _current = THEMES.get(name, THEMES["default"])
    _scale = percent if percent in SCALES else 100
    if style_name(app) != "fusion":  # setting it again re-polishes every widget
        app.setStyle("Fusion")
    app.setPalette(palette_for(_current))
    font = QFont(app.font())
    family = font.family()
    if chinese:
        # Prefer Simplified Chinese glyph forms. (Without this, Qt still finds a Chinese
        # font for Chinese characters, and English sessions don't load one at start-up.)
        font.setFamilies([family, *[f for f in CJK_FAMILIES if f != family]])
    else:
        font.setFamilies([family])
    font.setPointSizeF(BASE_POINT_SIZE * _scale / 100)
    app.setFont(font)
    if style_sheet:
        apply_style_sheet(app)
    return font


def apply_style_sheet(app: QApplication) -> None:
    """The application style sheet of the current theme and text size."""
    app.setStyleSheet(app_stylesheet())
