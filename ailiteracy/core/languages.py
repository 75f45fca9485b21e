"""The languages the app speaks: the one list that core and the interface use.

A language's ``code`` is its BCP 47 tag; it names the content folder
(``content/<code>/``), the ``--lang`` choice and the stored setting. Qt and the
translation files use the ``qt_name`` (``zh_CN``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # "zh-CN": content folder, --lang, stored setting
    qt_name: str  # "zh_CN": QLocale name and the translation file's suffix
    native_name: str  # the name in the language itself, for language menus
    cjk: bool = False  # written in Chinese, Japanese or Korean characters: needs a CJK font


LANGUAGES: tuple[Language, ...] = (
    Language("en", "en", "English"),
    Language("zh-CN", "zh_CN", "中文（简体）", cjk=True),
)
CODES: tuple[str, ...] = tuple(language.code for language in LANGUAGES)
DEFAULT = "en"
"""The language used when nothing (flag, setting, policy, system) chooses one."""
FALLBACK = "en"
"""The language content is written in first: a module missing in another language is
taken from it, and the interface's source strings are in it (it needs no translation)."""
NATIVE_NAMES: tuple[tuple[str, str], ...] = tuple((x.code, x.native_name) for x in LANGUAGES)
"""(code, name in the language itself) of every language, for language menus."""
TRANSLATED: tuple[str, ...] = tuple(code for code in CODES if code != FALLBACK)
"""Languages the interface is translated into."""

# Folder names people give a language folder by mistake, and the code they mean.
_ALIASES = {
    "english": "en",
    "en-us": "en",
    "en-gb": "en",
    "zh": "zh-CN",
    "zh-hans": "zh-CN",
    "cn": "zh-CN",
    "chinese": "zh-CN",
    "中文": "zh-CN",
}


def is_supported(code: object) -> bool:
    """Whether ``code`` is one of the app's languages (exactly as spelt in ``CODES``)."""
    return isinstance(code, str) and code in CODES


def supported_or_default(code: object) -> str:
    """``code`` when it is a supported language, otherwise :data:`DEFAULT`."""
    return code if isinstance(code, str) and code in CODES else DEFAULT


def get(code: str) -> Language:
    """The language with ``code``; :data:`DEFAULT`'s for an unknown code."""
    return next((lang for lang in LANGUAGES if lang.code == code), LANGUAGES[0])


def qt_name(code: str) -> str:
    """The Qt locale name of ``code`` (``zh-CN`` -> ``zh_CN``)."""
    return get(code).qt_name


def uses_cjk(code: str) -> bool:
    """Whether text in ``code`` needs a Chinese, Japanese or Korean font."""
    return get(code).cjk


def from_system(locale_name: str) -> str:
    """The app's language for a system locale name such as ``zh_CN`` or ``en_GB``."""
    base = locale_name.replace("_", "-").casefold()
    for lang in LANGUAGES:
        if base == lang.code.casefold():
            return lang.code
    for lang in LANGUAGES:
        if base.split("-")[0] == lang.code.casefold().split("-")[0]:
            return lang.code
    return DEFAULT


def guess(name: str) -> str | None:
    """The language a mistyped folder name probably means (``zh_cn``, ``Chinese``), or None."""
    folded = name.casefold().replace("_", "-")
    for lang in LANGUAGES:
        if folded == lang.code.casefold():
            return lang.code
    return _ALIASES.get(folded)
