-- The probe tallies as a tracked statistics input (db/commons V1_5); probe_detail stays untracked on purpose.
select antq_keep_table_generation('probe_tally');
