package org.imagoclinic.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.imagoclinic.security.Roles;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

/** The account store on a real PostgreSQL; each test rolls back. */
@ClinicIntegrationTest
@Transactional
class AccountRepositoryTests {

    @Autowired
    AccountRepository accounts;

    @Test
    void storesAnAccountWithItsRolesAndFindsItByUserNameInAnyCase() {
        UUID id = accounts.create(new AccountRepository.NewAccount("jkim", "Dr Jae Kim", "jkim@example.org",
                "{noop}x", true, Set.of(Roles.THERAPIST, Roles.SUPERVISOR)));

        var found = accounts.findByUsername("JKim").orElseThrow();

        assertThat(found.account().id()).isEqualTo(id);
        assertThat(found.account().displayName()).isEqualTo("Dr Jae Kim");
        assertThat(found.account().roles()).containsExactlyInAnyOrder(Roles.THERAPIST, Roles.SUPERVISOR);
        assertThat(found.account().mustChangePassword()).isTrue();
        assertThat(found.passwordHash()).isEqualTo("{noop}x");
    }

    @Test
    void refusesASecondAccountWithTheSameUserNameInAnotherCase() {
        accounts.create(new AccountRepository.NewAccount("rnovak", "Rita Novak", null, "{noop}x", false,
                Set.of(Roles.FRONT_DESK)));

        assertThatThrownBy(() -> accounts.create(new AccountRepository.NewAccount("RNovak", "Someone Else", null,
                "{noop}y", false, Set.of(Roles.FRONT_DESK)))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void changingThePasswordClearsTheDemandToChangeIt() {
        UUID id = accounts.create(new AccountRepository.NewAccount("tmoss", "Tom Moss", null, "{noop}old", true,
                Set.of(Roles.ADMIN)));

        accounts.changePassword(id, "{noop}new", false);

        var stored = accounts.findByUsername("tmoss").orElseThrow();
        assertThat(stored.passwordHash()).isEqualTo("{noop}new");
        assertThat(stored.account().mustChangePassword()).isFalse();
    }

    @Test
    void pagesAccountsByName() {
        int before = accounts.count();
        accounts.create(new AccountRepository.NewAccount("zz-paging", "Zz Paging", null, "{noop}x", false,
                Set.of(Roles.FRONT_DESK)));

        assertThat(accounts.count()).isEqualTo(before + 1);
        assertThat(accounts.page(0, 1000)).extracting(Account::username).contains("zz-paging");
        assertThat(accounts.page(0, 2)).hasSize(2);
    }
}
