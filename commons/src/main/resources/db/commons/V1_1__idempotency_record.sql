-- Shared by every service that owns a database (see V1__audit_event.sql for the numbering).
-- One row per (caller, Idempotency-Key): written in the same transaction as the POST it protects, so a write that
-- rolls back leaves no row and the primary key makes a concurrent duplicate wait for the first one's outcome.
create table idempotency_record (
    subject             varchar(200) not null,
    idempotency_key     varchar(200) not null,
    -- SHA-256 (hex) of method, path and canonical JSON body: the same key for another request is refused.
    request_fingerprint varchar(64)  not null,
    -- Null only inside the transaction that is executing the write; committed rows always carry the response.
    response_status     integer,
    response_location   text,
    response_etag       text,
    response_body       text,
    created_at          timestamp(6) with time zone not null,
    primary key (subject, idempotency_key)
);

-- Expired rows are purged by age.
create index idempotency_record_created_idx on idempotency_record (created_at);
