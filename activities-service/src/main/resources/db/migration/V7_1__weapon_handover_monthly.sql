-- Monthly aggregates of weapon handovers, kept like the activities' (V7): statistics of whole-month windows read them
-- instead of the handovers (WeaponHandoverStatisticsRepository; commons AggregateCompaction).
--
-- A handover takes place on one day: keyed on its month, it lies in a window of whole months [1st of F, last day of T]
-- exactly when F <= month <= T, i.e. month between from and to. By commune it counts under the current commune of
-- commune_code on its day; the reform day 2025-07-01 is a 1st, so the month tells whether the code is an old one
-- (mapped at query time through commune_succession). Quantities are sums with "none" adding 0, as the record query
-- answers them.
--
-- weapon_handover_monthly is per province and source (totals, groupBy=province and source: 2 sources, so a province
-- and month have at most two rows); weapon_handover_commune_monthly per commune ('' for none).
create table weapon_handover_monthly (
    province_code         varchar(2)  not null,
    source                varchar(30) not null,
    month                 date        not null,
    handovers             bigint      not null,
    guns                  bigint      not null,
    primitive_weapons     bigint      not null,
    bombs_mines_grenades  bigint      not null,
    rounds                bigint      not null,
    explosives_kg         numeric     not null,
    detonators            bigint      not null,
    support_tools         bigint      not null,
    dangerous_toys        bigint      not null,
    firecrackers_kg       numeric     not null,
    primary key (province_code, source, month)
);

-- Signed deltas written by the triggers below; folded in by antq_compact_weapon_handover_monthly().
-- The same columns, without the key: writers append signed deltas, several per group.
create table weapon_handover_monthly_pending (like weapon_handover_monthly);

create table weapon_handover_commune_monthly (
    province_code         varchar(2)  not null,
    commune_code          varchar(5)  not null,
    month                 date        not null,
    handovers             bigint      not null,
    guns                  bigint      not null,
    primitive_weapons     bigint      not null,
    bombs_mines_grenades  bigint      not null,
    rounds                bigint      not null,
    explosives_kg         numeric     not null,
    detonators            bigint      not null,
    support_tools         bigint      not null,
    dangerous_toys        bigint      not null,
    firecrackers_kg       numeric     not null,
    primary key (province_code, commune_code, month)
);

-- The same columns, without the key: writers append signed deltas, several per group.
create table weapon_handover_commune_monthly_pending (like weapon_handover_commune_monthly);

-- As activity_monthly_delta (V7): the transition table is "changed", the argument +1 for new rows, -1 for old ones.
create function weapon_handover_monthly_delta() returns trigger language plpgsql as $$
declare
    direction constant integer := tg_argv[0]::integer;
begin
    insert into weapon_handover_monthly_pending
    select c.province_code, c.source, date_trunc('month', c.handed_over_on)::date, direction * count(*),
           direction * coalesce(sum(c.guns), 0), direction * coalesce(sum(c.primitive_weapons), 0),
           direction * coalesce(sum(c.bombs_mines_grenades), 0), direction * coalesce(sum(c.rounds), 0),
           direction * coalesce(sum(c.explosives_kg), 0), direction * coalesce(sum(c.detonators), 0),
           direction * coalesce(sum(c.support_tools), 0), direction * coalesce(sum(c.dangerous_toys), 0),
           direction * coalesce(sum(c.firecrackers_kg), 0)
    from changed c
    group by 1, 2, 3;

    insert into weapon_handover_commune_monthly_pending
    select c.province_code, coalesce(c.commune_code, ''), date_trunc('month', c.handed_over_on)::date, direction * count(*),
           direction * coalesce(sum(c.guns), 0), direction * coalesce(sum(c.primitive_weapons), 0),
           direction * coalesce(sum(c.bombs_mines_grenades), 0), direction * coalesce(sum(c.rounds), 0),
           direction * coalesce(sum(c.explosives_kg), 0), direction * coalesce(sum(c.detonators), 0),
           direction * coalesce(sum(c.support_tools), 0), direction * coalesce(sum(c.dangerous_toys), 0),
           direction * coalesce(sum(c.firecrackers_kg), 0)
    from changed c
    group by 1, 2, 3;
    return null;
end $$;

create trigger weapon_handover_monthly_insert after insert on weapon_handover
    referencing new table as changed for each statement execute function weapon_handover_monthly_delta('+1');
create trigger weapon_handover_monthly_update_old after update on weapon_handover
    referencing old table as changed for each statement execute function weapon_handover_monthly_delta('-1');
create trigger weapon_handover_monthly_update_new after update on weapon_handover
    referencing new table as changed for each statement execute function weapon_handover_monthly_delta('+1');
create trigger weapon_handover_monthly_delete after delete on weapon_handover
    referencing old table as changed for each statement execute function weapon_handover_monthly_delta('-1');

-- TRUNCATE passes no transition table: emptying the records empties the aggregates with them.
create function weapon_handover_monthly_truncated() returns trigger language plpgsql as $$
begin
    delete from weapon_handover_monthly;
    delete from weapon_handover_monthly_pending;
    delete from weapon_handover_commune_monthly;
    delete from weapon_handover_commune_monthly_pending;
    return null;
end $$;

