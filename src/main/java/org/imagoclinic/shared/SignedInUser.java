package org.imagoclinic.shared;

import java.util.List;

/**
 * What the shell needs to know about the person who is signed in, without depending on the
 * security module that authenticates them: the security module's principal implements it.
 */
public interface SignedInUser {

    /** The user name typed at sign-in. */
    String username();

    /** The person's name as colleagues know it, e.g. "Dr Helen Okafor". */
    String displayName();

    /** The roles in plain words, e.g. "Therapist", "Supervisor"; never empty. */
    List<String> roleLabels();
}
