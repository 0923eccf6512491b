"""`make bench`: veilleur's pipeline against bare spaCy; see veilleur/bench.py."""

from veilleur.bench import main

if __name__ == "__main__":
    main()
