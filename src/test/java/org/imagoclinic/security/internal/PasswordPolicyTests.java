package org.imagoclinic.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void acceptsTwelveCharactersThatAreNeitherUserNameNorEmail() {
        assertThat(PasswordPolicy.problemWith("correct-horse", "dlee", "dlee@example.org")).isEmpty();
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertThat(PasswordPolicy.problemWith("eleven-char", "dlee", null))
                .contains("Use at least 12 characters.");
    }

    @Test
    void refusesTheUserNameOrTheEmailInAnyCase() {
        assertThat(PasswordPolicy.problemWith("Daniel.Lee.Therapist", "daniel.lee.therapist", null))
                .contains("The password can't be your user name.");
        assertThat(PasswordPolicy.problemWith("DLEE@EXAMPLE.ORG", "dlee", "dlee@example.org"))
                .contains("The password can't be your email address.");
    }
}
