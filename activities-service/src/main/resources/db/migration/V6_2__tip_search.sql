-- Officers find tips by words of their summary or case references, whatever the diacritics ("ma tuy" finds "ma túy").
-- The reporter's identity is encrypted and never searchable.
alter table tip add column search_text text
    generated always as (antq_activity_fold(summary || ' ' || coalesce(case_refs, ''))) stored;
create index tip_search_idx on tip using gin (search_text gin_trgm_ops);
