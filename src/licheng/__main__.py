"""``python -m licheng``: the same as the ``licheng`` command."""

from licheng._cli import main

raise SystemExit(main())
