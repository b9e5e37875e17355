"""Password hashing (Argon2id) and the minimum password rules, in one place.

The Argon2 cost comes from :func:`hasher` only. Production uses argon2-cffi's RFC 9106
"low memory" profile (t=3, m=64 MiB, p=4), about 50-100 ms on an office laptop. Tests set
``CONSULAR_ARGON2_PROFILE=test`` (tests/conftest.py does) to use a tiny cost so hundreds of
accounts can be made in a second; that setting is refused unless it is spelt exactly, and the
stored hash records its own parameters, so a hash made under the test profile still verifies
(and is upgraded on the next sign-in) under the production one.
"""

from __future__ import annotations

import functools
import os

from argon2 import PasswordHasher, Type, profiles
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from consular.domain.errors import ValidationError
from consular.i18n import translate

PROFILE_ENV = "CONSULAR_ARGON2_PROFILE"
MIN_LENGTH = 10
MAX_LENGTH = 1024

# Deliberately weak: only for the test suite, selected by PROFILE_ENV=test.
_TEST_PARAMETERS = {"time_cost": 1, "memory_cost": 8, "parallelism": 1, "hash_len": 16, "salt_len": 16}


@functools.cache
def _hasher(profile: str) -> PasswordHasher:
    if profile == "test":
        return PasswordHasher(type=Type.ID, **_TEST_PARAMETERS)
    if profile not in ("", "production"):
        raise ValidationError(
            PROFILE_ENV,
            translate(
                "domain.passwords", "{profile_env}='{profile}' is not a known profile (use 'production')."
            ).format(profile_env=PROFILE_ENV, profile=profile),
        )
    return PasswordHasher.from_parameters(profiles.RFC_9106_LOW_MEMORY)


def hasher() -> PasswordHasher:
    """The Argon2id hasher for this process (see the module docstring for the cost)."""
    return _hasher(os.environ.get(PROFILE_ENV, "").strip().lower())


def hash_password(password: str) -> str:
    return hasher().hash(password)


def verify(stored_hash: str | None, password: str) -> bool:
    """True when ``password`` matches ``stored_hash``; False for a mismatch or no/corrupt hash."""
    if not stored_hash:
        # Spend about the same time as a real check, so a missing account or password is not
        # told apart from a wrong password by timing.
        hasher().hash(password or "-")
        return False
    try:
        return hasher().verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    try:
        return hasher().check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


def check_rules(password: str, *, username: str | None = None, field: str = "password") -> str:
    """Return ``password`` if it meets the minimum rules, else raise ValidationError saying which.

    Rules: at least MIN_LENGTH characters (spaces count: a passphrase is welcome), not only
    one repeated character, not the user name, at most MAX_LENGTH characters.
    """
    if password is None or len(password) < MIN_LENGTH:
        raise ValidationError(
            field,
            translate(
                "domain.passwords", "A password needs at least {min_length} characters (a short phrase is fine)."
            ).format(min_length=MIN_LENGTH),
        )
    if len(password) > MAX_LENGTH:
        raise ValidationError(
            field,
            translate("domain.passwords", "A password can have at most {max_length} characters.").format(
                max_length=MAX_LENGTH
            ),
        )
    if len(set(password)) == 1:
        raise ValidationError(field, translate("domain.passwords", "A password cannot be one character repeated."))
    if username and password.strip().lower() == username.strip().lower():
        raise ValidationError(field, translate("domain.passwords", "A password cannot be the user name."))
    return password
