#!/bin/bash
# usage: score_lang.sh BINARY FILE.tsv [-v] [PREFIX]   (orgs2026 round)
# FILE.tsv: id, lang, date, sentence, expected. Splits by lang and runs score.sh on each;
# PREFIX (e.g. f or h) keeps only ids starting with it.
B=$1; F=$2; V=$3; P=${4:-}
D=$(dirname "$0"); T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
for l in en fr; do
  awk -F'\t' -v l=$l -v p="$P" 'BEGIN{OFS="\t"} $2==l && index($1,p)==1 {print $1,$3,$4,$5}' "$F" > "$T/$l.tsv"
  [ -s "$T/$l.tsv" ] || continue
  echo "[$l]"; LANG_PROBE=$l "$D/score.sh" "$B" "$T/$l.tsv" "$V"
done
