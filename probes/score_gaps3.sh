#!/bin/bash
# usage: probes/score_gaps3.sh BINARY PART [-v]   -- probes_gaps3.tsv (id, lang, date, sentence,
# expected): PART f = FIX (gf*), h = HELD-BACK (gh*); each language scored with score.sh (gaps3 round)
B=$1; P=$2; V=$3
D=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
for L in en fr; do
  awk -F'\t' -v l=$L -v p="g$P" 'index($1,p)==1 && $2==l {print $1"\t"$3"\t"$4"\t"$5}' "$D/probes_gaps3.tsv" > "$T/$L.tsv"
  echo "$L: $(LANG_PROBE=$L "$D/score.sh" "$B" "$T/$L.tsv" $V)"
done
