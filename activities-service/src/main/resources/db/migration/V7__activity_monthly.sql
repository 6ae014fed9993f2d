-- Monthly aggregates of propaganda activities, so activity statistics of whole-month windows read a few thousand
-- aggregate rows instead of every activity of the window (ActivityStatisticsRepository; commons AggregateCompaction).
--
-- Keys are months. An activity takes place on the days first..last (held_on, or period_from..period_to) and counts in a
-- window when those days overlap it. It is keyed on first_month = month(first) and last_month = month(last). For a
-- window made of whole months, from = the 1st of month F and to = the last day of month T:
--   days overlap the window  <=>  first <= to and last >= from
--                            <=>  first_month <= T and last_month >= F   (first <= to iff first's month is T or
--                                 earlier, as to is T's last day; last >= from iff last's month is F or later, as from
--                                 is F's 1st)
--                            <=>  first_month <= to and last_month >= from   (first_month is a 1st: <= to iff <= T)
-- so a whole-month window is decided from the two months alone; any other window uses the records.
-- By commune an activity counts under the current commune of commune_code on its last day: before 2025-07-01 an old
-- code, mapped through commune_succession at query time (the registry may change). The reform day is a 1st, so
-- last < 2025-07-01 iff last_month < 2025-07-01: the key keeps the raw code and last_month, which decides it.
--
-- Figures are the records' sums with "not recorded" adding 0, exactly what the record query answers (a sum over
-- nulls only is shown as 0). bannersSlogansPanelsPosters of records is banners_slogans + panels_posters, added at
-- query time.
--
-- activity_monthly keeps one row set per dimension (never their product, which would be as large as the records):
-- 'province' (value ''; totals and groupBy=province), 'form', 'organiser' and 'topic' (an activity under each of the
-- codes of its comma-separated topics, as the record query unnests them). activity_commune_monthly is per commune
-- ('' for none).
create table activity_monthly (
    dimension          varchar(10) not null,
    value              varchar(40) not null,
    province_code      varchar(2)  not null,
    first_month        date        not null,
    last_month         date        not null,
    activities         bigint      not null,
    sessions           bigint      not null,
    participants       bigint      not null,
    leaflets           bigint      not null,
    booklets           bigint      not null,
    banners_slogans    bigint      not null,
    panels_posters     bigint      not null,
    broadcast_minutes  bigint      not null,
    screening_hours    numeric     not null,
    primary key (dimension, value, province_code, first_month, last_month)
);

-- Signed deltas written by the triggers below; folded into activity_monthly by antq_compact_activity_monthly().
-- The same columns, without the key: writers append signed deltas, several per group.
create table activity_monthly_pending (like activity_monthly);

create table activity_commune_monthly (
    province_code      varchar(2)  not null,
    commune_code       varchar(5)  not null,
    first_month        date        not null,
    last_month         date        not null,
    activities         bigint      not null,
    sessions           bigint      not null,
    participants       bigint      not null,
    leaflets           bigint      not null,
    booklets           bigint      not null,
    banners_slogans    bigint      not null,
    panels_posters     bigint      not null,
    broadcast_minutes  bigint      not null,
    screening_hours    numeric     not null,
    primary key (province_code, commune_code, first_month, last_month)
);

-- The same columns, without the key: writers append signed deltas, several per group.
create table activity_commune_monthly_pending (like activity_commune_monthly);

-- One function for both signs: each trigger names its transition table "changed" and passes +1 (new rows) or -1 (old
-- rows), so an update adds its rows' new state and takes away their old one. Writers only insert, one row per group
-- and statement: concurrent writers never wait on a shared counter row.
create function activity_monthly_delta() returns trigger language plpgsql as $$
declare
    direction constant integer := tg_argv[0]::integer;
