package org.dpatracker.api;

import org.dpatracker.support.PostgresServerTest;

@PostgresServerTest
class ApiContractPostgresIT extends ApiContract {}
