#!/usr/bin/env bash
# Sets up a training room's server on the trainer's machine, in one command:
#   scripts/classroom-server.sh [--stations N] [--network CIDR]
# - installs PostgreSQL (Debian's package) and the simulator's build if missing;
# - uses the running PostgreSQL cluster, or starts (or creates) Debian's default one;
# - creates the database `ameli`, its administrator `ameli_admin`, the schema, the stations'
#   roles poste-01 to poste-N (15 by default) and the trainer's role `formateur`, each with a
#   random password written to ~/.pgpass (for stations on this machine) and to
#   salle-pgpass.txt (a line to copy into ~/.pgpass on each other station);
# - with --network 192.168.1.0/24, lets that network's stations in (TLS when the cluster has a
#   certificate, as Debian's has; passwords checked with SCRAM);
# - prints what each station must run. Safe to run again: what exists is kept, passwords too.
set -euo pipefail
cd "$(dirname "$0")/.."

stations=15
network=""
while [ $# -gt 0 ]; do
  case "$1" in
  --stations) stations=${2:?}; shift 2 ;;
  --network) network=${2:?}; shift 2 ;;
  -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
  *) echo "Option inconnue : $1 (voir --help)" >&2; exit 2 ;;
  esac
done
case "$stations" in
'' | *[!0-9]*) echo "--stations attend un nombre de 1 à 99" >&2; exit 2 ;;
esac

./scripts/install-deps.sh --tests
cmake --preset default >/dev/null
cmake --build --preset default --target ameli-simulator
simulator=$PWD/build/default/app/ameli-simulator

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

# A cluster: the first one Debian knows, started if it is down; created if there is none.
cluster=$(pg_lsclusters -h | head -1)
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  as_root=(); [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" pg_createcluster "$version" main >/dev/null
  cluster=$(pg_lsclusters -h | head -1)
fi
read -r version name port status _ <<<"$cluster"
if [ "$status" != online ]; then
  as_root=(); [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" pg_ctlcluster "$version" "$name" start
fi
echo "Serveur PostgreSQL $version/$name sur le port $port."

psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"; }

pgpass=$HOME/.pgpass
touch "$pgpass" && chmod 600 "$pgpass"
# The password a role has in ~/.pgpass, or a new one (kept there for the next run).
password_of() {
  local role=$1 line pw
  line=$(grep -E "^localhost:$port:ameli:$role:" "$pgpass" | head -1 || true)
  if [ -n "$line" ]; then
    echo "${line##*:}"
    return
  fi
  pw=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
  echo "localhost:$port:ameli:$role:$pw" >>"$pgpass"
  echo "$pw"
}
set_password() {
  # Through psql's variables: the password never appears on a command line.
  local role=$1 pw=$2
  printf '%s\n' "ALTER ROLE \"$role\" PASSWORD :'pw'" | psql_admin -v pw="$pw" -d postgres
}

admin_pw=$(password_of ameli_admin)
psql_admin -d postgres <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ameli_admin') THEN
    CREATE ROLE ameli_admin LOGIN CREATEROLE;
  END IF;
END $$;
SQL
set_password ameli_admin "$admin_pw"
if [ "$(psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'ameli'")" != 1 ]; then
  psql_admin -d postgres -c "CREATE DATABASE ameli OWNER ameli_admin"
fi

if [ -n "$network" ]; then
  hba=$(psql_admin -d postgres -tAc "SHOW hba_file")
  rule="hostssl ameli all $network scram-sha-256"
  if ! as_postgres grep -qF "$rule" "$hba"; then
    echo "$rule" | as_postgres tee -a "$hba" >/dev/null
    # Without TLS on the cluster, the network's stations are let in without it.
    echo "host ameli all $network scram-sha-256" | as_postgres tee -a "$hba" >/dev/null
  fi
  psql_admin -d postgres -c "ALTER SYSTEM SET listen_addresses = '*'"
  as_root=(); [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" pg_ctlcluster "$version" "$name" restart
fi

# The schema and the roles, by the simulator itself (the schema lives in one place).
"$simulator" --server "postgresql://ameli_admin@localhost:$port/ameli" --install-server "$stations" \
  | sed -n 1p

host=$(hostname -f 2>/dev/null || hostname)
share=salle-pgpass.txt
: >"$share" && chmod 600 "$share"
roles=(formateur)
for i in $(seq 1 "$stations"); do roles+=("$(printf 'poste-%02d' "$i")"); done
for role in "${roles[@]}"; do
  pw=$(password_of "$role")
  set_password "$role" "$pw"
  echo "$host:$port:ameli:$role:$pw" >>"$share"
done

cat <<EOF

Salle prête : base « ameli », $stations postes (poste-01 à $(printf 'poste-%02d' "$stations")) et le rôle formateur.
Sur ce poste, chaque poste de la salle se lance ainsi (mots de passe déjà dans ~/.pgpass) :
  $simulator --server 'postgresql://localhost:$port/ameli' --station poste-01
Sur un autre poste du réseau : copiez sa ligne de $PWD/$share dans son ~/.pgpass
(droits 600), puis :
  ameli-simulator --server 'postgresql://$host:$port/ameli' --station poste-NN
EOF
