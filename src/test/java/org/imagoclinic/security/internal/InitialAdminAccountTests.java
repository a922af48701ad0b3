package org.imagoclinic.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.imagoclinic.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * A clinic that starts without the demo profile and without any account gets exactly one
 * administrator, with the password from IMAGO_ADMIN_PASSWORD, which must be changed at first
 * sign-in. Runs the security module with the modules it depends on (audit, shared).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "imago.initial-admin-password=Chosen-At-Install-2026")
class InitialAdminAccountTests {

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void theFirstStartCreatesAnAdministratorWhoMustChangeTheGivenPassword() {
        var admin = accounts.findByUsername("admin").orElseThrow();

        assertThat(admin.account().roles()).containsExactly(Roles.ADMIN);
        assertThat(admin.account().mustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches("Chosen-At-Install-2026", admin.passwordHash())).isTrue();
        assertThat(admin.passwordHash()).startsWith("{bcrypt}");
        assertThat(accounts.count()).as("no demo accounts outside the demo profile").isEqualTo(1);
    }

    @Test
    void generatedPasswordsAreLongRandomAndEasyToType() {
        String first = InitialAdminAccount.randomPassword();
        String second = InitialAdminAccount.randomPassword();

        assertThat(first).matches("[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}").doesNotContain("l", "1", "0", "O", "I");
        assertThat(first).isNotEqualTo(second);
    }
}
