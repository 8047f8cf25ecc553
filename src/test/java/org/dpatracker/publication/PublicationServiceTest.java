package org.dpatracker.publication;

import org.dpatracker.support.H2Test;

@H2Test
class PublicationServiceTest extends PublicationContract {}
