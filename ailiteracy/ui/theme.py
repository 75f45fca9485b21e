"""Colours, fonts and style sheets for the default, dark and high-contrast themes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

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
        "#d35400",
        "#8899aa",
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
        "#5f6b78",
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
    ),
}

_current = THEMES["default"]
_scale = 100
BASE_POINT_SIZE = 11
SCALES = TEXT_SIZES


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
    t = _current
    return f"""
QWidget:focus {{ outline: 2px solid {t.focus}; }}
QPushButton:focus, QRadioButton:focus, QCheckBox:focus, QComboBox:focus,
QLineEdit:focus, QListWidget:focus, QTreeWidget:focus, QTextBrowser:focus,
QTableWidget:focus, QSpinBox:focus {{ border: 2px solid {t.focus}; }}
QLabel#lessonTitle, QLabel#screenTitle {{ font-size: 150%; font-weight: bold; }}
QLabel#feedback {{ padding: 6px; }}
QLabel#resultBig {{ font-size: 200%; font-weight: bold; }}
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
        QPalette.ColorRole.PlaceholderText: t.table_border,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    return p


CJK_FAMILIES = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "SimSun",
]


def apply(app: QApplication, name: str, percent: int, *, chinese: bool = False) -> QFont:
    """Switch theme and text size for the whole app; returns the new base font."""
    global _current, _scale
    _current = THEMES.get(name, THEMES["default"])
    _scale = percent if percent in SCALES else 100
    if app.style().name().lower() != "fusion":  # setting it again re-polishes every widget
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
    app.setStyleSheet(app_stylesheet())
    return font
