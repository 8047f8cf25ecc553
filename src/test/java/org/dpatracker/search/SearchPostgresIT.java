package org.dpatracker.search;

import org.dpatracker.support.PostgresTest;

@PostgresTest
class SearchPostgresIT extends SearchContract {}
