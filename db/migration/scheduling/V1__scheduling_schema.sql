-- Module scheduling: its own schema; the module's tables arrive with its features.
create schema if not exists scheduling;
