#!/usr/bin/env bash
# Scores teikit on the real archive pages of tests/real-pages/key.json (facts read by hand).
# The pages' texts are not ours and are never committed: keep your copies, named as the key's
# "file" entries, in tests/real-pages/local/ (git-ignored). Usage: npm run score-pages
set -uo pipefail
cd "$(dirname "$0")/../.."
pages=tests/real-pages/local
out=tests/real-pages/out
[ -d "$pages" ] || { echo "score-pages: no local copies in $pages (see tests/real-pages/README.md)" >&2; exit 2; }
rm -rf "$out"
node bin/teikit.js convert "$pages" -o "$out" --quiet
python3 ../shared/tools/score-pages tests/real-pages/key.json "$out" ../shared/schemas/tei_all.rng
