-- The rows a tip POST stores in its own tables: the tip and its first status change (deploy/bench/run.sh, part 3).
with t as (
  insert into tip (received_at, channel, category, province_code, commune_code, summary, status, status_since, created_at, updated_at)
  values ('2026-09-15 08:30:00+07', 'HOTLINE', 'DRUGS', '01', '01001', 'Tin báo thử tải pgbench', 'RECEIVED', now(), now(), now())
  returning id, status_since)
insert into tip_status_change (tip_id, from_status, to_status, effective_at, changed_by, changed_at)
select id, null, 'RECEIVED', status_since, 'bench.pgbench', now() from t;
