"""Qt-free services: one function per user action.

Each function takes a :class:`~consular.services.context.ServiceContext` (database + acting
user) first, runs in one transaction, writes its audit entry, keeps the search index in
step, and returns plain dataclasses from :mod:`consular.services.views`. Bad input raises a
:class:`~consular.domain.errors.ValidationError` naming the field.
"""
