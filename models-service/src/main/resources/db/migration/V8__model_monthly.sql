-- Model statistics from a maintained monthly aggregate (commons AggregateCompaction; ModelStatisticsRepository), so
-- whole-month windows read a few aggregate rows per group instead of every model, site, status change and review.
--
-- Windows. A window made of whole months runs from the 1st of month F to the last day of month T. Every figure counts
-- a thing when some span of days meets the window, and days first..last meet it iff first <= T's last day and last >=
-- F's 1st, i.e. iff month(first) <= T and month(last) >= F. Write Q(a, b) for "a <= T and b >= F", a condition on the
-- window; a = -infinity and b = infinity stand for no bound. A row of the aggregate is a term Q(first_month,
-- last_month) with its figures: a window sums the rows with first_month <= T and last_month >= F.
--
-- What counts, as the record query of ModelStatisticsRepository counts it:
--   a model      its life: Q(month of start_date, month of status_since if DISSOLVED, else infinity);
--   a site       Q(month of established_on, month of dissolved_on or infinity), with its teams, members and cameras;
--   an exemplar  a model with an exemplar review whose period_to lies in the window: with p1 < p2 < ... the distinct
--                months of those period_to, [some pi in the window] = sum Q(pi, pi) - sum Q(p(i+1), pi), as a window
--                that meets k consecutive months of them also meets the k - 1 gaps between them;
--   by commune   a model (or exemplar) under each commune where one of its sites is active in the window, and under
--                none ('' here, null in the response) when no site is: the runs of months in which some site (of the
--                commune, or any) is active give [some site active] = sum Q(run) - sum Q(next run's first, run's last)
--                in the same way, times the model's own term, with Q(a, b) * Q(c, d) = Q(max(a, c), min(b, d));
--   by status    the model's status on T's last day: the to_status of its latest change dated up to that day (by
--                effective_date, then id), else its status column. It changes only in months with changes, to the
--                latest change of the month, so [status on T's last day = v] = Q(-infinity, infinity) if the column is
--                v, plus Q(m, infinity) for each month m where it becomes v, less Q(m, infinity) where it stops being
--                v; times the model's, a site's or the exemplar presence's term (sites and exemplars count under
--                their model's status, as the record query counts them).
-- Sites count under their own province and commune and under their model's type (the type's setting is read at query
-- time, as the record query joins it), lead organisation and status; models and exemplars under the model's
-- province. A model without its row (a delete cascading) counts nothing, nor do its sites, changes or reviews.
--
-- Rows stay few: a term Q(a, b) with both bounds and a <= b is stored as Q(a, infinity) + Q(-infinity, b) -
-- Q(-infinity, infinity), the same condition for every window F <= T (one failing both a <= T and b >= F would have
-- b < F <= T < a). A group so has about two rows per month plus one, however many records it has; only terms with a >
-- b keep both bounds (windows from before one month to after a later one: the gaps above, a status changed after a
-- site closed).
--
-- Keeping it. A model's terms depend on its row, sites, status changes and exemplar reviews together (a site's status,
-- the distinct counts), so a statement on any of the four tables computes the terms of the models it touched as they
-- are now and as they were before it, and adds the difference: before = now, less the rows the statement added, plus
-- those it removed (staffing-service V8_1 keeps grassroots teams so). Writers of one model are serialised by a lock on
-- its row (FOR NO KEY UPDATE, which the foreign keys' key-share locks neither wait for nor block) taken before reading,
-- so in READ COMMITTED "now" includes every writer that held it before; REPEATABLE READ writers, whose snapshot would
-- miss such a writer, are refused. A model about to be deleted takes all its terms away while its rows still exist; the
-- delete then cascades to its sites, changes and reviews, whose triggers find no model and add nothing. That "before"
-- holds when a statement writes one table with one operation, as the API, imports and COPY do; a statement writing
-- two at once (a data-modifying WITH, INSERT ... ON CONFLICT DO UPDATE) would be counted wrong, and is refused.

create function model_month(day date) returns date
    language sql immutable strict parallel safe as
$$
select date_trunc('month', day::timestamp)::date
$$;

create table model_monthly (
    dimension      varchar(10) not null,
    province_code  varchar(2)  not null,
    value          varchar(60) not null,
    first_month    date        not null,
    last_month     date        not null,
    models         bigint      not null,
    sites          bigint      not null,
    teams          bigint      not null,
    members        bigint      not null,
    cameras        bigint      not null,
    exemplars      bigint      not null,
    primary key (dimension, province_code, value, first_month, last_month)
);

-- Signed changes not folded in yet: writers only insert here (see commons AggregateCompaction).
-- The same columns, without the key: writers append signed deltas, several per group.
create table model_monthly_pending (like model_monthly);

-- The aggregate rows of the models model_ids, one per row key: from the tables' current rows, except for each table
-- whose rows are given (null: read the table), which the triggers use to describe the state before a statement.
-- Dimensions: 'province' (value ''), 'commune' (commune code, '' for none), 'type', 'lead' (lead organisation), 'status'.
create function model_monthly_rows(model_ids bigint[], given_models security_model[], given_sites model_site[],
                                   given_changes model_status_change[], given_reviews model_review[])
    returns table (dimension varchar(10), province_code varchar(2), value varchar(60), first_month date, last_month date,
                   models bigint, sites bigint, teams bigint, members bigint, cameras bigint, exemplars bigint)
    language plpgsql stable as
$$
#variable_conflict use_column
begin
    return query
    with wanted as (
        select distinct w.id from unnest(model_ids) as w(id)
    ),
    model as (
        select m.id, m.province_code, m.type_code, m.lead_organisation, m.start_date, m.status, m.status_since
        from unnest(given_models) m where given_models is not null
        union all
        select m.id, m.province_code, m.type_code, m.lead_organisation, m.start_date, m.status, m.status_since
        from security_model m join wanted w on w.id = m.id where given_models is null
    ),
    site as (
        select s.model_id, s.province_code, s.commune_code, s.established_on, s.dissolved_on, s.teams, s.members, s.cameras
        from unnest(given_sites) s where given_sites is not null
        union all
        select s.model_id, s.province_code, s.commune_code, s.established_on, s.dissolved_on, s.teams, s.members, s.cameras
        from model_site s join wanted w on w.id = s.model_id where given_sites is null
    ),
    change as (
        select c.id, c.model_id, c.to_status, c.effective_date from unnest(given_changes) c where given_changes is not null
        union all
        select c.id, c.model_id, c.to_status, c.effective_date
        from model_status_change c join wanted w on w.id = c.model_id where given_changes is null
    ),
    exemplar as (
        select r.model_id, r.period_to from unnest(given_reviews) r where given_reviews is not null and r.exemplar
        union all
        select r.model_id, r.period_to from model_review r join wanted w on w.id = r.model_id where given_reviews is null and r.exemplar
    ),
    life as (
        select m.id, m.province_code, m.type_code, m.lead_organisation, m.status, model_month(m.start_date) as first_month,
               case when m.status = 'DISSOLVED' then model_month(m.status_since) else date 'infinity' end as last_month
        from model m
    ),
    site_life as (
        select s.model_id, s.province_code, s.commune_code, model_month(s.established_on) as first_month,
               coalesce(model_month(s.dissolved_on), date 'infinity') as last_month, s.teams, s.members, coalesce(s.cameras, 0) as cameras
        from site s join life l on l.id = s.model_id
    ),
    -- Spans whose presence in a window counts: the sites' lives per commune (kind 'commune') and all together ('site'),
    -- and the months of the exemplar reviews' period_to ('exemplar'). Overlapping spans merge into runs.
    span as (
        select model_id, 'commune' as kind, commune_code, first_month, last_month from site_life
        union all
        select model_id, 'site', '', first_month, last_month from site_life
        union all
        select e.model_id, 'exemplar', '', model_month(e.period_to), model_month(e.period_to)
        from exemplar e join life l on l.id = e.model_id
    ),
    span_reach as (
        select s.*, max(s.last_month) over (partition by s.model_id, s.kind, s.commune_code order by s.first_month, s.last_month
                                            rows between unbounded preceding and 1 preceding) as reach
        from span s
    ),
    run as (
        select model_id, kind, commune_code, min(first_month) as first_month, max(last_month) as last_month
        from (select r.*, count(*) filter (where r.reach is null or r.first_month > r.reach)
                          over (partition by r.model_id, r.kind, r.commune_code order by r.first_month, r.last_month
                                rows unbounded preceding) as run
              from span_reach r) r
        group by model_id, kind, commune_code, run
    ),
    -- [some span of the kind meets the window], as terms sign * Q(first_month, last_month): the runs less the gaps.
    presence as (
        select model_id, kind, commune_code, first_month, last_month, 1 as sign from run
        union all
        select model_id, kind, commune_code, next_first, last_month, -1
        from (select r.*, lead(r.first_month) over (partition by r.model_id, r.kind, r.commune_code order by r.first_month) as next_first
              from run r) g
        where next_first is not null
    ),
    -- The status on the last day of each month with a change, and [status on T's last day = status] as terms
    -- sign * Q(from_month, infinity).
    status_month as (
        select distinct on (c.model_id, model_month(c.effective_date)) c.model_id, model_month(c.effective_date) as month, c.to_status
        from change c
        order by c.model_id, model_month(c.effective_date), c.effective_date desc, c.id desc
    ),
    status_step as (
        select s.model_id, s.month, s.to_status,
               coalesce(lag(s.to_status) over (partition by s.model_id order by s.month), l.status) as previous
        from status_month s join life l on l.id = s.model_id
    ),
    status_term as (
        select l.id as model_id, l.status, date '-infinity' as from_month, 1 as sign from life l
        union all
        select model_id, to_status, month, 1 from status_step where to_status <> previous
        union all
        select model_id, previous, month, -1 from status_step where to_status <> previous
    ),
    -- What each model counts for, beside its communes: its life, its sites, its exemplar presence.
    counted as (
        select l.id as model_id, 'model' as source, l.province_code, l.first_month, l.last_month, 1 as models, 0 as sites,
               0 as teams, 0 as members, 0 as cameras, 0 as exemplars
        from life l
        union all
        select s.model_id, 'site', s.province_code, s.first_month, s.last_month, 0, 1, s.teams, s.members, s.cameras, 0 from site_life s
        union all
        select p.model_id, 'exemplar', l.province_code, p.first_month, p.last_month, 0, 0, 0, 0, 0, p.sign
        from presence p join life l on l.id = p.model_id where p.kind = 'exemplar'
    ),
    -- By commune: a site under its own; a model's life and exemplar presence times [some site in the commune active],
    -- and under none ('') times 1 - [some site active].
    by_commune as (
        select s.province_code, s.commune_code, s.first_month, s.last_month, 0 as models, 1 as sites, s.teams, s.members, s.cameras,
               0 as exemplars
        from site_life s
        union all
        select c.province_code, p.commune_code, greatest(c.first_month, p.first_month), least(c.last_month, p.last_month),
               p.sign * c.models, 0, 0, 0, 0, p.sign * c.exemplars
        from counted c join presence p on p.model_id = c.model_id and p.kind = 'commune'
        where c.source <> 'site'
        union all
        select c.province_code, '', c.first_month, c.last_month, c.models, 0, 0, 0, 0, c.exemplars from counted c where c.source <> 'site'
        union all
        select c.province_code, '', greatest(c.first_month, p.first_month), least(c.last_month, p.last_month),
               -p.sign * c.models, 0, 0, 0, 0, -p.sign * c.exemplars
        from counted c join presence p on p.model_id = c.model_id and p.kind = 'site'
        where c.source <> 'site'
    ),
    term as (
        select d.dimension, c.province_code, d.value, c.first_month, c.last_month, c.models, c.sites, c.teams, c.members, c.cameras,
               c.exemplars
        from counted c join life l on l.id = c.model_id
        cross join lateral (values ('province', ''), ('type', l.type_code), ('lead', l.lead_organisation)) as d(dimension, value)
        union all
        select 'status', c.province_code, s.status, greatest(c.first_month, s.from_month), c.last_month, s.sign * c.models,
               s.sign * c.sites, s.sign * c.teams, s.sign * c.members, s.sign * c.cameras, s.sign * c.exemplars
        from counted c join status_term s on s.model_id = c.model_id
        union all
        select 'commune', b.province_code, b.commune_code, b.first_month, b.last_month, b.models, b.sites, b.teams, b.members,
               b.cameras, b.exemplars
        from by_commune b
    )
    select t.dimension::varchar, t.province_code, t.value::varchar, n.first_month, n.last_month, sum(n.times * t.models), sum(n.times * t.sites),
           sum(n.times * t.teams), sum(n.times * t.members), sum(n.times * t.cameras), sum(n.times * t.exemplars)
    from term t
    cross join lateral (select t.first_month > date '-infinity' and t.last_month < date 'infinity' and t.first_month <= t.last_month)
        as b(split)
    cross join lateral (select t.first_month, t.last_month, 1 where not b.split
                        union all select t.first_month, date 'infinity', 1 where b.split
                        union all select date '-infinity', t.last_month, 1 where b.split
                        union all select date '-infinity', date 'infinity', -1 where b.split) as n(first_month, last_month, times)
    group by 1, 2, 3, 4, 5
    having sum(n.times * t.models) <> 0 or sum(n.times * t.sites) <> 0 or sum(n.times * t.teams) <> 0
        or sum(n.times * t.members) <> 0 or sum(n.times * t.cameras) <> 0 or sum(n.times * t.exemplars) <> 0;
end
$$;

-- Locks the models (in id order, so two statements never wait for each other in a circle) and returns their ids, each
-- once. Every trigger below takes it before it reads, so the writers of one model's rows run one after the other.
create function model_monthly_lock(model_ids bigint[]) returns bigint[]
    language plpgsql as
$$
begin
    if current_setting('transaction_isolation') = 'repeatable read' then
        raise exception 'models, their sites, status changes and reviews are written in READ COMMITTED (or SERIALIZABLE)'
            ' transactions only: the statistics aggregate model_monthly reads the models'' latest state';
    end if;
    perform 1 from security_model m where m.id in (select unnest(model_ids)) order by m.id for no key update;
    return array(select distinct w.id from unnest(model_ids) as w(id) where w.id is not null order by 1);
end
$$;

-- One pending row per row key a statement changed: the models' rows now, less their rows before it (the state the
-- given arrays describe, the other tables as they are).
create function model_monthly_record(model_ids bigint[], models_before security_model[], sites_before model_site[],
                                     changes_before model_status_change[], reviews_before model_review[]) returns void
    language plpgsql as
$$
begin
    insert into model_monthly_pending
    select dimension, province_code, value, first_month, last_month, sum(models), sum(sites), sum(teams), sum(members), sum(cameras),
           sum(exemplars)
    from (select * from model_monthly_rows(model_ids, null, null, null, null)
          union all
          select dimension, province_code, value, first_month, last_month, -models, -sites, -teams, -members, -cameras, -exemplars
          from model_monthly_rows(model_ids, models_before, sites_before, changes_before, reviews_before)) d
    group by 1, 2, 3, 4, 5
    having sum(models) <> 0 or sum(sites) <> 0 or sum(teams) <> 0 or sum(members) <> 0 or sum(cameras) <> 0 or sum(exemplars) <> 0;
end
$$;

-- The current rows of the models' sites, status changes or reviews, less those with the given ids (the rows a
-- statement added); with the rows it removed, their state before it.
create function model_monthly_sites_except(model_ids bigint[], row_ids bigint[]) returns model_site[]
    language sql stable as
