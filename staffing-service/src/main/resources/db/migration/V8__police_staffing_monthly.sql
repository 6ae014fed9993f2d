-- Staffing statistics from maintained monthly aggregates (commons AggregateCompaction). Every staffing figure of a
-- record is a stock "as of the window's last day", and the aggregates answer only whole-month windows, so that day is
-- always the last day of a month M. The interval records (postings, grassroots teams and members) are therefore
-- reduced to months:
--
--   an interval record is valid on a day d when  first_valid_day <= d < first_day_no_longer_valid  (null: open);
--   with d = the last day of M, and from_month = month(first_valid_day), until_month = month(first_day_no_longer_valid):
--     first_valid_day <= d            <=>  from_month <= M             (every day of a month up to M is <= d)
--     d < first_day_no_longer_valid   <=>  until_month > M             (the first day after d is the 1st of M + 1)
--   so valid on M's last day  <=>  from_month <= M < until_month, decided from the two months alone.
--
-- Each interval is stored as two signed monthly changes, +1 at from_month and -1 at until_month (none when open);
-- until_month >= from_month always (the end is after the start), so the sum of the changes of the months <= M is
-- exactly 1 when the record is valid on M's last day and 0 otherwise, and the stock of a group as of M's last day is
-- the sum of its changes over the months <= M. A record starting and ending in one month nets to nothing. Keeping
-- changes per (key, month) rather than one row per (key, from_month, until_month) keeps the row count at most one per
-- key and month with a change, however many records there are (pairs of months grow with the square of the history).
--
-- Position is no key but a column each: postings per police unit (3,321 units) and month. The norm comparison of a
-- unit (unitsMeetingNorm, vacancies) needs its own three counts, so the statistics sum the changes per unit and then
-- judge each unit against the norm of its commune's type on the day, exactly as the staffing list does; the unit's
-- province, commune, regular_since and type are read from police_unit and commune_type_period at query time (a few
-- thousand rows, and their changes count at once without a trigger).

create function staffing_month(day date) returns date
    language sql immutable strict parallel safe as
$$
select date_trunc('month', day::timestamp)::date
$$;

create table police_staffing_monthly (
    police_unit_id bigint not null,
    month          date   not null,
    chiefs         integer not null,
    deputies       integer not null,
    officers       integer not null,
    primary key (police_unit_id, month)
);

-- Signed changes not folded in yet: writers only insert here (see commons AggregateCompaction).
-- The same columns, without the key: writers append signed deltas, several per group.
create table police_staffing_monthly_pending (like police_staffing_monthly);

-- A posting's changes, multiplied by sign: +1 in the month of from_date, -1 in the month of the day after to_date.
create function police_posting_changes(unit_id bigint, post varchar, first_day date, last_day date, sign integer)
    returns table (police_unit_id bigint, month date, chiefs integer, deputies integer, officers integer)
    language sql immutable as
$$
select unit_id, e.month, sign * e.change * (post = 'CHIEF')::int, sign * e.change * (post = 'DEPUTY')::int,
       sign * e.change * (post = 'OFFICER')::int
from (values (staffing_month(first_day), 1), (staffing_month(last_day + 1), -1)) as e(month, change)
where e.month is not null
$$;

-- One function for the three triggers: each statement adds one pending row per unit and month it changed (an update
-- that moves nothing, e.g. of the notes, adds none).
create function police_staffing_monthly_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        insert into police_staffing_monthly_pending
        select c.police_unit_id, c.month, sum(c.chiefs), sum(c.deputies), sum(c.officers)
        from added a cross join lateral police_posting_changes(a.police_unit_id, a.position, a.from_date, a.to_date, 1) c
        group by 1, 2 having sum(c.chiefs) <> 0 or sum(c.deputies) <> 0 or sum(c.officers) <> 0;
    elsif tg_op = 'UPDATE' then
        insert into police_staffing_monthly_pending
        select c.police_unit_id, c.month, sum(c.chiefs), sum(c.deputies), sum(c.officers)
        from (select c.* from added a
              cross join lateral police_posting_changes(a.police_unit_id, a.position, a.from_date, a.to_date, 1) c
              union all
              select c.* from removed r
              cross join lateral police_posting_changes(r.police_unit_id, r.position, r.from_date, r.to_date, -1) c) c
        group by 1, 2 having sum(c.chiefs) <> 0 or sum(c.deputies) <> 0 or sum(c.officers) <> 0;
    else
        insert into police_staffing_monthly_pending
        select c.police_unit_id, c.month, sum(c.chiefs), sum(c.deputies), sum(c.officers)
        from removed r cross join lateral police_posting_changes(r.police_unit_id, r.position, r.from_date, r.to_date, -1) c
        group by 1, 2 having sum(c.chiefs) <> 0 or sum(c.deputies) <> 0 or sum(c.officers) <> 0;
    end if;
    return null;
end
$$;

create trigger police_staffing_monthly_insert after insert on police_posting
    referencing new table as added for each statement execute function police_staffing_monthly_changed();
create trigger police_staffing_monthly_update after update on police_posting
    referencing old table as removed new table as added for each statement execute function police_staffing_monthly_changed();
create trigger police_staffing_monthly_delete after delete on police_posting
    referencing old table as removed for each statement execute function police_staffing_monthly_changed();

-- The aggregate from scratch: for existing rows (below) and after a TRUNCATE, which fires no row-set trigger.
create function staffing_rebuild_police_staffing_monthly() returns void
    language plpgsql as
$$
begin
    delete from police_staffing_monthly_pending;
    delete from police_staffing_monthly;
    insert into police_staffing_monthly
    select c.police_unit_id, c.month, sum(c.chiefs), sum(c.deputies), sum(c.officers)
    from police_posting p cross join lateral police_posting_changes(p.police_unit_id, p.position, p.from_date, p.to_date, 1) c
    group by 1, 2 having sum(c.chiefs) <> 0 or sum(c.deputies) <> 0 or sum(c.officers) <> 0;
end
$$;

create function police_staffing_monthly_truncated() returns trigger
    language plpgsql as
$$
begin
    perform staffing_rebuild_police_staffing_monthly();
    return null;
end
$$;

create trigger police_staffing_monthly_truncate after truncate on police_posting
    for each statement execute function police_staffing_monthly_truncated();

create function antq_compact_police_staffing_monthly() returns bigint
    language plpgsql as
$$
declare
    folded bigint;
begin
    with moved as (delete from police_staffing_monthly_pending returning *),
    summed as (select police_unit_id, month, sum(chiefs) as chiefs, sum(deputies) as deputies, sum(officers) as officers,
                      count(*) as n
               from moved group by 1, 2),
    merged as (insert into police_staffing_monthly as m
               select police_unit_id, month, chiefs, deputies, officers from summed
               on conflict (police_unit_id, month) do update set chiefs = m.chiefs + excluded.chiefs,
                   deputies = m.deputies + excluded.deputies, officers = m.officers + excluded.officers)
    select coalesce(sum(n), 0) into folded from summed;
    delete from police_staffing_monthly where chiefs = 0 and deputies = 0 and officers = 0;
    return folded;
end
$$;

do $$ begin perform staffing_rebuild_police_staffing_monthly(); end $$;
