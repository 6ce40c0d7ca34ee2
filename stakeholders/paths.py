"""The one place that knows where files live.

``resources/`` sits next to the package in a source checkout and at the root
of a PyInstaller bundle (``sys._MEIPASS``). Nothing else in the code builds
paths to bundled data; it asks this module.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Return the folder with the bundled data files (vocabularies, rules, icons)."""
    override = os.environ.get("STAKEHOLDERS_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return _PACKAGE_DIR.parent / "resources"


def resource(*parts: str) -> Path:
    """Return the path of a bundled resource; raise ``FileNotFoundError`` naming it if absent."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {path}")
    return path


def examples_dir() -> Path:
    """Return the folder with the bundled example regions."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "examples"
    return _PACKAGE_DIR.parent / "examples"


def example(name: str) -> Path:
    """Return the path of a bundled example map, e.g. ``example("kustmarken.regiokaart")``."""
    path = examples_dir() / name
    if not path.exists():
        raise FileNotFoundError(f"bundled example missing: {path}")
    return path
