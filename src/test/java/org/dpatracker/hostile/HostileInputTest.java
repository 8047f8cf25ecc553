package org.dpatracker.hostile;

import org.dpatracker.support.H2Test;

@H2Test
class HostileInputTest extends HostileInputContract {}
