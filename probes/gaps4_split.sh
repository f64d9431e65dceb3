#!/bin/bash
# split probes/probes_gaps4.tsv (id, lang, date, sentence, expected) into score.sh files /tmp/g4/{f,h}_{en,fr}.tsv
# and score them: probes/gaps4_split.sh BINARY [-v]
mkdir -p /tmp/g4
for p in f h; do for l in en fr; do
  awk -F'\t' -v p=$p -v l=$l 'substr($1,1,1)==p && $2==l {print $1"\t"$3"\t"$4"\t"$5}' "$(dirname "$0")/probes_gaps4.tsv" > /tmp/g4/${p}_$l.tsv
  printf "%s %s: " $p $l; LANG_PROBE=$l "$(dirname "$0")/score.sh" "$1" /tmp/g4/${p}_$l.tsv $2
done; done
