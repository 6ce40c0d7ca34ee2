"""The app opens no network connection: the command line and the window, watched twice.

Each run is a child process. First with a Python audit hook that records every socket
connect and name lookup Python makes (always available); then, where ``strace`` can trace
processes, with every ``socket``/``connect`` system call of the process and its threads
(Qt's own C++ code included). Only local sockets (``AF_UNIX``: fontconfig, the name
service) are allowed. A control run that does connect proves each guard sees it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kustmarken.regiokaart"

_GUARDED = """
import sys
seen = []
def hook(event, args):
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                 "socket.sendto", "urllib.Request"):
        seen.append(event)
sys.addaudithook(hook)
kind, *argv = sys.argv[1:]
if kind == "cli":
    from stakeholders import cli
    cli.main(argv)
elif kind == "gui":
    from stakeholders.app import run_gui
    run_gui(argv[0], smoke=True)
else:
    import socket
    try:
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    except OSError:
        pass
print("NETWERK:" + ",".join(seen), file=sys.stderr)
"""


def runs(tmp_path: Path) -> list[list[str]]:
    return [
        ["cli", "check", str(EXAMPLE)],
        ["cli", "convert", str(EXAMPLE), str(tmp_path / "k.xlsx")],
        ["cli", "convert", str(tmp_path / "k.xlsx"), str(tmp_path / "csv") + "/"],
        ["cli", "export", str(EXAMPLE), "-o", str(tmp_path / "o.pdf")],
        ["gui", str(EXAMPLE)],
    ]


def child(args: list[str], prefix: list[str] = ()) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([*prefix, sys.executable, "-c", _GUARDED, *args], capture_output=True,
                          text=True, timeout=180, env=env, cwd=ROOT)


def _strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-f", "-e", "trace=socket", "true"], capture_output=True,
                           timeout=30)
    return probe.returncode == 0


INET = re.compile(r"(socket|connect)\(.*AF_INET6?\b")


def guarded(args: list[str], log: Path, traced: bool) -> tuple[str, list[str]]:
    """Run ``args`` watched: the Python events seen, and the internet system calls (when
    strace can trace here)."""
    prefix = ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log)] \
        if traced else []
    result = child(args, prefix)
    events = result.stderr.rsplit("NETWERK:", 1)[-1].strip()
    calls = [line for line in log.read_text().splitlines() if INET.search(line)] \
        if traced else []
    return events, calls


def test_the_cli_and_the_window_open_no_network_connection(tmp_path):
    # strace missing or not allowed to trace: the Python-level guard still runs.
    traced = _strace_works()
    log = tmp_path / "strace.log"
    events, calls = guarded(["control"], log, traced)
    assert "socket.connect" in events  # each guard sees a connection when there is one
    assert calls or not traced
    for args in runs(tmp_path):
        events, calls = guarded(args, log, traced)
        assert (events, calls) == ("", []), args
    assert (tmp_path / "o.pdf").stat().st_size > 1000  # the runs did their work