$$
select array(select s from model_site s join unnest(model_ids) as w(id) on w.id = s.model_id
             where not exists (select 1 from unnest(row_ids) as a(id) where a.id = s.id))
$$;

create function model_monthly_changes_except(model_ids bigint[], row_ids bigint[]) returns model_status_change[]
    language sql stable as
$$
select array(select c from model_status_change c join unnest(model_ids) as w(id) on w.id = c.model_id
             where not exists (select 1 from unnest(row_ids) as a(id) where a.id = c.id))
$$;

create function model_monthly_reviews_except(model_ids bigint[], row_ids bigint[]) returns model_review[]
    language sql stable as
$$
select array(select r from model_review r join unnest(model_ids) as w(id) on w.id = r.model_id
             where not exists (select 1 from unnest(row_ids) as a(id) where a.id = r.id))
$$;

-- Inserted and updated models; an update counts only for models where a column the figures read changed (not the
-- name, the description, updated_at...).
create function model_monthly_model_changed() returns trigger
    language plpgsql as
$$
declare
    ids bigint[];
begin
    if tg_op = 'INSERT' then
        ids := model_monthly_lock(array(select id from added));
        perform model_monthly_record(ids, '{}', null, null, null);
    else
        ids := model_monthly_lock(array(
            select unnest(array[a.id, r.id]) from added a full join removed r on r.id = a.id
            where (a.province_code, a.type_code, a.lead_organisation, a.start_date, a.status, a.status_since)
                  is distinct from (r.province_code, r.type_code, r.lead_organisation, r.start_date, r.status, r.status_since)));
        if cardinality(ids) > 0 then
            perform model_monthly_record(ids, array(select r::security_model from removed r join unnest(ids) as w(id) on w.id = r.id),
                null, null, null);
        end if;
    end if;
    return null;
