#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translation file has an entry left to translate: marked unfinished, or empty (a
# numerus entry with an empty form counts). Lists each one as FILE: CONTEXT: SOURCE [why].
# Run the update_translations target first so that the sources' new strings are in the files.
# Reads the layout lupdate writes (one element per line, sources possibly over several lines);
# plain awk, so CI needs nothing beyond the base system.
set -euo pipefail
dir=$(cd "$(dirname "$0")" && pwd)
shopt -s nullglob
files=("$dir"/*.ts)
if ((${#files[@]} == 0)); then
    echo "check-complete: no .ts file in $dir" >&2
    exit 1
fi

status=0
for file in "${files[@]}"; do
    awk -v file="$file" '
        function unescape(s) {
            gsub(/&apos;/, "\047", s); gsub(/&quot;/, "\"", s); gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s)
            gsub(/&amp;/, "\\&", s)
            return s
        }
        function report(why) {
            printf "%s: %s: %s [%s]\n", file, unescape(context), unescape(source), why
            bad++
        }
        /<name>/ { context = $0; sub(/.*<name>/, "", context); sub(/<\/name>.*/, "", context) }
        /<source>/ { insource = 1; source = "" }
        insource {
            line = $0
            sub(/.*<source>/, "", line)
            done = sub(/<\/source>.*/, "", line)
            source = source (source == "" ? "" : "\\n") line
            if (done) insource = 0
            next
        }
        /<translation/ {
            translation = $0
            skip = translation ~ /type="(vanished|obsolete)"/
            numerus = 0
            if (skip) next
            if (translation ~ /type="unfinished"/) { report("unfinished"); next }
            if (translation ~ /<translation[^>]*\/>/ || translation ~ /<translation[^>]*><\/translation>/ \
                || translation ~ /<translation[^>]*>[[:space:]]*<\/translation>/) { report("empty"); next }
            if (translation ~ /<translation[^>]*>[[:space:]]*$/) { numerus = 1; forms = 0; emptyform = 0 }
            next
        }
        numerus && /<numerusform/ {
            forms++
            if ($0 ~ /<numerusform[^>]*\/>/ || $0 ~ /<numerusform[^>]*>[[:space:]]*<\/numerusform>/) emptyform = 1
        }
        numerus && /<\/translation>/ {
            numerus = 0
            if (forms == 0 || emptyform) report("empty")
        }
        END { exit bad > 0 }
    ' "$file" || status=1
done
if ((status != 0)); then
    echo "check-complete: translations are missing" >&2
fi
exit "$status"
