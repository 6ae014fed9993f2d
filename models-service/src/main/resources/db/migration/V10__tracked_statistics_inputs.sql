-- The tables this service's statistics read besides their aggregates (StatisticsInputs.tracked in the repositories):
-- each change bumps the table's generation (db/commons V1_5), so a conditional statistics request reads their version
-- by key instead of scanning them.
select antq_keep_table_generation('commune');
select antq_keep_table_generation('model_type');
select antq_keep_table_generation('model_tally');
