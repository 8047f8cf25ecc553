package org.dpatracker.clause;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answers a reader wrote down for each corpus file, and how well the rule pack matches them: a finding
 * counts as right when its target, value and page are all among the file's answers.
 */
final class ExpectedAnswers {

    record Answer(String file, String target, String value, int page) {}

    record Score(int found, int right, int expected) {

        double precision() {
            return found == 0 ? 0 : (double) right / found;
        }

        double recall() {
            return expected == 0 ? 0 : (double) right / expected;
        }
    }

    private ExpectedAnswers() {}

    static List<Answer> all() {
        return Corpus.text("expected-answers.tsv")
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("file\t"))
                .map(line -> line.split("\t"))
                .map(cells -> new Answer(cells[0], cells[1], cells[2], Integer.parseInt(cells[3])))
                .toList();
    }

    static Score score(List<String> files) {
        Set<Answer> expected =
                all().stream().filter(a -> files.contains(a.file())).collect(Collectors.toSet());
        Set<Answer> found = new HashSet<>();
        for (String file : files) {
            for (ClauseFinding finding : Corpus.findings(file)) {
                found.add(new Answer(file, finding.target().name(), finding.value(), finding.page()));
            }
        }
        int right = (int) found.stream().filter(expected::contains).count();
        return new Score(found.size(), right, expected.size());
    }
}
