"""``python -m consular`` does what the ``consular`` command does."""

import sys

from consular.cli.main import main

sys.exit(main())
