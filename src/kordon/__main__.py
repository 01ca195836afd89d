"""`python -m kordon` runs the command line."""

from kordon.cli import main

main()
