#!/bin/sh
# drive.py's --done-cmd for every ingester of `make bench`: prints N once SPOOL/incoming (and, for sluice,
# SPOOL/active, which files leave only after their commit) holds no file; with DB, prints the number of
# entries stored instead, so that a lost or quarantined file keeps the run from finishing (drive.py then
# reports a TIMEOUT). Cheap when the spool is busy: find stops at the first name.
# Usage: done.sh N SPOOL [DB]
n=$1 spool=$2 db=${3:-}
if [ -n "$(find "$spool/incoming" "$spool/active" -mindepth 1 -maxdepth 1 -print -quit 2>/dev/null)" ]; then
  echo 0
elif [ -n "$db" ]; then
  sqlite3 -readonly "$db" 'SELECT count(*) FROM entry' 2>/dev/null || echo 0
else
  echo "$n"
fi
