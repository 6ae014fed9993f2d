-- Generations of the plain tables statistics read besides their aggregates (reference tables such as commune and
-- police_unit, tallies), kept like the aggregates' (V1_4, in the same aggregate_generation table under the table's
-- name): every statement that changes a row, and every truncate, bumps it in the writing transaction. The version of
-- such a table (StatisticsInputs.tracked) is then one primary-key lookup, where counting and summing its rows at every
-- conditional request cost milliseconds per table. The writes to these tables are rare (imports, tallies, unit
-- changes); writers of one table queue on its generation row until commit, which for them is no cost worth naming.

-- A service's migration calls this once for each table it lists as a tracked statistics input. The row it creates is
-- what the version query requires: a table never set up has none, and its statistics fail instead of answering with a
-- version that never changes (antq_untracked_input).
create function antq_keep_table_generation(tracked text) returns void
    language plpgsql as
$$
begin
    execute format('create trigger table_generation_insert after insert on %I referencing new table as changed'
        || ' for each statement execute function antq_aggregate_generation_changed(%L)', tracked, tracked);
    execute format('create trigger table_generation_update after update on %I referencing new table as changed'
        || ' for each statement execute function antq_aggregate_generation_changed(%L)', tracked, tracked);
    execute format('create trigger table_generation_delete after delete on %I referencing old table as changed'
        || ' for each statement execute function antq_aggregate_generation_changed(%L)', tracked, tracked);
    execute format('create trigger table_generation_truncate after truncate on %I'
        || ' for each statement execute function antq_aggregate_generation_truncated(%L)', tracked, tracked);
    insert into aggregate_generation (name, generation) values (tracked, 0) on conflict (name) do nothing;
end
$$;

create function antq_untracked_input(tracked text) returns bigint
    language plpgsql as
$$
begin
    raise exception 'statistics input % keeps no generation: call antq_keep_table_generation(''%'') in a migration',
        tracked, tracked;
end
$$;
