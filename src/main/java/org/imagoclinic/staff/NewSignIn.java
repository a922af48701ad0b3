package org.imagoclinic.staff;

/**
 * A sign-in account's one-time password, just created or reset: show it once to the administrator,
 * who hands it over; it is stored nowhere in clear and must be changed at the first sign-in.
 */
public record NewSignIn(String username, String oneTimePassword) {

    @Override
    public String toString() {
        return "NewSignIn[username=" + username + ", oneTimePassword=(hidden)]";
    }
}
