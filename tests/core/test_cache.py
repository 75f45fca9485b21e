"""The content cache is data only, used only while nothing changed, and never runs code."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest

from ailiteracy.core import cache
from ailiteracy.core.cache import load_catalog


@pytest.fixture
def parses(monkeypatch) -> list[str]:
    """The locales parsed from their files (not taken from a cache)."""
    calls: list[str] = []
    real = cache.content_catalog.load_locale
    monkeypatch.setattr(
        cache.content_catalog, "load_locale", lambda *a: calls.append(a[1]) or real(*a)
    )
    return calls


@pytest.fixture
def shipped(content_root: Path, tmp_path: Path, monkeypatch) -> Path:
    """``content_root`` as the shipped content, with its pre-built cache in ``tmp/prebuilt``."""
    prebuilt = tmp_path / "prebuilt"
    monkeypatch.setattr(cache.paths, "content_dir", lambda: content_root)
    monkeypatch.setattr(cache.paths, "prebuilt_cache_dir", lambda: prebuilt)
    return prebuilt


def test_cache_is_written_reused_and_invalidated(
    content_root: Path, tmp_path: Path, parses: list[str]
) -> None:
    cache_dir = tmp_path / "cache"
    first = load_catalog([content_root], "en", cache_dir=cache_dir)
    assert [p.name for p in cache_dir.iterdir()] == [next(cache_dir.glob("catalog-*-en.json")).name]
    assert parses == ["en"]
    again = load_catalog([content_root], "en", cache_dir=cache_dir)
    assert parses == ["en"] and again.modules == first.modules
    assert again.glossary == first.glossary and again.timeline == first.timeline
    lesson = content_root / "en" / "demo" / "lessons" / "02-second.md"
    text = lesson.read_text(encoding="utf-8")
    stat = lesson.stat()
    lesson.write_text(text.replace("Lateral", "Sideways"), encoding="utf-8")
    os.utime(lesson, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same time: bytes still count
    changed = load_catalog([content_root], "en", cache_dir=cache_dir)
    assert parses == ["en", "en"]
    assert "Sideways" in changed.module("demo").lesson("second").body
    (content_root / "en" / "new-folder").mkdir()
    with_problem = load_catalog([content_root], "en", cache_dir=cache_dir)
    assert any("no module.toml" in p.message for p in with_problem.problems)


def test_a_moved_content_folder_keeps_its_cache_valid(content_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "prebuilt"
    cache.build(content_root, out)
    moved = tmp_path / "elsewhere" / "content"
    shutil.copytree(content_root, moved)  # new paths and times, same bytes
    data = (out / "en.json").read_bytes()
    hit = cache.decode(data, moved, cache.fingerprint(moved, "en"), out / "html" / "en")
    assert hit is not None
    assert hit[0].module("demo").path == moved / "en" / "demo"


def test_prebuilt_cache_has_rendered_lessons(shipped: Path, content_root: Path, parses) -> None:
    written = cache.build(content_root, shipped)
    assert sorted(p.name for p in written) == ["en.json", "zh-CN.json"]
    parses.clear()
    catalog = load_catalog([content_root], "en", cache_dir=None)
    assert parses == []
    html = catalog.module("demo").lesson("first").cached_html()
    assert '<h2 id="what">' in html


@pytest.mark.parametrize(("value", "used"), [("", True), ("0", True), ("1", False)])
def test_the_prebuilt_cache_can_be_switched_off(
    shipped: Path, content_root: Path, parses, monkeypatch, value: str, used: bool
) -> None:
    cache.build(content_root, shipped)
    parses.clear()
    monkeypatch.setenv("AILITERACY_NO_PREBUILT_CACHE", value)
    catalog = load_catalog([content_root], "en", cache_dir=None)
    assert parses == ([] if used else ["en"])
    assert bool(catalog.module("demo").lesson("first").cached_html()) is used


def test_a_content_folders_own_cache_is_never_read(
    content_root: Path, tmp_path: Path, parses: list[str]
) -> None:
    cache.build(content_root, content_root / ".cache")
    parses.clear()
    catalog = load_catalog([content_root], "en", cache_dir=None)
    assert parses == ["en"]
    assert catalog.module("demo").lesson("first").cached_html() == ""


def _files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def test_guest_sessions_write_no_cache(
    content_root: Path, shipped: Path, tmp_path: Path, parses: list[str]
) -> None:
    from ailiteracy.core.session import Session

    data = tmp_path / "data"
    before = _files_under(tmp_path)
    guest = Session.start(data, language="en", guest=True)
    guest.close()
    assert parses == ["en"]
    assert guest.catalog.module("demo") is not None
    # Nothing anywhere: not the data folder, the shipped cache folder or the content.
    assert _files_under(tmp_path) == before
    # The same start for a signed-in learner writes the app's cache into the data folder.
    learner = Session.start(data, language="en")
    learner.close()
    assert list((data / "cache").glob("catalog-*-en.json"))


class _Plant:
    """Unpickling this creates ``marker``: proof that a cache file ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def _bad_caches(marker: Path, good: bytes) -> dict[str, bytes]:
    return {
        "pickle": pickle.dumps(_Plant(marker)),
        "truncated": good[: len(good) // 2],
        "not-json": b"\x00\xff garbage",
        "wrong-types": good.replace(b'"minutes":', b'"minutes":"many","x":', 1),
        "list-for-object": b'{"key": [], "catalog": [], "problems": {}}',
        "nesting": b"[" * 100_000 + b"]" * 100_000,
        "path-escape": good.replace(b'"path":"en/demo"', b'"path":"../../etc"', 1),
        "absolute-path": good.replace(b'"path":"en/demo"', b'"path":"/etc"', 1),
        "inline-html": good.replace(b'"html":""', b'"html":"<img src=/etc/x>"', 1),
        "html-file-escape": good.replace(b'"html_file":"', b'"html_file":"../../../etc/', 1),
        "foreign-key": good.replace(
            f'"format":{cache.FORMAT_VERSION}'.encode(),
            f'"format":{cache.FORMAT_VERSION - 1}'.encode(),
            1,
        ),
    }


@pytest.mark.parametrize(
    "kind",
    list(_bad_caches(Path("x"), b"")),
)
def test_a_hostile_cache_is_no_cache(
    kind: str, content_root: Path, shipped: Path, tmp_path: Path, parses: list[str]
) -> None:
    marker = tmp_path / "code-ran"
    cache_dir = tmp_path / "data" / "cache"
    load_catalog([content_root], "en", cache_dir=cache_dir)  # writes the app's own cache
    cache.build(content_root, shipped)
    app_cache = next(cache_dir.glob("catalog-*-en.json"))
    bad = _bad_caches(marker, (shipped / "en.json").read_bytes())[kind]
    assert bad != (shipped / "en.json").read_bytes()
    for path in (shipped / "en.json", app_cache):
        path.write_bytes(bad)
    # A content folder carrying its own cache next to its lessons, as from a USB stick.
    stick = tmp_path / "stick"
    shutil.copytree(content_root, stick)
    (stick / ".cache").mkdir(exist_ok=True)
    (stick / ".cache" / "en.json").write_bytes(bad)
    (stick / ".cache" / "en.pickle").write_bytes(pickle.dumps(_Plant(marker)))
    old_format = cache_dir / f"{app_cache.stem}.pickle"  # where older versions kept theirs
    old_format.write_bytes(pickle.dumps(_Plant(marker)))
    parses.clear()
    catalog = load_catalog([content_root, stick], "en", cache_dir=cache_dir)
    assert not marker.exists() and not old_format.exists()
    assert parses == ["en", "en"]  # both roots parsed from their files
    assert [m.id for m in catalog.modules] == ["demo", "second"]
    assert catalog.module("demo").lesson("first").body.strip()


@pytest.mark.parametrize("kind", ["fifo", "symlink-to-zero", "oversized"])
def test_special_and_oversized_caches_are_no_cache(
    kind: str, content_root: Path, shipped: Path, parses: list[str], monkeypatch
) -> None:
    shipped.mkdir()
    target = shipped / "en.json"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "symlink-to-zero":
        target.symlink_to("/dev/zero")
    else:
        monkeypatch.setattr(cache, "MAX_CACHE_BYTES", 100)
        cache.build(content_root, shipped)
        parses.clear()
    catalog = load_catalog([content_root], "en", cache_dir=None)
    assert parses == ["en"]
    assert catalog.module("demo") is not None


def test_the_key_follows_names_and_bytes_but_not_hidden_files(content_root: Path) -> None:
    key = cache.fingerprint(content_root, "en")
    (content_root / "en" / ".DS_Store").write_bytes(b"a file manager's notes")
    (content_root / "en" / "demo" / ".lesson.md.swp").write_bytes(b"an editor's swap file")
    assert cache.fingerprint(content_root, "en") == key  # hidden files are not content
    (content_root / "en" / "empty").mkdir()
    with_folder = cache.fingerprint(content_root, "en")
    assert with_folder != key  # a new folder is reported as a problem, so it counts
    assert cache.fingerprint(content_root, "zh-CN") != with_folder
    assert cache.fingerprint(content_root, "en", "1.0") != cache.fingerprint(
        content_root, "en", "1.1"
    )  # another version of the app does not read this one's cache


def test_an_installed_app_keys_its_caches_by_its_version(content_root: Path, monkeypatch) -> None:
    from ailiteracy import __version__

    checkout = cache.fingerprint(content_root, "en")
    assert checkout.app.startswith(f"{__version__}+")  # plus a digest of the parser
    monkeypatch.setattr(cache.paths, "is_source_checkout", lambda: False)
    installed = cache.fingerprint(content_root, "en")
    assert installed.app == __version__
    assert installed.content == checkout.content


def test_a_cache_that_cannot_be_written_only_costs_time(
    content_root: Path, tmp_path: Path, parses: list[str]
) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be")
    catalog = load_catalog([content_root], "en", cache_dir=blocked)
    again = load_catalog([content_root], "en", cache_dir=blocked)
    assert parses == ["en", "en"]
    assert again.modules == catalog.modules and catalog.module("demo") is not None
    assert blocked.read_text() == "a file where the cache folder should be"


def test_a_root_without_the_locale_gives_an_empty_catalog(content_root: Path, tmp_path) -> None:
    shutil.rmtree(content_root / "zh-CN")
    problems: list = []
    catalog = cache.load_locale_cached(content_root, "zh-CN", problems, tmp_path / "c", None)
    assert catalog.modules == [] and problems == []
    assert not (tmp_path / "c").exists()


def test_the_build_command(content_root: Path, tmp_path: Path, shipped: Path, capsys) -> None:
    printed: list[str] = []
    out = tmp_path / "out"
    assert cache.main(["build", str(content_root), str(out)], out=printed.append) == 0
    assert sorted(Path(p).name for p in printed) == ["en.json", "zh-CN.json"]
    assert all(Path(p).parent == out for p in printed)
    assert cache.main(["build"], out=printed.append) == 0  # the shipped content, by default
    assert (shipped / "en.json").is_file()
    for wrong in ([], ["rebuild"], ["build", str(content_root)]):
        assert cache.main(wrong, out=printed.append) == 2
        assert "usage: python -m ailiteracy.core.cache build" in capsys.readouterr().err
    assert len(printed) == 4


def test_prebuilt_cache_has_the_rendered_core_of_a_lesson_with_more_detail(
    shipped: Path, content_root: Path, parses
) -> None:
    lesson = content_root / "en" / "demo" / "lessons" / "01-first.md"
    more = (
        "\n## More detail {#more-detail}\n\nExtra text.[^9]\n\n"
        '[^9]: Someone, "A source", 2024. <https://example.org/more>\n'
    )
    lesson.write_text(lesson.read_text(encoding="utf-8") + more, encoding="utf-8")
    cache.build(content_root, shipped)
    parses.clear()
    catalog = load_catalog([content_root], "en", cache_dir=None)
    assert parses == []
    first = catalog.module("demo").lesson("first")
    core = first.cached_core_html()
    assert '<h2 id="what">' in core and "Extra text" not in core and "A source" not in core
    assert "Extra text" in first.cached_html()
    from ailiteracy.core.render import LessonRenderer

    assert core == LessonRenderer().to_html(first.core_body())
    # A lesson without the part has no core file; a cache without one falls back to "".
    assert catalog.module("demo").lesson("second").cached_core_html() == ""
    (Path(first.html_file[: -len(".html")] + ".core.html")).unlink()
    assert first.cached_core_html() == ""
