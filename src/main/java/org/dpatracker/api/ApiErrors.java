package org.dpatracker.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.Texts;
import org.dpatracker.evidence.DocumentDamagedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's one mapping from refusals to HTTP statuses, as RFC 9457 problem details: refused input is 400
 * with each problem's field and message (in English), a stale version 409.
 */
@RestControllerAdvice(basePackages = "org.dpatracker.api")
class ApiErrors {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException refused) {
        List<Map<String, String>> problems = refused.problems().stream()
                .map(p -> Map.of(
                        "field",
                        p.field(),
                        "message",
                        Texts.get(Locale.ENGLISH, p.messageKey(), p.arguments().toArray())))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The input was refused.");
        problem.setTitle("Invalid input");
        problem.setProperty("problems", problems);
        return problem;
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ProblemDetail concurrentEdit(ConcurrentEditException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
        problem.setTitle("Changed by someone else");
        return problem;
    }

    @ExceptionHandler(DocumentDamagedException.class)
    ProblemDetail damaged(DocumentDamagedException refused) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, refused.getMessage());
        problem.setTitle("Integrity check failed");
        return problem;
    }
}
