"""One BLAS thread while a layout runs.

The layouts multiply small matrices (a few hundred rows at most), many times
over. OpenBLAS hands such a product to its worker threads, and waking them
costs more than it saves: measured on the 2-core bench machine while other
work ran, one 41-node refinement level took 33–130 ms with the default
threads and 2 ms with one; the 312-node level 36–41 ms against 14 ms.
``threadpoolctl`` (the library scikit-learn and joblib use for this) sets the
limit for the duration of a layout and restores it afterwards.
"""

from __future__ import annotations

import functools
from contextlib import AbstractContextManager


@functools.cache
def _controller():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread() -> AbstractContextManager:
    """A context in which numpy's BLAS uses one thread."""
    return _controller().limit(limits=1, user_api="blas")
