"""Subcommands of `intervisie`. Each module adds its parser in commands.register()."""