create trigger weapon_handover_monthly_truncate after truncate on weapon_handover for each statement execute function weapon_handover_monthly_truncated();

create function antq_compact_weapon_handover_monthly() returns bigint language plpgsql as $$
declare
    folded bigint;
begin
    with moved as (delete from weapon_handover_monthly_pending returning *),
    summed as (select province_code, source, month, sum(handovers) as handovers, sum(guns) as guns,
            sum(primitive_weapons) as primitive_weapons, sum(bombs_mines_grenades) as bombs_mines_grenades, sum(rounds) as rounds,
            sum(explosives_kg) as explosives_kg, sum(detonators) as detonators, sum(support_tools) as support_tools,
            sum(dangerous_toys) as dangerous_toys, sum(firecrackers_kg) as firecrackers_kg, count(*) as n
        from moved group by 1, 2, 3),
    merged as (insert into weapon_handover_monthly as m
        select province_code, source, month, handovers, guns, primitive_weapons, bombs_mines_grenades, rounds, explosives_kg,
            detonators, support_tools, dangerous_toys, firecrackers_kg from summed
        on conflict (province_code, source, month) do update set
            handovers = m.handovers + excluded.handovers, guns = m.guns + excluded.guns,
            primitive_weapons = m.primitive_weapons + excluded.primitive_weapons,
            bombs_mines_grenades = m.bombs_mines_grenades + excluded.bombs_mines_grenades, rounds = m.rounds + excluded.rounds,
            explosives_kg = m.explosives_kg + excluded.explosives_kg, detonators = m.detonators + excluded.detonators,
            support_tools = m.support_tools + excluded.support_tools, dangerous_toys = m.dangerous_toys + excluded.dangerous_toys,
            firecrackers_kg = m.firecrackers_kg + excluded.firecrackers_kg)
    select coalesce(sum(n), 0) into folded from summed;
    -- No handover left in the group: every quantity is 0 too.
    delete from weapon_handover_monthly where handovers = 0;
    return folded;
end $$;

create function antq_compact_weapon_handover_commune_monthly() returns bigint language plpgsql as $$
declare
    folded bigint;
begin
    with moved as (delete from weapon_handover_commune_monthly_pending returning *),
    summed as (select province_code, commune_code, month, sum(handovers) as handovers, sum(guns) as guns,
            sum(primitive_weapons) as primitive_weapons, sum(bombs_mines_grenades) as bombs_mines_grenades, sum(rounds) as rounds,
            sum(explosives_kg) as explosives_kg, sum(detonators) as detonators, sum(support_tools) as support_tools,
            sum(dangerous_toys) as dangerous_toys, sum(firecrackers_kg) as firecrackers_kg, count(*) as n
        from moved group by 1, 2, 3),
    merged as (insert into weapon_handover_commune_monthly as m
        select province_code, commune_code, month, handovers, guns, primitive_weapons, bombs_mines_grenades, rounds, explosives_kg,
            detonators, support_tools, dangerous_toys, firecrackers_kg from summed
        on conflict (province_code, commune_code, month) do update set
            handovers = m.handovers + excluded.handovers, guns = m.guns + excluded.guns,
            primitive_weapons = m.primitive_weapons + excluded.primitive_weapons,
            bombs_mines_grenades = m.bombs_mines_grenades + excluded.bombs_mines_grenades, rounds = m.rounds + excluded.rounds,
            explosives_kg = m.explosives_kg + excluded.explosives_kg, detonators = m.detonators + excluded.detonators,
            support_tools = m.support_tools + excluded.support_tools, dangerous_toys = m.dangerous_toys + excluded.dangerous_toys,
            firecrackers_kg = m.firecrackers_kg + excluded.firecrackers_kg)
    select coalesce(sum(n), 0) into folded from summed;
    delete from weapon_handover_commune_monthly where handovers = 0;
    return folded;
end $$;

-- The handovers already stored, counted once: creating the triggers locked out writers until this migration commits.
insert into weapon_handover_monthly_pending
select province_code, source, date_trunc('month', handed_over_on)::date, count(*), coalesce(sum(guns), 0),
       coalesce(sum(primitive_weapons), 0), coalesce(sum(bombs_mines_grenades), 0), coalesce(sum(rounds), 0),
       coalesce(sum(explosives_kg), 0), coalesce(sum(detonators), 0), coalesce(sum(support_tools), 0),
       coalesce(sum(dangerous_toys), 0), coalesce(sum(firecrackers_kg), 0)
from weapon_handover
group by 1, 2, 3;
insert into weapon_handover_commune_monthly_pending
select province_code, coalesce(commune_code, ''), date_trunc('month', handed_over_on)::date, count(*), coalesce(sum(guns), 0),
       coalesce(sum(primitive_weapons), 0), coalesce(sum(bombs_mines_grenades), 0), coalesce(sum(rounds), 0),
       coalesce(sum(explosives_kg), 0), coalesce(sum(detonators), 0), coalesce(sum(support_tools), 0),
       coalesce(sum(dangerous_toys), 0), coalesce(sum(firecrackers_kg), 0)
from weapon_handover
group by 1, 2, 3;
do $$ begin
    perform antq_compact_weapon_handover_monthly();
    perform antq_compact_weapon_handover_commune_monthly();
end $$;
