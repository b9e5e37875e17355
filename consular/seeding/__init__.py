"""Filling a database: the demo cases from ``seeds/`` and synthetic data at scale. Qt-free."""
