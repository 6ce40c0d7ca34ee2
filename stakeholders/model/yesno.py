"""The *ja*/*nee* values of a cell (``spreadsheet-format.md`` §4), for every layer.

The importer parses ja/nee columns with them (``io.cells.parse_bool``), the
rules read free-text fields such as ``onafhankelijke-voorzitter`` with them,
and the page decides whether a contact person is shown.
"""

from __future__ import annotations

YES_VALUES = frozenset({"ja", "j", "yes", "y", "true", "waar", "1", "x"})
NO_VALUES = frozenset({"nee", "n", "no", "false", "onwaar", "0"})


def is_no_value(text: str) -> bool:
    """Whether ``text`` is one of the *nee*-values (case-insensitive, trimmed)."""
    return text.strip().lower() in NO_VALUES


def is_yes_value(text: str) -> bool:
    """Whether ``text`` is one of the *ja*-values (case-insensitive, trimmed)."""
    return text.strip().lower() in YES_VALUES
