"""Form state without widgets: what a dialog holds, its defaults, its checks, its diff against
what is saved and its draft, as plain objects that tests drive without Qt.

Nothing here imports PySide6 (tests/test_layers.py checks it, although the rest of
consular.gui may use Qt): a dialog builds one of these from its widgets, asks it what to
save, and shows what it holds. Form objects call no service and open no session; the
dialog's submit does that, off the GUI thread.
"""
