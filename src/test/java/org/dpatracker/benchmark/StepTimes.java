package org.dpatracker.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Durations per step of the browser load test, collected from all sessions, and the errors per step. */
final class StepTimes {

    private final Map<String, List<Double>> millis = new LinkedHashMap<>();
    private final Map<String, Integer> errors = new LinkedHashMap<>();

    synchronized void record(String step, long nanos) {
        millis.computeIfAbsent(step, name -> new ArrayList<>()).add(nanos / 1e6);
    }

    synchronized void failed(String step) {
        millis.computeIfAbsent(step, name -> new ArrayList<>());
        errors.merge(step, 1, Integer::sum);
    }

    synchronized int count(String step) {
        return millis.getOrDefault(step, List.of()).size();
    }

    synchronized int errors() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized void print(double seconds) {
        millis.forEach((step, values) -> {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            System.out.printf(
                    "  %-22s %6d done %4d errors  %6.2f/s  p50 %7.0f ms  p95 %7.0f ms  p99 %7.0f ms  max %7.0f ms%n",
                    step,
                    sorted.size(),
                    errors.getOrDefault(step, 0),
                    sorted.size() / seconds,
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.95),
                    percentile(sorted, 0.99),
                    sorted.isEmpty() ? Double.NaN : sorted.getLast());
        });
    }

    private static double percentile(List<Double> sorted, double share) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1));
    }
}
