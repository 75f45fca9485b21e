"""Package build step: put content, compiled translations, icons and the content cache
into the package (``ailiteracy/shipped/``). The project's metadata is in pyproject.toml.

``pip wheel .``, ``pip install .`` and ``python -m build`` run this. The source tree
keeps only the sources (``content/``, ``resources/translations/*.ts``,
``resources/icons/``); a development (editable) install reads them in place.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class build_py_with_data(build_py):  # noqa: N801 (setuptools command naming)
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        make_shipped(Path(self.build_lib) / "ailiteracy" / "shipped")


def make_shipped(target: Path) -> None:
    sys.path.insert(0, str(HERE))  # the ailiteracy sources being packaged
    try:
        from ailiteracy.core import cache
        from ailiteracy.ui import translations
    finally:
        sys.path.pop(0)
    shutil.rmtree(target, ignore_errors=True)
    hidden = shutil.ignore_patterns(".*", "__pycache__")
    shutil.copytree(HERE / "content", target / "content", ignore=hidden)
    for folder in ("icons", "linux"):
        shutil.copytree(HERE / "resources" / folder, target / "resources" / folder, ignore=hidden)
    qm_dir = target / "resources" / "translations"
    qm_dir.mkdir(parents=True)
    qm = translations.build(HERE / "resources" / "translations", qm_dir)
    if not qm:
        raise SystemExit("no interface translation was compiled")
    cache.build(target / "content", target / "cache", installed=True)


setup(cmdclass={"build_py": build_py_with_data})
