package org.dpatracker.history;

import org.dpatracker.support.PostgresTest;

@PostgresTest
class ChangeHistoryPostgresIT extends ChangeHistoryContract {}
