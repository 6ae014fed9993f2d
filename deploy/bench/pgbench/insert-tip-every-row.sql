-- Every row a tip POST writes, in one transaction as the API writes them (deploy/bench/run.sh, part 3): the
-- idempotency record claimed, the tip and its first status change, the audit event, the record completed with the
-- response. insert-tip.sql has the tip's own rows only.
\set key random(1, 9000000000000000000)
begin;
insert into idempotency_record (subject, idempotency_key, request_fingerprint, created_at)
values ('bench.pgbench', 'pgbench-tip-' || :key, 'ffabb5d820459a6f403753874ddbee7582cf6385764e71663040481baf7bb9e8', now())
on conflict (subject, idempotency_key) do nothing;
with t as (
  insert into tip (received_at, channel, category, province_code, commune_code, summary, status, status_since, created_at, updated_at)
  values ('2026-09-15 08:30:00+07', 'HOTLINE', 'DRUGS', '01', '01001', 'Tin báo thử tải pgbench', 'RECEIVED', now(), now(), now())
  returning id, status_since)
insert into tip_status_change (tip_id, from_status, to_status, effective_at, changed_by, changed_at)
select id, null, 'RECEIVED', status_since, 'bench.pgbench', now() from t;
insert into audit_event (occurred_at, actor_subject, actor_roles, action, resource_type, resource_id, province_code, commune_code,
                         changes, request_id)
values (now(), 'bench.pgbench', 'MINISTRY_ADMIN', 'CREATE', 'tip', currval('tip_id_seq')::text, '01', '01001',
        '[{"new": [], "old": null, "field": "caseRefs"}, {"new": 0, "old": null, "field": "casesSolved"}, {"new": "DRUGS", "old": null, "field": "category"}, {"new": "HOTLINE", "old": null, "field": "channel"}, {"new": "01001", "old": null, "field": "communeCode"}, {"new": 1, "old": null, "field": "id"}, {"new": "01", "old": null, "field": "provinceCode"}, {"new": "2026-09-15T01:30:00Z", "old": null, "field": "receivedAt"}, {"new": false, "old": null, "field": "reporterIdentified"}, {"new": "RECEIVED", "old": null, "field": "status"}, {"new": "2026-09-15T01:30:00Z", "old": null, "field": "statusSince"}, {"new": "Tin báo thử tải pgbench", "old": null, "field": "summary"}, {"new": 0, "old": null, "field": "suspectsArrested"}, {"new": 0, "old": null, "field": "wantedCaught"}, {"new": 0, "old": null, "field": "wantedSurrendered"}]',
        'pgbench');
update idempotency_record set response_status = 201, response_location = '/api/v1/tips/' || currval('tip_id_seq'), response_etag = '"0"',
    response_body = '{"id":1,"receivedAt":"2026-09-15T01:30:00Z","channel":"HOTLINE","activityId":null,"category":"DRUGS","provinceCode":"01","communeCode":"01001","summary":"Tin báo thử tải pgbench","reporterIdentified":false,"status":"RECEIVED","statusSince":"2026-09-15T01:30:00Z","notValuableReason":null,"forwardedTo":null,"casesSolved":0,"suspectsArrested":0,"wantedCaught":0,"wantedSurrendered":0,"caseRefs":[],"createdAt":"2026-12-07T22:04:29.112304324Z","updatedAt":"2026-12-07T22:04:29.112304324Z","version":0}'
where subject = 'bench.pgbench' and idempotency_key = 'pgbench-tip-' || :key and response_status is null;
commit;
