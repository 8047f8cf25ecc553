package org.dpatracker.dashboard;

import org.dpatracker.support.PostgresTest;

@PostgresTest
class ScorePostgresIT extends ScoreContract {}
