package org.imagoclinic.clients.internal;

import org.imagoclinic.clients.PossibleDuplicatePerson;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A possible duplicate person as a 409 problem detail that lists the matches, so that an API
 * client can link one ({@code existingPersonId}) or confirm a new person ({@code confirmedNewPerson}).
 */
@RestControllerAdvice(assignableTypes = CouplesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DuplicatePersonProblem {

    @ExceptionHandler(PossibleDuplicatePerson.class)
    ProblemDetail possibleDuplicate(PossibleDuplicatePerson exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
        problem.setTitle("Possible duplicate person");
        problem.setProperty("partner", exception.partner().field());
        problem.setProperty("matches", exception.matches());
        return problem;
    }
}
