-- The tables this service's statistics read besides their aggregates (StatisticsInputs.tracked in the repositories):
-- each change bumps the table's generation (db/commons V1_5), so a conditional statistics request reads their version
-- by key instead of scanning them.
select antq_keep_table_generation('commune');
select antq_keep_table_generation('commune_succession');
select antq_keep_table_generation('activity_tally');
select antq_keep_table_generation('tip_tally');
select antq_keep_table_generation('weapon_handover_tally');
