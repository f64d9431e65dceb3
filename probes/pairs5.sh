#!/bin/bash
# usage: probes/pairs5.sh BINARY FILE.tsv [-v]   -- for a pair file with a fifth column of
# expected events (id, date, English, French, expected `SRC>TGT:CODE ...` or `-`, the same for
# both languages): pairs.py agreement, then score.sh exact per language (pairs2 round).
B=$1; F=$2; V=$3
D=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
awk -F'\t' -v OFS='\t' '{print $1,$2,$3,$5}' "$F" > "$T/en.tsv"
awk -F'\t' -v OFS='\t' '{print $1,$2,$4,$5}' "$F" > "$T/fr.tsv"
python3 "$D/pairs.py" "$F" "$B" | { if [ "$V" = -v ]; then cat; else tail -1; fi; }
echo "EN $("$D/score.sh" "$B" "$T/en.tsv" $V)"
echo "FR $(LANG_PROBE=fr "$D/score.sh" "$B" "$T/fr.tsv" $V)"
