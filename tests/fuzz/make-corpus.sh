#!/usr/bin/env bash
# Regenerates the seed corpora of tests/fuzz/corpus/<target>/ from real
# exports and backups of a tiny demo practice (2 clients, seed 7), made by
# theprogram-cli. Exports carry their time and backups random salts, so the
# bytes differ from run to run; the shapes do not.
#
#   tests/fuzz/make-corpus.sh            # uses (and if needed builds) build/fuzz/app/theprogram-cli
#   THEPROGRAM_CLI=/path/to/theprogram-cli tests/fuzz/make-corpus.sh
#
# Needs sqlite3, jq, iconv and /usr/bin/python3 with python3-cryptography and
# python3-argon2 (all in scripts/bootstrap.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
corpus=$root/tests/fuzz/corpus
py=${PYTHON:-/usr/bin/python3}

cli=${THEPROGRAM_CLI:-$root/build/fuzz/app/theprogram-cli}
if [ ! -x "$cli" ]; then
  cmake --preset fuzz >/dev/null
  cmake --build build/fuzz --target theprogram-cli -j 2
fi
# The fuzz build's CLI runs under ASan; Qt's and OpenSSL's one-time
# allocations are no concern here.
export ASAN_OPTIONS=detect_leaks=0

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Keep the CLI's settings and data folders away from the user's.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache
mkdir -p "$HOME"
cd "$work"
tp() { "$cli" "$@" >/dev/null; }

# A two-client practice; each export below holds one client without its
# interpretations (the 465 templates alone are 800 KB).
tp --db practice.db demo-data --clients 2 --seed 7
# id2, used for the CSV seeds, is the client with more non-ASCII letters in
# the name (for the Windows-1252 seed).
nonascii="length(CAST(first_name || last_name AS BLOB)) - length(first_name || last_name)"
id1=$(sqlite3 practice.db "SELECT id FROM clients ORDER BY $nonascii, id LIMIT 1")
id2=$(sqlite3 practice.db "SELECT id FROM clients ORDER BY $nonascii DESC, id LIMIT 1")
one=(--scope client --no-interpretations)

tp --db practice.db export "${one[@]}" --id "$id1" -o client.json
tp --db practice.db export "${one[@]}" --id "$id1" --exclude-fields charts.chart_data -o client-nochart.json
tp --db practice.db export "${one[@]}" --id "$id1" --anonymize --coarsen-places --exclude-fields charts.chart_data --pretty -o client-anon.json
tp --db practice.db export "${one[@]}" --id "$id2" --gzip -o client2.json.gz
tp --db practice.db export "${one[@]}" --id "$id1" --gzip --level best --exclude-fields charts.chart_data -o client-nochart.json.gz
tp --db practice.db export "${one[@]}" --id "$id2" --format csv -o client2.zip
tp --db practice.db export "${one[@]}" --id "$id2" --format csv --anonymize --exclude-fields charts.chart_data -o client2-anon.zip
tp --db practice.db export --scope client --id "$id2" --format csv --level best -o client2-interpretations.zip
mkdir csv && (cd csv && unzip -q ../client2.zip)
tp convert --input client2-anon.zip --output client2-from-csv.json
tp convert --input csv/clients.csv --output clients.csv.gz

# A small database (one client, its chart) and its backups: plain block gzip
# at three levels, encrypted with the fuzz targets' key file, and with a
# password (Argon2id calibrated: only its header matters to the fuzzer).
: >small.db
tp --db small.db import client.json
printf '%s' 0123456789abcdef0123456789abcdef >fuzz.key # the key fuzz_backup_header decrypts with
printf '%s' 'fuzz password' >password.txt
backup() { # file name, then options of `backup create`; leaves bk/<name> and its manifest
  local name=$1 file
  shift
  rm -rf bk.tmp && mkdir -p bk.tmp bk
  tp --db small.db backup create --folder bk.tmp "$@" # verified as it is written
  file=$(cd bk.tmp && ls TheProgram_* | grep -v manifest)
  cp "bk.tmp/$file" "bk/$name"
  cp "bk.tmp/$file.manifest.json" "bk/$name.manifest.json"
}
backup plain.db.gz --label plain
backup fast.db.gz --level fast
backup best.db.gz --level best
backup keyfile.db.gz.encrypted --encrypt --key-file fuzz.key --label "key file"
backup password.db.gz.encrypted --encrypt --password-file password.txt

# The container seeds the CLI cannot make: the key-file backup's plaintext
# sealed again with 4 KiB segments, the smallest allowed (two segments), with a
# password under a cheap Argon2id (t=1, 256 KiB), and an empty plaintext.
"$py" - bk/keyfile.db.gz.encrypted fuzz.key <<'EOF'
import os, struct, sys
from argon2.low_level import hash_secret_raw, Type
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

