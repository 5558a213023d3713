"""Prints the fuse passes and pipelines of `fuse-opt --help` (argv[1]) that
`fuse-fuzz --list-pipelines` (argv[2]) does not run; exits 1 if any."""
import re
import sys

help_text = open(sys.argv[1]).read()
listed = open(sys.argv[2]).read()
names = set(re.findall(r"^\s+--((?:convert-)?fusion-[a-z0-9-]+)", help_text, re.M))
missing = [n for n in sorted(names)
           if not re.search(r"(^|[ ,(])" + re.escape(n) + r"($|[ ,{)])", listed, re.M)]
print("found:", len(names), "missing:", missing)
sys.exit(1 if missing or not names else 0)
