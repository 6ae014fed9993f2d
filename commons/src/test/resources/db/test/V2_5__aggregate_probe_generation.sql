-- The probe aggregate keeps its generation as the services' aggregates do (db/commons V1_4).
select antq_keep_aggregate_generation('probe_event_monthly');
