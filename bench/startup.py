"""Whole-process start-up figures for ``python -m bench``: spawn, wait for the window, stop.

A run starts a command as a new process and waits for its ``[klok T]`` line:
``time.monotonic()`` in the child when its window had painted and settled
(``stakeholders --smoke`` prints it with ``STAKEHOLDERS_SMOKE_CLOCK=1``, the
floor ``bench/bare_window.py`` always). The figure is T minus the monotonic
clock just before the spawn (one clock for every process on Linux, macOS and
Windows), so it covers interpreter start, imports, building the window,
loading the map and the paints until the window is quiet. The process is then
killed (the smoke run's check and export are not part of start-up); its peak
resident memory is read just before (``VmHWM``; ``wait4`` where there is no /proc).

Also here: what the app imports until its window shows a map (``python -X
importtime``), as import time per top-level package and the chain through which
each heavy package arrives.
"""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLOCK = re.compile(r"\[klok (\d+(?:\.\d+)?)\]")
#: Packages whose import the follow-up work wants out of the start-up path.
HEAVY = ("numpy", "scipy", "networkx", "pandas", "matplotlib", "openpyxl", "threadpoolctl")
#: A virtual 1920x1080 screen for the offscreen platform (maximised windows get this size).
SCREEN_JSON = ('{"synthesizedGeometry": false, "screens": [{"name": "bench", "x": 0, "y": 0, '
               '"width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, '
               '"dpr": 1}]}')


@dataclass
class Run:
    """One whole-process run: seconds to the settled window, peak memory, or an error."""

    seconds: float | None = None
    rss_mib: float | None = None
    error: str = ""


def environment(folder: Path) -> dict[str, str]:
    """The child's environment: offscreen 1920x1080, its own settings, the clock line on."""
    screen = folder / "screen.json"
    if not screen.exists():
        screen.write_text(SCREEN_JSON, encoding="utf-8")
    env = dict(os.environ)
    if "QT_QPA_PLATFORM" not in env or env["QT_QPA_PLATFORM"].startswith("offscreen"):
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    env.update(STAKEHOLDERS_SMOKE_CLOCK="1", LC_ALL=env.get("LC_ALL", "C.UTF-8"),
               XDG_CONFIG_HOME=str(folder / "config"), XDG_DATA_HOME=str(folder / "data"),
               XDG_CACHE_HOME=str(folder / "cache"), PYTHONPATH=str(ROOT))
    # An installed app runs from compiled .pyc files (pip and the bundle write them); without
    # them every start would compile each module again. The warm-up run writes them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def high_water_mib(pid: int | str = "self") -> float | None:
    """Peak resident memory of a running process in MiB, from Linux's ``/proc/PID/status``.

    ``VmHWM`` belongs to the process image: unlike ``ru_maxrss`` it does not carry over
    the parent's size through fork and exec. None where there is no /proc.
    """
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return None
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(found.group(1)) / 1024 if found else None


def _reap(process: subprocess.Popen) -> float | None:
    """Wait for ``process`` and return its peak resident memory in MiB (None: unknown).

    Only where /proc is missing (macOS): ``ru_maxrss`` of a child can include its parent's
    size at the fork, so the suite keeps its own process small.
    """
    if not hasattr(os, "wait4"):
        process.wait()
        return None
    try:
        _pid, _status, usage = os.wait4(process.pid, 0)
    except ChildProcessError:
        return None
    process.returncode = 0  # reaped here; keep Popen from waiting again
    peak = usage.ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def time_to_window(command: list[str], env: dict[str, str], timeout: float) -> Run:
    """Spawn ``command``; seconds until the window it shows has settled (see module doc)."""
    lines: queue.Queue[str | None] = queue.Queue()
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env, cwd=ROOT)

    def read(stream) -> None:
        for line in stream:
            lines.put(line)
        lines.put(None)

    errors: list[str] = []
    threading.Thread(target=read, args=(process.stdout,), daemon=True).start()
    threading.Thread(target=lambda: errors.extend(process.stderr), daemon=True).start()
    run = Run()
    deadline = start + timeout
    while True:
        try:
            line = lines.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            run.error = f"no window after {timeout:.0f} s"
            break
        if line is None:
            tail = " ".join(e.strip() for e in errors if "propagateSizeHints" not in e)
            run.error = f"ended without a window: {tail[-300:]}"
            break
        found = CLOCK.search(line)
        if found:
            run.seconds = float(found.group(1)) - start
            break
    peak = high_water_mib(process.pid) if process.poll() is None else None
    if process.poll() is None:
        process.kill()
    reaped = _reap(process)
    run.rss_mib = peak if peak is not None else reaped
    return run