end
$$;

create function model_monthly_model_deleting() returns trigger
    language plpgsql as
$$
begin
    perform model_monthly_lock(array[old.id]);
    insert into model_monthly_pending
    select dimension, province_code, value, first_month, last_month, -models, -sites, -teams, -members, -cameras, -exemplars
    from model_monthly_rows(array[old.id], null, null, null, null);
    return old;
end
$$;

create function model_monthly_site_changed() returns trigger
    language plpgsql as
$$
declare
    ids bigint[];
begin
    if tg_op = 'INSERT' then
        ids := model_monthly_lock(array(select model_id from added));
        perform model_monthly_record(ids, null, model_monthly_sites_except(ids, array(select id from added)), null, null);
    elsif tg_op = 'UPDATE' then
        ids := model_monthly_lock(array(
            select unnest(array[a.model_id, r.model_id]) from added a full join removed r on r.id = a.id
            where (a.model_id, a.province_code, a.commune_code, a.established_on, a.dissolved_on, a.teams, a.members, a.cameras)
                  is distinct from (r.model_id, r.province_code, r.commune_code, r.established_on, r.dissolved_on, r.teams,
                                    r.members, r.cameras)));
        if cardinality(ids) > 0 then
            perform model_monthly_record(ids, null, model_monthly_sites_except(ids, array(select id from added))
                || array(select r::model_site from removed r join unnest(ids) as w(id) on w.id = r.model_id), null, null);
        end if;
    else
        ids := model_monthly_lock(array(select model_id from removed));
        perform model_monthly_record(ids, null, model_monthly_sites_except(ids, '{}') || array(select r::model_site from removed r),
            null, null);
    end if;
    return null;
