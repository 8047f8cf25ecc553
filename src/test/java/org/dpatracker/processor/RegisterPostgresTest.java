package org.dpatracker.processor;

import org.dpatracker.support.PostgresTest;

@PostgresTest
class RegisterPostgresTest extends RegisterContract {}
