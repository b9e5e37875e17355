"""Typed errors that the faces (GUI, CLI) show as they are.

Everything deriving from :class:`UserError` is an expected problem with a plain message for
the person at the keyboard. Any other exception is a bug.
"""

from __future__ import annotations


class UserError(Exception):
    """An expected problem whose message can be shown as it is."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """One field holds a value that cannot be accepted.

    ``field`` names the input (``"incident_at"``, ``"passport_number"``) so a form can put the
    message next to it.
    """

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


class NotFoundError(UserError):
    """The record asked for does not exist (or is not visible to this user)."""


class ConflictError(UserError):
    """Someone else changed the record since it was read; reload and try again."""


class PermissionDeniedError(UserError):
    """The acting user may not do this."""


class DatabaseLockedError(UserError):
    """Another program holds the database; try again in a moment."""


class DiskFullError(UserError):
    """The disk is full; nothing was saved."""


class NotConsularDatabaseError(UserError):
    """The file is not a consular database (or is damaged)."""


class SchemaTooNewError(UserError):
    """The database was written by a newer version of consular."""


class SignInError(UserError):
    """A sign-in was refused: wrong name or password, a locked or disabled account."""


class DamagedDatabaseError(NotConsularDatabaseError):
    """The database file fails its page checks: damaged or tampered with."""


class UnlockError(SignInError):
    """An encrypted database cannot be unlocked: wrong name or password, or no key file."""


class RestrictedContentError(UserError):
    """Restricted content would reach the family: a restricted entry cannot be marked shareable
    with family, and a family letter holding restricted text is not written."""


class Cancelled(Exception):
    """The person stopped a long operation (an export) before it ended: not an error, and
    nothing was written or recorded. Raised by a progress callback; ``consular.gui.ops``
    raises it when Cancel is pressed."""
