-- A sign-in attempt holds a row while its password is being checked (settled = false) and keeps it
-- as a failure when the password was wrong (settled = true): at most five checks of one user name
-- are in flight or failed within the window, so guesses sent at once can't outrun the lock-out, while
-- right passwords sent at once only wait their turn (ADR 0030).
alter table security.sign_in_failure add column settled boolean not null default true;
