"""A synthetic case's random stream, drawn with fewer Python calls and the very same results.

The generator makes every case from its own ``random.Random`` and draws tens of thousands of
values per second; the standard library's ``choice``, ``randint``, ``sample`` and ``choices``
go through two or three Python frames per draw (``randint`` → ``randrange`` → ``_randbelow``),
which was a good part of the worker's CPU. :class:`CaseRandom` is a ``random.Random`` whose
methods take the same bits from the same generator in the same order, so a seed gives the
same values as it always did (the stdlib's algorithms, written out: ``_randbelow`` rejects
``getrandbits(n.bit_length())`` until below ``n``; ``choices`` bisects the cumulative
weights at ``random() * total``). :func:`weighted` prepares a weight table once for
:meth:`CaseRandom.pick`, the same draw as ``choices(population, weights)[0]``.

Should a Python release change those algorithms, the check at import finds the difference
and :class:`CaseRandom` falls back to the standard library's own methods (the data then
follows the stdlib, as it did before this module).
"""

from __future__ import annotations

import random
from bisect import bisect
from itertools import accumulate
from math import ceil, log
from typing import NamedTuple


class Weighted(NamedTuple):
    """A population with its cumulative weights, for :meth:`CaseRandom.pick`."""

    population: tuple
    cum_weights: list
    total: float
    hi: int


def weighted(population, weights) -> Weighted:
    """``population`` and ``weights`` as ``random.choices`` turns them into a table."""
    population = tuple(population)
    cum_weights = list(accumulate(weights))
    if len(cum_weights) != len(population) or not population:
        raise ValueError("one weight per member of a non-empty population")
    return Weighted(population, cum_weights, cum_weights[-1] + 0.0, len(population) - 1)


# random.sample's set size for k draws (it samples from a copied pool up to this population size)
_SETSIZE = [21 + (4 ** ceil(log(k * 3, 4)) if k > 5 else 0) for k in range(64)]


class _FastRandom(random.Random):
    """``random.Random`` with the common draws written out (same bits, same order)."""

    def choice(self, seq):
        n = len(seq)
        if not n:
            raise IndexError("Cannot choose from an empty sequence")
        getrandbits, bits = self.getrandbits, n.bit_length()
        r = getrandbits(bits)
        while r >= n:
            r = getrandbits(bits)
        return seq[r]

    def randint(self, a, b):
        if type(a) is not int or type(b) is not int or b < a:
            return super().randint(a, b)  # its conversions and errors
        n = b - a + 1
        getrandbits, bits = self.getrandbits, n.bit_length()
        r = getrandbits(bits)
        while r >= n:
            r = getrandbits(bits)
        return a + r

    def sample(self, population, k, *, counts=None):
        if counts is not None or type(population) not in (list, tuple, range) or not 0 <= k < len(_SETSIZE):
            return super().sample(population, k, counts=counts)
        n = len(population)
        if k > n:
            return super().sample(population, k)  # raises
        getrandbits = self.getrandbits
        if k == 1:  # either way of sampling draws one index below n
            bits = n.bit_length()
            j = getrandbits(bits)
            while j >= n:
                j = getrandbits(bits)
            return [population[j]]
        result = [None] * k
        if n <= _SETSIZE[k]:
            pool = list(population)
            for i in range(k):
                left = n - i
                bits = left.bit_length()
                j = getrandbits(bits)
                while j >= left:
                    j = getrandbits(bits)
                result[i] = pool[j]
                pool[j] = pool[left - 1]
        else:
            selected = set()
            bits = n.bit_length()
            for i in range(k):
                j = getrandbits(bits)
                while j >= n or j in selected:
                    j = getrandbits(bits)
                selected.add(j)
                result[i] = population[j]
        return result

    def pick(self, table: Weighted):
        """``choices(table.population, weights)[0]``: the same draw."""
        return table.population[bisect(table.cum_weights, self.random() * table.total, 0, table.hi)]


class _StdlibRandom(random.Random):
    """The standard library's draws, for a Python whose algorithms differ from the above."""

    def pick(self, table: Weighted):
        return self.choices(table.population, cum_weights=table.cum_weights)[0]


def _same_draws() -> bool:
    """Whether :class:`_FastRandom` gives the standard library's values on this Python."""
    fast, stdlib = _FastRandom("consular:check"), random.Random("consular:check")
    table = weighted("abcdefg", [30, 25, 20, 20, 3, 1, 1])
    population = list(range(40))
    for n in (1, 2, 3, 5, 7, 9, 16, 37, 100, 1000):
        for k in (0, 1, 2, 5, 6, 12, 16, 22):
            if k <= n:
                items = range(n) if k % 2 else list(range(n))
                if fast.sample(items, k) != stdlib.sample(items, k):
                    return False
        for _ in range(20):
            if (fast.choice(population[:n] or [0]), fast.randint(3, 2 + n)) != (
                stdlib.choice(population[:n] or [0]),
                stdlib.randint(3, 2 + n),
            ):
                return False
            if fast.pick(table) != stdlib.choices(table.population, [30, 25, 20, 20, 3, 1, 1])[0]:
                return False
    return fast.getstate() == stdlib.getstate()


CaseRandom: type[random.Random] = _FastRandom if _same_draws() else _StdlibRandom
