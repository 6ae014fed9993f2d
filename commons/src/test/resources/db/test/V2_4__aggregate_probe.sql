-- A record table with a monthly aggregate kept the way the services keep theirs (commons AggregateCompaction): its
-- statement triggers only insert signed deltas into the pending table, the compaction function folds them in.
create table probe_event (
    id bigserial primary key,
    province_code varchar(2) not null,
    happened_on date not null,
    amount integer not null
);

create table probe_event_monthly (
    province_code varchar(2) not null,
    month date not null,
    events bigint not null,
    amount bigint not null,
    primary key (province_code, month)
);

create table probe_event_monthly_pending (
    province_code varchar(2) not null,
    month date not null,
    events bigint not null,
    amount bigint not null
);

create function probe_event_monthly_added() returns trigger language plpgsql as $$
begin
    insert into probe_event_monthly_pending
    select province_code, date_trunc('month', happened_on)::date, count(*), sum(amount) from added group by 1, 2;
    return null;
end $$;

create function probe_event_monthly_removed() returns trigger language plpgsql as $$
begin
    insert into probe_event_monthly_pending
    select province_code, date_trunc('month', happened_on)::date, -count(*), -sum(amount) from removed group by 1, 2;
    return null;
end $$;

create trigger probe_event_monthly_insert after insert on probe_event
    referencing new table as added for each statement execute function probe_event_monthly_added();
create trigger probe_event_monthly_update_old after update on probe_event
    referencing old table as removed for each statement execute function probe_event_monthly_removed();
create trigger probe_event_monthly_update_new after update on probe_event
    referencing new table as added for each statement execute function probe_event_monthly_added();
create trigger probe_event_monthly_delete after delete on probe_event
    referencing old table as removed for each statement execute function probe_event_monthly_removed();

create function antq_compact_probe_event_monthly() returns bigint language plpgsql as $$
declare
    folded bigint;
begin
    with moved as (delete from probe_event_monthly_pending returning *),
    summed as (select province_code, month, sum(events) as events, sum(amount) as amount, count(*) as n from moved group by 1, 2),
    merged as (insert into probe_event_monthly as m select province_code, month, events, amount from summed
        on conflict (province_code, month) do update set events = m.events + excluded.events, amount = m.amount + excluded.amount)
    select coalesce(sum(n), 0) into folded from summed;
    delete from probe_event_monthly where events = 0;
    return folded;
end $$;