end
$$;

create function model_monthly_change_changed() returns trigger
    language plpgsql as
$$
declare
    ids bigint[];
begin
    if tg_op = 'INSERT' then
        ids := model_monthly_lock(array(select model_id from added));
        perform model_monthly_record(ids, null, null, model_monthly_changes_except(ids, array(select id from added)), null);
    elsif tg_op = 'UPDATE' then
        ids := model_monthly_lock(array(
            select unnest(array[a.model_id, r.model_id]) from added a full join removed r on r.id = a.id
            where (a.model_id, a.to_status, a.effective_date) is distinct from (r.model_id, r.to_status, r.effective_date)));
        if cardinality(ids) > 0 then
            perform model_monthly_record(ids, null, null, model_monthly_changes_except(ids, array(select id from added))
                || array(select r::model_status_change from removed r join unnest(ids) as w(id) on w.id = r.model_id), null);
        end if;
    else
        ids := model_monthly_lock(array(select model_id from removed));
        perform model_monthly_record(ids, null, null,
            model_monthly_changes_except(ids, '{}') || array(select r::model_status_change from removed r), null);
    end if;
    return null;
end
$$;

-- Only exemplar reviews count: the others change nothing.
create function model_monthly_review_changed() returns trigger
    language plpgsql as
$$
declare
    ids bigint[];
