"""The content cache is used only while nothing changed."""

from __future__ import annotations

from pathlib import Path

from ailiteracy.core import cache
from ailiteracy.core.content import load_catalog


def test_cache_is_written_reused_and_invalidated(
    content_root: Path, tmp_path: Path, monkeypatch
) -> None:
    cache_dir = tmp_path / "cache"
    first = load_catalog([content_root], "en", cache_dir=cache_dir)
    assert len(list(cache_dir.glob("catalog-*.pickle"))) == 1
    calls = []
    real = cache.content._load_locale
    monkeypatch.setattr(cache.content, "_load_locale", lambda *a: calls.append(a[1]) or real(*a))
    again = load_catalog([content_root], "en", cache_dir=cache_dir)
    assert calls == [] and [m.id for m in again.modules] == [m.id for m in first.modules]
    lesson = content_root / "en" / "demo" / "lessons" / "02-second.md"
    lesson.write_text(
        lesson.read_text(encoding="utf-8").replace("Lateral", "Sideways"), encoding="utf-8"
    )
    changed = load_catalog([content_root], "en", cache_dir=cache_dir)
    assert calls == ["en"]
    assert "Sideways" in changed.module("demo").lesson("second").body
    (content_root / "en" / "new-folder").mkdir()
    with_problem = load_catalog([content_root], "en", cache_dir=cache_dir)
    assert any("no module.toml" in p.message for p in with_problem.problems)


def test_prebuilt_cache_has_rendered_lessons(content_root: Path) -> None:
    written = cache.build(content_root)
    assert sorted(p.name for p in written) == ["en.pickle", "zh-CN.pickle"]
    catalog = load_catalog([content_root], "en")
    html = catalog.module("demo").lesson("first").cached_html()
    assert '<h2 id="what">' in html


def test_guest_sessions_write_no_cache(content_root: Path, tmp_path: Path) -> None:
    load_catalog([content_root], "en", cache_dir=None)
    assert not (tmp_path / "cache").exists()
