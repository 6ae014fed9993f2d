-- The row an activity POST stores in its own table (deploy/bench/run.sh, part 3).
insert into propaganda_activity (title, form, topics, province_code, commune_code, held_on, organiser, sessions, participants,
                                 languages, created_at, updated_at)
values ('Họp dân thử tải pgbench', 'COMMUNITY_MEETING', 'CRIME_PREVENTION', '01', '01001', '2026-09-15', 'POLICE', 1, 85,
        'VIETNAMESE', now(), now());
