#!/usr/bin/env bash
# A throw-away single-node Slurm cluster on 127.0.0.1 (munged, slurmctld, slurmd), for run-slurm-test.sh.
# Source it, then: cluster_start DIR (returns non-zero with the reason in CLUSTER_WHY), cluster_stop.
# Everything lives in DIR: the munge key and socket, slurm.conf, state, spool, logs and pid files; the daemons run as
# root with proctrack/linuxproc and no cgroups, so it works in a container.

CLUSTER_WHY=""

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

cluster_start() {
  local dir="$1"
  mkdir -p "$dir/munge" "$dir/state" "$dir/spool" "$dir/log"
  chmod 700 "$dir/munge"
  if ! dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none; then
    CLUSTER_WHY="cannot write a munge key"; return 1
  fi
  chmod 400 "$dir/munge/munge.key"
  if ! munged --key-file="$dir/munge/munge.key" --socket="$dir/munge/munge.socket" \
      --pid-file="$dir/munge/munged.pid" --log-file="$dir/log/munged.log" --seed-file="$dir/munge/seed" --force; then
    CLUSTER_WHY="munged did not start: $(tail -n 3 "$dir/log/munged.log" 2>/dev/null)"; return 1
  fi
  local ctld_port slurmd_port cpus
  ctld_port=$(free_port); slurmd_port=$(free_port); cpus=$(nproc)
  cat > "$dir/slurm.conf" <<CONF
ClusterName=trapline-test
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$dir/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
MpiDefault=none
ReturnToService=2
KillWait=5
MinJobAge=30
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP OverSubscribe=NO
CONF
  export SLURM_CONF="$dir/slurm.conf"
  if ! slurmctld -i; then
    CLUSTER_WHY="slurmctld did not start: $(tail -n 5 "$dir/log/slurmctld.log" 2>/dev/null)"; return 1
  fi
  if ! slurmd -N localhost; then
    CLUSTER_WHY="slurmd did not start: $(tail -n 5 "$dir/log/slurmd.log" 2>/dev/null)"; return 1
  fi
  local i
  for i in $(seq 1 60); do
    if sinfo -h -N -o '%T' 2>/dev/null | grep -qE '^idle'; then
      return 0
    fi
    sleep 1
  done
  CLUSTER_WHY="the node did not become idle in 60 s: $(sinfo -N 2>&1 | tail -n 2) $(tail -n 5 "$dir/log/slurmd.log" 2>/dev/null)"
  return 1
}

cluster_stop() {
  local dir="$1" f i
  # Jobs first, so that no slurmstepd outlives the daemons.
  if [ -n "${SLURM_CONF:-}" ] && [ -s "$dir/slurmctld.pid" ]; then
    scancel --user=root 2>/dev/null || true
    for i in $(seq 1 20); do
      [ -z "$(squeue -h 2>/dev/null)" ] && break
      sleep 1
    done
  fi
  for f in "$dir/slurmd.pid" "$dir/slurmctld.pid" "$dir/munge/munged.pid"; do
    if [ -s "$f" ]; then
      kill "$(cat "$f")" 2>/dev/null || true
    fi
  done
  sleep 1
  for f in "$dir/slurmd.pid" "$dir/slurmctld.pid" "$dir/munge/munged.pid"; do
    if [ -s "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; then
      kill -9 "$(cat "$f")" 2>/dev/null || true
    fi
  done
}
