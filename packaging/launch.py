"""Entry point of the standalone bundle (PyInstaller runs this file)."""

import sys

from ailiteracy.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
