"""The Python package is complete: built as an administrator would, it runs from any folder.

Builds the sdist and, from it, the wheel (``python -m build``), checks what they
carry, installs the wheel into a fresh virtual environment outside the checkout,
and runs the installed command from an empty folder. Takes a minute or two.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAX_WHEEL_MB = 5


pytestmark = pytest.mark.timeout(900)  # builds and installs a whole package


def run(args: list, cwd: Path, timeout: float = 600, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    clean["PATH"] = os.pathsep.join(
        p for p in clean.get("PATH", "").split(os.pathsep) if not p.startswith(str(ROOT))
    )
    clean.update(env)
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=clean, capture_output=True, text=True,
        timeout=timeout,
    )  # fmt: skip


# What a checkout has that is not source: environments, build output, caches.
NOT_SOURCE = {".venv", ".git", "build", "dist", "__pycache__", ".pytest_cache", ".ruff_cache"}


def source_copy(target: Path) -> Path:
    """A copy of the checkout's sources: the build writes its working files (build/,
    *.egg-info) next to them, which must not touch the checkout, nor race with
    scripts/bundle building from it at the same time (tests/package/test_bundle.py)."""

    def ignore(folder: str, names: list[str]) -> set[str]:
        return {n for n in names if n in NOT_SOURCE or n.endswith(".egg-info")}

    shutil.copytree(ROOT, target, ignore=ignore, symlinks=True)
    return target


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    source = source_copy(tmp_path_factory.mktemp("source") / "ailiteracy")
    # The build needs what this environment has (Qt's lrelease, the content parser), so it
    # runs here rather than in two fresh environments that would each fetch Qt again; the
    # isolated build is what scripts/bundle does on a fresh checkout.
    result = run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", out, source], cwd=out
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (wheel,) = out.glob("ailiteracy-*.whl")
    (sdist,) = out.glob("ailiteracy-*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


@pytest.fixture(scope="module")
def installed(built: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin`` folder of a fresh virtual environment with the wheel installed.

    The environment gets no pip of its own (installing one takes longer than the
    wheel): this environment's pip installs into it, dependencies and all.
    """
    venv = tmp_path_factory.mktemp("venv")
    made = run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=venv)
    assert made.returncode == 0, made.stderr
    target = ["--python", venv / "bin" / "python"]
    pip = run([sys.executable, "-m", "pip", *target, "install", "-q", built["wheel"]], cwd=venv)
    assert pip.returncode == 0, pip.stderr[-3000:]
    return venv / "bin"


def shipped_modules() -> set[str]:
    return {p.parent.relative_to(ROOT).as_posix() for p in ROOT.glob("content/*/*/module.toml")}


def test_the_wheel_carries_content_translations_icons_and_cache(built) -> None:
    names = set(zipfile.ZipFile(built["wheel"]).namelist())
    shipped = "ailiteracy/shipped/"
    for module in shipped_modules():
        assert f"{shipped}{module}/module.toml" in names
        assert f"{shipped}{module}/quiz.toml" in names
    lessons = [p.relative_to(ROOT).as_posix() for p in ROOT.glob("content/*/*/lessons/*.md")]
    assert lessons and all(f"{shipped}{lesson}" in names for lesson in lessons)
    for locale in ("en", "zh-CN"):
        assert f"{shipped}cache/{locale}.json" in names
        assert any(n.startswith(f"{shipped}cache/html/{locale}/") for n in names)
    assert f"{shipped}resources/translations/ailiteracy_zh_CN.qm" in names
    assert f"{shipped}resources/icons/ailiteracy.svg" in names
    assert f"{shipped}resources/icons/ailiteracy-256.png" in names
    assert not [n for n in names if n.endswith((".pickle", ".pyc")) or "/." in n]
    assert not [n for n in names if n.startswith(("tests/", "benchmarks/", "content/"))]
    size_mb = built["wheel"].stat().st_size / 1e6
    assert 0.3 < size_mb < MAX_WHEEL_MB


def test_the_sdist_carries_the_sources_the_build_needs(built) -> None:
    names = {n.split("/", 1)[1] for n in tarfile.open(built["sdist"]).getnames() if "/" in n}
    assert {"setup.py", "pyproject.toml", "resources/translations/ailiteracy_zh_CN.ts"} <= names
    assert {f"{m}/module.toml" for m in shipped_modules()} <= names
    assert "resources/icons/ailiteracy.svg" in names
    assert not [n for n in names if n.endswith((".qm", ".pickle")) or "/.cache" in n]


def test_the_installed_command_runs_from_an_empty_folder(installed: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    app = installed / "ailiteracy"
    version = run([app, "--version"], cwd=empty)
    assert version.returncode == 0 and version.stdout.startswith("ailiteracy ")
    data = tmp_path / "data"
    test = run([app, "--self-test", "--data-dir", data], cwd=empty, QT_QPA_PLATFORM="offscreen")
    assert test.returncode == 0, test.stdout + test.stderr
    assert "self-test: OK" in test.stdout + test.stderr
    check = run([app, "check-content"], cwd=empty)
    assert check.returncode == 0, check.stdout + check.stderr
    assert f"OK: {len(shipped_modules())} modules valid." in check.stderr
    assert list(empty.iterdir()) == []


PROBE = """
import json, sys
from ailiteracy.core import cache, paths
from ailiteracy.core.content import catalog
def parse(*args):
    raise SystemExit("the shipped cache was not used")
catalog.load_locale = parse
found = {}
for locale in ("en", "zh-CN"):
    catalog = cache.load_catalog([paths.content_dir()], locale, cache_dir=None)
    found[locale] = len(catalog.modules)
    assert catalog.modules[0].lessons[0].cached_html().startswith("<")
print(json.dumps({
    "checkout": paths.is_source_checkout(),
    "content": str(paths.content_dir()),
    "qm": (paths.resources_dir() / "translations" / "ailiteracy_zh_CN.qm").is_file(),
    "modules": found,
}))
"""


def test_the_installed_app_uses_its_package_data(installed: Path, tmp_path: Path) -> None:
    probe = run([installed / "python", "-c", PROBE], cwd=tmp_path)
    assert probe.returncode == 0, probe.stderr
    import json

    report = json.loads(probe.stdout)
    assert report["checkout"] is False and report["qm"] is True
    assert Path(report["content"]).is_relative_to(installed.parent)
    assert report["modules"]["en"] == report["modules"]["zh-CN"] > 0
