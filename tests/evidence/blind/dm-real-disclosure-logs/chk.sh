#!/bin/bash
# usage: chk.sh URL...  -> prints USED/new
for u in "$@"; do
  n=$(echo "$u" | sed -E 's#^https?://(www\.)?##; s#/$##')
  if sed -E 's#^https?://(www\.)?##; s#/$##' /work/blind/used_urls.txt urls.txt | grep -qxF "$n"; then echo "USED $u"; else echo "new  $u"; fi
done
