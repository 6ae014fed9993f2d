-- Safe-unit recognitions passed and failed per province, commune and recognition year, kept like model_monthly (V8) so
-- whole-month windows read these rows instead of the recognitions: a recognition counts in a window when its year lies
-- between the years of the window's first and last days, which the year alone decides.

create table recognition_yearly (
    province_code     varchar(2) not null,
    commune_code      varchar(5) not null,
    recognition_year  integer    not null,
    passed            bigint     not null,
    failed            bigint     not null,
    primary key (province_code, commune_code, recognition_year)
);

-- Signed changes not folded in yet: writers only insert here (see commons AggregateCompaction).
-- The same columns, without the key: writers append signed deltas, several per group.
create table recognition_yearly_pending (like recognition_yearly);

-- One pending row per group a statement changed; an update that moves nothing (e.g. of the notes) adds none.
create function recognition_yearly_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        insert into recognition_yearly_pending
        select province_code, commune_code, recognition_year, count(*) filter (where result = 'PASSED'),
               count(*) filter (where result = 'FAILED')
        from added group by 1, 2, 3;
    elsif tg_op = 'UPDATE' then
        insert into recognition_yearly_pending
        select province_code, commune_code, recognition_year, coalesce(sum(sign) filter (where result = 'PASSED'), 0),
               coalesce(sum(sign) filter (where result = 'FAILED'), 0)
        from (select province_code, commune_code, recognition_year, result, 1 as sign from added
              union all
              select province_code, commune_code, recognition_year, result, -1 from removed) c
        group by 1, 2, 3
        having coalesce(sum(sign) filter (where result = 'PASSED'), 0) <> 0
            or coalesce(sum(sign) filter (where result = 'FAILED'), 0) <> 0;
    else
        insert into recognition_yearly_pending
        select province_code, commune_code, recognition_year, -count(*) filter (where result = 'PASSED'),
               -count(*) filter (where result = 'FAILED')
        from removed group by 1, 2, 3;
    end if;
    return null;
end
$$;

create trigger recognition_yearly_insert after insert on safe_unit_recognition
    referencing new table as added for each statement execute function recognition_yearly_changed();
create trigger recognition_yearly_update after update on safe_unit_recognition
    referencing old table as removed new table as added for each statement execute function recognition_yearly_changed();
create trigger recognition_yearly_delete after delete on safe_unit_recognition
    referencing old table as removed for each statement execute function recognition_yearly_changed();

-- The aggregate from scratch: for the recognitions already stored (below) and after a TRUNCATE, which passes no
-- transition table.
create function recognition_yearly_rebuild() returns void
    language plpgsql as
$$
begin
    delete from recognition_yearly_pending;
    delete from recognition_yearly;
    insert into recognition_yearly
    select province_code, commune_code, recognition_year, count(*) filter (where result = 'PASSED'),
           count(*) filter (where result = 'FAILED')
    from safe_unit_recognition group by 1, 2, 3;
end
$$;

create function recognition_yearly_truncated() returns trigger
    language plpgsql as
$$
begin
    perform recognition_yearly_rebuild();
    return null;
end
$$;

create trigger recognition_yearly_truncate after truncate on safe_unit_recognition
    for each statement execute function recognition_yearly_truncated();

create function antq_compact_recognition_yearly() returns bigint
    language plpgsql as
$$
declare
    folded bigint;
begin
    with moved as (delete from recognition_yearly_pending returning *),
    summed as (select province_code, commune_code, recognition_year, sum(passed) as passed, sum(failed) as failed, count(*) as n
               from moved group by 1, 2, 3),
    merged as (insert into recognition_yearly as r
               select province_code, commune_code, recognition_year, passed, failed from summed
               on conflict (province_code, commune_code, recognition_year) do update set passed = r.passed + excluded.passed,
                   failed = r.failed + excluded.failed)
    select coalesce(sum(n), 0) into folded from summed;
    -- Rows that fold to nothing go; only a fold makes one.
    if folded > 0 then
        delete from recognition_yearly where passed = 0 and failed = 0;
    end if;
    return folded;
end
$$;

do $$ begin perform recognition_yearly_rebuild(); end $$;
