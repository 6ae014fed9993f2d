-- The commune registry (DESIGN.md §3): every database service keeps its own copy of this reference data, loaded by
-- an operator from the official lists (POST /api/v1/communes/imports, /api/v1/commune-successions/imports).
--
-- Codes were reused across the 2025-07-01 reform: most current communes kept the code of one of the old communes
-- merged into them (current 00004 is Phường Ba Đình, old 00004 was Phường Trúc Bạch). A code therefore means
-- nothing without a date. `commune` holds the units in force since the reform (one row per code); the pre-reform
-- communes are known only through `commune_succession`, the old→new edges of the reform.

-- Diacritics-insensitive search ("ba dinh" finds "Phường Ba Đình"). unaccent() is only STABLE, so an IMMUTABLE
-- wrapper with a fixed dictionary is needed to index it. Not named antq_fold: models-service defines that one in its
-- own V2, which has already run on existing databases and must not change. All three extensions are trusted.
create extension if not exists unaccent;
create extension if not exists pg_trgm;
create extension if not exists btree_gist;

create function antq_commune_fold(text) returns text
    language sql immutable parallel safe strict as
$$
select lower(public.unaccent('public.unaccent'::regdictionary, $1))
$$;

create table commune (
    code          varchar(5)   primary key,
    name          varchar(100) not null,
    -- Current (post-reform) province code, one of AdministrativeUnits' 34.
    province_code varchar(2)   not null,
    valid_from    date         not null,
    -- Last day in force; null while in force. Imports never set it (a commune missing from a re-import is kept).
    valid_to      date,
    search_text   text generated always as (antq_commune_fold(name) || ' ' || code) stored,
    created_at    timestamp(6) with time zone not null default now(),
    updated_at    timestamp(6) with time zone not null default now(),
    version       bigint       not null default 0,
    constraint commune_code_format check (code ~ '^[0-9]{5}$'),
    constraint commune_province_format check (province_code ~ '^[0-9]{2}$'),
    constraint commune_validity check (valid_to is null or valid_to >= valid_from)
);
create index commune_province_idx on commune (province_code, code);
create index commune_search_idx on commune using gin (search_text gin_trgm_ops);

-- A commune's type over time (07294 Xã Bố Hạ was a xã from 2025-07-01 and is a phường from 2026-09-20): the
-- type on a date is the period covering it, and periods of one commune never overlap.
create table commune_type_period (
    commune_code varchar(5)  not null references commune (code) on delete cascade,
    valid_from   date        not null,
    valid_to     date,
    type         varchar(20) not null,
    primary key (commune_code, valid_from),
    constraint commune_type_period_type check (type in ('XA', 'PHUONG', 'DAC_KHU')),
    constraint commune_type_period_validity check (valid_to is null or valid_to >= valid_from),
    constraint commune_type_period_no_overlap
        exclude using gist (commune_code with =, daterange(valid_from, valid_to, '[]') with &&)
);
create index commune_type_period_type_idx on commune_type_period (type, commune_code);

-- The reform's edges: which current commune(s) each old commune went to, and how. An old commune split between
-- several current ones (441 of them) has one PARTIAL edge per current commune. A few current units took in an
-- area that was no commune at all (e.g. a whole island district): kind NO_OLD_COMMUNE, without an old code.
-- Old province and district are as they were before the reform; the current province is the new commune's.
-- Ids come from a sequence handing out blocks of 50, so an import of ten thousand edges can batch its inserts.
create sequence commune_succession_id_seq increment by 50;
create table commune_succession (
    id                bigint       primary key default nextval('commune_succession_id_seq'),
    old_commune_code  varchar(5),
    old_commune_name  varchar(100),
    -- XA, PHUONG or THI_TRAN, read from the old name's prefix (Xã, Phường, Thị trấn); null when it has none.
    old_commune_type  varchar(20),
    old_province_code varchar(2)   not null,
    old_district_code varchar(3)   not null,
    old_district_name varchar(100) not null,
    new_commune_code  varchar(5)   not null references commune (code),
    kind              varchar(20)  not null,
    note              varchar(500),
    created_at        timestamp(6) with time zone not null default now(),
    updated_at        timestamp(6) with time zone not null default now(),
    version           bigint       not null default 0,
    constraint commune_succession_old_code_format check (old_commune_code ~ '^[0-9]{5}$'),
    constraint commune_succession_old_province_format check (old_province_code ~ '^[0-9]{2}$'),
    constraint commune_succession_old_district_format check (old_district_code ~ '^[0-9]{3}$'),
    constraint commune_succession_old_type check (old_commune_type in ('XA', 'PHUONG', 'THI_TRAN')),
    constraint commune_succession_kind check (kind in ('FULL', 'PARTIAL', 'UNCHANGED', 'RENAME_OR_RETYPE', 'NO_OLD_COMMUNE')),
    constraint commune_succession_old_code_by_kind check ((kind = 'NO_OLD_COMMUNE') = (old_commune_code is null))
);
-- "Which current commune(s) does old commune X map to": the unique edge index leads with the old code.
create unique index commune_succession_edge_uq on commune_succession (old_commune_code, new_commune_code)
    where old_commune_code is not null;
create unique index commune_succession_area_uq on commune_succession (old_province_code, old_district_code, new_commune_code)
    where old_commune_code is null;
-- "Which old communes fed current commune Y".
create index commune_succession_new_idx on commune_succession (new_commune_code, old_commune_code);
