"""Checking content folders for authors (``check-content``): every language of every
root, folders in the wrong place, and translations that differ from English."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .. import languages
from .catalog import DEFAULT_LOCALE, check_references, dedupe, load_locale
from .model import Module, Problem


def validate_roots(roots: Sequence[Path]) -> tuple[list[Module], list[Problem]]:
    """Validate every locale of every root (for ``check-content``)."""
    problems: list[Problem] = []
    modules: list[Module] = []
    for root in roots:
        if not root.is_dir():
            problems.append(Problem(root, 0, "content folder not found"))
            continue
        if _misplaced_root(root, problems):
            continue
        locales = _locale_folders(root, problems)
        found: dict[str, set[str]] = {}
        for locale in locales:
            catalog = load_locale(root, locale, problems)
            check_references(catalog, problems)
            modules += catalog.modules
            found[locale] = {m.id for m in catalog.modules}
        _check_untranslated(root, found, problems)
        _check_locales_match(root, locales, problems)
    return modules, dedupe(problems)


def _locale_folders(root: Path, problems: list[Problem]) -> list[str]:
    """The language folders of ``root``; other folders are reported (nothing in them shows)."""
    folders = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    for other in (f for f in folders if not languages.is_supported(f)):
        near = languages.guess(other)
        hint = f" (rename it to '{near}')" if near else ""
        problems.append(
            Problem(
                root / other,
                0,
                f"'{other}' is not a language folder the app reads, so nothing in it "
                f"appears; language folders are named {' and '.join(languages.CODES)}{hint}",
            )
        )
    locales = [f for f in folders if languages.is_supported(f)]
    if not locales:
        expected = " or ".join(f"'{code}/'" for code in languages.CODES)
        problems.append(Problem(root, 0, f"no language folders (expected {expected})"))
    return locales


def _check_untranslated(root: Path, found: dict[str, set[str]], problems: list[Problem]) -> None:
    """Modules only in another language than English are never seen by English learners."""
    english = found.get(DEFAULT_LOCALE, set())
    for locale, ids in found.items():
        if locale == DEFAULT_LOCALE:
            continue
        for module_id in sorted(ids - english):
            problems.append(
                Problem(
                    root / locale / module_id,
                    0,
                    f"module '{module_id}' is only in {locale}: learners who use the "
                    f"app in English never see it; add an English version in "
                    f"{DEFAULT_LOCALE}/{module_id}",
                )
            )


def _misplaced_root(root: Path, problems: list[Problem]) -> bool:
    """A module or language folder given where the content folder is expected."""
    if (root / "module.toml").is_file():
        in_language = languages.is_supported(root.parent.name)
        parent = root.parent.parent if in_language else root.parent
        folders = " and ".join(f"'{code}/'" for code in languages.CODES)
        problems.append(
            Problem(
                root,
                0,
                f"this is a module folder; check the content folder that holds {folders} "
                f"instead (here probably {parent})",
            )
        )
        return True
    if languages.is_supported(root.name) and any(
        (p / "module.toml").is_file() for p in root.iterdir() if p.is_dir()
    ):
        problems.append(
            Problem(
                root,
                0,
                f"this is a language folder; check the content folder above it ({root.parent})",
            )
        )
        return True
    return False


def _check_locales_match(root: Path, locales: list[str], problems: list[Problem]) -> None:
    """Translated modules must use the same lesson and question ids as English."""
    if DEFAULT_LOCALE not in locales:
        return
    scratch: list[Problem] = []
    base = {m.id: m for m in load_locale(root, DEFAULT_LOCALE, scratch).modules}
    for locale in locales:
        if locale == DEFAULT_LOCALE:
            continue
        for module in load_locale(root, locale, scratch).modules:
            english = base.get(module.id)
            if english is not None:
                _compare_with_english(module, english, problems)


def _compare_with_english(module: Module, english: Module, problems: list[Problem]) -> None:
    for what, mine, theirs in (
        ("lesson", {x.id for x in module.lessons}, {x.id for x in english.lessons}),
        ("question", {x.id for x in module.questions}, {x.id for x in english.questions}),
        ("practice task", _task_keys(module), _task_keys(english)),
        (
            "discussion question",
            {f"{d.id} (after {d.after})" for d in module.discussion},
            {f"{d.id} (after {d.after})" for d in english.discussion},
        ),
    ):
        for missing in sorted(theirs - mine):
            problems.append(
                Problem(module.path, 0, f"{what} '{missing}' exists in English but not here")
            )
        for extra in sorted(mine - theirs):
            problems.append(Problem(module.path, 0, f"{what} '{extra}' does not exist in English"))


def _task_keys(module: Module) -> set[str]:
    """Practice tasks with their claim ids, verdicts and deciding pages, for the parity check."""
    return {
        f"{task.id} (claim {claim.id}: {claim.verdict.value}, page {claim.page or '-'})"
        for task in module.tasks
        for claim in task.claims
    } | {task.id for task in module.tasks}
