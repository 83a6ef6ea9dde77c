#!/usr/bin/env python3
"""make-million.py FILE [ROWS]: a cohort CSV of ROWS persons (default 1,000,000) with valid
numbers and keys, none of them a demo persona's (department 76, not 75)."""
import sys

path = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
with open(path, "w", encoding="utf-8") as out:
    out.write("nir;date_naissance;prenom;nom;email\n")
    for i in range(rows):
        nir13 = f"{1 + i % 2}850776{i:06d}"
        key = 97 - int(nir13) % 97
        out.write(f"{nir13}{key:02d};14/07/1985;Prénom{i};Nom{i};p{i}@exemple.fr\n")