begin
    insert into activity_monthly_pending
    select d.dimension, d.value, c.province_code,
           date_trunc('month', coalesce(c.held_on, c.period_from))::date, date_trunc('month', coalesce(c.held_on, c.period_to))::date,
           direction * count(*), direction * coalesce(sum(c.sessions), 0), direction * coalesce(sum(c.participants), 0),
           direction * coalesce(sum(c.leaflets), 0), direction * coalesce(sum(c.booklets), 0), direction * coalesce(sum(c.banners_slogans), 0),
           direction * coalesce(sum(c.panels_posters), 0), direction * coalesce(sum(c.broadcast_minutes), 0),
           direction * coalesce(sum(c.screening_hours), 0)
    from changed c
    cross join lateral (values ('province', ''), ('form', c.form), ('organiser', c.organiser)
                        union all select 'topic', topic from unnest(string_to_array(c.topics, ',')) topic) d(dimension, value)
    group by 1, 2, 3, 4, 5;

    insert into activity_commune_monthly_pending
    select c.province_code, coalesce(c.commune_code, ''),
           date_trunc('month', coalesce(c.held_on, c.period_from))::date, date_trunc('month', coalesce(c.held_on, c.period_to))::date,
           direction * count(*), direction * coalesce(sum(c.sessions), 0), direction * coalesce(sum(c.participants), 0),
           direction * coalesce(sum(c.leaflets), 0), direction * coalesce(sum(c.booklets), 0), direction * coalesce(sum(c.banners_slogans), 0),
           direction * coalesce(sum(c.panels_posters), 0), direction * coalesce(sum(c.broadcast_minutes), 0),
           direction * coalesce(sum(c.screening_hours), 0)
    from changed c
    group by 1, 2, 3, 4;
    return null;
end $$;

create trigger activity_monthly_insert after insert on propaganda_activity
    referencing new table as changed for each statement execute function activity_monthly_delta('+1');
create trigger activity_monthly_update_old after update on propaganda_activity
    referencing old table as changed for each statement execute function activity_monthly_delta('-1');
create trigger activity_monthly_update_new after update on propaganda_activity
    referencing new table as changed for each statement execute function activity_monthly_delta('+1');
create trigger activity_monthly_delete after delete on propaganda_activity
    referencing old table as changed for each statement execute function activity_monthly_delta('-1');

-- TRUNCATE passes no transition table: emptying the records empties the aggregates with them.
create function activity_monthly_truncated() returns trigger language plpgsql as $$
begin
    delete from activity_monthly;
    delete from activity_monthly_pending;
    delete from activity_commune_monthly;
    delete from activity_commune_monthly_pending;
    return null;
end $$;

create trigger activity_monthly_truncate after truncate on propaganda_activity for each statement execute function activity_monthly_truncated();

create function antq_compact_activity_monthly() returns bigint language plpgsql as $$
declare
    folded bigint;
begin
    with moved as (delete from activity_monthly_pending returning *),
    summed as (select dimension, value, province_code, first_month, last_month, sum(activities) as activities,
            sum(sessions) as sessions, sum(participants) as participants, sum(leaflets) as leaflets, sum(booklets) as booklets,
            sum(banners_slogans) as banners_slogans, sum(panels_posters) as panels_posters,
            sum(broadcast_minutes) as broadcast_minutes, sum(screening_hours) as screening_hours, count(*) as n
        from moved group by 1, 2, 3, 4, 5),
    merged as (insert into activity_monthly as m
        select dimension, value, province_code, first_month, last_month, activities, sessions, participants, leaflets, booklets,
            banners_slogans, panels_posters, broadcast_minutes, screening_hours from summed
        on conflict (dimension, value, province_code, first_month, last_month) do update set
            activities = m.activities + excluded.activities, sessions = m.sessions + excluded.sessions,
            participants = m.participants + excluded.participants, leaflets = m.leaflets + excluded.leaflets,
            booklets = m.booklets + excluded.booklets, banners_slogans = m.banners_slogans + excluded.banners_slogans,
            panels_posters = m.panels_posters + excluded.panels_posters,
            broadcast_minutes = m.broadcast_minutes + excluded.broadcast_minutes,
            screening_hours = m.screening_hours + excluded.screening_hours)
    select coalesce(sum(n), 0) into folded from summed;
    -- No activity left in the group: every figure is 0 too.
    delete from activity_monthly where activities = 0;
    return folded;