begin
    if tg_op = 'INSERT' then
        ids := model_monthly_lock(array(select model_id from added where exemplar));
        if cardinality(ids) > 0 then
            perform model_monthly_record(ids, null, null, null, model_monthly_reviews_except(ids, array(select id from added)));
        end if;
    elsif tg_op = 'UPDATE' then
        ids := model_monthly_lock(array(
            select unnest(array[a.model_id, r.model_id]) from added a full join removed r on r.id = a.id
            where (a.exemplar or r.exemplar)
              and (a.model_id, a.exemplar, a.period_to) is distinct from (r.model_id, r.exemplar, r.period_to)));
        if cardinality(ids) > 0 then
            perform model_monthly_record(ids, null, null, null, model_monthly_reviews_except(ids, array(select id from added))
                || array(select r::model_review from removed r join unnest(ids) as w(id) on w.id = r.model_id));
        end if;
    else
        ids := model_monthly_lock(array(select model_id from removed where exemplar));
        if cardinality(ids) > 0 then
            perform model_monthly_record(ids, null, null, null,
                model_monthly_reviews_except(ids, '{}') || array(select r::model_review from removed r));
        end if;
    end if;
    return null;
end
$$;

-- Each top-level statement on the four tables notes its table and operation for the transaction before it runs and
-- clears them after: another one noted meanwhile means one statement writes both. Statements a delete cascades to run
-- inside its foreign keys' triggers (depth > 1) and are part of it.
create function model_monthly_statement_starts() returns trigger
    language plpgsql as
