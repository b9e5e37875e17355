"""The boundary where database errors become user errors.

:func:`translated` is entered in exactly two places: :meth:`ServiceContext.transaction`
(every service call) and :mod:`consular.services.database` (opening, checking, upgrading a
database and signing in). Both ask the one translator, :func:`consular.db.dialect.translate_error`;
nothing else in consular catches a driver error to reword it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from consular.db.dialect import translate_error
from consular.domain.errors import UserError


@contextlib.contextmanager
def translated(target: str | None, *, opening: bool = False) -> Iterator[None]:
    """Re-raise a known database error as its UserError (without the driver's traceback);
    anything unknown is a bug and leaves unchanged. See :func:`translate_error` for ``opening``."""
    try:
        yield
    except UserError:
        raise
    except Exception as exc:
        known = translate_error(exc, target, opening=opening)
        if known is None:
            raise
        raise known from None
