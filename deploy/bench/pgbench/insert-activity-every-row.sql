-- Every row an activity POST writes, in one transaction as the API writes them (deploy/bench/run.sh, part 3): the
-- idempotency record claimed, the activity, the audit event, the record completed with the response.
-- insert-activity.sql has the activity's own row only.
\set key random(1, 9000000000000000000)
begin;
insert into idempotency_record (subject, idempotency_key, request_fingerprint, created_at)
values ('bench.pgbench', 'pgbench-activity-' || :key, 'ffabb5d820459a6f403753874ddbee7582cf6385764e71663040481baf7bb9e8', now())
on conflict (subject, idempotency_key) do nothing;
insert into propaganda_activity (title, form, topics, province_code, commune_code, held_on, organiser, sessions, participants,
                                 languages, created_at, updated_at)
values ('Họp dân thử tải pgbench', 'COMMUNITY_MEETING', 'CRIME_PREVENTION', '01', '01001', '2026-09-15', 'POLICE', 1, 85,
        'VIETNAMESE', now(), now());
insert into audit_event (occurred_at, actor_subject, actor_roles, action, resource_type, resource_id, province_code, commune_code,
                         changes, request_id)
values (now(), 'bench.pgbench', 'MINISTRY_ADMIN', 'CREATE', 'propaganda-activity', currval('propaganda_activity_id_seq')::text, '01', '01001',
        '[{"new": "01001", "old": null, "field": "communeCode"}, {"new": "COMMUNITY_MEETING", "old": null, "field": "form"}, {"new": "2026-09-15", "old": null, "field": "heldOn"}, {"new": 1, "old": null, "field": "id"}, {"new": ["VIETNAMESE"], "old": null, "field": "languages"}, {"new": "POLICE", "old": null, "field": "organiser"}, {"new": 85, "old": null, "field": "participants"}, {"new": "01", "old": null, "field": "provinceCode"}, {"new": 1, "old": null, "field": "sessions"}, {"new": "Họp dân thử tải pgbench", "old": null, "field": "title"}, {"new": ["CRIME_PREVENTION"], "old": null, "field": "topics"}]',
        'pgbench');
update idempotency_record set response_status = 201, response_location = '/api/v1/activities/' || currval('propaganda_activity_id_seq'),
    response_etag = '"0"',
    response_body = '{"id":1,"title":"Họp dân thử tải pgbench","form":"COMMUNITY_MEETING","topics":["CRIME_PREVENTION"],"provinceCode":"01","communeCode":"01001","heldOn":"2026-09-15","periodFrom":null,"periodTo":null,"organiser":"POLICE","sessions":1,"participants":85,"leaflets":null,"booklets":null,"bannersSlogans":null,"panelsPosters":null,"broadcastMinutes":null,"screeningHours":null,"languages":["VIETNAMESE"],"location":null,"notes":null,"createdAt":"2026-12-07T21:55:30.237583611Z","updatedAt":"2026-12-07T21:55:30.237670145Z","version":0}'
where subject = 'bench.pgbench' and idempotency_key = 'pgbench-activity-' || :key and response_status is null;
commit;
