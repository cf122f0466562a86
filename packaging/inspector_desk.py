"""Entry script of the frozen `inspector-desk` (PyInstaller starts here; see site-inspector.spec)."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