$$
declare
    writing constant text := tg_table_name || ' ' || tg_op;
    noted constant text := coalesce(current_setting('antq.model_monthly_writing', true), '');
begin
    if pg_trigger_depth() = 1 then
        if noted not in ('', writing) then
            raise exception 'one statement writes % and %: models, their sites, status changes and reviews are written one table'
                ' and one operation per statement (the statistics aggregate model_monthly counts each statement by itself)',
                noted, writing;
        end if;
        perform set_config('antq.model_monthly_writing', writing, true);
    end if;
    return null;
end
$$;

create function model_monthly_statement_ends() returns trigger
    language plpgsql as
$$
begin
    if pg_trigger_depth() = 1 then
        perform set_config('antq.model_monthly_writing', '', true);
    end if;
    return null;
end
$$;

create trigger model_monthly_statement_starts before insert or update or delete on security_model
    for each statement execute function model_monthly_statement_starts();
create trigger model_monthly_statement_starts before insert or update or delete on model_site
    for each statement execute function model_monthly_statement_starts();
create trigger model_monthly_statement_starts before insert or update or delete on model_status_change
    for each statement execute function model_monthly_statement_starts();
create trigger model_monthly_statement_starts before insert or update or delete on model_review
    for each statement execute function model_monthly_statement_starts();
create trigger model_monthly_statement_ends after insert or update or delete on security_model
    for each statement execute function model_monthly_statement_ends();
create trigger model_monthly_statement_ends after insert or update or delete on model_site
    for each statement execute function model_monthly_statement_ends();
