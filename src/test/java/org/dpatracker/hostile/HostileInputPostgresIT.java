package org.dpatracker.hostile;

import org.dpatracker.support.PostgresServerTest;

@PostgresServerTest
class HostileInputPostgresIT extends HostileInputContract {}
