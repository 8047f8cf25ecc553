package org.dpatracker.processor;

import org.dpatracker.support.PostgresTest;

@PostgresTest
class RegisterPostgresIT extends RegisterContract {}
