"""Fuzzing: every loader answers any hostile input by loading it or with a clear refusal.

Hypothesis draws inputs from :mod:`bench.fuzz_inputs` (mutations of the example map in
each format: ``.regiokaart``, ``.xlsx``, CSV folder, single CSV file, region rules) and
each must load or be refused with :class:`MapLoadError` / :class:`CatalogueError`; any
other exception is an internal error, a bug. A round-trip property checks that any map
the model accepts survives ``.regiokaart``, ``.xlsx`` and a CSV folder unchanged (or is
refused by the writer, naming the field). Bounded to seconds here; ``tools/fuzz.py`` runs
thousands of inputs with figures (README, Reliability).
"""

from __future__ import annotations

import os
import random
import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bench.fuzz_inputs import KINDS, make_input, try_input
from stakeholders.io import regiokaart
from stakeholders.io.formats import load_map, save_map
from stakeholders.io.problems import MapSaveError
from stakeholders.model.invariants import MAX_NAME_CHARS
from stakeholders.rules.catalogue import known_rule_ids

EXAMPLES = int(os.environ.get("STAKEHOLDERS_FUZZ_EXAMPLES", "25"))
FAST = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kustmarken.regiokaart"


@FAST
@given(kind=st.sampled_from(KINDS), seed=st.integers(0, 2**32 - 1))
def test_every_loader_loads_or_refuses_any_input_clearly(kind, seed):
    with tempfile.TemporaryDirectory() as folder:
        _kind, path = make_input(random.Random(seed), Path(folder), kind)
        assert try_input(kind, path) in ("geladen", "geweigerd")


#: Texts a user may type: any character but the lone surrogates (no text at all).
TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=60)


@settings(max_examples=max(10, EXAMPLES // 2), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(TEXT.filter(lambda t: t.strip()), min_size=1, max_size=4),
       notes=TEXT, place=st.floats(-1e6, 1e6, allow_nan=False))
# Found in CI: a carriage return came back from a workbook as a line feed (XML's own rule).
@example(names=["0\r0"], notes="a\r\nb\rc", place=0.0)
def test_any_map_the_model_accepts_survives_every_format(names, notes, place):
    region = regiokaart.load(EXAMPLE, known_rules=known_rule_ids).map
    parties = [replace(p, naam=names[i][:MAX_NAME_CHARS], notities=notes, pos=(place, -place))
               if i < len(names) else p for i, p in enumerate(region.parties)]
    region = replace(region, parties=parties)
    with tempfile.TemporaryDirectory() as folder:
        native = Path(folder) / "k.regiokaart"
        save_map(region, native)
        accepted = load_map(native, known_rules=known_rule_ids).map
        for target in (Path(folder) / "k.xlsx", Path(folder) / "csv"):
            try:
                save_map(accepted, str(target) + ("/" if not target.suffix else ""))
            except MapSaveError as exc:  # refused with its place: never a file that fails
                assert target.suffix == ".xlsx" and "kolom" in str(exc)
                continue
            back = load_map(target, known_rules=known_rule_ids).map
            assert [(p.naam, p.notities) for p in back.parties] == \
                [(p.naam, p.notities) for p in accepted.parties]
            assert back == accepted.spreadsheet_part()
