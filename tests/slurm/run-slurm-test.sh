#!/usr/bin/env bash
# Sharded inference on a real Slurm: installs Debian's slurm-wlm and munge when missing, starts a single-node
# cluster on 127.0.0.1 (tests/slurm/slurm-cluster.sh), then
#   1. submits a 3-shard array over real camtrapR images with the FastestDet COCO detector (trapline-cli infer --slurm);
#   2. cancels one running task with scancel;
#   3. checks that collect reports it (failed or missing) and imports the others;
#   4. resubmits it (collect --resubmit) and collects it;
#   5. compares the collected project with a local run of the same model, row for row,
# and prints the figures (times, rows). The daemons are stopped at the end, whatever happens.
# Usage: run-slurm-test.sh TRAPLINE_CLI SOURCE_DIR SHARED_DATA. Exits 77 (CTest's skip) with the reason when Slurm
# cannot run here.
set -uo pipefail
CLI="$1"
SRC="$2"
DATA="$3"
SKIP=77

skip() { echo "SKIP: $*"; exit "$SKIP"; }
fail() { echo "FAIL: $*"; exit 1; }

IMAGES="$DATA/camtrapR-sample-images/inst/pictures/sample_images_species_dir"
WEIGHTS="$DATA/weights-fastestdet/example/onnx-runtime"
[ -d "$IMAGES" ] || skip "the shared test data $IMAGES is absent"
[ -f "$WEIGHTS/FastestDet.onnx" ] || skip "the FastestDet weights $WEIGHTS/FastestDet.onnx are absent"
[ "$(id -u)" = 0 ] || skip "not root: munged, slurmctld and slurmd need root here (run scripts/run-tests.sh as root)"
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null \
    || ! command -v sbatch >/dev/null; then
  echo "Installing slurm-wlm and munge from Debian..."
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends slurm-wlm munge >/tmp/trapline-slurm-apt.log 2>&1; then
    apt-get update >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends slurm-wlm munge >/tmp/trapline-slurm-apt.log 2>&1 \
      || skip "apt could not install slurm-wlm and munge: $(tail -n 2 /tmp/trapline-slurm-apt.log)"
  fi
fi
command -v python3 >/dev/null || skip "python3 is missing (the row comparison uses its sqlite3 module)"

WORK=$(mktemp -d /tmp/trapline-slurm.XXXXXX)
source "$SRC/tests/slurm/slurm-cluster.sh"
cleanup() {
  cluster_stop "$WORK/cluster"
  rm -rf "$WORK"
}
trap cleanup EXIT
if ! cluster_start "$WORK/cluster"; then
  skip "the Slurm cluster did not start: $CLUSTER_WHY"
fi
echo "Slurm $(sinfo --version | cut -d' ' -f2) is up: $(sinfo -h -o '%P %D node(s) %T')"

MANIFEST="$WORK/fastestdet-coco.json"
python3 - "$SRC/resources/models/fastestdet-coco.json" "$WEIGHTS" "$MANIFEST" <<'PY' || fail "cannot write the manifest"
import json, sys
m = json.load(open(sys.argv[1]))
m["weights"] = sys.argv[2] + "/FastestDet.onnx"
m["classes"] = sys.argv[2] + "/coco.names"
json.dump(m, open(sys.argv[3], "w"), indent=2)
PY

now() { date +%s.%N; }
seconds() { python3 -c "print(f'{$2 - $1:.1f}')"; }

LOCAL="$WORK/local.trapline"
CLUSTER="$WORK/cluster.trapline"
for p in "$LOCAL" "$CLUSTER"; do
  "$CLI" init "$p" >/dev/null || fail "init $p"
  "$CLI" import "$p" "$IMAGES" >/dev/null 2>&1 || fail "import into $p"
done

t0=$(now)
"$CLI" infer "$LOCAL" --model "$MANIFEST" --device cpu --batch 4 2>"$WORK/local.log" || fail "local run: $(cat "$WORK/local.log")"
local_s=$(seconds "$t0" "$(now)")
echo "Local run: $local_s s ($(tail -n 1 "$WORK/local.log"))"

wait_for_queue() {
  local i
  for i in $(seq 1 600); do
    [ -z "$(squeue -h 2>/dev/null)" ] && return 0
    sleep 0.5
  done
  fail "the queue did not empty in 300 s: $(squeue)"
}

t0=$(now)
"$CLI" infer "$CLUSTER" --model "$MANIFEST" --device cpu --batch 4 --slurm --shards 3 2>"$WORK/submit.log" \
  || fail "infer --slurm: $(cat "$WORK/submit.log")"
cat "$WORK/submit.log"
FOLDER="$CLUSTER.slurm"
JOB=$(head -n 1 "$FOLDER/jobs.txt")
[ -n "$JOB" ] || fail "no job id recorded"
grep -q -- '--array=0-2' "$FOLDER/job.sh" || fail "the script has no --array=0-2"

# Cancel task 1 while it runs: once its scratch shard file exists.
cancelled=""
for i in $(seq 1 1200); do
  if [ -e "$FOLDER/shard-1.trapline.part" ] && [ ! -e "$FOLDER/shard-1.trapline" ]; then
    scancel "${JOB}_1" && cancelled=running
    break
  fi
  if [ -e "$FOLDER/shard-1.trapline" ]; then
    break
  fi
  sleep 0.05
