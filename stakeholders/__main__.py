"""``python -m stakeholders``: the same as the ``stakeholders`` console command."""

from stakeholders.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
