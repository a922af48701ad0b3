-- "Together since 2012, month not known": the day stays the year's first, and this says not to show its month.
alter table clients.couple add column together_since_month_known boolean not null default true;
