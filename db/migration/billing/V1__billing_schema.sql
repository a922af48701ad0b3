-- Module billing: its own schema (ADR 0036).
create schema if not exists billing;
