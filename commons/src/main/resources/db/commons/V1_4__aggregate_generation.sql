-- The generation of each statistics aggregate (commons AggregateCompaction, StatisticsInputs): the version of an
-- aggregate, as a conditional statistics request (ETag) needs it, is its generation and the number of its pending rows,
-- read in one snapshot. Writers only ever insert pending rows, and every write that changes a figure inserts at least
-- one, so while the generation stands the count grows with each committed write (a snapshot sees a prefix of the
-- commits). Everything else that changes what the aggregate answers bumps the generation in the same transaction:
-- any write to the aggregate table (the compaction's fold, a rebuild after a TRUNCATE of a record table), and any
-- update, delete or truncate of the pending table (the compaction emptying it, a rebuild). A statement that changes
-- no row bumps nothing, so a compaction with nothing to fold leaves every ETag as it was.
create table aggregate_generation (
    -- The aggregate table's name: antq_compact_<name>() folds <name>_pending into <name>.
    name       text   primary key,
    generation bigint not null
);

create function antq_aggregate_generation_bump(aggregate text) returns void
    language sql as
$$
insert into aggregate_generation as g (name, generation) values (aggregate, 1)
on conflict (name) do update set generation = g.generation + 1
$$;

-- Statement triggers (TG_ARGV[0]: the aggregate's name); each names its transition table "changed".
create function antq_aggregate_generation_changed() returns trigger
    language plpgsql as
$$
begin
    if exists (select from changed) then
        perform antq_aggregate_generation_bump(TG_ARGV[0]);
    end if;
    return null;
end
$$;

create function antq_aggregate_generation_truncated() returns trigger
    language plpgsql as
$$
begin
    perform antq_aggregate_generation_bump(TG_ARGV[0]);
    return null;
end
$$;

-- A service's migration calls this once for each aggregate it creates (the DatabaseContract test checks every
-- antq_compact_ function's aggregate has them). A trigger with a transition table serves one event, hence seven.
create function antq_keep_aggregate_generation(aggregate text) returns void
    language plpgsql as
$$
declare
    pending text := aggregate || '_pending';
begin
    execute format('create trigger aggregate_generation_insert after insert on %I referencing new table as changed'
        || ' for each statement execute function antq_aggregate_generation_changed(%L)', aggregate, aggregate);
    execute format('create trigger aggregate_generation_update after update on %I referencing new table as changed'
        || ' for each statement execute function antq_aggregate_generation_changed(%L)', aggregate, aggregate);
    execute format('create trigger aggregate_generation_delete after delete on %I referencing old table as changed'
        || ' for each statement execute function antq_aggregate_generation_changed(%L)', aggregate, aggregate);
    execute format('create trigger aggregate_generation_truncate after truncate on %I'
        || ' for each statement execute function antq_aggregate_generation_truncated(%L)', aggregate, aggregate);
    -- Inserts into the pending table are what the count counts.
    execute format('create trigger aggregate_generation_update after update on %I referencing new table as changed'
        || ' for each statement execute function antq_aggregate_generation_changed(%L)', pending, aggregate);
    execute format('create trigger aggregate_generation_delete after delete on %I referencing old table as changed'
        || ' for each statement execute function antq_aggregate_generation_changed(%L)', pending, aggregate);
    execute format('create trigger aggregate_generation_truncate after truncate on %I'
        || ' for each statement execute function antq_aggregate_generation_truncated(%L)', pending, aggregate);
end
$$;
