"""``python -m bench``: see :mod:`bench.suite` (run from the repository's root)."""

import sys

from bench.suite import main

sys.exit(main())
