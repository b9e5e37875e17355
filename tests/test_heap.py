"""gui/heap.py: the C heap's free pages go back to the system after a big load."""

import sys

import pytest

from consular.gui.heap import release_free_memory


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="malloc_trim is glibc's")
def test_free_pages_are_returned_on_linux():
    garbage = [bytes(4096) for _ in range(20_000)]  # ~80 MB allocated, then freed
    del garbage
    assert release_free_memory() is True
    assert release_free_memory() is True  # the function is looked up once and kept
