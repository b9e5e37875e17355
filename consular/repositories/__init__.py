"""Queries only: each function takes a Session and returns rows or ORM objects. No rules."""
