package org.dpatracker.user;

import org.dpatracker.support.PostgresTest;

@PostgresTest
class UserServicePostgresIT extends UserServiceContract {}
