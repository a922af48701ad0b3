package org.imagoclinic.staff.internal;

import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffMemberDetails;
import org.imagoclinic.staff.seeding.StaffSeeding;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo profile's way to add people with the README's password. */
@Component
@Profile("demo")
class DemoStaffSeeding implements StaffSeeding {

    private final StaffService directory;
    private final StaffRepository staff;

    DemoStaffSeeding(StaffService directory, StaffRepository staff) {
        this.directory = directory;
        this.staff = staff;
    }

    @Override
    public Optional<UUID> idOf(String email) {
        return staff.findByEmail(email).map(StaffMember::id);
    }

    @Override
    public UUID addWithKnownPassword(StaffMemberDetails person, String password) {
        return directory.addWithKnownPassword(person, password).member().id();
    }
}
