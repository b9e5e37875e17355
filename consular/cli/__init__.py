"""The command line. Each ``cmd_*.py`` module here adds its subcommands via ``register()``."""
