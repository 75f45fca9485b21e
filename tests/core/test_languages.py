"""One list of languages: content folders, the menus, Qt names and fallbacks agree."""

from __future__ import annotations

import re
from pathlib import Path

from ailiteracy.core import languages, paths

ROOT = Path(__file__).resolve().parents[2]


def test_every_language_has_content_and_every_translated_one_a_translation() -> None:
    content = paths.content_dir()
    for code in languages.CODES:
        assert (content / code).is_dir(), code
    ts = ROOT / "resources" / "translations"
    for code in languages.TRANSLATED:
        assert (ts / f"ailiteracy_{languages.qt_name(code)}.ts").is_file(), code
    assert languages.FALLBACK in languages.CODES and languages.DEFAULT in languages.CODES
    assert languages.FALLBACK not in languages.TRANSLATED


def test_codes_names_and_qt_names() -> None:
    assert languages.qt_name("zh-CN") == "zh_CN"
    assert languages.get("zh-CN").native_name == "中文（简体）"
    assert dict(languages.NATIVE_NAMES)["en"] == "English"
    assert languages.uses_cjk("zh-CN") and not languages.uses_cjk("en")


def test_unknown_languages_fall_back_to_the_default() -> None:
    assert languages.supported_or_default("zh-CN") == "zh-CN"
    for value in ("fr", "ZH-cn", "", None, 3):
        assert languages.supported_or_default(value) == languages.DEFAULT
    assert not languages.is_supported("zh_CN")


def test_system_locales_and_mistyped_folder_names() -> None:
    assert languages.from_system("zh_CN") == "zh-CN"
    assert languages.from_system("zh_TW") == "zh-CN"  # the nearest the app has
    assert languages.from_system("en_GB") == "en"
    assert languages.from_system("fr_FR") == languages.DEFAULT
    assert languages.guess("zh_cn") == "zh-CN"
    assert languages.guess("Chinese") == "zh-CN"
    assert languages.guess("EN") == "en"
    assert languages.guess("lessons") is None


def test_no_other_module_lists_the_languages() -> None:
    """The language codes appear in code only in core/languages.py (data and docs aside)."""
    listing = re.compile(
        r"""["']en["']\s*,\s*["']zh-CN["']|["']zh_CN["']\s*,?\s*\)|["']zh-CN["']\s*,\s*["']中文"""
    )
    found = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "ailiteracy").rglob("*.py")
        if path.name != "languages.py" and listing.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
