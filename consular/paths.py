"""Where consular's files are: shipped resources and per-user data.

Shipped files (resources/, seeds/, migrations/, alembic.ini) live at the top of the
source tree, beside the ``consular`` package, and are found relative to it; the
project is installed editable (``pip install -e .``), so they are never copied into
site-packages. Per-user directories come from platformdirs unless
``CONSULAR_DATA_DIR`` / ``CONSULAR_CONFIG_DIR`` say otherwise (the tests always
set them). They are created on first use, not on import.

Qt-free: the CLI and services use this module too.
"""

import os
from pathlib import Path

import platformdirs

APP_NAME = "consular"
APP_AUTHOR = "consular"

DATA_DIR_ENV = "CONSULAR_DATA_DIR"
CONFIG_DIR_ENV = "CONSULAR_CONFIG_DIR"

_ROOT = Path(__file__).resolve().parent.parent


def _shipped(path: Path, what: str) -> Path:
    if not path.exists():
        raise FileNotFoundError(
            f"{what} not found at {path}. consular looks for its resources, seeds and "
            f"migrations beside the consular package in the source tree "
            f"({_ROOT}); install it from a checkout with `pip install -e .`."
        )
    return path


def project_root() -> Path:
    """The source tree holding the ``consular`` package and its shipped files."""
    return _ROOT


def resources_dir() -> Path:
    return _shipped(_ROOT / "resources", "Resources directory")


def icons_dir() -> Path:
    return _shipped(resources_dir() / "icons", "Icons directory")


def icon_path(name: str) -> Path:
    """The SVG icon called ``name`` ("new-case" or "new-case.svg")."""
    filename = name if name.endswith(".svg") else f"{name}.svg"
    return _shipped(icons_dir() / filename, f"Icon {name!r}")


def fonts_dir() -> Path:
    return _shipped(resources_dir() / "fonts", "Fonts directory")


def font_path(name: str) -> Path:
    """The font file called ``name`` ("NotoSans-Bold" or "NotoSans-Bold.ttf")."""
    filename = name if Path(name).suffix else f"{name}.ttf"
    return _shipped(fonts_dir() / filename, f"Font {name!r}")


def stylesheet_path(name: str) -> Path:
    """The Qt stylesheet called ``name`` ("light" or "dark")."""
    filename = name if name.endswith(".qss") else f"{name}.qss"
    return _shipped(resources_dir() / "stylesheets" / filename, f"Stylesheet {name!r}")


def translations_dir() -> Path:
    return _shipped(resources_dir() / "translations", "Translations directory")


def seeds_dir() -> Path:
    return _shipped(_ROOT / "seeds", "Seeds directory")


def migrations_dir() -> Path:
    return _shipped(_ROOT / "migrations", "Migrations directory")


def alembic_ini() -> Path:
    return _shipped(_ROOT / "alembic.ini", "alembic.ini")


# Files the app writes are readable by their owner only (0600), its folders 0700: they hold
# names, passport numbers and phone numbers of hostages and their families.
PRIVATE_UMASK = 0o077
FILE_MODE = 0o600
DIR_MODE = 0o700


def private_umask() -> int:
    """Make every file and folder this process creates from now on private to its owner
    (called first thing by the CLI and the desktop app). Returns the previous umask."""
    return os.umask(PRIVATE_UMASK)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) as 0700, and tighten it to 0700 if it exists and
    is ours; returns it."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if hasattr(os, "getuid") and path.stat().st_uid == os.getuid():
        path.chmod(DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Tighten an existing file of ours to 0600; returns it."""
    if hasattr(os, "getuid") and path.exists() and path.stat().st_uid == os.getuid():
        path.chmod(FILE_MODE)
    return path


def _user_dir(env_name: str, default: str) -> Path:
    # An empty variable counts as unset: `CONSULAR_DATA_DIR= consular` must not
    # put the database in the current directory.
    value = os.environ.get(env_name, "").strip()
    path = Path(value).expanduser() if value else Path(default)
    return private_dir(path)


def data_dir() -> Path:
    """Per-user data (the default database, logs); ``CONSULAR_DATA_DIR`` overrides."""
    return _user_dir(DATA_DIR_ENV, platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """Per-user settings; ``CONSULAR_CONFIG_DIR`` overrides."""
    return _user_dir(CONFIG_DIR_ENV, platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    """The SQLite file used when neither ``--db`` nor ``CONSULAR_DB`` names one.

    Only its directory is created; the file itself is made by the first upgrade.
    """
    return data_dir() / "consular.db"


def log_dir() -> Path:
    """Log files, kept beside the data: they can name people and must be as
    protected as the database."""
    return private_dir(data_dir() / "logs")
