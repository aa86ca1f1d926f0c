"""Write the companion notebook of every page: `make notebooks`.

A thin entry point; doccheck/notebook_files.py does the work and says how.

Usage: .venv/bin/python tools/notebooks.py [--check]
"""

import sys

from doccheck.notebook_files import main

if __name__ == "__main__":
    sys.exit(main())
