package org.dpatracker.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused API input reads as 400 with the reasons, in English, instead of a server error. */
@RestControllerAdvice(basePackages = "org.dpatracker")
class ApiErrors {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException refused) {
        List<Map<String, String>> problems = refused.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", Texts.get(Locale.ENGLISH, p.messageKey(), p.arguments().toArray())))
                .toList();
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("problems", problems));
    }
}