def app_command(map_path: Path, executable: list[str] | None = None) -> list[str]:
    """The app's smoke run on ``map_path`` (the source install, or ``executable``)."""
    return [*(executable or [sys.executable, "-m", "stakeholders"]), "--smoke", str(map_path)]


def bare_command() -> list[str]:
    """The floor: a bare PySide6 window doing the same show-and-settle."""
    return [sys.executable, str(ROOT / "bench" / "bare_window.py")]


# -- the import chain --------------------------------------------------------------------------
@dataclass
class Imported:
    name: str
    level: int
    self_us: int
    cumulative_us: int


def _parse_importtime(text: str) -> list[Imported]:
    rows = []
    for line in text.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        parts = line[len("import time:"):].split("|")
        if len(parts) != 3:
            continue
        raw = parts[2].rstrip("\n")
        name = raw.strip()
        level = (len(raw) - len(raw.lstrip()) - 1) // 2
        rows.append(Imported(name, level, int(parts[0]), int(parts[1])))
    return rows


def _chain(rows: list[Imported], index: int) -> list[str]:
    """The importers of ``rows[index]``: children are printed before their parents."""
    chain = [rows[index].name]
    level = rows[index].level
    for row in rows[index + 1:]:
        if row.level < level:
            chain.append(row.name)
            level = row.level
    return chain


def _imports_until_window(command: list[str], env: dict[str, str], timeout: float) -> str:
    """The ``-X importtime`` lines ``command`` writes before its window settled.

    stderr goes into the same pipe as stdout, so the lines arrive in the order
    they were written and the ``[klok …]`` line marks the end of start-up.
    """
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, env=env, cwd=ROOT)
    timer = threading.Timer(timeout, process.kill)
    timer.start()
    lines = []
    try:
        for line in process.stdout:
            if CLOCK.search(line):
                break
            lines.append(line)
    finally:
        timer.cancel()
        if process.poll() is None:
            process.kill()
        process.wait()
    return "".join(lines)


def import_chain(map_path: Path, env: dict[str, str], runs: int = 3,
                 timeout: float = 120) -> dict:
    """What the app imports until its window shows ``map_path``: time per top-level package,
    the slowest own modules and the chain through which each heavy package arrives.

    Of ``runs`` runs the one with the least import time in all is kept (the least disturbed).
    """
    command = [sys.executable, "-X", "importtime", "-m", "stakeholders", "--smoke", str(map_path)]
    rows = min((_parse_importtime(_imports_until_window(command, env, timeout))
                for _ in range(runs)), key=lambda rows: sum(r.self_us for r in rows))
    by_package: dict[str, int] = {}
    for row in rows:
        top = row.name.split(".")[0]
        by_package[top] = by_package.get(top, 0) + row.self_us
    own = sorted((r for r in rows if r.name.startswith("stakeholders")),
                 key=lambda r: -r.self_us)
    via = {}
    for package in HEAVY:
        first = next((i for i, r in enumerate(rows) if r.name == package), None)
        if first is not None:
            via[package] = [n for n in _chain(rows, first)
                            if n == package or n.startswith("stakeholders")]
    return {
        "command": " ".join(["python", *command[1:-1], map_path.name]),
        "total_ms": sum(r.self_us for r in rows) / 1000,
        "packages_ms": {k: v / 1000 for k, v in sorted(by_package.items(), key=lambda kv: -kv[1])},
        "own_modules_ms": {r.name: r.self_us / 1000 for r in own[:10]},
        "heavy_via": via,
        "modules": len(rows),
    }
