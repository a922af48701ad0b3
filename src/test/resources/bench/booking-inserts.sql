-- pgbench script: the INSERTs one online joint booking makes (the appointment and its occupancy
-- rows for the therapist and both partners), checked by the same exclusion constraint. Fresh ids
-- every time, so it measures PostgreSQL's limit on these statements, not clashes.
\set minute random(1, 500000000)
WITH booked AS (
    INSERT INTO scheduling.appointment (id, kind, status, couple_id, therapist_id, telehealth, meeting_link, during,
                                        created_at, created_by, updated_at)
    VALUES (gen_random_uuid(), 'JOINT', 'SCHEDULED', gen_random_uuid(), gen_random_uuid(), true,
            'https://meet.example.org/pgbench',
            tstzrange(timestamptz '2030-01-01' + make_interval(mins => :minute),
                      timestamptz '2030-01-01' + make_interval(mins => :minute + 50)),
            now(), 'pgbench', now())
    RETURNING id, therapist_id, couple_id, during)
INSERT INTO scheduling.occupancy (appointment_id, resource, resource_id, couple_id, during)
SELECT id, 'THERAPIST', therapist_id, null, during FROM booked
UNION ALL SELECT id, 'PERSON', gen_random_uuid(), couple_id, during FROM booked
UNION ALL SELECT id, 'PERSON', gen_random_uuid(), couple_id, during FROM booked;
