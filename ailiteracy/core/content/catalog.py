"""Loading a catalog: every module, the glossary and the timeline of one language,
from one or more content roots, with the links between them checked."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from msgspec.structs import replace

from .. import languages
from .glossary import load_glossary
from .lessons import lesson_links
from .model import CARDS, Catalog, Lesson, Module, Problem
from .modules import load_module
from .timeline import load_timeline

DEFAULT_LOCALE = languages.FALLBACK

LocaleLoader = Callable[[Path, str, list[Problem]], Catalog]


def load_locale(root: Path, locale: str, problems: list[Problem]) -> Catalog:
    """Parse one locale folder of one content root (``root/locale``)."""
    catalog = Catalog(locale)
    folder = root / locale
    if not folder.is_dir():
        return catalog
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        if sub.name == "glossary" or sub.name.startswith("."):
            continue
        if not (sub / "module.toml").exists():
            problems.append(Problem(sub, 0, "folder has no module.toml; not a module"))
            continue
        module = load_module(sub, locale, problems)
        if module is not None:
            (catalog.modules if module.valid else catalog.invalid_modules).append(module)
    catalog.glossary = load_glossary(folder / "glossary", problems)
    catalog.timeline = load_timeline(folder / "timeline.toml", problems)
    return catalog


class _Links:
    """Resolves ``module/lesson#anchor`` targets against the lessons of a catalog."""

    def __init__(self, catalog: Catalog) -> None:
        everything = catalog.modules + catalog.invalid_modules
        self.lessons: dict[tuple[str, str], Lesson] = {
            (m.id, lesson.id): lesson for m in everything for lesson in m.lessons
        }

    def resolve(self, target: str) -> bool:
        module_id, _, rest = target.partition("/")
        lesson_id, _, anchor = rest.partition("#")
        lesson = self.lessons.get((module_id, lesson_id))
        return lesson is not None and (not anchor or anchor in lesson.anchors)


def _link_problem(catalog: Catalog, links: _Links, target: str) -> str | None:
    """What is wrong with one ``glossary:``, ``lesson:`` or ``card:`` link, or None."""
    scheme, _, rest = target.partition(":")
    if scheme == "glossary" and rest not in catalog.glossary:
        return f"no glossary term '{rest}'"
    if scheme == "lesson" and not links.resolve(rest):
        return f"no lesson section '{rest}'"
    if scheme == "card" and rest not in CARDS:
        return f"no printable card '{rest}'"
    return None


def check_references(catalog: Catalog, problems: list[Problem]) -> None:
    """Check glossary and lesson links against what was loaded."""
    links = _Links(catalog)
    for module in catalog.modules + catalog.invalid_modules:
        for lesson in module.lessons:
            for line, target in lesson_links(lesson):
                message = _link_problem(catalog, links, target)
                if message:
                    problems.append(Problem(lesson.path, line, message))
    for term in catalog.glossary.values():
        if term.lesson and not links.resolve(term.lesson):
            problems.append(
                Problem(
                    term.path, 1, f"glossary term '{term.id}': no lesson section '{term.lesson}'"
                )
            )
    for event in catalog.timeline:
        if event.lesson and not links.resolve(event.lesson):
            path = catalog.modules[0].path.parent / "timeline.toml" if catalog.modules else Path()
            problems.append(
                Problem(path, 1, f"timeline event '{event.id}': no lesson section '{event.lesson}'")
            )


def load_catalog(
    roots: Sequence[Path],
    locale: str = DEFAULT_LOCALE,
    *,
    load_locale: LocaleLoader | None = None,
) -> Catalog:
    """Load every module of ``locale`` from the content roots, in order.

    Modules missing in ``locale`` are taken from the fallback language (English) and
    marked ``fallback``. A module id found in a later root replaces the earlier one
    (teachers can override shipped modules). Problems of every locale loaded are
    reported. ``load_locale`` reads one locale of one root (default: parse its
    files); :func:`ailiteracy.core.cache.load_catalog` passes one that uses caches.
    """
    loader = load_locale or _parse_locale
    problems: list[Problem] = []
    merged = Catalog(locale)
    for root in roots:
        _merge(merged, *_root_catalogs(loader, root, locale, problems))
    merged.modules.sort(key=lambda m: (m.order, m.id))
    merged.timeline.sort(key=lambda e: (e.date, e.id))
    check_references(merged, problems)
    merged.problems = dedupe(problems)
    return merged


def _parse_locale(root: Path, locale: str, problems: list[Problem]) -> Catalog:
    # Looked up when called, so that a replaced ``load_locale`` (in tests) is used.
    return load_locale(root, locale, problems)


def _root_catalogs(
    loader: LocaleLoader, root: Path, locale: str, problems: list[Problem]
) -> tuple[Catalog, Catalog | None]:
    """One root's catalog in ``locale``, and in the fallback language when that differs."""
    primary = loader(root, locale, problems)
    fallback = loader(root, DEFAULT_LOCALE, problems) if locale != DEFAULT_LOCALE else None
    return primary, fallback


def _merge(merged: Catalog, primary: Catalog, fallback: Catalog | None) -> None:
    """Add one root's modules, glossary and timeline to ``merged`` (later roots win)."""
    have = {m.id for m in primary.modules}
    modules = list(primary.modules)
    glossary = dict(fallback.glossary) if fallback else {}
    glossary.update(primary.glossary)
    if fallback:
        modules += [_as_fallback(m) for m in fallback.modules if m.id not in have]
    replaced = {x.id for x in modules}
    merged.modules = [m for m in merged.modules if m.id not in replaced]
    merged.modules += modules
    merged.glossary.update(glossary)
    merged.timeline += primary.timeline or (fallback.timeline if fallback else [])


def _as_fallback(module: Module) -> Module:
    return replace(module, fallback=True)


def dedupe(problems: list[Problem]) -> list[Problem]:
    """``problems`` in order, each one once."""
    return list(dict.fromkeys(problems))
