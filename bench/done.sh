#!/bin/sh
# drive.py's --done-cmd for every ingester of `make bench`: prints N once SPOOL/incoming (and, for sluice,
# SPOOL/active, which files leave only after their commit) holds no file; with DB, prints the number of
# entries stored instead, so that a lost or quarantined file keeps the run from finishing (drive.py then
# reports a TIMEOUT). Cheap when a directory holds 200,000 names: `ls -U1` prints names as it reads them
# and stops at the first (find and a shell glob read the whole directory on every poll).
# Usage: done.sh N SPOOL [DB]
n=$1 spool=$2 db=${3:-}
first() { ls -U1 "$1" 2>/dev/null | head -n 1; }
if [ -n "$(first "$spool/incoming")$(first "$spool/active")" ]; then
  echo 0
elif [ -n "$db" ]; then
  sqlite3 -readonly "$db" 'SELECT count(*) FROM entry' 2>/dev/null || echo 0
else
  echo "$n"
fi
