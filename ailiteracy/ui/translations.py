"""Interface translations: update the ``.ts`` files and compile them to ``.qm``.

    python -m ailiteracy.ui.translations update   # pyside6-lupdate: collect tr() strings
    python -m ailiteracy.ui.translations build    # pyside6-lrelease: .ts -> .qm

The install and test scripts run ``build``; translators edit the ``.ts`` files
(with Qt Linguist, ``pyside6-linguist``, or a text editor).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ..core import languages, paths

LANGUAGES = tuple(languages.qt_name(code) for code in languages.TRANSLATED)


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return found


def ts_dir() -> Path:
    return paths.resources_dir() / "translations"


def sources() -> list[str]:
    ui = Path(__file__).parent
    return sorted(str(p) for p in ui.rglob("*.py") if p.name != "translations.py")


def update() -> None:
    for lang in LANGUAGES:
        ts = ts_dir() / f"ailiteracy_{lang}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                str(ts),
            ],
            check=True,
        )


def build(source: Path | None = None, target: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` of ``source`` (default: the project's) to ``.qm`` in ``target``.

    The package build calls it with the folder of the package being built.
    """
    built = []
    for ts in sorted((source or ts_dir()).glob("*.ts")):
        qm = (target / ts.name).with_suffix(".qm") if target else ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            built.append(qm)
            continue
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    if command == "update":
        update()
    elif command == "build":
        for qm in build():
            print(qm)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
