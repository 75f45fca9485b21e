"""Every theme's colour pairs meet WCAG 2.2 AA: 4.5:1 for text, 3:1 for controls and focus."""

from __future__ import annotations

import pytest

from ailiteracy.ui import theme


def test_the_ratio_formula_matches_known_values() -> None:
    assert theme.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("name", sorted(theme.THEMES))
def test_every_colour_pair_meets_wcag_aa(name: str) -> None:
    pairs = theme.contrast_pairs(theme.THEMES[name])
    assert len(pairs) > 40
    failing = [
        f"{what}: {fg} on {bg} is {theme.contrast(fg, bg):.2f}, needs {need}"
        for what, fg, bg, need in pairs
        if theme.contrast(fg, bg) < need
    ]
    assert failing == []


def test_a_low_contrast_theme_would_fail() -> None:
    from dataclasses import replace

    grey = replace(theme.THEMES["default"], muted="#aaaaaa")
    failing = [
        what for what, fg, bg, need in theme.contrast_pairs(grey) if theme.contrast(fg, bg) < need
    ]
    assert "secondary text on base" in failing


@pytest.mark.parametrize("name", sorted(theme.THEMES))
def test_the_style_sheet_uses_the_checked_colours(name: str) -> None:
    t = theme.THEMES[name]
    theme._current = t
    try:
        sheet = theme.app_stylesheet()
    finally:
        theme._current = theme.THEMES["default"]
    assert f"gridline-color: {t.table_border}" in sheet  # tables keep their grid
    assert f"border: 2px solid {t.control}" in sheet  # radio circles are drawn visibly
    assert f"border: 2px solid {t.focus}" in sheet
