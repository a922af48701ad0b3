-- Root migrations run before every module's (ADR 0004).

-- Exclusion constraints over time ranges (no double booking) need GiST support for equality on ids.
create extension if not exists btree_gist;

-- Spring Modulith's JDBC event publication registry (schema version 2 of spring-modulith-events-jdbc).
-- Publications are written in the transaction that publishes the event and completed after each
-- listener ran; completed ones move to the archive table (ADR 0004), from which reporting can replay.
create table event_publication (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

create table event_publication_archive (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_archive_serialized_event_hash_idx
    on event_publication_archive using hash (serialized_event);
create index event_publication_archive_by_completion_date_idx on event_publication_archive (completion_date);
