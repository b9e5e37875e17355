"""consular.db.chunks: the slices an IN list is asked in."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consular.db.chunks import IN_LIST_SIZE, chunks


@given(st.lists(st.integers()), st.integers(min_value=1, max_value=50))
def test_slices_put_back_together_are_the_items_each_within_size(items, size):
    parts = list(chunks(items, size))
    assert [x for part in parts for x in part] == items
    assert all(1 <= len(part) <= size for part in parts)
    assert len(parts) == -(-len(items) // size)


def test_default_size_stays_under_sqlites_oldest_parameter_limit():
    assert [len(p) for p in chunks(list(range(1001)))] == [IN_LIST_SIZE, IN_LIST_SIZE, 1]
    assert IN_LIST_SIZE < 999


def test_a_size_below_one_is_refused():
    with pytest.raises(ValueError, match="at least 1"):
        list(chunks([1, 2], 0))
