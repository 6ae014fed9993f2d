-- The grassroots force's figures as of a month's last day (see V8 for why months decide "valid on that day" and why
-- intervals are kept as signed monthly changes): per commune and month the change of
--   teams            teams existing:  +1 in the month of established_on, -1 in the month of dissolved_on;
--   members          members of a team that exists: a membership counts only while its team exists too (as the
--                    statistics on records count it), so its interval is cut to the team's, in months:
--                    [max(joined month, established month), min(left month, dissolved month)), nothing when empty;
--   hamlets_covered  teams with at least one such member: +1 in a month where the team's count of members goes from
--                    none to some, -1 where it goes back to none.
-- Teams and members add up record by record, but "covered" depends on all the members of a team together, so the
-- triggers recompute the changes of every team a statement touched, before and after it, and add the difference.
-- That is exact only if no other writer of the same team slips in between: each trigger first locks the teams it
-- touched (FOR NO KEY UPDATE: it does not wait for, nor block, the key-share locks of members' foreign keys, but it
-- does serialise writers of one team) and then, in a statement of its own, reads the teams' current state, which in
-- READ COMMITTED includes every writer that held the lock before and committed. The state before this statement is
-- that state less the rows it added plus the rows it removed. Writers of different teams never wait for each other.
-- Under REPEATABLE READ the snapshot would miss such a writer, so the triggers refuse it.

create table grassroots_force_monthly (
    province_code   varchar(2) not null,
    commune_code    varchar(5) not null,
    month           date       not null,
    teams           integer    not null,
    members         integer    not null,
    hamlets_covered integer    not null,
    primary key (province_code, commune_code, month)
);

-- The same columns, without the key: writers append signed deltas, several per group.
create table grassroots_force_monthly_pending (like grassroots_force_monthly);

-- A team's life and a membership, as the functions below pass them around (sign: how the membership counts).
create type grassroots_team_life as (id bigint, province_code varchar(2), commune_code varchar(5), established_on date,
                                     dissolved_on date);
create type grassroots_membership as (team_id bigint, joined_on date, left_on date, sign integer);

-- The difference the teams make between two states, by commune and month: "after", the lives after_teams with their
-- current members, less "before", the lives before_teams with their current members and the signed memberships
-- extra_members (-1: a member the table has now but did not have before; +1: one it had that it no longer has). A
-- team's count of members month by month is the running sum of its changes, and "covered" follows from it. The
-- current members are read once for both states.
create function grassroots_force_changes(after_teams grassroots_team_life[], before_teams grassroots_team_life[],
                                         extra_members grassroots_membership[])
    returns table (province_code varchar(2), commune_code varchar(5), month date, teams bigint, members bigint,
                   hamlets_covered bigint)
    language sql stable as
$$
with team as (
    select 1 as state, t.id, t.province_code, t.commune_code, staffing_month(t.established_on) as from_month,
           staffing_month(t.dissolved_on) as until_month
    from unnest(after_teams) t
    union all
    select -1, t.id, t.province_code, t.commune_code, staffing_month(t.established_on), staffing_month(t.dissolved_on)
    from unnest(before_teams) t
),
member as (
    select 0 as only_state, m.team_id, m.joined_on, m.left_on, 1 as sign
    from grassroots_member m where m.team_id in (select id from team)
    union all
    select -1, m.team_id, m.joined_on, m.left_on, m.sign from unnest(extra_members) m
),
-- least() ignores nulls: the open end of one side is the other's end, null when both are open.
cut as (
    select t.state, t.id, t.province_code, t.commune_code, m.sign, greatest(staffing_month(m.joined_on), t.from_month) as from_month,
           least(staffing_month(m.left_on), t.until_month) as until_month
    from team t join member m on m.team_id = t.id and m.only_state in (0, t.state)
),
member_change as (
    select state, id, province_code, commune_code, month, sum(change) as change
    from (select state, id, province_code, commune_code, from_month as month, sign as change from cut
          where until_month is null or until_month > from_month
          union all
          select state, id, province_code, commune_code, until_month, -sign from cut where until_month > from_month) c
    group by 1, 2, 3, 4, 5
),
covered as (
    select state, id, province_code, commune_code, month, change,
           sum(change) over (partition by state, id order by month) > 0 as covered
    from member_change
)
select province_code, commune_code, month, sum(state * teams)::bigint, sum(state * members)::bigint,
       sum(state * hamlets_covered)::bigint
from (select state, province_code, commune_code, from_month as month, 1 as teams, 0 as members, 0 as hamlets_covered from team
      union all
      select state, province_code, commune_code, until_month, -1, 0, 0 from team where until_month is not null
      union all
      select state, province_code, commune_code, month, 0, change,
             covered::int - coalesce(lag(covered) over (partition by state, id order by month), false)::int
      from covered) c
group by 1, 2, 3
having sum(state * teams) <> 0 or sum(state * members) <> 0 or sum(state * hamlets_covered) <> 0
$$;

-- Locks the teams (in id order, so two statements never wait for each other in a circle) and returns their lives as
-- they are now, read after the lock.
create function grassroots_force_lock(team_ids bigint[]) returns grassroots_team_life[]
    language plpgsql as
$$
begin
    if current_setting('transaction_isolation') = 'repeatable read' then
        raise exception 'grassroots teams and members are written in READ COMMITTED (or SERIALIZABLE) transactions only:'
            ' the statistics aggregate grassroots_force_monthly reads the teams'' latest state';
    end if;
    perform 1 from grassroots_team t where t.id in (select unnest(team_ids)) order by t.id for no key update;
    return (select array_agg(row(t.id, t.province_code, t.commune_code, t.established_on, t.dissolved_on)::grassroots_team_life)
            from grassroots_team t where t.id in (select unnest(team_ids)));
