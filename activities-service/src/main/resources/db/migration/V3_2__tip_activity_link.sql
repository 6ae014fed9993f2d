-- A tip from a slip collected at a propaganda session names that activity. The activity cannot be deleted while tips
-- name it (no cascade: the service answers 409 first; the key is the last line of defence).
alter table tip add column activity_id bigint references propaganda_activity (id);

-- Only slip tips name an activity. That every slip tip names one is the service's rule for tips it records or changes:
-- as a constraint it would refuse this migration on databases already holding slip tips recorded without one.
alter table tip add constraint tip_activity_only_for_slips
    check (activity_id is null or channel = 'PROPAGANDA_SESSION_SLIP');

-- The tip list's activity filter and the delete check.
create index tip_activity_idx on tip (activity_id) where activity_id is not null;
