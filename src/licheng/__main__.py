"""``python -m licheng``: the same as the ``licheng`` command."""

from licheng._cli import main

if __name__ == "__main__":  # not when a worker process re-imports the main module
    raise SystemExit(main())