done
[ "$cancelled" = running ] || fail "task 1 was never seen running, so it could not be cancelled half-way"
echo "Cancelled task ${JOB}_1 while it ran"
wait_for_queue
wave_s=$(seconds "$t0" "$(now)")
[ ! -e "$FOLDER/shard-1.trapline" ] || fail "the cancelled task left a shard file"

"$CLI" collect "$CLUSTER" >"$WORK/collect1.out" 2>&1
rc=$?
cat "$WORK/collect1.out"
[ "$rc" = 3 ] || fail "collect with a shard missing should exit 3, not $rc"
grep -q '^imported: 0,2$' "$WORK/collect1.out" || fail "collect did not import shards 0 and 2"
grep -Eq '^(failed: 1 \(|missing: 1$)' "$WORK/collect1.out" || fail "collect did not report shard 1 as failed or missing"

"$CLI" collect "$CLUSTER" --resubmit >"$WORK/collect2.out" 2>&1 || fail "collect --resubmit: $(cat "$WORK/collect2.out")"
cat "$WORK/collect2.out"
grep -q '^resubmitted: 1 as job ' "$WORK/collect2.out" || fail "collect --resubmit did not send shard 1 alone"
grep -q '^imported: none$' "$WORK/collect2.out" || fail "the second collect imported something again"
wait_for_queue
"$CLI" collect "$CLUSTER" >"$WORK/collect3.out" 2>&1 || fail "the last collect: $(cat "$WORK/collect3.out")"
cat "$WORK/collect3.out"
grep -q '^imported: 1$' "$WORK/collect3.out" || fail "the resubmitted shard 1 was not imported"
grep -q '^imported before: 0,2$' "$WORK/collect3.out" || fail "shards 0 and 2 are not recorded as imported"
slurm_s=$(seconds "$t0" "$(now)")

python3 - "$LOCAL" "$CLUSTER" "$local_s" "$slurm_s" "$wave_s" <<'PY'
import sqlite3, sys
QUERIES = [
    "SELECT 'model', kind, name, version, content_hash FROM models",
    "SELECT 'box', m.rel_path, quote(d.x), quote(d.y), quote(d.w), quote(d.h), d.category, quote(d.confidence),"
    " d.source, mo.content_hash FROM detections d JOIN media m ON m.id = d.media_id JOIN models mo ON mo.id = d.model_id",
    "SELECT 'observation', (SELECT min(rel_path) FROM media WHERE sequence_id = o.sequence_id), m.rel_path,"
    " coalesce(quote(d.x) || quote(d.y) || quote(d.w) || quote(d.h), '-'), o.observation_type,"
    " coalesce(t.scientific_name, '-'), o.count, o.method, mo.content_hash, quote(o.confidence), o.classified_by"
    " FROM observations o JOIN media m ON m.id = o.media_id LEFT JOIN detections d ON d.id = o.detection_id"
    " LEFT JOIN taxa t ON t.id = o.taxon_id JOIN models mo ON mo.id = o.model_id",
    "SELECT 'run', m.rel_path, mo.content_hash, r.state, coalesce(r.error, '') FROM model_runs r"
    " JOIN media m ON m.id = r.media_id JOIN models mo ON mo.id = r.model_id",
    "SELECT 'embedding', m.rel_path, quote(d.x) || quote(d.y), hex(e.vector) FROM embeddings e"
    " JOIN detections d ON d.id = e.detection_id JOIN media m ON m.id = d.media_id",
    "SELECT 'prediction', (SELECT min(rel_path) FROM media WHERE sequence_id = p.sequence_id), mo.content_hash,"
    " p.observation_type, coalesce(p.label, '-'), quote(p.confidence), p.frames_agreeing FROM sequence_predictions p"
    " JOIN models mo ON mo.id = p.model_id",
    "SELECT 'flag', rel_path, coalesce(review_flag, '-') FROM media",
    "SELECT 'sequence', (SELECT min(rel_path) FROM media WHERE sequence_id = s.id), s.review_state FROM sequences s",
]
def rows(path):
    db = sqlite3.connect(path)
    out = []
    for q in QUERIES:
        out += ["|".join(str(c) for c in r) for r in db.execute(q)]
    return sorted(out)
local, cluster = rows(sys.argv[1]), rows(sys.argv[2])
kinds = {}
for r in local:
    k = r.split("|")[0]
    kinds[k] = kinds.get(k, 0) + 1
if local != cluster:
    diff = sorted(set(local) ^ set(cluster))[:10]
    print("FAIL: the collected project differs from the local run:", *diff, sep="\n  ")
    sys.exit(1)
if kinds.get("box", 0) == 0 or kinds.get("run", 0) != 68:
    print(f"FAIL: too little to compare: {kinds}")
    sys.exit(1)
print(f"FIGURES: local run {sys.argv[3]} s; Slurm run {sys.argv[4]} s from sbatch to the last collect (3 tasks on "
      f"one node, task 1 cancelled and resubmitted; the first wave {sys.argv[5]} s); {len(local)} rows identical "
      f"({kinds.get('box', 0)} boxes, {kinds.get('observation', 0)} observations, {kinds.get('run', 0)} model runs, "
      f"{kinds.get('prediction', 0)} sequence predictions)")
PY
[ $? = 0 ] || exit 1
echo "PASS"
