package org.dpatracker.dashboard;

import org.dpatracker.support.H2Test;

@H2Test
class ScoreH2Test extends ScoreContract {}
