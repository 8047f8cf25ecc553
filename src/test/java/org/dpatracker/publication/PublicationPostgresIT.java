package org.dpatracker.publication;

import org.dpatracker.support.PostgresTest;

@PostgresTest
class PublicationPostgresIT extends PublicationContract {}
