-- The aggregates of V7, V7_1 and V8 keep their generation (db/commons V1_4): with the number of their pending rows it
-- is the version the ETags of the statistics read (the statistics repositories' inputs).
select antq_keep_aggregate_generation('activity_monthly');
select antq_keep_aggregate_generation('activity_commune_monthly');
select antq_keep_aggregate_generation('weapon_handover_monthly');
select antq_keep_aggregate_generation('weapon_handover_commune_monthly');
select antq_keep_aggregate_generation('tip_monthly');