end
$$;

-- One pending row per commune and month that the statement changed.
create function grassroots_force_record(after_teams grassroots_team_life[], before_teams grassroots_team_life[],
                                        extra_members grassroots_membership[]) returns void
    language sql as
$$
insert into grassroots_force_monthly_pending
select * from grassroots_force_changes(after_teams, before_teams, extra_members)
$$;

create function grassroots_force_team_changed() returns trigger
    language plpgsql as
$$
declare
    lives grassroots_team_life[];
begin
    if tg_op = 'INSERT' then
        lives := grassroots_force_lock((select array_agg(id) from added));
        perform grassroots_force_record(lives, '{}', '{}');
    elsif tg_op = 'UPDATE' then
        lives := grassroots_force_lock((select array_agg(id) from added));
        perform grassroots_force_record(lives, (select array_agg(row(r.id, r.province_code, r.commune_code, r.established_on,
            r.dissolved_on)::grassroots_team_life) from removed r), '{}');
    else
        -- A team is deleted only without members (foreign key), so its members need no care here.
        perform grassroots_force_record('{}', (select array_agg(row(r.id, r.province_code, r.commune_code, r.established_on,
            r.dissolved_on)::grassroots_team_life) from removed r), '{}');
    end if;
    return null;
end
$$;

create function grassroots_force_member_changed() returns trigger
    language plpgsql as
$$
declare
    lives grassroots_team_life[];
begin
    if tg_op = 'INSERT' then
        lives := grassroots_force_lock((select array_agg(distinct team_id) from added));
        perform grassroots_force_record(lives, lives,
            (select array_agg(row(a.team_id, a.joined_on, a.left_on, -1)::grassroots_membership) from added a));
    elsif tg_op = 'UPDATE' then
        lives := grassroots_force_lock((select array_agg(team_id) from (select team_id from added union select team_id from removed) t));
        perform grassroots_force_record(lives, lives,
            (select array_agg(m) from (select row(a.team_id, a.joined_on, a.left_on, -1)::grassroots_membership as m from added a
                                       union all
                                       select row(r.team_id, r.joined_on, r.left_on, 1)::grassroots_membership from removed r) x));
    else
        lives := grassroots_force_lock((select array_agg(distinct team_id) from removed));
        perform grassroots_force_record(lives, lives,
            (select array_agg(row(r.team_id, r.joined_on, r.left_on, 1)::grassroots_membership) from removed r));
    end if;
    return null;
end
$$;

create trigger grassroots_force_monthly_team_insert after insert on grassroots_team
    referencing new table as added for each statement execute function grassroots_force_team_changed();
create trigger grassroots_force_monthly_team_update after update on grassroots_team
    referencing old table as removed new table as added for each statement execute function grassroots_force_team_changed();
create trigger grassroots_force_monthly_team_delete after delete on grassroots_team
    referencing old table as removed for each statement execute function grassroots_force_team_changed();
create trigger grassroots_force_monthly_member_insert after insert on grassroots_member
    referencing new table as added for each statement execute function grassroots_force_member_changed();
create trigger grassroots_force_monthly_member_update after update on grassroots_member
    referencing old table as removed new table as added for each statement execute function grassroots_force_member_changed();
create trigger grassroots_force_monthly_member_delete after delete on grassroots_member
    referencing old table as removed for each statement execute function grassroots_force_member_changed();

create function staffing_rebuild_grassroots_force_monthly() returns void
    language plpgsql as
$$
begin
    delete from grassroots_force_monthly_pending;
    delete from grassroots_force_monthly;
    insert into grassroots_force_monthly
    select c.province_code, c.commune_code, c.month, c.teams, c.members, c.hamlets_covered
    from grassroots_force_changes((select array_agg(row(t.id, t.province_code, t.commune_code, t.established_on,
                                           t.dissolved_on)::grassroots_team_life) from grassroots_team t), '{}', '{}') c;
end
$$;

create function grassroots_force_monthly_truncated() returns trigger
    language plpgsql as
$$
begin
    perform staffing_rebuild_grassroots_force_monthly();
    return null;
end
$$;

create trigger grassroots_force_monthly_team_truncate after truncate on grassroots_team
    for each statement execute function grassroots_force_monthly_truncated();
create trigger grassroots_force_monthly_member_truncate after truncate on grassroots_member
    for each statement execute function grassroots_force_monthly_truncated();

create function antq_compact_grassroots_force_monthly() returns bigint
    language plpgsql as
$$
declare
    folded bigint;
begin
    with moved as (delete from grassroots_force_monthly_pending returning *),
    summed as (select province_code, commune_code, month, sum(teams) as teams, sum(members) as members,
                      sum(hamlets_covered) as hamlets_covered, count(*) as n
               from moved group by 1, 2, 3),
    merged as (insert into grassroots_force_monthly as m
               select province_code, commune_code, month, teams, members, hamlets_covered from summed
               on conflict (province_code, commune_code, month) do update set teams = m.teams + excluded.teams,
                   members = m.members + excluded.members, hamlets_covered = m.hamlets_covered + excluded.hamlets_covered)
    select coalesce(sum(n), 0) into folded from summed;
    delete from grassroots_force_monthly where teams = 0 and members = 0 and hamlets_covered = 0;
    return folded;
end
$$;

do $$ begin perform staffing_rebuild_grassroots_force_monthly(); end $$;
