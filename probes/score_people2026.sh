#!/bin/bash
# usage: score_people2026.sh BINARY FILE.tsv [-v] [PREFIX]  (people2026 round: tsv with a lang column
# id, lang, date, sentence, expected; splits by language and runs probes/score.sh on each; PREFIX
# selects ids, e.g. f or h)
B=$1; F=$2; V=$3; P=${4:-}
D=$(dirname "$0"); T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
for L in en fr; do
  awk -F'\t' -v L=$L -v P="$P" '!/^#/ && $2==L && index($1,P)==1 {print $1"\t"$3"\t"$4"\t"$5}' "$F" > "$T/$L.tsv"
  [ -s "$T/$L.tsv" ] || continue
  echo "== $L"; LANG_PROBE=$L bash "$D/score.sh" "$B" "$T/$L.tsv" "$V"
done
