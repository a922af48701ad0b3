package org.imagoclinic.shared.internal;

import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;

/**
 * Stands in for the handler an API request never reached (a path no handler serves, an
 * {@code Accept} header no handler can satisfy, a body that could not even be split into parts), so
 * that {@link ApiExceptionHandler}, which advises the API's {@code @RestController}s, answers it too.
 * It serves no path of its own.
 */
@RestController
class NoApiHandler {

    HandlerMethod handlerMethod() {
        try {
            return new HandlerMethod(this, NoApiHandler.class.getDeclaredMethod("noHandler"));
        } catch (NoSuchMethodException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    void noHandler() {
        // never called: only named as the handler of a request that reached none
    }
}
