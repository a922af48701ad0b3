package org.imagoclinic.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a user name is proposed from a person's name. */
class UsernameProposalTests {

    @Test
    void takesTheFirstInitialAndTheLastNameInLowerCase() {
        assertThat(SignInAccounts.usernameBase("Helen", "Okafor")).isEqualTo("hokafor");
    }

    @Test
    void dropsAccentsSpacesAndPunctuation() {
        assertThat(SignInAccounts.usernameBase("José", "Núñez-Ruiz")).isEqualTo("jnunezruiz");
        assertThat(SignInAccounts.usernameBase("Siobhán", "O'Neill")).isEqualTo("soneill");
    }

    @Test
    void aNameWithoutLatinLettersStillGetsAUsableUserName() {
        assertThat(SignInAccounts.usernameBase("李", "明")).isEqualTo("staff");
        assertThat(SignInAccounts.usernameBase("Ōe", "李")).isEqualTo("staffo");
    }

    @Test
    void staysShortEnoughToType() {
        assertThat(SignInAccounts.usernameBase("Anna", "Wolfeschlegelsteinhausenbergerdorff")).hasSize(30);
    }
}
