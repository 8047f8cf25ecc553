package org.dpatracker.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.ErrorReference;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.Texts;
import org.dpatracker.evidence.DocumentDamagedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * The API's one mapping from refusals to HTTP statuses, as RFC 9457 problem details: refused input is 400
 * with each problem's field and message (in English), a missing permission 403, a version changed meanwhile
 * 412; Spring's own refusals (unknown method, unreadable JSON, wrong parameter type) keep their statuses.
 */
@RestControllerAdvice(basePackages = "org.dpatracker.api")
class ApiErrors extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException refused) {
        List<Map<String, String>> problems = refused.problems().stream()
                .map(p -> Map.of(
                        "field",
                        p.field(),
                        "message",
                        Texts.get(Locale.ENGLISH, p.messageKey(), p.arguments().toArray())))
                .toList();
        return withProblems(
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The input was refused."),
                "Invalid input",
                problems);
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ProblemDetail concurrentEdit(ConcurrentEditException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.PRECONDITION_FAILED, refused.getMessage() + "; read it again and repeat your change.");
        problem.setTitle("Changed by someone else");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN, "Your role (or your token's scope) does not allow this.");
        problem.setTitle("Forbidden");
        return problem;
    }

    /** Anything else is the application's fault: logged under a reference, which is all the caller sees. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception failure, jakarta.servlet.http.HttpServletRequest request) {
        String reference = ErrorReference.logged(failure, request.getMethod() + " " + request.getRequestURI());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "The request failed because of an error in the application. Give your administrator the reference "
                        + reference + "; it leads to the details in the log.");
        problem.setTitle("Internal error");
        problem.setProperty("reference", reference);
        return problem;
    }

    /** Unreadable JSON names the field that could not be read, as refused input does. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException refused, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The JSON body was refused.");
        if (refused.getCause() instanceof DatabindException unreadable) {
            String field = unreadable.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName()
                            : String.valueOf(reference.getIndex()))
                    .reduce((a, b) -> a + "." + b)
                    .orElse("");
            withProblems(
                    problem,
                    "Unreadable JSON",
                    List.of(Map.of("field", field, "message", unreadable.getOriginalMessage())));
        } else {
            problem.setTitle("Unreadable JSON");
        }
        return handleExceptionInternal(refused, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail withProblems(ProblemDetail problem, String title, List<Map<String, String>> problems) {
        problem.setTitle(title);
        problem.setProperty("problems", problems);
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
