-- Courses (trainings of kind COURSE) per province, commune and the months of their first and last day: a flow figure,
-- counted when the course overlaps the window. For a whole-month window [first day of A, last day of B]:
--   period_from <= last day of B    <=>  month(period_from) <= B
--   period_to   >= first day of A   <=>  month(period_to)   >= A
-- so the two months decide it. Reported totals are tallies and are counted from the training table as before. A
-- course without a commune is keyed by '' (a key column cannot be null).

create table training_course_monthly (
    province_code varchar(2) not null,
    commune_code  varchar(5) not null,
    from_month    date       not null,
    to_month      date       not null,
    courses       integer    not null,
    participants  bigint     not null,
    primary key (province_code, commune_code, from_month, to_month)
);

-- The same columns, without the key: writers append signed deltas, several per group.
create table training_course_monthly_pending (like training_course_monthly);

create function training_course_monthly_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        insert into training_course_monthly_pending
        select province_code, coalesce(commune_code, ''), staffing_month(period_from), staffing_month(period_to), count(*),
               sum(participants)
        from added where kind = 'COURSE' group by 1, 2, 3, 4;
    elsif tg_op = 'UPDATE' then
        insert into training_course_monthly_pending
        select province_code, commune_code, from_month, to_month, sum(courses), sum(participants)
        from (select province_code, coalesce(commune_code, '') as commune_code, staffing_month(period_from) as from_month,
                     staffing_month(period_to) as to_month, 1 as courses, participants
              from added where kind = 'COURSE'
              union all
              select province_code, coalesce(commune_code, ''), staffing_month(period_from), staffing_month(period_to), -1,
                     -participants
              from removed where kind = 'COURSE') c
        group by 1, 2, 3, 4 having sum(courses) <> 0 or sum(participants) <> 0;
    else
        insert into training_course_monthly_pending
        select province_code, coalesce(commune_code, ''), staffing_month(period_from), staffing_month(period_to), -count(*),
               -sum(participants)
        from removed where kind = 'COURSE' group by 1, 2, 3, 4;
    end if;
    return null;
end
$$;

create trigger training_course_monthly_insert after insert on training
    referencing new table as added for each statement execute function training_course_monthly_changed();
create trigger training_course_monthly_update after update on training
    referencing old table as removed new table as added for each statement execute function training_course_monthly_changed();
create trigger training_course_monthly_delete after delete on training
    referencing old table as removed for each statement execute function training_course_monthly_changed();

create function staffing_rebuild_training_course_monthly() returns void
    language plpgsql as
$$
begin
    delete from training_course_monthly_pending;
    delete from training_course_monthly;
    insert into training_course_monthly
    select province_code, coalesce(commune_code, ''), staffing_month(period_from), staffing_month(period_to), count(*),
           sum(participants)
    from training where kind = 'COURSE' group by 1, 2, 3, 4;
end
$$;

create function training_course_monthly_truncated() returns trigger
    language plpgsql as
$$
begin
    perform staffing_rebuild_training_course_monthly();
    return null;
end
$$;

create trigger training_course_monthly_truncate after truncate on training
    for each statement execute function training_course_monthly_truncated();

create function antq_compact_training_course_monthly() returns bigint
    language plpgsql as
$$
declare
    folded bigint;
begin
    with moved as (delete from training_course_monthly_pending returning *),
    summed as (select province_code, commune_code, from_month, to_month, sum(courses) as courses,
                      sum(participants) as participants, count(*) as n
               from moved group by 1, 2, 3, 4),
    merged as (insert into training_course_monthly as m
               select province_code, commune_code, from_month, to_month, courses, participants from summed
               on conflict (province_code, commune_code, from_month, to_month) do update
                   set courses = m.courses + excluded.courses, participants = m.participants + excluded.participants)
    select coalesce(sum(n), 0) into folded from summed;
    delete from training_course_monthly where courses = 0 and participants = 0;
    return folded;
end
$$;

do $$ begin perform staffing_rebuild_training_course_monthly(); end $$;