create trigger model_monthly_statement_ends after insert or update or delete on model_status_change
    for each statement execute function model_monthly_statement_ends();
create trigger model_monthly_statement_ends after insert or update or delete on model_review
    for each statement execute function model_monthly_statement_ends();
create trigger model_monthly_insert after insert on security_model
    referencing new table as added for each statement execute function model_monthly_model_changed();
create trigger model_monthly_update after update on security_model
    referencing old table as removed new table as added for each statement execute function model_monthly_model_changed();
create trigger model_monthly_delete before delete on security_model
    for each row execute function model_monthly_model_deleting();
create trigger model_monthly_insert after insert on model_site
    referencing new table as added for each statement execute function model_monthly_site_changed();
create trigger model_monthly_update after update on model_site
    referencing old table as removed new table as added for each statement execute function model_monthly_site_changed();
create trigger model_monthly_delete after delete on model_site
    referencing old table as removed for each statement execute function model_monthly_site_changed();
create trigger model_monthly_insert after insert on model_status_change
    referencing new table as added for each statement execute function model_monthly_change_changed();
create trigger model_monthly_update after update on model_status_change
    referencing old table as removed new table as added for each statement execute function model_monthly_change_changed();
create trigger model_monthly_delete after delete on model_status_change
    referencing old table as removed for each statement execute function model_monthly_change_changed();
create trigger model_monthly_insert after insert on model_review
    referencing new table as added for each statement execute function model_monthly_review_changed();
create trigger model_monthly_update after update on model_review
    referencing old table as removed new table as added for each statement execute function model_monthly_review_changed();
create trigger model_monthly_delete after delete on model_review
    referencing old table as removed for each statement execute function model_monthly_review_changed();

-- The aggregate from scratch: for the rows already stored (below) and after a TRUNCATE, which passes no transition
-- table.
create function model_monthly_rebuild() returns void
    language plpgsql as
$$
begin
    delete from model_monthly_pending;
    delete from model_monthly;
    insert into model_monthly select * from model_monthly_rows(array(select id from security_model), null, null, null, null);
end
$$;

create function model_monthly_truncated() returns trigger
    language plpgsql as
$$
begin
    perform model_monthly_rebuild();
    return null;
end
$$;

create trigger model_monthly_truncate after truncate on security_model for each statement execute function model_monthly_truncated();
create trigger model_monthly_truncate after truncate on model_site for each statement execute function model_monthly_truncated();
create trigger model_monthly_truncate after truncate on model_status_change
    for each statement execute function model_monthly_truncated();
create trigger model_monthly_truncate after truncate on model_review for each statement execute function model_monthly_truncated();

create function antq_compact_model_monthly() returns bigint
    language plpgsql as
$$
declare
    folded bigint;
begin
    with moved as (delete from model_monthly_pending returning *),
    summed as (select dimension, province_code, value, first_month, last_month, sum(models) as models, sum(sites) as sites,
                      sum(teams) as teams, sum(members) as members, sum(cameras) as cameras, sum(exemplars) as exemplars,
                      count(*) as n
               from moved group by 1, 2, 3, 4, 5),
    merged as (insert into model_monthly as m
               select dimension, province_code, value, first_month, last_month, models, sites, teams, members, cameras, exemplars
               from summed
               on conflict (dimension, province_code, value, first_month, last_month) do update set
                   models = m.models + excluded.models, sites = m.sites + excluded.sites, teams = m.teams + excluded.teams,
                   members = m.members + excluded.members, cameras = m.cameras + excluded.cameras,
                   exemplars = m.exemplars + excluded.exemplars)
    select coalesce(sum(n), 0) into folded from summed;
    -- Rows that fold to nothing go; only a fold makes one.
    if folded > 0 then
        delete from model_monthly
        where models = 0 and sites = 0 and teams = 0 and members = 0 and cameras = 0 and exemplars = 0;
    end if;
    return folded;
end
$$;

do $$ begin perform model_monthly_rebuild(); end $$;
