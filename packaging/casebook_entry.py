"""Entry point of the frozen application (PyInstaller): the same `main` as `casebook`."""

import sys

from casebook.cli import main

if __name__ == "__main__":
    sys.exit(main())
