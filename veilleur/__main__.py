"""``python -m veilleur``: the same command line as the ``veilleur`` script."""

from veilleur.cli import main

main()
