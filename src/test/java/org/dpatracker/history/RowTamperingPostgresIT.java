package org.dpatracker.history;

import org.dpatracker.support.PostgresTest;

@PostgresTest
class RowTamperingPostgresIT extends RowTamperingContract {}
