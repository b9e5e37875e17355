"""consular.paths: shipped files are found from the source tree, per-user
directories follow the environment and are made only when asked for."""

import pytest

from consular import paths


def test_shipped_directories_are_found_beside_the_package():
    root = paths.project_root()
    assert (root / "consular" / "paths.py").is_file()
    assert paths.resources_dir() == root / "resources"
    assert paths.seeds_dir() == root / "seeds"
    assert paths.migrations_dir() == root / "migrations"
    assert paths.translations_dir() == root / "resources" / "translations"


def test_icon_font_and_stylesheet_names_resolve_with_or_without_suffix():
    assert paths.icon_path("new-case") == paths.icon_path("new-case.svg")
    assert paths.icon_path("new-case").is_file()
    assert paths.font_path("NotoSans-Bold").name == "NotoSans-Bold.ttf"
    assert paths.stylesheet_path("dark").name == "dark.qss"


def test_a_missing_resource_names_itself_and_where_it_was_looked_for():
    with pytest.raises(FileNotFoundError, match=r"Icon 'no-such-icon' not found at .*icons"):
        paths.icon_path("no-such-icon")


def test_user_directories_follow_the_environment(monkeypatch, tmp_path):
    data, config = tmp_path / "data", tmp_path / "config"
    monkeypatch.setenv("CONSULAR_DATA_DIR", str(data))
    monkeypatch.setenv("CONSULAR_CONFIG_DIR", str(config))
    assert not data.exists()

    assert paths.default_database_path() == data / "consular.db"
    assert data.is_dir()
    # Only the directory: the database file is created by the first upgrade.
    assert not (data / "consular.db").exists()
    assert paths.config_dir() == config and config.is_dir()
    assert paths.log_dir() == data / "logs" and (data / "logs").is_dir()


def test_an_empty_variable_falls_back_to_the_platform_default(monkeypatch, tmp_path):
    monkeypatch.setenv("CONSULAR_DATA_DIR", "")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_dir() == tmp_path / "xdg" / "consular"
