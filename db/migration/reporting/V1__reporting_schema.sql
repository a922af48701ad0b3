-- Module reporting: its own schema; the module's tables arrive with its features.
create schema if not exists reporting;
