package org.imagoclinic.clients.internal;

import org.imagoclinic.clients.TestCouples;

/** Request bodies for the REST tests, written as an API client would write them. */
final class ApiJson {

    private ApiJson() {
    }

    static String partner(String firstName, String lastName, String dateOfBirth, String email) {
        return """
                {"details": {"firstName": "%s", "lastName": "%s", "pronouns": "she/her", "dateOfBirth": "%s",
                             "email": "%s", "phone": "+44 20 7946 0011"}}""".formatted(firstName, lastName, dateOfBirth, email);
    }

    static String registration(String partnerA, String partnerB) {
        return registration(partnerA, partnerB, "null");
    }

    static String registration(String partnerA, String partnerB, String primaryTherapistId) {
        return """
                {"partnerA": %s,
                 "partnerB": %s,
                 "relationship": {"status": "MARRIED", "togetherSince": "2015-06", "childrenCount": 2,
                                  "childrenAges": [4, 7], "referralSource": "GP", "confidentialityPolicy": "NO_SECRETS"},
                 "intake": {"presentingConcerns": "We keep having the same argument about chores.",
                            "concernTags": ["communication", "chores"], "lifeStage": "COMMUNICATION_BREAKDOWN",
                            "goals": "To listen to each other again."},
                 "consents": [{"kind": "TREATMENT", "partner": "A", "given": true},
                              {"kind": "TREATMENT", "partner": "B", "given": true}],
                 "primaryTherapistId": %s}""".formatted(partnerA, partnerB,
                "null".equals(primaryTherapistId) ? "null" : "\"" + primaryTherapistId + "\"");
    }

    /** A registration of two new people with these last names. */
    static String couple(String lastA, String lastB) {
        return registration(partner("Alex", lastA, "1985-03-14", "alex." + lastA.toLowerCase() + "@example.org"),
                partner("Sam", lastB, "1987-09-02", "sam." + lastB.toLowerCase() + "@example.org"));
    }

    static String couple(String lastA, String lastB, String therapistId) {
        return registration(partner("Alex", lastA, "1985-03-14", "alex." + lastA.toLowerCase() + "@example.org"),
                partner("Sam", lastB, "1987-09-02", "sam." + lastB.toLowerCase() + "@example.org"), therapistId);
    }

    static String name() {
        return TestCouples.uniqueName();
    }
}
