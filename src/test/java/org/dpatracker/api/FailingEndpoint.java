package org.dpatracker.api;

import org.dpatracker.support.FailingView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An API call that fails as a bug would, for the tests of what callers see then (test classpath only). */
@RestController
class FailingEndpoint {

    @GetMapping("/api/v1/test-failure")
    String fail() {
        throw new IllegalStateException("Failed at " + FailingView.SECRET);
    }
}
