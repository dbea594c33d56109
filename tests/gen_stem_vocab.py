#!/usr/bin/python3
# Regenerates tests/stem_vocab.txt, the reference fixture for summ_stem().
# Run from the repository root with Debian's python (wamerican and
# python3-snowballstemmer must be installed):
#     /usr/bin/python3 tests/gen_stem_vocab.py > tests/stem_vocab.txt
# Each line is "word<TAB>stem": every dictionary word, lower-cased and
# de-duplicated, plus the stemmer's exceptional words and a few edge cases.
import snowballstemmer

EXTRA = """skis skies dying lying tying idly gently ugly early only singly
sky news howe atlas cosmos bias andes inning innings outing outings canning
herring herrings earring earrings proceed proceeds exceed exceeds succeed
succeeds 'cause ''cause 's' 'ab eying ayyy yyy éies xéy éy ié éa""".split()

stem = snowballstemmer.stemmer("english").stemWord
with open("/usr/share/dict/american-english", encoding="utf-8") as f:
    words = {line.strip().lower() for line in f if line.strip()}
for word in sorted(words | set(EXTRA)):
    print(word + "\t" + stem(word))
