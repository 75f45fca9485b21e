"""Start the real app on the test content (run by the AT-SPI client, with the venv's Python)."""

from __future__ import annotations

import sys
from pathlib import Path

import ailiteracy.core.paths as paths

CONTENT = Path(__file__).resolve().parent.parent / "data" / "content"

if __name__ == "__main__":
    paths.content_dir = lambda: CONTENT
    from ailiteracy.cli import main

    sys.exit(main(sys.argv[1:]))