end $$;

create function antq_compact_activity_commune_monthly() returns bigint language plpgsql as $$
declare
    folded bigint;
begin
    with moved as (delete from activity_commune_monthly_pending returning *),
    summed as (select province_code, commune_code, first_month, last_month, sum(activities) as activities,
            sum(sessions) as sessions, sum(participants) as participants, sum(leaflets) as leaflets, sum(booklets) as booklets,
            sum(banners_slogans) as banners_slogans, sum(panels_posters) as panels_posters,
            sum(broadcast_minutes) as broadcast_minutes, sum(screening_hours) as screening_hours, count(*) as n
        from moved group by 1, 2, 3, 4),
    merged as (insert into activity_commune_monthly as m
        select province_code, commune_code, first_month, last_month, activities, sessions, participants, leaflets, booklets,
            banners_slogans, panels_posters, broadcast_minutes, screening_hours from summed
        on conflict (province_code, commune_code, first_month, last_month) do update set
            activities = m.activities + excluded.activities, sessions = m.sessions + excluded.sessions,
            participants = m.participants + excluded.participants, leaflets = m.leaflets + excluded.leaflets,
            booklets = m.booklets + excluded.booklets, banners_slogans = m.banners_slogans + excluded.banners_slogans,
            panels_posters = m.panels_posters + excluded.panels_posters,
            broadcast_minutes = m.broadcast_minutes + excluded.broadcast_minutes,
            screening_hours = m.screening_hours + excluded.screening_hours)
    select coalesce(sum(n), 0) into folded from summed;
    delete from activity_commune_monthly where activities = 0;
    return folded;
end $$;

-- The activities already stored: a pending delta for each group, folded like any other. The triggers exist already
-- and creating them locked out writers until this migration commits, so every activity is counted exactly once.
insert into activity_monthly_pending
select d.dimension, d.value, a.province_code,
       date_trunc('month', coalesce(a.held_on, a.period_from))::date, date_trunc('month', coalesce(a.held_on, a.period_to))::date,
       count(*), coalesce(sum(a.sessions), 0), coalesce(sum(a.participants), 0), coalesce(sum(a.leaflets), 0),
       coalesce(sum(a.booklets), 0), coalesce(sum(a.banners_slogans), 0), coalesce(sum(a.panels_posters), 0),
       coalesce(sum(a.broadcast_minutes), 0), coalesce(sum(a.screening_hours), 0)
from propaganda_activity a
cross join lateral (values ('province', ''), ('form', a.form), ('organiser', a.organiser)
                    union all select 'topic', topic from unnest(string_to_array(a.topics, ',')) topic) d(dimension, value)
group by 1, 2, 3, 4, 5;
insert into activity_commune_monthly_pending
select a.province_code, coalesce(a.commune_code, ''),
       date_trunc('month', coalesce(a.held_on, a.period_from))::date, date_trunc('month', coalesce(a.held_on, a.period_to))::date,
       count(*), coalesce(sum(a.sessions), 0), coalesce(sum(a.participants), 0), coalesce(sum(a.leaflets), 0),
       coalesce(sum(a.booklets), 0), coalesce(sum(a.banners_slogans), 0), coalesce(sum(a.panels_posters), 0),
       coalesce(sum(a.broadcast_minutes), 0), coalesce(sum(a.screening_hours), 0)
from propaganda_activity a
group by 1, 2, 3, 4;
do $$ begin
    perform antq_compact_activity_monthly();
    perform antq_compact_activity_commune_monthly();
end $$;
