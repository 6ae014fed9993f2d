-- The aggregates of V8 and V8_1 keep their generation (db/commons V1_4): with the number of their pending rows it is
-- the version the ETags of model-statistics read (ModelStatisticsRepository.inputs).
select antq_keep_aggregate_generation('model_monthly');
select antq_keep_aggregate_generation('recognition_yearly');
