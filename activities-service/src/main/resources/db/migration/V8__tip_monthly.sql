-- Monthly aggregates of tips, kept like the activities' (V7) and handovers' (V7_1): tip statistics of whole-month
-- windows read them instead of the tips and their status history (TipStatisticsRepository; commons AggregateCompaction).
--
-- Months are Vietnam's: month(x) = the 1st of the month in which instant x falls in Asia/Ho_Chi_Minh (tip_month). For a
-- window of whole months F..T the record query's bounds are since = F's first midnight and until = the midnight after
-- T's last day, both in Vietnam, so
--   received in the window     since <= received_at < until   <=>  F <= month(received_at) <= T
--   a change counts by its end effective_at < until           <=>  month(effective_at) <= T
-- Once received in the window, what a tip adds to it therefore depends on T alone: its state as of the end of month T
-- (status in force, reached VALUABLE, reached NOT_VALUABLE). That state only changes in months in which a change takes
-- effect; changes before the tip's received month act as in that month (a window counting the tip ends in it or
-- later). The status in force is the latest change by (effective_at, id), as the record query orders them, and the
-- tip's status column when no change precedes the end; valuable is "some change to VALUABLE by then", likewise not
-- valuable. Outcomes are the tip's columns whatever T.
--
-- A tip is stored as signed changes of that state keyed on (received_month, change_month): in each month b in which
-- its state can change (its received month, the months of its changes after it), + its state as of b under the group
-- of that state and - its state as of the previous such month under the group of that one. Summing the changes with
-- change_month <= T telescopes to exactly its state as of T, under the group that state falls in. The window's figures
-- are thus the sums over received_month between F and T and change_month <= T. For groups that do not depend on the
-- state (province, commune, channel, category) this is: 1 tip and its outcomes in its received month, +1 valuable in
-- the month it reached VALUABLE (its received month if earlier), +1 not valuable likewise.
--
-- tip_monthly keeps one row set per dimension, never their product: 'province' (value ''; totals and groupBy=province),
-- 'commune' (the commune code as stored, '' for none: the record query does not map tips' codes either), 'channel',
-- 'category' and 'status'.
--
-- The aggregates of a tip depend on its row and its status history. So that they depend on one row only, the tip
-- carries a summary of its history (status_by_month, first_valuable_at, first_not_valuable_at), which the history's
-- triggers keep by updating the tip; the tip's own triggers then write the signed deltas of its old and new row images,
-- as V7's do. Deltas computed from the tip and from the history separately would go wrong whenever one
-- statement changes both: a tip deleted with its history (the cascade runs before either statement trigger), or a tip
-- and its first change inserted by one statement (deploy/bench/pgbench/insert-tip.sql).

-- The summaries and aggregates are filled from the rows stored now: writers wait until this migration commits, so each
-- row counts exactly once (adding the columns below locks tip; this locks the history too).
lock table tip_status_change in share row exclusive mode;

create function tip_month(instant timestamptz) returns date
    language sql immutable strict parallel safe as
$$
select date_trunc('month', instant at time zone 'Asia/Ho_Chi_Minh')::date
$$;

-- Derived from tip_status_change by its triggers below; nothing else writes them.
alter table tip add column status_by_month jsonb not null default '{}',
    add column first_valuable_at timestamp(6) with time zone,
    add column first_not_valuable_at timestamp(6) with time zone;
comment on column tip.status_by_month is
    'Kept by trigger (V8): for each Vietnam month in which a status change took effect (''YYYY-MM-01''), the status in force at its end';
comment on column tip.first_valuable_at is 'Kept by trigger (V8): effective_at of the first change to VALUABLE';
comment on column tip.first_not_valuable_at is 'Kept by trigger (V8): effective_at of the first change to NOT_VALUABLE';

-- The history summaries of the given tips (distinct ids) from their current status changes: '{}' and nulls for a tip
-- without any.
create function tip_history_summaries(tip_ids bigint[])
    returns table (tip_id bigint, status_by_month jsonb, first_valuable_at timestamptz, first_not_valuable_at timestamptz)
    language sql stable as
$$
with months as (
    select c.tip_id, tip_month(c.effective_at) as month, (array_agg(c.to_status order by c.effective_at desc, c.id desc))[1] as status,
           min(c.effective_at) filter (where c.to_status = 'VALUABLE') as first_valuable_at,
           min(c.effective_at) filter (where c.to_status = 'NOT_VALUABLE') as first_not_valuable_at
    from unnest(tip_ids) i(id) join tip_status_change c on c.tip_id = i.id
    group by 1, 2)
select i.id, coalesce(jsonb_object_agg(to_char(m.month, 'YYYY-MM-DD'), m.status) filter (where m.month is not null), '{}'),
       min(m.first_valuable_at), min(m.first_not_valuable_at)
from unnest(tip_ids) i(id) left join months m on m.tip_id = i.id
group by i.id
$$;

-- The tips already stored get their summaries before any trigger exists (the aggregates are filled at the end).
update tip t set status_by_month = h.status_by_month, first_valuable_at = h.first_valuable_at,
                 first_not_valuable_at = h.first_not_valuable_at
from tip_history_summaries(array(select id from tip)) h
where t.id = h.tip_id;

-- What tip row t adds to the aggregates, multiplied by sign (+1 for a new row image, -1 for an old one): the signed
-- state changes explained above, one row per dimension and change, not yet summed. Its state can change in its
-- received month and in the months of its summary after it (the first VALUABLE and NOT_VALUABLE months are among
-- them); the status as of a month's end is that of the latest summary month up to it, months before the received one
-- counting as in it, and the status column when there is none.
create function tip_monthly_changes(t tip, sign integer)
    returns table (dimension text, value text, province_code text, received_month date, change_month date, tips integer,
                   valuable integer, not_valuable integer, cases_solved integer, suspects_arrested integer, wanted_caught integer,
                   wanted_surrendered integer)
    language sql stable as
$$
select d.dimension, d.value, t.province_code, tip_month(t.received_at), st.month, sign * s.side, sign * s.side * s.valuable,
       sign * s.side * s.not_valuable, sign * s.side * t.cases_solved, sign * s.side * t.suspects_arrested,
       sign * s.side * t.wanted_caught, sign * s.side * t.wanted_surrendered
from (select m.month, m.status, m.valuable, m.not_valuable, lag(m.status) over w as status_before,
             lag(m.valuable) over w as valuable_before, lag(m.not_valuable) over w as not_valuable_before
      from (select distinct on (c.month) c.month, c.status, coalesce(tip_month(t.first_valuable_at) <= c.month, false)::int as valuable,
                   coalesce(tip_month(t.first_not_valuable_at) <= c.month, false)::int as not_valuable
            from (select tip_month(t.received_at) as month, null::date as summary_month, t.status as status
                  union all
                  select greatest(k.key::date, tip_month(t.received_at)), k.key::date, k.value
                  from jsonb_each_text(t.status_by_month) k) c
            order by c.month, c.summary_month desc nulls last) m
      window w as (order by m.month)) st
-- + the state as of the month, - the state as of the month before it (none for the first)
cross join lateral (values (1, st.status, st.valuable, st.not_valuable),
                           (-1, st.status_before, st.valuable_before, st.not_valuable_before)) s(side, status, valuable, not_valuable)
cross join lateral (values ('province', ''), ('commune', coalesce(t.commune_code, '')), ('channel', t.channel),
                           ('category', t.category), ('status', s.status)) d(dimension, value)
where s.status is not null
$$;

create table tip_monthly (
    dimension           varchar(10) not null,
    value               varchar(30) not null,
    province_code       varchar(2)  not null,
    received_month      date        not null,
    change_month        date        not null,
    tips                bigint      not null,
    valuable            bigint      not null,
    not_valuable        bigint      not null,
    cases_solved        bigint      not null,
    suspects_arrested   bigint      not null,
    wanted_caught       bigint      not null,
    wanted_surrendered  bigint      not null,
    primary key (dimension, value, province_code, received_month, change_month)
);

-- Signed deltas written by the triggers below; folded into tip_monthly by antq_compact_tip_monthly().
-- The same columns, without the key: writers append signed deltas, several per group.
create table tip_monthly_pending (like tip_monthly);

-- One pending row per group a statement changed: an update adds its rows' new images and takes away their old ones in
-- one sum, so one that changes nothing counted (the tip's text, updated_at, version) adds none.
create function tip_monthly_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        insert into tip_monthly_pending
        select c.dimension, c.value, c.province_code, c.received_month, c.change_month, sum(c.tips), sum(c.valuable),
               sum(c.not_valuable), sum(c.cases_solved), sum(c.suspects_arrested), sum(c.wanted_caught), sum(c.wanted_surrendered)
        from added a cross join lateral tip_monthly_changes(a, 1) c
        group by 1, 2, 3, 4, 5
        having (sum(c.tips), sum(c.valuable), sum(c.not_valuable), sum(c.cases_solved), sum(c.suspects_arrested),
                sum(c.wanted_caught), sum(c.wanted_surrendered)) <> (0, 0, 0, 0, 0, 0, 0);
    elsif tg_op = 'UPDATE' then
        insert into tip_monthly_pending
        select c.dimension, c.value, c.province_code, c.received_month, c.change_month, sum(c.tips), sum(c.valuable),
               sum(c.not_valuable), sum(c.cases_solved), sum(c.suspects_arrested), sum(c.wanted_caught), sum(c.wanted_surrendered)
        from (select c.* from added a cross join lateral tip_monthly_changes(a, 1) c
              union all
              select c.* from removed r cross join lateral tip_monthly_changes(r, -1) c) c
        group by 1, 2, 3, 4, 5
        having (sum(c.tips), sum(c.valuable), sum(c.not_valuable), sum(c.cases_solved), sum(c.suspects_arrested),
                sum(c.wanted_caught), sum(c.wanted_surrendered)) <> (0, 0, 0, 0, 0, 0, 0);
    else
        insert into tip_monthly_pending
        select c.dimension, c.value, c.province_code, c.received_month, c.change_month, sum(c.tips), sum(c.valuable),
               sum(c.not_valuable), sum(c.cases_solved), sum(c.suspects_arrested), sum(c.wanted_caught), sum(c.wanted_surrendered)
        from removed r cross join lateral tip_monthly_changes(r, -1) c
        group by 1, 2, 3, 4, 5
        having (sum(c.tips), sum(c.valuable), sum(c.not_valuable), sum(c.cases_solved), sum(c.suspects_arrested),
                sum(c.wanted_caught), sum(c.wanted_surrendered)) <> (0, 0, 0, 0, 0, 0, 0);
    end if;
    return null;
end
$$;

create trigger tip_monthly_insert after insert on tip
    referencing new table as added for each statement execute function tip_monthly_changed();
create trigger tip_monthly_update after update on tip
    referencing old table as removed new table as added for each statement execute function tip_monthly_changed();
create trigger tip_monthly_delete after delete on tip
    referencing old table as removed for each statement execute function tip_monthly_changed();

-- A statement on the history brings the summaries of the tips it touched up to date; the tips' update trigger turns
-- that into deltas. Tips deleted with their history are gone by now and their deltas written already.
create function tip_history_changed() returns trigger
    language plpgsql as
$$
declare
    affected bigint[];
begin
    if tg_op = 'INSERT' then
        affected := array(select distinct tip_id from added);
    elsif tg_op = 'UPDATE' then
        affected := array(select tip_id from added union select tip_id from removed);
    else
        affected := array(select distinct tip_id from removed);
    end if;
    -- Locked first, so the summaries below read the history of a fresh snapshot that includes every change committed
    -- to these tips by a transaction that held them (under READ COMMITTED, an UPDATE that waits for a row would
    -- re-check the row but not the history its new value was computed from).
    perform 1 from tip where id = any(affected) order by id for no key update;
    update tip t set status_by_month = h.status_by_month, first_valuable_at = h.first_valuable_at,
                     first_not_valuable_at = h.first_not_valuable_at
    from tip_history_summaries(affected) h
    where t.id = h.tip_id
      and (t.status_by_month, t.first_valuable_at, t.first_not_valuable_at)
          is distinct from (h.status_by_month, h.first_valuable_at, h.first_not_valuable_at);
    return null;
end
$$;

create trigger tip_history_insert after insert on tip_status_change
    referencing new table as added for each statement execute function tip_history_changed();
create trigger tip_history_update after update on tip_status_change
    referencing old table as removed new table as added for each statement execute function tip_history_changed();
create trigger tip_history_delete after delete on tip_status_change
    referencing old table as removed for each statement execute function tip_history_changed();

-- TRUNCATE passes no transition table. Emptying the tips empties their aggregates; emptying the history alone leaves
-- every tip without one, which updating their summaries turns into deltas.
create function tip_monthly_truncated() returns trigger
    language plpgsql as
$$
begin
    delete from tip_monthly;
    delete from tip_monthly_pending;
    return null;
end
$$;

create function tip_history_truncated() returns trigger
    language plpgsql as
$$
begin
    update tip set status_by_month = '{}', first_valuable_at = null, first_not_valuable_at = null
    where status_by_month <> '{}' or first_valuable_at is not null or first_not_valuable_at is not null;
    return null;
end
$$;

create trigger tip_monthly_truncate after truncate on tip for each statement execute function tip_monthly_truncated();
create trigger tip_history_truncate after truncate on tip_status_change
    for each statement execute function tip_history_truncated();

create function antq_compact_tip_monthly() returns bigint
    language plpgsql as
$$
declare
    folded bigint;
begin
    with moved as (delete from tip_monthly_pending returning *),
    summed as (select dimension, value, province_code, received_month, change_month, sum(tips) as tips, sum(valuable) as valuable,
            sum(not_valuable) as not_valuable, sum(cases_solved) as cases_solved, sum(suspects_arrested) as suspects_arrested,
            sum(wanted_caught) as wanted_caught, sum(wanted_surrendered) as wanted_surrendered, count(*) as n
        from moved group by 1, 2, 3, 4, 5),
    merged as (insert into tip_monthly as m
        select dimension, value, province_code, received_month, change_month, tips, valuable, not_valuable, cases_solved,
            suspects_arrested, wanted_caught, wanted_surrendered from summed
        on conflict (dimension, value, province_code, received_month, change_month) do update set
            tips = m.tips + excluded.tips, valuable = m.valuable + excluded.valuable,
            not_valuable = m.not_valuable + excluded.not_valuable, cases_solved = m.cases_solved + excluded.cases_solved,
            suspects_arrested = m.suspects_arrested + excluded.suspects_arrested,
            wanted_caught = m.wanted_caught + excluded.wanted_caught,
            wanted_surrendered = m.wanted_surrendered + excluded.wanted_surrendered)
    select coalesce(sum(n), 0) into folded from summed;
    -- Rows of later months carry changes without a tip (tips 0, valuable 1): a row goes only when it changes nothing.
    delete from tip_monthly where (tips, valuable, not_valuable, cases_solved, suspects_arrested, wanted_caught, wanted_surrendered)
        = (0, 0, 0, 0, 0, 0, 0);
    return folded;
end
$$;

-- The aggregates of the tips already stored.
insert into tip_monthly
select c.dimension, c.value, c.province_code, c.received_month, c.change_month, sum(c.tips), sum(c.valuable), sum(c.not_valuable),
       sum(c.cases_solved), sum(c.suspects_arrested), sum(c.wanted_caught), sum(c.wanted_surrendered)
from tip t cross join lateral tip_monthly_changes(t, 1) c
group by 1, 2, 3, 4, 5
having (sum(c.tips), sum(c.valuable), sum(c.not_valuable), sum(c.cases_solved), sum(c.suspects_arrested), sum(c.wanted_caught),
        sum(c.wanted_surrendered)) <> (0, 0, 0, 0, 0, 0, 0);