INFO = b"TheProgram backup v1"
data, key = open(sys.argv[1], "rb").read(), open(sys.argv[2], "rb").read()

def keys(master, hkdf_salt):
    okm = HKDF(hashes.SHA256(), 48, hkdf_salt, INFO).derive(master)
    return okm[:32], okm[32:]

def decrypt(data):
    header = data[:94]
    prefix, (size,) = header[67:74], struct.unpack(">I", header[74:78])
    aes_key, check = keys(key, header[35:67])
    assert check == header[78:94], "wrong key file"
    aes, out, pos, i = AESGCM(aes_key), bytearray(), 94, 0
    while True:
        segment = data[pos:pos + size + 16]
        last = pos + len(segment) == len(data)
        out += aes.decrypt(prefix + struct.pack(">IB", i, last), segment, header)
        pos, i = pos + len(segment), i + 1
        if last:
            return bytes(out)

def encrypt(plain, size, password=None, t=0, m=0, p=0):
    kdf_salt = os.urandom(16) if password else bytes(16)
    hkdf_salt, prefix = os.urandom(32), os.urandom(7)
    master = hash_secret_raw(password, kdf_salt, t, m, p, 32, Type.ID) if password else key
    aes_key, check = keys(master, hkdf_salt)
    header = (b"TPBACKUP" + bytes([1, 1 if password else 2]) + struct.pack(">II", t, m) + bytes([p])
              + kdf_salt + hkdf_salt + prefix + struct.pack(">I", size) + check)
    aes, out = AESGCM(aes_key), bytearray(header)
    pieces = [plain[i:i + size] for i in range(0, len(plain), size)] or [b""]
    for i, piece in enumerate(pieces):
        out += aes.encrypt(prefix + struct.pack(">IB", i, i == len(pieces) - 1), piece, header)
    return bytes(out)

plain = decrypt(data)
open("bk/keyfile-4k-segments.encrypted", "wb").write(encrypt(plain, 4096))
open("bk/password-cheap-argon2.encrypted", "wb").write(encrypt(plain, 4096, b"fuzz password", 1, 256, 1))
open("bk/keyfile-empty.encrypted", "wb").write(encrypt(b"", 65536))
EOF

rm -rf "$corpus"
mkdir -p "$corpus"/{fuzz_import_json,fuzz_import_csv,fuzz_import_zip,fuzz_gzip,fuzz_blockgzip,fuzz_backup_header,fuzz_manifest}

c=$corpus/fuzz_import_json
cp client.json client-anon.json client2-from-csv.json "$c/"
jq -c .tables client-nochart.json >"$c/earlier-edition.json" # the earlier edition: tables at the top
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE client-nochart.json; } >"$c/client-utf16le.json"

c=$corpus/fuzz_import_csv
cp csv/clients.csv csv/birth_data.csv csv/charts.csv csv/transit_events.csv csv/session_notes.csv "$c/"
tail -c +4 csv/clients.csv | iconv -f UTF-8 -t WINDOWS-1252 >"$c/clients-windows1252.csv"

c=$corpus/fuzz_import_zip
cp client2.zip client2-anon.zip client2-interpretations.zip "$c/"
"$py" - csv "$c/no-manifest.zip" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as z: # a bundle without its manifest
    for name in ("clients.csv", "birth_data.csv", "transit_events.csv"):
        z.write(f"{sys.argv[1]}/{name}", name)
EOF

c=$corpus/fuzz_gzip
cp client2.json.gz client-nochart.json.gz clients.csv.gz "$c/"
cat client-nochart.json.gz clients.csv.gz >"$c/two-members.gz"
cp bk/plain.db.gz "$c/backup-block.db.gz"

c=$corpus/fuzz_blockgzip
cp bk/plain.db.gz bk/fast.db.gz bk/best.db.gz "$c/"
cat bk/fast.db.gz bk/best.db.gz >"$c/two-blocks.db.gz"

c=$corpus/fuzz_backup_header
cp bk/keyfile.db.gz.encrypted bk/password.db.gz.encrypted bk/keyfile-4k-segments.encrypted \
  bk/password-cheap-argon2.encrypted bk/keyfile-empty.encrypted "$c/"

c=$corpus/fuzz_manifest
for m in plain.db.gz keyfile.db.gz.encrypted password.db.gz.encrypted; do cp "bk/$m.manifest.json" "$c/"; done
unzip -q -p client2.zip manifest.json >"$c/export-manifest.json" # not a backup manifest

chmod 644 "$corpus"/*/*
echo "seed corpora in $corpus:"
(cd "$corpus" && for d in */; do printf '  %-20s %2d files, %6d bytes, largest %6d\n' "${d%/}" "$(ls "$d" | wc -l)" \
  "$(cat "$d"* | wc -c)" "$(wc -c "$d"* | sort -n | tail -2 | head -1 | awk '{print $1}')"; done)
