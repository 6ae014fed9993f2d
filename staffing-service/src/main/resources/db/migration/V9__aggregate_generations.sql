-- The aggregates of V8, V8_1 and V8_2 keep their generation (db/commons V1_4): with the number of their pending rows
-- it is the version the ETags of staffing-statistics read (StaffingStatisticsRepository.inputs).
select antq_keep_aggregate_generation('police_staffing_monthly');
select antq_keep_aggregate_generation('grassroots_force_monthly');
select antq_keep_aggregate_generation('training_course_monthly');

-- The reported totals are read as tallies (courses come from training_course_monthly): their version, read at every
-- whole-month request, and the statistics find them without scanning every course.
create index training_reported_total_idx on training (province_code, period_from, period_to) where kind = 'REPORTED_TOTAL';
